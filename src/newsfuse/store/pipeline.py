"""`newsfuse ingest`: read, clean, dedup, cluster and store only what is new.

New articles are those whose content hash (of the cleaned words) is not in the store yet. The
clusterer and the duplicate index are rebuilt from the stored articles (stored embeddings, no
re-embedding), so a story can keep growing across runs. New articles go in arrival order
(published date, then input order), in chunks; each chunk is one transaction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.cluster.decision import Decision
from newsfuse.cluster.features import embed_text
from newsfuse.cluster.online import ClusterParams, OnlineClusterer, StreamItem
from newsfuse.dedup.detect import DedupParams, DuplicateIndex
from newsfuse.dedup.shingles import Fingerprint, content_hash, fingerprint
from newsfuse.errors import StoreError
from newsfuse.ingest import read_paths
from newsfuse.nlp.models import Embedder
from newsfuse.options import Options
from newsfuse.pipeline import clean_documents
from newsfuse.records import Article, Skipped
from newsfuse.store.db import ARTICLE_COLUMNS, EMBEDDING_DIM, Store
from newsfuse.timeparse import sort_key

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

# New articles per transaction: an interrupted ingest loses at most one chunk, and the store is
# written in batches large enough for DuckDB to append efficiently.
CHUNK = 500
VECTORS_KEY = "vectors"  # meta key: the representation of the stored article vectors


@dataclass
class Ready:
    """An article with its state-free work done (by this process or a Ray worker). The fingerprint and
    the embedding are only needed for a new article: ``StoreWriter.write_chunk`` computes the missing
    ones of the articles it stores, so an article already stored or repeated costs neither."""

    article: Article
    hash: str
    fingerprint: Fingerprint | None = None
    embedding: np.ndarray | None = None


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    already_stored: int = 0
    repeated_in_input: int = 0
    copies: int = 0
    new_stories: int = 0
    stories_touched: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    # the Ray engine only: CPU seconds of its worker processes (model loading included), and the
    # seconds the driver waited for them (its share of the critical path that is not its own work)
    worker_cpu: float = 0.0
    waited: float = 0.0


def arrival_order(articles: Sequence[Article]) -> list[int]:
    """Positions of ``articles`` in the order ingest takes them: published date, then input order.
    Both engines go through this, so they decide the same stream."""
    return sorted(range(len(articles)), key=lambda n: sort_key(articles[n].published, 0, n))


def new_flags(store: Store, hashes: Sequence[str]) -> list[bool]:
    """For hashes in arrival order: is the article new, i.e. neither stored nor an earlier repeat?
    The same test ``StoreWriter.write_chunk`` makes chunk by chunk, made once up front so that the
    Ray engine embeds exactly the articles the local engine embeds."""
    known = store.known_hashes(sorted(set(hashes)))
    seen: set[str] = set()
    flags = []
    for h in hashes:
        flags.append(h not in known and h not in seen)
        seen.add(h)
    return flags


class StoreWriter:
    """The sequential part: replay the store into a clusterer and duplicate index, then decide and
    write each chunk of new articles."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        decision: Decision | None = None,
        params: ClusterParams | None = None,
        dedup: DedupParams | None = None,
    ) -> None:
        if embedder.dimension != EMBEDDING_DIM:
            raise StoreError(
                f"the store holds {EMBEDDING_DIM}-dimensional vectors; this embedder gives {embedder.dimension}: "
                "use a new store file for another model"
            )
        self.store = store
        self.embedder = embedder
        # an ingest never ends, so no end-of-stream cut (``OnlineClusterer.finish``): stored stories stay as decided
        self.clusterer = OnlineClusterer(embedder, decision, params, in_date_order=True, split_at_end=False)
        self._check_vectors(self.clusterer.representation)
        self.index = DuplicateIndex(dedup or DedupParams(), windowed=True)
        self.seen: set[str] = set()
        self.stories_before: set[str] = set()
        self.seq = store.next_seq()
        self._replay()

    def _check_vectors(self, representation: str) -> None:
        """A store holds the article vectors of one representation (``ClusterParams.representation``);
        a store written before the key existed holds MiniLM vectors."""
        stored = self.store.meta(VECTORS_KEY)
        if stored is None:
            stored = "minilm" if self.store.count("articles") else representation
            self.store.set_meta(VECTORS_KEY, stored)
        if stored != representation:
            raise StoreError(
                f"store {self.store.path} holds {stored} article vectors and this ingest computes {representation} "
                "ones: ingest with the same representation (options cluster.representation) or use a new --store"
            )

    def _replay(self) -> None:
        for batch in self.store.replay():
            items = [
                StreamItem(i, t, ti, p)
                for i, t, ti, p in zip(batch["id"], batch["text"], batch["title"], batch["published"], strict=True)
            ]
            vectors = np.asarray(batch["embedding"], dtype=np.float32)
            for prepared, story in zip(self.clusterer.prepare_with(items, vectors), batch["story"], strict=True):
                self.clusterer.add(prepared, story)
                self.stories_before.add(story)
            for item, stored in zip(items, batch["fingerprint"], strict=True):
                # copies among stored articles were decided already: index only
                self.index.add(item.id, stored or fingerprint(item.text), item.published, find=False)

    def write_chunk(self, chunk: Sequence[Ready], report: IngestReport) -> None:
        fresh: list[Ready] = []
        known = self.store.known_hashes([r.hash for r in chunk])
        for r in chunk:
            if r.hash in known:
                report.already_stored += 1
            elif r.hash in self.seen:
                report.repeated_in_input += 1
            else:
                self.seen.add(r.hash)
                fresh.append(r)
        if not fresh:
            return
        missing = [r for r in fresh if r.embedding is None]
        if missing:
            vectors = self.embedder.encode([embed_text(r.article.title, r.article.text) for r in missing])
            for r, v in zip(missing, vectors, strict=True):
                r.embedding = v
        prints = [r.fingerprint or fingerprint(r.article.text) for r in fresh]
        ids = [f"a{r.hash[:16]}" for r in fresh]
        items = [
            StreamItem(i, r.article.text, r.article.title, r.article.published) for i, r in zip(ids, fresh, strict=True)
        ]
        prepared = self.clusterer.prepare_with(items, np.vstack([r.embedding for r in fresh]))  # type: ignore[misc]
        stories = [self.clusterer.assign(p) for p in prepared]
        for i, r, f in zip(ids, fresh, prints, strict=True):
            self.index.add(i, f, r.article.published)
        origins = {i: o for i in ids if (o := self.index.origin(i)) is not None}
        rows: dict[str, list[Any]] = {k: [] for k in ARTICLE_COLUMNS}
        for i, r, story in zip(ids, fresh, stories, strict=True):
            a = r.article
            values = (
                i,
                r.hash,
                self.seq,
                a.path,
                a.url,
                a.title,
                a.outlet,
                a.published,
                a.text,
                a.words,
                story,
                origins.get(i),
                r.embedding,
            )
            for key, value in zip(rows, values, strict=True):
                rows[key].append(value)
            self.seq += 1
        self.store.write(rows, prints)
        log.info("stored %d new articles (%d in the store)", len(fresh), self.seq - 1)
        report.added += len(fresh)
        report.copies += sum(1 for c in rows["copy_of"] if c)
        touched = set(stories)
        report.new_stories += len(touched - self.stories_before)
        self.stories_before |= touched


def ingest_articles(
    store: Store,
    articles: list[Article],
    embedder: Embedder,
    chunk: int = CHUNK,
    decision: Decision | None = None,
    options: Options | None = None,
) -> IngestReport:
    """Store what is new of ``articles``: clustering and copy detection follow ``options.cluster`` and
    ``options.dedup``."""
    options = options or Options()
    start = time.perf_counter()
    report = IngestReport(read=len(articles))
    ordered = arrival_order(articles)
    writer = StoreWriter(store, embedder, decision, options.cluster, options.dedup)
    for begin in range(0, len(ordered), chunk):
        batch = [articles[n] for n in ordered[begin : begin + chunk]]
        writer.write_chunk([Ready(a, content_hash(a.text)) for a in batch], report)
    report.stories_touched = len(writer.stories_before)
    report.seconds = time.perf_counter() - start
    return report


def ingest_paths(
    store: Store, paths: Iterable[str | Path], options: Options, embedder: Embedder, chunk: int = CHUNK
) -> IngestReport:
    documents, skipped = read_paths(paths, options)
    articles, empty = clean_documents(documents)
    report = ingest_articles(store, articles, embedder, chunk, options=options)
    report.skipped = [*skipped, *empty]
    return report
