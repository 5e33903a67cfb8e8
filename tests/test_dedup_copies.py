"""Copies are found (verbatim, chrome added, lightly edited); different articles on one story are not."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from newsfuse.dedup import DedupParams, DuplicateIndex, detect, find_duplicates, fingerprint, mark_copies
from newsfuse.errors import OptionsError
from newsfuse.records import Article

ORIGINAL = (
    "The council of Port Elmsworth voted on Tuesday to close the Corran harbour bridge for at least six months "
    "after inspectors found deep cracks in two of its four main supports, officials said.\n\n"
    "Mayor Tilda Varga told reporters that ferries would run every twenty minutes while the bridge is shut and "
    "that the repairs were expected to cost about 4 million crowns, paid from the city's reserve fund.\n\n"
    "Shopkeepers on the north bank said they feared losing customers, and the chamber of commerce asked the "
    "council to cut parking fees in the old town until the bridge reopens next spring."
)
CHROME = (
    "Home | News | Local | Sport | Weather\nShare on Facebook\nAdvertisement\n" + ORIGINAL + "\nRelated Stories\n"
    "Elmsworth marathon draws record crowd\nNew library wing opens on Quay Street\nLeave a Reply\n"
    "Your email address will not be published. Required fields are marked *"
)
REWRITE = (
    "The council of Port Elmsworth voted Tuesday to shut the Corran harbour bridge for at least six months "
    "after inspectors discovered deep cracks in two of its four main supports, officials said.\n\n"
    "Mayor Tilda Varga told reporters ferries would run every twenty minutes while the bridge is closed and "
    "that repairs were expected to cost about 4 million crowns, paid from the city reserve fund.\n\n"
    "Shopkeepers on the north bank said they feared losing trade, and the chamber of commerce asked the "
    "council to cut parking fees in the old town until the bridge reopens next spring."
)
SAME_STORY = (
    "Drivers in Port Elmsworth face long detours from next week: the Corran bridge, the only road link "
    "between the two banks, will be closed for repairs, the city said on Wednesday.\n\n"
    "Engineers who inspected the 1962 span in March found cracking in the concrete of two piers. "
    '"We cannot take any risks with a structure that carries twelve thousand cars a day," Mayor Tilda '
    "Varga said. Ferry services will be doubled and a temporary footbridge is being considered."
)


def _article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(
        id=aid, path=f"{aid}.txt", title=None, outlet=None, published=published, url=None, paragraphs=text.split("\n\n")
    )


@pytest.mark.parametrize("copy", [ORIGINAL.replace("\n\n", "\n"), CHROME, REWRITE])
def test_copies_are_found(copy: str) -> None:
    pairs, origins = find_duplicates([("a", ORIGINAL, None), ("b", copy, None)])
    assert origins == {"b": "a"} or origins == {"a": "b"}
    assert pairs[0].kind in ("exact", "near")


def test_different_articles_on_the_same_story_are_not_copies() -> None:
    pairs, origins = find_duplicates([("a", ORIGINAL, None), ("b", SAME_STORY, None)])
    assert origins == {}
    assert all(p.kind == "partial" for p in pairs)


def test_earliest_published_is_the_origin_even_when_it_arrives_later() -> None:
    _pairs, origins = find_duplicates([("late", REWRITE, "2024-03-06"), ("early", ORIGINAL, "2024-03-05T08:00")])
    assert origins == {"late": "early"}


def test_without_dates_the_most_complete_is_the_origin() -> None:
    shorter = ORIGINAL.rsplit("\n\n", 1)[0]
    _pairs, origins = find_duplicates([("short", shorter, None), ("full", ORIGINAL, None)])
    assert origins == {"short": "full"}


def test_shared_passage_is_reported_but_is_not_a_copy() -> None:
    quoted = SAME_STORY + "\n\n" + ORIGINAL.split("\n\n")[1]
    pairs, origins = find_duplicates([("a", ORIGINAL, None), ("b", quoted, None)])
    assert origins == {}
    assert [p.kind for p in pairs] == ["partial"]


def test_mark_copies_sets_copy_of_and_a_group_has_one_origin() -> None:
    articles = [
        _article("S1", CHROME, "2024-03-06"),
        _article("S2", ORIGINAL, "2024-03-05"),
        _article("S3", REWRITE, "2024-03-07"),
        _article("S4", SAME_STORY, "2024-03-05"),
    ]
    mark_copies(articles)
    assert [a.copy_of for a in articles] == ["S2", None, "S2", None]


def test_a_news_agencys_story_is_the_origin_of_a_papers_longer_version_unless_the_paper_was_first() -> None:
    """Editor read b28, Multi-News row 173: the AP story was listed as republishing a paper's version with lines
    of its own added."""
    longer = ORIGINAL + "\n\nThe bridge was last closed in 1998, when a barge struck one of its piers in a storm."
    wire = replace(_article("S1", ORIGINAL), outlet="Associated Press")
    paper = _article("S2", longer)
    mark_copies([wire, paper])
    assert (wire.copy_of, paper.copy_of) == (None, "S1")
    wire = replace(_article("S1", ORIGINAL, "2024-03-06"), outlet="Associated Press")
    paper = _article("S2", longer, "2024-03-05")
    mark_copies([wire, paper])
    assert (wire.copy_of, paper.copy_of) == ("S2", None)


def test_fingerprints_pickle_and_params_are_validated() -> None:
    fp = pickle.loads(pickle.dumps(fingerprint(ORIGINAL)))
    assert fp.hash == fingerprint(ORIGINAL.upper()).hash  # case and spacing do not change the hash
    with pytest.raises(OptionsError, match="jaccard"):
        DedupParams(jaccard=1.5)


def _windowed(**params: object) -> DuplicateIndex:
    return DuplicateIndex(DedupParams(**params), windowed=True)  # type: ignore[arg-type]


def test_a_stream_index_forgets_articles_beyond_its_count_window() -> None:
    index = _windowed(copy_window_articles=2)
    index.add("a", fingerprint(ORIGINAL), "2024-03-01")
    index.add("x", fingerprint(SAME_STORY), "2024-03-01")
    index.add("y", fingerprint(SAME_STORY + " Updated."), "2024-03-01")
    assert len(index) == 2 and "a" not in index._entries
    assert len(index._lsh) == 2 * index._lsh.bands  # a's band entries are gone
    assert index.add("b", fingerprint(CHROME), "2024-03-02") == []  # its origin left the window
    assert index.origin("b") is None
    kept = _windowed(copy_window_articles=3)
    for aid, text in (("a", ORIGINAL), ("x", SAME_STORY), ("y", SAME_STORY + " Updated.")):
        kept.add(aid, fingerprint(text), "2024-03-01")
    assert [(p.copy, p.origin) for p in kept.add("b", fingerprint(CHROME), "2024-03-02")] == [("b", "a")]


def test_a_stream_index_forgets_articles_older_than_its_days_window() -> None:
    index = _windowed(copy_window_days=7)
    index.add("a", fingerprint(ORIGINAL), "2024-03-01")
    assert [p.origin for p in index.add("b", fingerprint(CHROME), "2024-03-06")] == ["a"]
    # on the 10th a (1st) has left the window, b (6th) has not: the rewrite joins b's group,
    # whose origin is still a
    assert [p.origin for p in index.add("c", fingerprint(REWRITE), "2024-03-10")] == ["b"]
    assert "a" not in index._entries and index.origin("c") == "a"
    late = _windowed(copy_window_days=7)
    late.add("a", fingerprint(ORIGINAL), "2024-03-01")
    assert late.add("b", fingerprint(CHROME), "2024-03-21") == []  # a three-week-old origin: not a copy


def test_a_brief_compares_all_articles_whatever_their_dates() -> None:
    _pairs, origins = find_duplicates([("a", ORIGINAL, "2024-01-01"), ("b", CHROME, "2024-06-01")])
    assert origins == {"b": "a"}


def test_the_union_find_is_compacted_to_the_window(monkeypatch) -> None:
    monkeypatch.setattr(detect, "_COMPACT_MIN", 1)
    index = _windowed(copy_window_articles=2)
    texts = [ORIGINAL, CHROME, REWRITE, ORIGINAL + " More.", CHROME + " More.", REWRITE + " More."]
    origins = []
    for n, text in enumerate(texts):
        index.add(f"c{n}", fingerprint(text), f"2024-03-0{n + 1}")
        origins.append(index.origin(f"c{n}"))  # as the store's ingest asks, right after adding
    assert origins == [None, "c0", "c0", "c0", "c0", "c0"]  # c0 left the window at c2
    assert len(index._parent) <= 4  # the window's two, their root, and at most one not yet compacted


def test_a_date_years_ahead_does_not_empty_the_window() -> None:
    today = datetime.now(UTC).date().isoformat()
    index = _windowed(copy_window_days=7)
    index.add("a", fingerprint(ORIGINAL), today)
    index.add("x", fingerprint(SAME_STORY), "2999-01-01")  # a misparsed date: the window stops at tomorrow
    assert [{p.copy, p.origin} for p in index.add("b", fingerprint(CHROME), today)] == [{"a", "b"}]
