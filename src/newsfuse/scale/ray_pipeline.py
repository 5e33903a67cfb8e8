"""`newsfuse ingest --engine ray`: the same stages as the local engine, as a Ray Data pipeline.

Parallel (one task per file, then batches): read + extract + clean, content hash, dedup
fingerprints (MinHash) and embeddings (MiniLM, loaded once per worker by an actor pool).
Sequential on the driver: the store lookup, duplicate index and online clustering (a stream
decision depends on every earlier one), then the writes. Per-story briefs are again parallel
(``briefs_with_ray``).

Where it runs: ``address`` (``--ray-address``), else ``RAY_ADDRESS``, else a local Ray with
``num_cpus`` CPUs. On a cluster, every node needs newsfuse installed and the input files at the
same path (a shared file system).
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.errors import NewsfuseError
from newsfuse.ingest.paths import iter_files
from newsfuse.nlp.models import Models
from newsfuse.options import Options
from newsfuse.records import Article, RawDocument, Skipped
from newsfuse.store.db import Store
from newsfuse.store.pipeline import IngestReport, Ready, ingest_ready

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_TEXT_KEYS = ("path", "text", "title", "outlet", "published", "url")


def start_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    try:
        import ray
    except ImportError as exc:
        raise NewsfuseError("the Ray engine needs the 'ray' extra: pip install 'newsfuse[ray]'") from exc
    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    if address:
        ray.init(address=address, **kwargs)
    else:
        ray.init(num_cpus=num_cpus or os.cpu_count() or 1, **kwargs)
    ray.data.DataContext.get_current().enable_progress_bars = False


def _read_clean(row: dict[str, Any], options: Options) -> list[dict[str, Any]]:
    """One file -> its cleaned articles, or one row naming why it was skipped."""
    from newsfuse.clean import clean_document
    from newsfuse.errors import InputError
    from newsfuse.ingest.paths import read_file

    path = Path(row["path"])
    try:
        documents = read_file(path, options)
        if not documents:
            raise InputError(str(path), "no article text found")
    except InputError as exc:
        return [{"error": exc.reason, **dict.fromkeys(_TEXT_KEYS), "path": exc.path}]
    rows = []
    for doc in documents:
        article = clean_document(doc, "S0")
        if article.words == 0:
            rows.append({"error": "no article text left after cleaning", **dict.fromkeys(_TEXT_KEYS), "path": doc.path})
            continue
        rows.append(
            {
                "error": None,
                "path": doc.path,
                "text": article.text,
                "title": article.title,
                "outlet": article.outlet,
                "published": article.published,
                "url": article.url,
            }
        )
    return rows


class _Fingerprint:
    """Actor: MiniLM loaded once per worker; hashes, MinHash fingerprints and embeddings per batch.

    Each actor holds one CPU and runs the encoder on one thread: two actors with a thread each embed
    ~2x faster than one process with two threads, which mostly waits on synchronisation."""

    def __init__(self, options: Options) -> None:
        from newsfuse.cluster import embedder_for
        from newsfuse.nlp.encoder import limit_threads

        limit_threads(1)  # before loading: ONNX Runtime fixes its thread pool when the session starts
        self.embedder = embedder_for(options.cluster, Models(options))
        self.embedder.encode(["warm up"])  # load now, not inside the first timed batch
        limit_threads(1)  # and after: the torch encoder sets its own thread count when it loads

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from newsfuse.cluster.features import embed_text
        from newsfuse.dedup.shingles import content_hash, fingerprint
        from newsfuse.nlp.encoder import limit_threads

        # again here: Ray Data may call this from another thread than __init__, and torch's OpenMP
        # thread count is per thread (measured: two busy torch threads per actor otherwise)
        limit_threads(1)

        texts = [str(t) for t in batch["text"]]
        titles = [_opt(t) for t in batch["title"]]
        batch["hash"] = np.array([content_hash(t) for t in texts], dtype=object)
        batch["fingerprint"] = np.array([pickle.dumps(fingerprint(t)) for t in texts], dtype=object)
        vectors = self.embedder.encode([embed_text(ti, t) for ti, t in zip(titles, texts, strict=True)])
        batch["embedding"] = list(vectors)
        return batch


def prepare_with_ray(paths: Iterable[str | Path], options: Options) -> tuple[list[Ready], list[Skipped]]:
    import ray

    skipped: list[Skipped] = []
    files = []
    for path, problem in iter_files(paths):
        if problem:
            skipped.append(Skipped(str(path), problem))
        else:
            files.append({"path": str(path)})
    if not files:
        return [], skipped
    cpus = max(1, int(ray.available_resources().get("CPU", 1)))
    ds: Any = ray.data.from_items(files, override_num_blocks=min(len(files), cpus * 4))
    ds = ds.flat_map(_read_clean, fn_kwargs={"options": options})
    rows = ds.take_all()
    good = [r for r in rows if r["error"] is None]
    skipped.extend(Skipped(str(r["path"]), str(r["error"])) for r in rows if r["error"] is not None)
    if not good:
        return [], skipped
    ds = ray.data.from_items(good, override_num_blocks=min(len(good), cpus * 4))
    ds = ds.map_batches(
        _Fingerprint,
        fn_constructor_kwargs={"options": options},
        batch_size=64,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=cpus),
    )
    ready = []
    for n, row in enumerate(ds.iter_rows()):
        if n and n % 5000 == 0:
            log.info("ray: %d of %d articles hashed and embedded", n, len(good))
        text = str(row["text"])
        article = Article(
            id=f"S{n + 1}",
            path=str(row["path"]),
            title=_opt(row["title"]),
            outlet=_opt(row["outlet"]),
            published=_opt(row["published"]),
            url=_opt(row["url"]),
            paragraphs=text.split("\n\n"),
        )
        ready.append(
            Ready(
                article,
                str(row["hash"]),
                pickle.loads(row["fingerprint"]),
                np.array(row["embedding"], dtype=np.float32),  # its own memory, not a view into Ray's block
            )
        )
    # Ray does not keep input order across blocks; arrival order is restored from the paths (file,
    # then the line or item number of a JSONL, CSV or feed: "part.jsonl#12"), so articles published
    # the same day are taken in the same order as by the local engine
    order = {f["path"]: i for i, f in enumerate(files)}
    ready.sort(key=lambda r: _arrival(r.article.path, order))
    return ready, skipped


def _arrival(path: str, order: dict[str, int]) -> tuple[int, int]:
    """(file position, line or item number) of an article read from ``path``."""
    if path in order:
        return order[path], 0
    base, _, number = path.rpartition("#")
    if base in order and number.isdigit():
        return order[base], int(number)
    return len(order), 0


def _opt(value: object) -> str | None:
    """Ray's Arrow/numpy round trip turns a missing string into None or NaN — in a numpy batch a
    ``np.float32`` NaN, no Python float: it was read as the title "nan", and every untitled article
    was embedded as "nan. <text>" (cosine to the local engine's vector down to 0.76)."""
    if value is None or (isinstance(value, float | np.floating) and value != value):
        return None
    return str(value)


def ingest_with_ray(
    store: Store,
    paths: Iterable[str | Path],
    options: Options,
    models: Models,
    address: str | None = None,
    num_cpus: int | None = None,
) -> IngestReport:
    start_ray(address, num_cpus)
    ready, skipped = prepare_with_ray(paths, options)
    from newsfuse.cluster import embedder_for

    report = ingest_ready(store, ready, embedder_for(options.cluster, models), options=options)
    report.skipped = skipped
    return report


class _Briefer:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.models = Models(options)

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        from newsfuse.pipeline import brief_from_documents
        from newsfuse.render import FORMATS

        documents = [RawDocument(**d) for d in pickle.loads(row["documents"])]
        try:
            text = FORMATS["json"](brief_from_documents(documents, self.options, self.models))
        except NewsfuseError as exc:
            return {"story": row["story"], "brief": None, "error": str(exc)}
        return {"story": row["story"], "brief": text, "error": None}


def briefs_with_ray(stories: dict[str, list[RawDocument]], options: Options) -> dict[str, str | None]:
    """Brief JSON per story, stories in parallel (one model copy per worker)."""
    import dataclasses

    import ray

    cpus = max(1, int(ray.available_resources().get("CPU", 1)))
    items = [
        {"story": s, "documents": pickle.dumps([dataclasses.asdict(d) for d in docs])} for s, docs in stories.items()
    ]
    if not items:
        return {}
    ds: Any = ray.data.from_items(items, override_num_blocks=min(len(items), cpus * 2))
    ds = ds.map(_Briefer, fn_constructor_kwargs={"options": options}, compute=ray.data.ActorPoolStrategy(size=cpus))
    return {str(r["story"]): r["brief"] for r in ds.take_all()}
