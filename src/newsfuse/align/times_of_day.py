"""Disagreements on the time of day of one event: "… waiting with the stroller on the 23rd floor … around 11:40 a.m.,
officials said." (AP) against "The baby, seated in her stroller, was headed out with her mother around 10:30 a.m. on
the 23rd floor …" (the Daily News): editor read #24, Multi-News row 17, where the brief cited each outlet for the
other's time.

Two sentences of independent sources disagree when they tell one event (cosine at least
``disagreements.EVENT_SIMILARITY``, and ``SHARED_WORDS`` plain words in common, beyond the words of time), each gives
a time of day (``units.clock_times``; "around" is the half hour either side) and no time of one can be a time of the
other. Precision first: times of different moments of one story ("police were called at 9:10 p.m." / "officers
arrived at 9:40 p.m.") share fewer words or tell other acts, and a sentence that gives two times is left out (it
tells a sequence, not a moment).

The same test reads ranks of one thing (``units.ordinals``): "… changing the second line of the anthem …" against "If
passed, the third line of the anthem will change …" (editor read #26, Multi-News row 49: one fact cited both). A rank
of a time ("for the second time") is left out: two outlets may count different occasions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from newsfuse.align.disagreements import EVENT_SIMILARITY, claims_of
from newsfuse.align.numbers import STOP, Quantity, singular
from newsfuse.align.support import SupportMap
from newsfuse.align.units import clock_times, ordinals
from newsfuse.records import AnalysedStory, Conflict

SHARED_WORDS = 3
_PLAIN = re.compile(r"\b[a-z][a-z'’-]{2,}\b")
_OF_TIME = frozenset({"morning", "afternoon", "evening", "night", "around", "about", "shortly", "before", "after"})


def _plain_words(text: str) -> set[str]:
    return {singular(w) for w in _PLAIN.findall(text) if w not in STOP and w not in _OF_TIME}


def clock_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """Each pair of sentences of independent sources that give different times of day for one event (module doc)."""
    return _told_differently(story, support, copy_of, clock_times, lambda x, y: not x.compatible(y), "time of day")


# ranks that count occasions: two outlets may each tell another one
_OCCASIONS = frozenset({"time", "attempt", "try", "occasion"})


def rank_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """Each pair of sentences of independent sources that give one thing different ranks (module doc)."""

    def ranked(text: str) -> tuple[Quantity, ...]:
        return tuple(q for q in ordinals(text) if q.noun not in _OCCASIONS)

    return _told_differently(story, support, copy_of, ranked, lambda x, y: x.noun == y.noun and x.low != y.low, "rank")


def _told_differently(
    story: AnalysedStory,
    support: SupportMap,
    copy_of: Mapping[str, str | None] | None,
    read: Callable[[str], tuple[Quantity, ...]],
    differ: Callable[[Quantity, Quantity], bool],
    topic: str,
) -> list[tuple[int, Conflict, set[int]]]:
    """Pairs of sentences of independent sources telling one event, each with one value ``read`` finds, that
    ``differ``."""
    copy_of = story.copy_of if copy_of is None else copy_of
    told = [(i, values[0]) for i, s in enumerate(story.sentences) if len(values := read(s.text)) == 1]
    found: list[tuple[int, Conflict, set[int]]] = []
    for k, (i, x) in enumerate(told):
        for j, y in told[k + 1 :]:
            a, b = story.sentences[i], story.sentences[j]
            if (copy_of.get(a.article_id) or a.article_id) == (copy_of.get(b.article_id) or b.article_id):
                continue
            if not differ(x, y) or support.similarity[i, j] < EVENT_SIMILARITY:
                continue
            if len(_plain_words(a.text) & _plain_words(b.text)) < SHARED_WORDS:
                continue
            claims = claims_of(story, {"x": [i], "y": [j]}, {"x": x.text, "y": y.text})
            found.append((min(i, j), Conflict(topic=topic, claims=claims), {i, j}))
    return found
