"""Multi-News clusters as an article stream for the clustering and dedup benchmarks.

Each row of ``validation.csv`` is one story; its ``documents`` column is a Python-literal list of
article strings. The stream is every document with its gold story, in a seeded shuffle.
"""

from __future__ import annotations

import ast
import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.paths import shared_dir

DEFAULT_CSV = shared_dir() / "bench" / "multinews" / "validation.csv"


@dataclass(frozen=True)
class StreamDoc:
    id: str
    text: str
    story: int  # gold story = row number in the CSV


def load_clusters(path: Path = DEFAULT_CSV) -> list[list[str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    clusters = []
    for row in rows:
        docs = [str(d).strip() for d in ast.literal_eval(row["documents"])]
        clusters.append([d for d in docs if d])
    return clusters


def stream(clusters: list[list[str]], stories: list[int] | None = None, seed: int = 13) -> list[StreamDoc]:
    """All documents of the chosen stories (all by default) in a seeded shuffle."""
    chosen = range(len(clusters)) if stories is None else stories
    docs = [StreamDoc(f"mn{s}-{k}", text, s) for s in chosen for k, text in enumerate(clusters[s])]
    random.Random(seed).shuffle(docs)
    return docs


def split_stories(n: int, seed: int = 7) -> tuple[list[int], list[int]]:
    """Two halves of the story ids: the first for tuning, the second for reporting."""
    ids = list(range(n))
    random.Random(seed).shuffle(ids)
    return sorted(ids[: n // 2]), sorted(ids[n // 2 :])


def placeholder_texts(clusters: list[list[str]]) -> set[str]:
    """Documents that occur verbatim in more than one story: crawl placeholders ("Starting in
    1996, Alexa Internet ...", "Tweet with a location ...") that say nothing about their story."""
    seen: dict[str, set[int]] = {}
    for s, docs in enumerate(clusters):
        for d in docs:
            seen.setdefault(d[:200], set()).add(s)
    return {k for k, v in seen.items() if len(v) > 1}
