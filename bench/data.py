"""Loaders for the shared benchmark sets (../shared/bench) and a disk cache of analysed stories.

The cache only saves CPU while iterating (set ``NEWSFUSE_BENCH_CACHE`` to a folder); it is keyed
by the documents' text, so a change to cleaning or the NLP stage needs a fresh folder.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import logging
import os
import pickle
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.paths import shared_dir
from newsfuse.errors import NewsfuseError
from newsfuse.nlp import Models
from newsfuse.options import Options
from newsfuse.records import AnalysedStory, RawDocument

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


@dataclass
class Cluster:
    """One benchmark story: its articles and the human reference summary."""

    id: str
    documents: list[str]
    reference: str


def multinews(path: Path | None = None, limit: int | None = None, start: int = 0) -> list[Cluster]:
    """Multi-News validation clusters; the reference's leading "– " is dropped."""
    path = path or shared_dir() / "bench" / "multinews" / "validation.csv"
    csv.field_size_limit(1 << 30)
    clusters: list[Cluster] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if number < start:
                continue
            if limit is not None and len(clusters) >= limit:
                break
            documents = [d for d in ast.literal_eval(row["documents"]) if d.strip()]
            reference = row["summary"].strip().removeprefix("–").strip()
            clusters.append(Cluster(id=f"multinews-{number}", documents=documents, reference=reference))
    return clusters


def _neus_article(part: str) -> str:
    """ "TITLE=> t. ARTICLE=> body" → body (the headline is not a sentence of the article)."""
    title, _, body = part.strip().partition("ARTICLE=>")
    return body.strip() or title.replace("TITLE=>", "").strip()


def neus(folder: Path | None = None, limit: int | None = None) -> list[Cluster]:
    """NeuS/AllSides validation stories: left, centre and right articles and a neutral roundup."""
    folder = folder or shared_dir() / "bench" / "neus"
    sources = (folder / "val.source").read_text(encoding="utf-8").splitlines()
    targets = (folder / "val.target").read_text(encoding="utf-8").splitlines()
    clusters: list[Cluster] = []
    for number, (source, target) in enumerate(zip(sources, targets, strict=True)):
        if limit is not None and len(clusters) >= limit:
            break
        documents = [_neus_article(p) for p in source.split("[SEP]") if p.strip()]
        _title, _, body = target.partition("ARTICLE=>")
        clusters.append(Cluster(id=f"neus-{number}", documents=documents, reference=body.strip() or target))
    return clusters


def analysed_stories(
    clusters: list[Cluster], options: Options, models: Models, cache: Path | None = None
) -> Iterator[tuple[Cluster, AnalysedStory | None]]:
    """Each cluster through the product's own cleaning and NLP (``story_from_documents``);
    ``None`` when nothing usable is left."""
    from newsfuse.pipeline import story_from_documents

    if cache is None and os.environ.get("NEWSFUSE_BENCH_CACHE"):
        cache = Path(os.environ["NEWSFUSE_BENCH_CACHE"])
    for cluster in clusters:
        key = hashlib.sha256("\x00".join(cluster.documents).encode()).hexdigest()[:24]
        target = cache / f"{key}.pkl" if cache else None
        if target is not None and target.exists():
            yield cluster, pickle.loads(target.read_bytes())
            continue
        documents = [RawDocument(path=f"{cluster.id}/{k}", text=d) for k, d in enumerate(cluster.documents)]
        try:
            story: AnalysedStory | None = story_from_documents(documents, options, models, [])
        except NewsfuseError as exc:
            log.warning("%s: %s", cluster.id, exc)
            story = None
        if target is not None and story is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pickle.dumps(story))
        yield cluster, story
