"""Cross-source support: a sentence is supported by every source with a sentence that says the
same thing (embedding similarity, not string equality)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsfuse.records import AnalysedStory


@dataclass
class SupportMap:
    """For sentence i: the ids of sources that say the same (its own first), and the best
    matching sentence index in each of them."""

    sources: list[list[str]]
    matches: list[dict[str, int]]
    similarity: np.ndarray  # sentence x sentence cosine similarity


def support_map(story: AnalysedStory, threshold: float) -> SupportMap:
    sentences = story.sentences
    emb = story.embeddings
    similarity = emb @ emb.T if len(sentences) else np.zeros((0, 0), dtype=np.float32)
    owners = np.array([s.article_id for s in sentences])
    order = [a.id for a in story.articles]
    sources: list[list[str]] = []
    matches: list[dict[str, int]] = []
    # each article's sentences, found once rather than for every sentence (~1,000 scans of the owners on the shared
    # corpus, in the serial tail: docs/speed.md, stop 44)
    members = {article_id: np.flatnonzero(owners == article_id) for article_id in order}
    for i, sentence in enumerate(sentences):
        found = {sentence.article_id: i}
        row = similarity[i]
        for article_id in order:
            if article_id == sentence.article_id:
                continue
            idx = members[article_id]
            if idx.size == 0:
                continue
            best = idx[int(np.argmax(row[idx]))]
            if row[best] >= threshold:
                found[article_id] = int(best)
        sources.append([a for a in order if a in found])
        matches.append(found)
    return SupportMap(sources=sources, matches=matches, similarity=similarity)
