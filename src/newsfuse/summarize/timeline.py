"""The story's timeline: dated events from the DateMention records (nlp/dates.py), oldest first.

An event is a sentence with a date mention resolved to a calendar day or month ("on Tuesday" in a
story published 2023-03-22 → 2023-03-21). Sentences of one information unit with the same date are
one event, shown by its best-scoring sentence that can stand alone (summarize/standalone.py) and
cited to every source that backs it. Year-only mentions ("in 2007") are background, not events.
At most ``MAX_EVENTS`` events, the most important (sentence score) kept.
"""

from __future__ import annotations

import numpy as np

from newsfuse.align.units import UnitMap
from newsfuse.records import AnalysedStory, FactGraph, TimelineEvent
from newsfuse.summarize.select import sentence_scores, shown_text

MAX_EVENTS = 12


def build_timeline(
    story: AnalysedStory,
    units: UnitMap,
    copy_of: dict[str, str | None],
    values: np.ndarray | None = None,
    graph: FactGraph | None = None,
) -> list[TimelineEvent]:
    if values is None:
        values = sentence_scores(story, units, copy_of, graph)
    index = {s.key: i for i, s in enumerate(story.sentences)}
    best: dict[tuple[str, int], tuple[float, int, str]] = {}  # (date, unit) -> (score, sentence, text)
    seen: set[int] = set()
    for mention in story.dates:
        i = index.get((mention.article_id, mention.sentence_index))
        if i is None or i in seen or not mention.value or mention.granularity not in ("day", "month"):
            continue
        seen.add(i)  # a sentence's first dated mention is its event's date
        text = shown_text(story.sentences[i].text)
        if text is None or not np.isfinite(values[i]):
            continue
        key = (mention.value, units.unit_of[i])
        if key not in best or (values[i], -i) > (best[key][0], -best[key][1]):
            best[key] = (float(values[i]), i, text)
    kept = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[:MAX_EVENTS]
    kept.sort(key=lambda kv: (kv[0][0], story.sentences[kv[1][1]].article_id, kv[1][1]))
    return [
        TimelineEvent(date=date, text=text, sources=units.sources_for(i, story)) for (date, _), (_, i, text) in kept
    ]
