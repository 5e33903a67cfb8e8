"""Stop 51: silver same-fact pairs from reference summaries (bench/silver_pairs.py), on invented sentences."""

from __future__ import annotations

import pytest
from bench.silver_pairs import covers, excluded_rows, idf_of, label_pair, reference_sentences

from newsfuse.align.same_fact import prepare

# an invented story: two outlets and a reference summary written from them
STORY = [
    "The Varnholt city council voted 7-2 on Tuesday to close the Brindle Street bridge to trucks.",
    "Council members in Varnholt approved closing the Brindle Street bridge to heavy trucks by a 7-2 vote.",
    "Engineers found cracks in two steel girders of the Brindle Street bridge last month.",
    "Mayor Odile Ferrant said the trucks would be sent along the Quayside ring road instead.",
    "The bridge opened in 1931 and carries about 9,000 vehicles a day.",
    "Local bakers complained that their delivery vans would lose twenty minutes on each trip.",
    "A spokesman for the regional transport office declined to comment on the repair budget.",
    "Residents packed the council chamber for more than three hours before the vote.",
    "Weather forecasters expect heavy snow across the northern valleys this weekend.",
    "Schools in the district will reopen after the spring holiday on Monday.",
]
REFERENCE = (
    "The Varnholt council voted 7-2 to close the Brindle Street bridge to trucks after engineers found cracks in "
    "its steel girders. Mayor Odile Ferrant says trucks will use the Quayside ring road."
)


@pytest.fixture(scope="module")
def covered() -> tuple[list[frozenset[str]], dict[str, float], list[list[object]]]:
    words = [prepare(s).content for s in STORY]
    refs = [prepare(r).content for r in reference_sentences(REFERENCE)]
    idf = idf_of(words)
    unseen = max(idf.values())
    return words, idf, [covers(w, refs, idf, unseen) for w in words]


def decide(covered: tuple[list[frozenset[str]], dict[str, float], list[list[object]]], i: int, j: int) -> object:
    words, idf, cover = covered
    return label_pair(cover[i], cover[j], words[i], words[j], idf)  # type: ignore[arg-type]


def test_reference_is_split_into_its_sentences() -> None:
    assert len(reference_sentences(REFERENCE)) == 2
    assert reference_sentences("Too short. " + REFERENCE)[0].startswith("The Varnholt council")


def test_two_tellings_of_one_reference_fact_are_a_silver_same_pair(covered: object) -> None:
    assert decide(covered, 0, 1) == (1, "same", 0)  # type: ignore[arg-type]


def test_sentences_of_two_reference_facts_are_a_silver_different_pair(covered: object) -> None:
    # the vote and the detour: each is covered by its own reference sentence and not by the other
    assert decide(covered, 0, 3) == (0, "other-reference", 0)  # type: ignore[arg-type]


def test_a_covered_fact_beside_a_sentence_no_reference_sentence_covers_is_different(covered: object) -> None:
    label = decide(covered, 3, 5)  # type: ignore[arg-type]
    assert label == (0, "no-reference", 1)


def test_near_copies_and_fragments_say_nothing() -> None:
    words = [prepare(s).content for s in STORY]
    copy = prepare(STORY[0].replace("Tuesday", "Tuesday night")).content
    refs = [prepare(r).content for r in reference_sentences(REFERENCE)]
    idf = idf_of(words)
    unseen = max(idf.values())
    first, second = covers(words[0], refs, idf, unseen), covers(words[1], refs, idf, unseen)
    assert label_pair(first, covers(copy, refs, idf, unseen), words[0], copy, idf) is None
    short = prepare("Brindle Street bridge closed.").content
    assert label_pair(second, covers(short, refs, idf, unseen), words[1], short, idf) is None


def test_no_silver_pair_comes_from_a_gold_story_or_a_labelled_test_story() -> None:
    rows = excluded_rows()
    assert {52, 76, 110, 121, 124} <= rows  # gold facts stories, tune and report
    assert {0, 1, 73} <= rows  # band_pairs and above_pairs test stories
    assert not rows & {2, 3, 4}  # band_pairs tune stories stay usable
