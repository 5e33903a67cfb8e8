"""Rank sentences by centrality, cross-source support and position, then pick them greedily
with redundancy removed (MMR), within the word budget, in story order."""

from __future__ import annotations

import numpy as np

from newsfuse.align.support import SupportMap
from newsfuse.nlp.analyse import AnalysedStory
from newsfuse.options import Options
from newsfuse.records import SummaryItem
from newsfuse.summarize.candidates import clarity, display_text

# Weights of the ranking; tuned on Multi-News validation clusters (bench/rouge).
W_CENTRALITY = 0.45
W_SUPPORT = 0.35
W_POSITION = 0.20


def sentence_scores(story: AnalysedStory, support: SupportMap, copy_of: dict[str, str | None]) -> np.ndarray:
    n = len(story.sentences)
    if n == 0:
        return np.zeros(0)
    centroid = story.embeddings.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    centrality = story.embeddings @ centroid
    independent_sources = {copy_of.get(a.id) or a.id for a in story.articles}
    total = max(1, len(independent_sources) - 1)
    counts = {a.id: 0 for a in story.articles}
    for s in story.sentences:
        counts[s.article_id] += 1
    scores = np.zeros(n)
    for i, s in enumerate(story.sentences):
        backers = len(support.independent(i, copy_of)) - 1
        position = 1.0 / np.sqrt(1.0 + s.index)
        value = W_CENTRALITY * centrality[i] + W_SUPPORT * (backers / total) + W_POSITION * position
        scores[i] = value * clarity(display_text(s.text))
    return scores


def summarize(
    story: AnalysedStory, support: SupportMap, options: Options, copy_of: dict[str, str | None] | None = None
) -> list[SummaryItem]:
    copy_of = copy_of or {}
    scores = sentence_scores(story, support, copy_of)
    chosen: list[int] = []
    used = 0
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    for i in ranked:
        if scores[i] <= 0:
            break
        words = len(display_text(story.sentences[i].text).split())
        if used + words > options.words:
            continue
        if chosen and float(max(support.similarity[i, j] for j in chosen)) >= options.redundancy_threshold:
            continue
        chosen.append(i)
        used += words
        if options.words - used < 6:
            break
    chosen.sort(key=lambda i: story_position(story, i))
    return [
        SummaryItem(text=display_text(story.sentences[i].text), sources=list(support.sources[i])) for i in chosen
    ]


def story_position(story: AnalysedStory, i: int) -> tuple[float, int, int]:
    """Relative place in the article, so leads come first whichever outlet they came from."""
    s = story.sentences[i]
    length = sum(1 for x in story.sentences if x.article_id == s.article_id)
    article_order = [a.id for a in story.articles].index(s.article_id)
    return (s.index / max(1, length), article_order, s.index)
