"""The DuckDB file: schema, bulk writes in transactions, and clear errors for a bad file.

Rows are written through Arrow tables (``INSERT ... SELECT * FROM`` a registered table), not
``executemany``, which manages only ~2k rows/s. Each ``write`` is one transaction: an
interrupted ingest leaves the store as it was before that chunk.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from newsfuse.dedup.shingles import Fingerprint, stored_fingerprint
from newsfuse.errors import StoreError
from newsfuse.options import DEFAULT_STORE

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

SCHEMA_VERSION = "newsfuse.store/1"
# The column type of stored vectors: a store file holds the vectors of one model (all-MiniLM-L6-v2),
# so this is fixed per schema version; ``store.pipeline.StoreWriter`` checks the embedder against it.
EMBEDDING_DIM = 384
# DuckDB's own memory (its cache of the file's blocks, query state, the key indexes) is capped: by default
# it may take 80 % of RAM, and on a 100k-article ingest it kept the blocks it wrote (the store file
# is ~5.6 kB an article). Blocks beyond the cap are read back from the file (docs/speed.md, stop 20).
MEMORY_LIMIT = "256MB"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    seq BIGINT NOT NULL,
    path VARCHAR, url VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR,
    text VARCHAR NOT NULL, words INTEGER NOT NULL,
    story VARCHAR NOT NULL, copy_of VARCHAR,
    embedding FLOAT[{EMBEDDING_DIM}] NOT NULL
);
CREATE TABLE IF NOT EXISTS fingerprints (
    id VARCHAR PRIMARY KEY,
    minhash UINTEGER[] NOT NULL, shingles UINTEGER[] NOT NULL, passages UINTEGER[] NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY, title VARCHAR, size INTEGER NOT NULL,
    first_published VARCHAR, last_published VARCHAR, first_seq BIGINT NOT NULL
);
"""

ARTICLE_COLUMNS = (
    "id",
    "content_hash",
    "seq",
    "path",
    "url",
    "title",
    "outlet",
    "published",
    "text",
    "words",
    "story",
    "copy_of",
    "embedding",
)


@dataclass(frozen=True)
class StoryRow:
    id: str
    title: str | None
    size: int
    first_published: str | None
    last_published: str | None


class Store:
    """One store file. Use as a context manager; every method raises StoreError, never duckdb's."""

    def __init__(
        self, path: Path | str = DEFAULT_STORE, read_only: bool = False, memory_limit: str = MEMORY_LIMIT
    ) -> None:
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `newsfuse ingest PATH... --store {self.path}` first")
        try:
            self._db = duckdb.connect(str(self.path), read_only=read_only, config={"memory_limit": memory_limit})
            if not read_only:
                self._db.execute(_SCHEMA)
            self._check_version(read_only)
        except duckdb.Error as exc:
            raise StoreError(self._explain(exc)) from exc

    def _explain(self, exc: Exception) -> str:
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "lock" in text.lower():
            return f"store {self.path} is in use by another process ({text}); wait for it or use --store"
        return (
            f"store {self.path} cannot be opened: it is corrupt or not a newsfuse store ({text}). "
            f"Move the file away and ingest again, or pass --store PATH to use another file."
        )

    def _check_version(self, read_only: bool) -> None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except Exception as exc:
            raise StoreError(f"{self.path} is a DuckDB file but not a newsfuse store: {exc}") from exc
        if row is None and not read_only:
            self._db.execute("INSERT INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])
        elif row is not None and row[0] != SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema {row[0]}, this newsfuse reads {SCHEMA_VERSION}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        import duckdb

        try:
            return self._db.execute(sql, params or []).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"store {self.path}: {exc}") from exc

    # -- reads ---------------------------------------------------------------------------------
    def known_hashes(self, hashes: list[str]) -> set[str]:
        if not hashes:
            return set()
        probe = pa.table({"h": pa.array(hashes, pa.string())})
        self._db.register("probe_hashes", probe)
        try:
            rows = self._query("SELECT a.content_hash FROM articles a JOIN probe_hashes p ON a.content_hash = p.h")
        finally:
            self._db.unregister("probe_hashes")
        return {r[0] for r in rows}

    def meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", [key])
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._query("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def count(self, table: str = "articles") -> int:
        if table not in ("articles", "stories"):
            raise ValueError(table)
        return int(self._query(f"SELECT count(*) FROM {table}")[0][0])

    def next_seq(self) -> int:
        return int(self._query("SELECT coalesce(max(seq), 0) + 1 FROM articles")[0][0])

    def replay(self, batch: int = 2_000) -> Iterator[dict[str, Any]]:
        """Every stored article in arrival order (seq), as column dicts, ``batch`` rows at a time.

        ``fingerprint`` holds the stored dedup fingerprint, or None for an article stored before
        fingerprints were kept (the caller computes it from the text)."""
        import duckdb

        try:
            reader = self._db.sql(
                """SELECT a.id, a.seq, a.title, a.published, a.text, a.words, a.story, a.embedding, a.content_hash,
                          f.minhash, f.shingles, f.passages
                   FROM articles a LEFT JOIN fingerprints f USING (id) ORDER BY a.seq"""
            ).to_arrow_reader(batch)
            for record_batch in reader:
                yield _replay_columns(record_batch)
        except duckdb.Error as exc:
            raise StoreError(f"store {self.path}: {exc}") from exc

    def stories(self, limit: int | None = None) -> list[StoryRow]:
        sql = "SELECT id, title, size, first_published, last_published FROM stories ORDER BY size DESC, first_seq"
        rows = self._query(sql + (f" LIMIT {int(limit)}" if limit else ""))
        return [StoryRow(*r) for r in rows]

    def story_articles(self, story: str) -> list[dict[str, Any]]:
        rows = self._query(
            "SELECT id, path, url, title, outlet, published, text, copy_of FROM articles WHERE story = ? ORDER BY seq",
            [story],
        )
        keys = ("id", "path", "url", "title", "outlet", "published", "text", "copy_of")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    # -- writes --------------------------------------------------------------------------------
    def write(self, rows: dict[str, list[Any]], fingerprints: list[Fingerprint] | None = None) -> None:
        """Insert articles (and their dedup fingerprints, so a later ingest need not recompute
        them) and refresh the stories they touch, in one transaction."""
        import duckdb

        n = len(rows["id"])
        if n == 0:
            return
        columns: dict[str, Any] = {k: rows[k] for k in ARTICLE_COLUMNS if k != "embedding"}
        # texts go in as UTF-8 bytes: handed over as str, pyarrow has CPython cache a UTF-8 copy inside
        # every non-ASCII str, which lives as long as the caller's articles (~0.9 MB per 1,000 on the
        # 100k ingest, docs/speed.md stop 20)
        for key in ("text", "title"):
            columns[key] = pa.array([None if t is None else t.encode("utf-8") for t in rows[key]], pa.string())
        table = pa.table(columns)
        vectors = np.asarray(rows["embedding"], dtype=np.float32).reshape(n, EMBEDDING_DIM)
        table = table.append_column(
            "embedding", pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), EMBEDDING_DIM)
        )
        touched = pa.table({"story": pa.array(sorted(set(rows["story"])), pa.string())})
        prints = _fingerprint_table(rows["id"], fingerprints) if fingerprints is not None else None
        try:
            self._db.execute("BEGIN TRANSACTION")
            self._db.register("new_articles", table)
            self._db.register("touched_stories", touched)
            self._db.execute(f"INSERT INTO articles SELECT {', '.join(ARTICLE_COLUMNS)} FROM new_articles")
            if prints is not None:
                self._db.register("new_fingerprints", prints)
                self._db.execute(
                    "INSERT INTO fingerprints SELECT id, minhash, shingles, passages FROM new_fingerprints"
                )
            self._db.execute("DELETE FROM stories WHERE id IN (SELECT story FROM touched_stories)")
            self._db.execute(
                """INSERT INTO stories
                   SELECT story, min_by(title, seq) FILTER (WHERE title IS NOT NULL), count(*),
                          min(published), max(published), min(seq)
                   FROM articles WHERE story IN (SELECT story FROM touched_stories) GROUP BY story"""
            )
            self._db.execute("COMMIT")
        except BaseException as exc:  # KeyboardInterrupt too: nothing half-written stays
            with contextlib.suppress(duckdb.Error):
                self._db.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"store {self.path}: write failed and was rolled back: {exc}") from exc
            raise
        finally:
            for name in ("new_articles", "touched_stories", "new_fingerprints"):
                with contextlib.suppress(duckdb.Error):
                    self._db.unregister(name)


def _fingerprint_table(ids: list[str], fingerprints: list[Fingerprint]) -> pa.Table:
    def lists(arrays: list[np.ndarray]) -> pa.ListArray:
        offsets = np.zeros(len(arrays) + 1, dtype=np.int32)
        offsets[1:] = np.cumsum([a.size for a in arrays])
        values = np.concatenate(arrays).astype(np.uint32) if arrays else np.zeros(0, np.uint32)
        return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.uint32()))

    passages = [np.fromiter(sorted(f.passages), dtype=np.uint32, count=len(f.passages)) for f in fingerprints]
    return pa.table(
        {
            "id": pa.array(ids, pa.string()),
            "minhash": lists([f.minhash for f in fingerprints]),  # NUM_PERM values each
            "shingles": lists([f.shingles for f in fingerprints]),
            "passages": lists(passages),
        }
    )


def _numpy_lists(column: pa.ChunkedArray | pa.Array) -> list[np.ndarray | None]:
    """A list column as numpy slices (no Python ints: 100k articles have ~30M shingles)."""
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if len(array) == 0:
        return []
    values = array.values.to_numpy(zero_copy_only=False)
    if isinstance(array, pa.FixedSizeListArray):
        size = array.type.list_size
        offsets = (np.arange(len(array) + 1) + array.offset) * size
    else:
        offsets = array.offsets.to_numpy()
    valid = array.is_valid().to_numpy(zero_copy_only=False)
    return [values[offsets[n] : offsets[n + 1]] if valid[n] else None for n in range(len(array))]


def _replay_columns(record_batch: pa.RecordBatch) -> dict[str, Any]:
    names = ("id", "seq", "title", "published", "text", "words", "story", "content_hash")
    columns = {name: record_batch.column(name).to_pylist() for name in names}
    columns["embedding"] = (
        record_batch.column("embedding").flatten().to_numpy(zero_copy_only=False).reshape(-1, EMBEDDING_DIM)
    )
    minhash, shingles, passages = (_numpy_lists(record_batch.column(c)) for c in ("minhash", "shingles", "passages"))
    columns["fingerprint"] = [
        None if m is None or s is None or p is None else stored_fingerprint(h, s, m, p, w)
        for h, m, s, p, w in zip(columns["content_hash"], minhash, shingles, passages, columns["words"], strict=True)
    ]
    return columns
