"""A one-line headline for the story: the source headline closest to the story's centre."""

from __future__ import annotations

import numpy as np

from newsfuse.nlp.models import Embedder
from newsfuse.records import AnalysedStory, SummaryItem


def choose_title(story: AnalysedStory, summary: list[SummaryItem], embedder: Embedder) -> str:
    titles = [a.title for a in story.articles if a.title]
    if titles and len(story.embeddings):
        centroid = story.embeddings.mean(axis=0)
        vectors = embedder.encode(titles)
        scores = vectors @ (centroid / (np.linalg.norm(centroid) or 1.0))
        return titles[int(np.argmax(scores))]
    if titles:
        return titles[0]
    if summary:
        words = summary[0].text.split()
        return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return "Untitled story"
