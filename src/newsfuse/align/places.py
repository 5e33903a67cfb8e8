"""Disagreements on where one act happened: "he had misspoken about his service during the Norwalk event" (The New
York Times) against "he had misspoken at a 2008 event in Norfolk" (Fox News; conflicts57, BASIL 2010 85475456).

No number, day or status rule reads a place, so the fact graph showed the Norwalk speech cited to the outlet that puts
it in Norfolk. Precision first (a place is easily a part of another place, or the place of another act):

- A place is a capitalised name after "in" or "at" ("a 2008 event in Norfolk"), or before an event noun ("the
  Norwalk event", ``_EVENT_NOUNS``), that the story's entities tag as a place (GPE, LOC, FAC) somewhere — not a
  newspaper, a party or a person. A place in a chain ("in Ipswich, in Kent": a town and where it lies) gives none,
  but for a town written the news agencies' way, with its state abbreviated ("in Bellingham, Wash.": the town is where
  it happened, the state where the town lies); a place inside a quotation is the speaker's. Each place of a sentence
  is read with its own act words ("at a 2008 event in Norfolk in which he said he had served in Vietnam": misspoken
  at an event in Norfolk, served in Vietnam).
- Two sentences of independent sources tell one act when they share at least ``SHARED_WORDS`` plain words (the
  act: "misspoken", "event") at cosine at least ``disagreements.MIN_SIMILARITY``, and ``ACT_SHARED`` of those words
  stand among the ``ACT_WORDS`` words before the place (or are its event noun): what happened there and to what. A
  speech verb, a quantifier or an order ("said", "several", "first") says neither.
- The two names share no word, and neither article names the other's place anywhere: an article that names both
  tells two places of its own (a town in its state, the two events, or the discrepancy itself). A town's state is
  no other place ("Bellingham, Wash." against "in Washington State").
Claims are ordered by publication time where known, as the other disagreements (``disagreements.claims_of``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from newsfuse.align.disagreements import MIN_SIMILARITY, claims_of
from newsfuse.align.numbers import STOP
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.records import AnalysedStory, Conflict

SHARED_WORDS = 2
ACT_WORDS = 8
# the act needs two words alike near both places, what happened and to what ("misspoken" and "event"); one alone is
# a thing two acts share: "rescuing several climbers in Alaska" / "two renowned U.S. climbers, found in Tibet"
# (Multi-News row 7, tune rows 0-124: the rescue and the find of the bodies, two acts in two places)
ACT_SHARED = 2
STEM = 5  # "misspoke" / "misspoken", "gathered" / "gathering": a word cut to its first letters
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME = r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
_AFTER = re.compile(r"\b(?:in|at)\s+(?:the\s+)?" + _NAME)
_EVENT_NOUNS = r"(?:event|rally|meeting|speech|ceremony|fund-?raiser|gathering|conference|forum|hearing|dinner|vigil)"
_BEFORE = re.compile(r"\b(?:the|a|an)\s+" + _NAME + r"\s+" + _EVENT_NOUNS + r"\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# a place right after another ("in Ipswich, in Kent", "Springfield, Illinois"): where the first lies, a chain
_CHAIN = re.compile(r"\.?,\s*(?:in\s+)?[A-Z]")
_CHAIN_BEFORE = re.compile(r"[A-Z][\w’'.-]*,\s*(?:in\s+)?$")
# a town with its state written as the news agencies abbreviate it ("Bellingham, Wash.", "Tiburon, Calif.", "Albany,
# N.Y."): the town is the place, the state only where it lies (BASIL 2011 c21cb217, conflicts58: "a student at Whatcom
# Community College in Bellingham, Wash." against "a female college student in Seattle")
_STATE_AFTER = re.compile(r",\s*(?P<state>[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)(?!\w)")
# what a speaker or a writer did, not the act the place is of
_NOT_ACTS = frozenset(
    {"said", "says", "told", "tells", "according", "added", "reported", "wrote", "stated", "noted", "announced",
     "during", "about", "after", "before", "while", "where", "which", "there", "their", "other", "since", "later",
     "earlier", "might", "would", "could", "should",
     # a quantifier or an order tells how many, not what happened: "several climbers in Alaska" / "several first
     # ascents in Antarctica" (Multi-News row 7)
     "several", "many", "some", "most", "more", "less", "fewer", "first", "last", "dozens", "hundreds", "thousands",
     "millions", "both", "each", "every"}
)  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class _Place:
    sentence: int
    root: str  # the source the article counts as (a copy counts as its original)
    name: str
    act: frozenset[str]  # plain words before the place, cut to STEM letters
    state: str = ""  # the abbreviated state after a town ("Wash." of "Bellingham, Wash.")


def _plain(words: list[str]) -> frozenset[str]:
    return frozenset(
        w.lower()[:STEM] for w in words if w[:1].islower() and len(w) > 3 and w.lower() not in STOP | _NOT_ACTS
    )


def places_in(text: str, known: frozenset[str]) -> list[tuple[str, frozenset[str]]]:
    """(place, act words before it) for each place the sentence gives outside quotations; a place in a chain ("in
    Ipswich, in Kent", "Springfield, Illinois") is a town and where it lies, no one place of one act — unless the
    second is an abbreviated state ("in Bellingham, Wash."), which leaves the town the place."""
    return [(name, act) for name, act, _ in _places_in(text, known)]


def _places_in(text: str, known: frozenset[str]) -> list[tuple[str, frozenset[str], str]]:
    """:func:`places_in` with each town's abbreviated state ("" when none)."""
    quoted = quoted_part(text)
    found: list[tuple[str, frozenset[str], str]] = []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            name = _POSSESSIVE.sub("", m.group("name"))
            name = name[:-1] if name.endswith(".") and name[:-1] in known else name  # "served in Vietnam."
            state = _STATE_AFTER.match(text, m.end("name"))
            if name not in known or name in quoted or (_CHAIN.match(text, m.end("name")) and not state):
                continue
            before = _WORD.findall(text[: m.start()])[-ACT_WORDS:]
            if _CHAIN_BEFORE.search(text[: m.start()]):
                continue
            after = _WORD.findall(text[m.end("name") : m.end()])  # the event noun of "the Norwalk event"
            found.append((name, _plain(before + after), state.group("state") if state else ""))
    return found


def _places(story: AnalysedStory, copy_of: Mapping[str, str | None]) -> list[_Place]:
    known = frozenset(_POSSESSIVE.sub("", m.text) for m in story.mentions if m.label in _PLACE_LABELS)
    if not known:
        return []
    return [
        _Place(i, copy_of.get(s.article_id) or s.article_id, name, act, state)
        for i, s in enumerate(story.sentences)
        for name, act, state in _places_in(s.text, known)
    ]


def _in_state(place: _Place, other: _Place) -> bool:
    """The other place is the town's state ("Bellingham, Wash." against "Washington State"): where the town lies, no
    other place. The abbreviation is the state name's first letters ("Wash.", "Calif."), or its initials ("N.Y.")."""
    if not place.state:
        return False
    short = place.state.rstrip(".").lower()
    words = [w.lower() for w in other.name.split()]
    initials = "".join(w[:1] for w in words)
    return any(w.startswith(short) for w in words) or short.replace(".", "") == initials


def _names_both(text: str, name: str) -> bool:
    return re.search(r"\b" + re.escape(name) + r"\b", text) is not None


def place_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """(first sentence, conflict, sentences in it) for each pair of independent sources that put one act in two
    places (module docstring; ``copy_of`` as in ``disagreements.day_conflicts``)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    places = _places(story, copy_of)
    text_of = {a.id: a.text for a in story.articles}
    found: list[tuple[int, Conflict, set[int]]] = []
    seen: set[tuple[int, int]] = set()
    for a, x in enumerate(places):
        for y in places[a + 1 :]:
            if x.root == y.root or set(x.name.lower().split()) & set(y.name.lower().split()):
                continue
            if _in_state(x, y) or _in_state(y, x):
                continue
            i, j = x.sentence, y.sentence
            if (i, j) in seen:
                continue
            if support.similarity[i, j] < MIN_SIMILARITY or len(x.act & y.act) < ACT_SHARED:
                continue
            words_i = _plain(_WORD.findall(story.sentences[i].text))
            words_j = _plain(_WORD.findall(story.sentences[j].text))
            if len(words_i & words_j) < SHARED_WORDS:
                continue
            article_i, article_j = story.sentences[i].article_id, story.sentences[j].article_id
            if _names_both(text_of[article_i], y.name) or _names_both(text_of[article_j], x.name):
                continue
            seen.add((i, j))
            act = sorted(x.act & y.act)[0]
            claims = claims_of(story, {x.name: [i], y.name: [j]}, {x.name: x.name, y.name: y.name})
            found.append((min(i, j), Conflict(topic=f"place: {act}", claims=claims), {i, j}))
    return found
