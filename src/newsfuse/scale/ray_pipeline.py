"""`newsfuse ingest --engine ray`: the same stages as the local engine, on a pool of Ray actors.

One actor per CPU, each with the encoder loaded once. The actors first read and clean the input files
(one call per file) and hash the cleaned words. The driver then puts the articles in arrival order
(published date, then input order: ``store.pipeline.arrival_order``, as the local engine does),
finds the new ones (store lookup and repeats, once for the whole input) and hands the chunks of 500
to the actors in that order: each chunk's new articles get their dedup fingerprints and their
vectors there. The driver takes the chunks back in order and runs what depends on order — the
duplicate index, the online clustering and the transactional write (``StoreWriter``, the local
engine's) — on chunk k while the actors prepare k+1, k+2, ...: its sequential work is hidden behind
the parallel work instead of following it. Per-story briefs are again parallel (``briefs_with_ray``).

A chunk is embedded by one actor as the local engine embeds it (the same texts in one ``encode``
call), so both engines store the same vectors, not only the same stories.

Where it runs: ``address`` (``--ray-address``), else ``RAY_ADDRESS``, else a local Ray with
``num_cpus`` CPUs. On a cluster, every node needs newsfuse installed and the input files at the
same path (a shared file system).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.dedup.shingles import Fingerprint
from newsfuse.errors import NewsfuseError
from newsfuse.ingest.paths import iter_files
from newsfuse.nlp.models import Models
from newsfuse.options import Options
from newsfuse.records import Article, RawDocument, Skipped
from newsfuse.store.db import Store
from newsfuse.store.pipeline import CHUNK, IngestReport, Ready, StoreWriter, arrival_order, new_flags

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

# calls queued on each actor beyond the one it runs: the driver tops the queues up only between
# chunks, so an actor must never run dry while the driver writes
_QUEUE = 2


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


class _Preparer:
    """Ray actor (one CPU): the state-free work of ingest. The encoder is loaded once and runs on one
    thread: two actors with a thread each embed ~2x faster than one process with two threads."""

    def __init__(self, options: Options) -> None:
        from newsfuse.cluster import embedder_for
        from newsfuse.nlp.encoder import limit_threads

        self.options = options
        limit_threads(1)  # before loading: ONNX Runtime fixes its thread pool when the session starts
        self.embedder = embedder_for(options.cluster, Models(options))
        self.embedder.encode(["warm up"])  # load now, not inside the first timed chunk
        limit_threads(1)  # and after: the torch encoder sets its own thread count when it loads

    def read(self, path: str) -> tuple[list[tuple[Article, str]], list[Skipped]]:
        """One file -> its cleaned articles with their content hashes, and what was skipped (with
        the local engine's reasons: ``read_paths`` and ``clean_documents`` on this one file)."""
        from newsfuse.dedup.shingles import content_hash
        from newsfuse.ingest import read_paths
        from newsfuse.pipeline import clean_documents

        documents, skipped = read_paths([path], self.options)
        articles, empty = clean_documents(documents)
        return [(a, content_hash(a.text)) for a in articles], [*skipped, *empty]

    def prepare(self, texts: list[str], titles: list[str | None]) -> tuple[list[Fingerprint], np.ndarray]:
        """Fingerprints and vectors of one chunk's new articles, embedded in one call as the local
        engine does (same batches, so the same vectors)."""
        from newsfuse.cluster.features import embed_text
        from newsfuse.dedup.shingles import fingerprint
        from newsfuse.nlp.encoder import limit_threads

        # again here: Ray may call this from another thread than __init__, and torch's OpenMP thread
        # count is per thread (measured: two busy torch threads per actor otherwise)
        limit_threads(1)
        prints = [fingerprint(t) for t in texts]
        vectors = self.embedder.encode([embed_text(ti, t) for ti, t in zip(titles, texts, strict=True)])
        return prints, np.asarray(vectors, dtype=np.float32)

    def cpu_seconds(self) -> float:
        return time.process_time()


def _in_order(actors: list[Any], calls: Sequence[tuple[str, Callable[[], tuple[Any, ...]]]]) -> Iterator[Any]:
    """Run ``(method, args)`` calls on the actors, each call on whichever actor has the shortest queue,
    and yield the results in the order of ``calls``. While the caller works on result k the actors
    go on with the calls after it (up to ``_QUEUE`` waiting on each). The arguments are built only
    when a call is sent (a chunk's texts are not all copied up front)."""
    import ray

    refs: dict[int, Any] = {}
    owner: dict[Any, int] = {}  # unfinished call -> its actor
    queued = [0] * len(actors)
    sent = 0

    def top_up() -> None:
        nonlocal sent
        while sent < len(calls):
            actor = min(range(len(actors)), key=queued.__getitem__)
            if queued[actor] > _QUEUE:
                return
            method, args = calls[sent]
            ref = getattr(actors[actor], method).remote(*args())
            refs[sent], owner[ref] = ref, actor
            queued[actor] += 1
            sent += 1

    top_up()
    for k in range(len(calls)):
        while refs[k] in owner:
            done, _ = ray.wait(list(owner), num_returns=1)
            for ref in done:
                queued[owner.pop(ref)] -= 1
            top_up()
        yield ray.get(refs.pop(k))


def _args(*values: Any) -> tuple[Any, ...]:
    return values


def _texts(articles: list[Article], positions: list[int]) -> tuple[list[str], list[str | None]]:
    return [articles[n].text for n in positions], [articles[n].title for n in positions]


def _actors(options: Options) -> list[Any]:
    import ray

    cpus = max(1, int(ray.available_resources().get("CPU", 1)))
    remote = ray.remote(num_cpus=1)(_Preparer)
    return [remote.remote(options) for _ in range(cpus)]


def _read_all(actors: list[Any], paths: Iterable[str | Path]) -> tuple[list[Article], list[str], list[Skipped]]:
    """Every article of ``paths`` in input order (files in ``iter_files`` order, a file's articles in
    its order), with its content hash; and what was skipped."""
    skipped: list[Skipped] = []
    files = []
    for path, problem in iter_files(paths):
        if problem:
            skipped.append(Skipped(str(path), problem))
        else:
            files.append(str(path))
    articles: list[Article] = []
    hashes: list[str] = []
    for found, missed in _in_order(actors, [("read", partial(_args, f)) for f in files]):
        for article, h in found:
            articles.append(dataclasses.replace(article, id=f"S{len(articles) + 1}"))
            hashes.append(h)
        skipped.extend(missed)
    return articles, hashes, skipped


def ingest_with_ray(
    store: Store,
    paths: Iterable[str | Path],
    options: Options,
    models: Models,
    address: str | None = None,
    num_cpus: int | None = None,
    chunk: int = CHUNK,
) -> IngestReport:
    """``store.ingest_paths`` on Ray: the same chunks in the same order, so the same stories, copies
    and vectors."""
    import ray

    from newsfuse.cluster import embedder_for

    start = time.perf_counter()
    start_ray(address, num_cpus)
    up = time.perf_counter()
    actors = _actors(options)  # they load the encoder while the driver replays the store
    try:
        writer = StoreWriter(store, embedder_for(options.cluster, models), None, options.cluster, options.dedup)
        replayed = time.perf_counter()
        articles, hashes, skipped = _read_all(actors, paths)
        read = time.perf_counter()
        waited = read - replayed
        report = IngestReport(read=len(articles), skipped=skipped)
        ordered = arrival_order(articles)
        is_new = dict(zip(ordered, new_flags(store, [hashes[n] for n in ordered]), strict=True))
        chunks = [ordered[begin : begin + chunk] for begin in range(0, len(ordered), chunk)]
        fresh = [[n for n in positions if is_new[n]] for positions in chunks]
        results = _in_order(actors, [("prepare", partial(_texts, articles, f)) for f in fresh if f])
        for positions, fresh_positions in zip(chunks, fresh, strict=True):
            done: dict[int, tuple[Fingerprint, np.ndarray]] = {}
            if fresh_positions:
                wait = time.perf_counter()
                prints, vectors = next(results)
                waited += time.perf_counter() - wait
                done = dict(zip(fresh_positions, zip(prints, vectors, strict=True), strict=True))
            ready = [Ready(articles[n], hashes[n], *done.get(n, (None, None))) for n in positions]
            writer.write_chunk(ready, report)
        report.worker_cpu = sum(ray.get([actor.cpu_seconds.remote() for actor in actors]))
    finally:
        for actor in actors:
            ray.kill(actor)
    report.waited = waited
    report.stories_touched = len(writer.stories_before)
    report.seconds = time.perf_counter() - start
    log.info(
        "ray: %d articles in %.1f s (Ray start %.1f, store replay %.1f, read and clean %.1f, prepare and write "
        "%.1f); workers %.1f CPU s; the driver waited %.1f s for them",
        report.read,
        report.seconds,
        up - start,
        replayed - up,
        read - replayed,
        report.seconds - (read - start),
        report.worker_cpu,
        report.waited,
    )
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
