"""A one-line headline for the story: a real headline of a source, never page furniture.

Among the source headlines that look like headlines (``is_headline``: words enough, not a widget
label, credit or site name), the best supported wins: the one whose article is backed by the most
other independent articles (mean cosine of the headline to the other articles' centroids), so the
headline of the story most outlets tell beats that of an outlier. Without a usable headline, the
summary's first sentence (cut to 14 words) stands in.
"""

from __future__ import annotations

import re

import numpy as np

from newsfuse.nlp.models import Embedder
from newsfuse.records import AnalysedStory, SummaryItem

MIN_WORDS = 4
MAX_WORDS = 30
_FURNITURE = re.compile(
    r"tweet with a location|\bgallery\b|\bphoto(?:s|graph)?\b.*[©@]|©|\bslideshow\b|\bwatch:?\s*$|^watch\b|"
    r"^video\b|\bvideo:?\s*$|\blog ?in\b|\bsign ?in\b|\bsubscribe\b|\bnewsletter\b|\bcookies?\b|"
    r"\bjavascript\b|\bpage not found\b|\b404\b|\baccess denied\b|\bbreaking news\b\s*$|^home\s*[|»>-]|"
    r"\bpicture \d+ of \d+\b|\bclick here\b|\bread more\b",
    re.IGNORECASE,
)
# "Headline | Site Name", "Headline - The Daily Courier": up to four capitalised words or a domain
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?:(?:The\s+)?(?:[A-Z][\w.&']*\s*){1,4}|[\w.-]+\.(?:com|org|net|co\.uk))$")


def is_headline(title: str) -> bool:
    words = title.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or _FURNITURE.search(title):
        return False
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) < 0.7  # not a shouted label


def clean_headline(title: str) -> str:
    """The headline without a trailing " | Site Name" (deletion only)."""
    stripped = _SITE_SUFFIX.sub("", title.strip())
    return stripped if len(stripped.split()) >= MIN_WORDS else title.strip()


def choose_title(story: AnalysedStory, summary: list[SummaryItem], embedder: Embedder) -> str:
    candidates = [(a.id, clean_headline(a.title)) for a in story.articles if a.title and is_headline(a.title)]
    if candidates and len(story.embeddings):
        emb = story.embeddings.astype(np.float64)
        centroids: dict[str, np.ndarray] = {}
        for a in story.articles:
            idx = story.by_article(a.id)
            if idx and a.copy_of is None:  # a copy is no extra support
                v = emb[idx].mean(axis=0)
                centroids[a.id] = v / (np.linalg.norm(v) or 1.0)
        vectors = embedder.encode([t for _, t in candidates]).astype(np.float64)
        scores = []
        for (article_id, _), vector in zip(candidates, vectors, strict=True):
            others = [c for a, c in centroids.items() if a != article_id] or list(centroids.values())
            scores.append(float(np.mean([vector @ c for c in others])) if others else 0.0)
        return candidates[int(np.argmax(scores))][1]
    if candidates:
        return candidates[0][1]
    if summary:
        words = summary[0].text.split()
        return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return "Untitled story"
