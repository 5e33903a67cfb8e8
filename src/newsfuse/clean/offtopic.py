"""An unrelated item glued to the end of an article: closing paragraphs far off the story.

"Off the story" is measured against every other source, so this runs on the whole story after
line cleaning, with paragraph embeddings from the shared sentence model.
"""

from __future__ import annotations

import numpy as np

from newsfuse.nlp.models import Embedder
from newsfuse.records import Article, Removed


def _unit(v: np.ndarray) -> np.ndarray:
    return v / (np.linalg.norm(v) or 1.0)


def find_off_topic(articles: list[Article], vectors: list[np.ndarray], threshold: float,
                   max_tail: int = 2) -> dict[str, list[int]]:
    """Paragraph numbers to drop per article: trailing paragraphs whose similarity to the rest of
    the story is below ``threshold`` and well below that of the article's other paragraphs."""
    result: dict[str, list[int]] = {}
    for a, (article, own) in enumerate(zip(articles, vectors, strict=True)):
        if len(own) < 3:
            continue
        others = [v for b, v in enumerate(vectors) if b != a and len(v)]
        drop: list[int] = []
        for paragraph in range(len(own) - 1, max(len(own) - 1 - max_tail, 1), -1):
            rest = [own[p] for p in range(len(own)) if p != paragraph and p not in drop]
            reference = _unit(np.vstack([*others, *rest]).mean(axis=0))
            sims = [float(v @ reference) for v in rest]
            sim = float(own[paragraph] @ reference)
            if sim < threshold and sim < float(np.median(sims)) - 0.25:
                drop.append(paragraph)
            else:
                break
        if drop:
            result[article.id] = sorted(drop)
    return result


def remove_off_topic(articles: list[Article], embedder: Embedder, threshold: float) -> list[Article]:
    """Drop off-topic trailing paragraphs in place and report each on its article."""
    vectors = [embedder.encode(a.paragraphs) if a.paragraphs else np.zeros((0, 384)) for a in articles]
    drops = find_off_topic(articles, vectors, threshold)
    for article in articles:
        dropped = drops.get(article.id, [])
        for paragraph in dropped:
            article.removed.append(Removed(text=article.paragraphs[paragraph], reason="off_topic"))
        article.paragraphs = [p for n, p in enumerate(article.paragraphs) if n not in dropped]
    return articles
