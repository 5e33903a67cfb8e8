"""Disagreements on the year of one past event: "coins stolen from the San Francisco Mint in 1899" against "The coins
may have been stolen from the U.S. Mint in 1900" (stop 54's labels, Multi-News row 105), "Edward Brooke, who served
from 1967 to 1979" against "Edward Brooke ... held the seat from 1966 to 1978" (BASIL 2013). Years are no quantity
(``numbers.find_quantities`` leaves them out) and the day rule reads days and months only, so each of these facts was
shown citing both outlets.

Two sentences of independent sources disagree when they tell one fact (the fact graph joins them, or cosine at least
``disagreements.EVENT_SIMILARITY``) and share ``SHARED_WORDS`` plain words beyond years, each gives one year (or one
span of years) in the same form — "in 1899" / "in 1900", "the 1899 heist" / "the 1900 heist" (the same noun after
it), "from 1966 to 1978" / "from 1967 to 1979" — and the years are a slip apart (``SLIP``: a year further off is
another event: "elected in 2010" / "re-elected in 2014"), and the words right before the two years share what they date
(``_dated``: "stolen from the Mint in 1899" / "stolen from the U.S. Mint in 1900"; "convicted in 1992" / "accused them
in 1991" are two acts). Precision first: a sentence with two years, or a year counted from another ("a year later"),
tells a sequence; a year in a quotation is the speaker's; an outlet that gives the other's year anywhere in its article
tells both (two events, or the discrepancy itself: "Was it 1899, or 1901?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from newsfuse.align.disagreements import EVENT_SIMILARITY, claims_of
from newsfuse.align.numbers import STOP, singular
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.records import AnalysedStory, Conflict

SHARED_WORDS = 2  # beyond what the words before the years share (``_dated``), which carries the precision
SLIP = 2  # years apart that are one event told wrong, not two events
DATED_WORDS = 6
_YEAR = r"(1[7-9]\d\d|20\d\d)"
_MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_SPAN = re.compile(rf"\bfrom\s+{_YEAR}\s*(?:to|-|–|until)\s*{_YEAR}\b")
_IN = re.compile(rf"\bin\s+(?:(?:early|late|mid-?|{_MONTH})\s+)?{_YEAR}\b(?![-–]\d)")
_BEFORE_NOUN = re.compile(rf"\b{_YEAR}\s+([a-z]{{3,}})\b")
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
_PLAIN = re.compile(r"\b[a-z][a-z'’-]{2,}\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
# words that date nothing: speech, pronouns, links of time ("news after three children accused them in 1991")
_NOT_DATED = frozenset(
    {"said", "says", "told", "reported", "according", "added", "wrote", "announced", "after", "before", "since",
     "until", "them", "him", "they", "we", "she", "he", "news", "time", "later", "earlier", "ago"}
)  # fmt: skip
# a year counted from another in the same sentence: Multi-News row 21's "released their first demo together in 1992
# ..., which they followed up a year later with their Mobb Deep debut" (the debut is 1993, as the other outlet says)
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?:a|one|two|three|several|some|many)\s+)?years?\s+(?:later|earlier|before|after|afterwards?)\b"
    r"|\bthe\s+(?:following|next|previous|same)\s+year\b",
    re.I,
)


@dataclass(frozen=True)
class _Year:
    sentence: int
    root: str
    form: str  # "in", "span", or the noun the year stands before ("heist")
    years: tuple[int, ...]  # one year, or a span's two ends
    text: str  # the expression as written
    dates: frozenset[str] = frozenset()  # the words right before it: what it dates ("stolen from the Mint")


def _dated(text: str, expression: str, names: bool) -> frozenset[str]:
    """The content words among the ``DATED_WORDS`` before a year expression; with ``names``, names too (a span of
    years is a person's tenure: "Edward Brooke, who served from 1967 to 1979" / "Brooke ... held the seat")."""
    at = text.find(expression)
    words = _WORD.findall(text[: max(at, 0)])[-DATED_WORDS:]
    return frozenset(
        singular(w.lower())
        for w in words
        if w.lower() not in STOP and w.lower() not in _NOT_DATED and (names or w.islower())
    )


def _year_of(text: str, i: int, root: str) -> _Year | None:
    """The sentence's one year expression, or None when it gives no year, several years, or one in a quotation."""
    years = {int(y) for y in _ANY_YEAR.findall(text)}
    if _RELATIVE_YEAR.search(text):
        return None  # "their first demo in 1992 ..., which they followed up a year later with their debut": a sequence
    quoted = quoted_part(text)
    span = _SPAN.search(text)
    if span and len(years) == 2 and span.group(0) not in quoted:
        first, last = int(span.group(1)), int(span.group(2))
        dates = _dated(text, span.group(0), names=True)
        return _Year(i, root, "span", (first, last), span.group(0), dates) if first < last else None
    if len(years) != 1:
        return None
    found = _IN.search(text)
    if found and found.group(0) not in quoted:
        return _Year(i, root, "in", (int(found.group(1)),), found.group(0), _dated(text, found.group(0), names=False))
    before = _BEFORE_NOUN.search(text)
    if before and before.group(2) not in STOP and before.group(0) not in quoted:
        noun = singular(before.group(2))
        return _Year(i, root, noun, (int(before.group(1)),), before.group(0), frozenset({noun}))
    return None


def _plain_words(text: str) -> set[str]:
    return {singular(w) for w in _PLAIN.findall(text) if w not in STOP}


def _a_slip_apart(x: _Year, y: _Year) -> bool:
    """The same form, what they date in common ("convicted in 1992" / "accused them in 1991" are two acts: Multi-News
    row 152, gold tune, found by the rule's first run), and every end a slip apart."""
    if x.form != y.form or x.years == y.years or not x.dates & y.dates:
        return False
    return all(abs(a - b) <= SLIP for a, b in zip(x.years, y.years, strict=True))


def year_conflicts(
    story: AnalysedStory,
    support: SupportMap,
    joined: Callable[[int, int], bool],
    copy_of: Mapping[str, str | None] | None = None,
) -> list[tuple[int, Conflict, set[int]]]:
    """Each pair of sentences of independent sources that give two years of one fact (module doc). ``joined``: whether
    the fact graph joins two sentences (``conflicts.joined``)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    article_years = {
        a.id: {int(y) for y in _ANY_YEAR.findall(" ".join(s.text for s in story.sentences if s.article_id == a.id))}
        for a in story.articles
    }
    dated = [
        found
        for i, s in enumerate(story.sentences)
        if (found := _year_of(s.text, i, copy_of.get(s.article_id) or s.article_id)) is not None
    ]
    conflicts: list[tuple[int, Conflict, set[int]]] = []
    for k, x in enumerate(dated):
        for y in dated[k + 1 :]:
            i, j = x.sentence, y.sentence
            if x.root == y.root or not _a_slip_apart(x, y):
                continue
            if support.similarity[i, j] < EVENT_SIMILARITY and not joined(i, j):
                continue
            a, b = story.sentences[i], story.sentences[j]
            if len(_plain_words(a.text) & _plain_words(b.text)) < SHARED_WORDS:
                continue
            if (
                set(y.years) - set(x.years) <= article_years[a.article_id]
                or set(x.years) - set(y.years) <= article_years[b.article_id]
            ):
                continue  # an outlet that also gives the other year tells both
            claims = claims_of(story, {"x": [i], "y": [j]}, {"x": x.text, "y": y.text})
            conflicts.append((min(i, j), Conflict(topic="year", claims=claims), {i, j}))
    return conflicts
