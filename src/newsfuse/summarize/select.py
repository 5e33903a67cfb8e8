"""Rank information units and write the summary: for each chosen unit its best complete
sentence, cited to every source in the unit, within the word budget, in story order.

A sentence's score is a linear function of its features (summarize/features.py, weights fitted
on Multi-News) times its clarity, so fragments and dangling references rank low but a clear
sentence of a well-supported unit ranks high. Redundancy: one sentence per unit, and nothing
too similar (cosine) to a sentence already chosen (maximal marginal relevance).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsfuse.align.units import UnitMap
from newsfuse.nlp.clarity import clarity, display_text
from newsfuse.options import Options
from newsfuse.records import AnalysedStory, SummaryItem
from newsfuse.summarize.features import feature_matrix, scores


@dataclass
class Ranked:
    """Sentences in the order the ranking would add them, redundancy already removed."""

    order: list[int]
    scores: np.ndarray


def sentence_scores(story: AnalysedStory, units: UnitMap, copy_of: dict[str, str | None]) -> np.ndarray:
    rows = feature_matrix(story, units, copy_of)
    raw = scores(rows)
    # Clarity gates as well as weighs: a sentence that cannot stand alone is never chosen.
    gate = np.array([clarity(display_text(s.text)) for s in story.sentences])
    return np.where(gate > 0, raw * gate, -np.inf) if len(raw) else raw


def rank(story: AnalysedStory, units: UnitMap, options: Options, copy_of: dict[str, str | None]) -> Ranked:
    """Greedy MMR over units. A unit ranks by its best sentence's score; it is shown by the member
    that best stands for it (score x typicality), so the wording the sources share is preferred
    to one that adds details of its own. Near-duplicates of a chosen sentence are skipped."""
    values = sentence_scores(story, units, copy_of)
    typical = units.typicality()
    best: dict[int, tuple[float, int]] = {}  # unit -> (unit value, shown sentence)
    for unit_index, unit in enumerate(units.units):
        members = [i for i in unit.members if np.isfinite(values[i])]
        if not members:
            continue
        shown = max(members, key=lambda i: (values[i] * typical[i] if values[i] > 0 else values[i], -i))
        best[unit_index] = (float(max(values[i] for i in members)), shown)
    candidates = sorted(best.values(), key=lambda v: (-v[0], v[1]))
    emb = story.embeddings
    chosen: list[int] = []
    for _value, i in candidates:
        if chosen and float(np.max(emb[chosen] @ emb[i])) >= options.summary.redundancy_threshold:
            continue
        chosen.append(i)
    return Ranked(order=chosen, scores=values)


def within_budget(story: AnalysedStory, order: list[int], budget: int, min_left: int = 6) -> list[int]:
    """Take ranked sentences while they fit; a long one that does not fit is passed over for a
    shorter one further down. The result stays at or under ``budget`` words; it stops when fewer
    than ``min_left`` words remain (``SummaryOptions.min_words_left``)."""
    picked: list[int] = []
    used = 0
    for i in order:
        words = len(display_text(story.sentences[i].text).split())
        if used + words > budget:
            continue
        picked.append(i)
        used += words
        if budget - used < min_left:
            break
    return picked


def story_position(story: AnalysedStory, i: int) -> tuple[float, int, int]:
    """Relative place in the article, so leads come first whichever outlet they came from."""
    s = story.sentences[i]
    length = len(story.by_article(s.article_id))
    article_order = [a.id for a in story.articles].index(s.article_id)
    return (round(s.index / max(1, length), 6), article_order, s.index)


def summarize(
    story: AnalysedStory, units: UnitMap, options: Options, copy_of: dict[str, str | None] | None = None
) -> list[SummaryItem]:
    copy_of = copy_of or {}
    ranked = rank(story, units, options, copy_of)
    picked = within_budget(story, ranked.order, options.summary.words, options.summary.min_words_left)
    picked.sort(key=lambda i: story_position(story, i))
    return [
        SummaryItem(text=display_text(story.sentences[i].text), sources=units.sources_for(i, story)) for i in picked
    ]
