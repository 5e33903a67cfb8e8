"""Stop 55's cuts of the brief's alignment (docs/speed.md, stop 55): a test asked of a pair's sentences is computed for
those sentences only, a set made twice is made once, and every answer is the one the plain computation gives."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np
import pytest
from tests.test_units_stop54 import FILLER, OWNER, TOLD

from newsfuse.align import numbers, same_fact, units
from newsfuse.records import Article


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """``units.<name>`` with the texts it is asked recorded."""
    asked: list[str] = []
    plain = getattr(units, name)

    def counted(text: str) -> Any:
        asked.append(text)
        return plain(text)

    monkeypatch.setattr(units, name, counted)
    return asked


def test_the_lone_pairs_lower_case_words_are_read_for_the_pairs_sentences_only(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = TOLD + FILLER
    sim = np.eye(len(texts))
    sim[0, 1] = sim[1, 0] = 0.8
    members = {k: [k] for k in range(len(texts))}
    asked = _counting(monkeypatch, "_stems_of")
    units._pair_alone(sim, 0.9, 0.75, OWNER, [True] * len(texts), texts, list(range(len(texts))), members)
    assert sorted(m for m in members.values() if len(m) > 1) == [[0, 1]]  # the join of stop 54's test
    words = {w for w in asked if " " not in w}  # the single words whose stems the lower-case test reads
    pair_words = set(re.findall(r"\b[a-z][a-z'’-]+", TOLD[0] + " " + TOLD[1]))
    assert words and words <= pair_words, words - pair_words  # main read every word of all 40 sentences


def test_build_units_asks_the_content_words_of_the_pairs_sentences_only(
    fast_models: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.align.support import support_map
    from newsfuse.nlp.analyse import analyse
    from newsfuse.options import AlignOptions

    articles = [
        Article("S1", "0.txt", None, None, None, None, ["Ada Brant took office Friday as the 45th mayor of Keld."]),
        Article("S2", "1.txt", None, None, None, None, ["Ada Brant was sworn in as mayor on Friday.", "Brant!"]),
        Article("S3", "2.txt", None, None, None, None, ["The harbour of Keld froze over in the cold winter."]),
    ]
    story = analyse(articles, fast_models)
    texts = [s.text for s in story.sentences]
    assert len(texts) == 4
    # every pair decided (no pair model runs): the lede and its telling, the lede and the chant
    known = np.zeros((4, 4))
    np.fill_diagonal(known, 1.0)
    known[0, 1] = known[1, 0] = 0.98
    known[0, 2] = known[2, 0] = 0.99
    params = AlignOptions(same_fact="story", same_fact_threshold=0.9)
    asked = _counting(monkeypatch, "_content")
    grouped = units.build_units(story, support_map(story, 0.9), params, known=known)
    assert grouped.unit_of[0] == grouped.unit_of[1] != grouped.unit_of[2]  # the chant joins no fact (stop 44)
    assert grouped.unit_of[3] not in (grouped.unit_of[0], grouped.unit_of[2])
    assert set(asked) == set(texts[:3])  # main asked the harbour's sentence too


RANKED = [
    "Lawmakers voted to change the second line of the anthem.",
    "If passed, the third line of the anthem will change.",
    "The 17th floor and the 15th-floor office were closed.",
    "She was first reported missing on Monday.",
    "It was the second time the line was changed.",
    "The council met on Tuesday.",
    "",
]


def test_ranks_agree_reads_the_others_ranks_only_when_one_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    def plain(member: str, shown: str) -> bool:
        mine, theirs = units.ordinals(member), units.ordinals(shown)
        return not any(
            (same := [y for y in theirs if y.noun == x.noun]) and not any(y.low == x.low for y in same) for x in mine
        )

    expected = {(a, b): plain(a, b) for a in RANKED for b in RANKED}
    assert not expected[(RANKED[0], RANKED[1])] and expected[(RANKED[0], RANKED[4])]
    unranked = [t for t in RANKED if not units.ordinals(t)]
    asked = _counting(monkeypatch, "ordinals")
    assert {(a, b): units.ranks_agree(a, b) for a in RANKED for b in RANKED} == expected
    # a member ranking nothing is asked alone: main asked both texts of all 49 pairs
    assert len(asked) == 2 * len(RANKED) ** 2 - len(unranked) * len(RANKED)


def test_prepare_makes_the_pairs_once_and_counts_the_same_trigrams_in_the_same_order() -> None:
    for text in [*TOLD, *FILLER[:3], "", "a", "ab", "abc", "It was 2.5% — “quoted” too.", "Ünïcode’s words"]:
        prepared = same_fact.prepare(text)
        assert prepared.ngrams[1] is prepared.bigrams  # main made the same set of pairs twice
        flat = prepared.text
        plain = Counter(flat[k : k + 3] for k in range(max(0, len(flat) - 2)))
        assert list(prepared.trigrams.items()) == list(plain.items())
        tokens = prepared.tokens
        for n, grams in zip((1, 2, 3, 4), prepared.ngrams, strict=True):
            assert list(grams) == list(frozenset(zip(*[tokens[k:] for k in range(n)], strict=False)))


def test_singular_is_kept_per_word_with_the_same_answers() -> None:
    numbers.singular.cache_clear()
    words = ["agreements", "Countries", "boxes", "status", "glass", "it’s", "deal", "crises", "'votes'"]
    first = [numbers.singular(w) for w in words]
    assert first == ["agreement", "country", "box", "status", "glass", "it’", "deal", "crise", "vote"]
    assert [numbers.singular(w) for w in words] == first
    assert numbers.singular.cache_info().hits == len(words)


class _CountingPattern:
    """A compiled pattern whose searches and matches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text)

    def search(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(text)


def test_caption_sentences_reads_each_text_once_with_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.records import AnalysedStory, Sentence
    from newsfuse.summarize import furniture

    texts = [
        "The mayor opened the bridge on Monday.",
        "Mayor Ada Lund cuts the ribbon on the new bridge in Keld, Norway, on Monday, June 3, 2019.",
        "(Seth Wenig/AP)",
        "Pictured: the bridge at dusk.",
        "The crowd cheered as it opened (see the video below).",
        "Residents gathered to watch this video:",
        "Brock Turner as he appeared on the night of his arrest on Jan. 18, 2015.",
        "Turner looked calm as he appeared in court.",
    ]
    sentences = [Sentence("S1", k, 0, t, 0, len(t)) for k, t in enumerate(texts)]
    story = AnalysedStory(articles=[], sentences=sentences, mentions=[])
    for name in ("_caption_like", "_credit_line"):
        cached = getattr(furniture, name, None)
        if cached is not None:
            cached.cache_clear()
    first = furniture.caption_sentences(story)
    assert 0 not in first and 4 not in first and 7 not in first and {1, 5, 6} <= first
    counting = _CountingPattern(furniture._PICTURED)
    monkeypatch.setattr(furniture, "_PICTURED", counting)
    assert furniture.caption_sentences(story) == first
    assert counting.calls == 0  # the ranking's, the title's and the timeline's calls: main searched every time
