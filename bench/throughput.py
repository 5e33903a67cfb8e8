"""`newsfuse bench throughput`: articles/s and memory of ingest + dedup + cluster on one core.

Streams of N articles are sampled from the Multi-News documents and perturbed (a random run of
sentences, a few words dropped, a random date within 30 days) so larger streams are not just
repeats. Each size runs in a fresh process (so its peak RSS is its own) and ingests into a fresh store
file with the local engine (the encoder on one thread); with ``--ray`` the Ray engine (2 local CPUs, one
MiniLM actor per CPU, input as JSONL files of 500 articles) ingests the same streams. Progress
lines (one per stored chunk, with RSS) go to stderr.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.multinews_stream import DEFAULT_CSV, load_clusters
from newsfuse.records import Article

FILE_ARTICLES = 500  # articles per JSONL input file for the Ray engine


def synthetic_stream(n: int, seed: int = 5) -> list[Article]:
    rng = random.Random(seed)
    docs = [d for docs in load_clusters(DEFAULT_CSV) for d in docs if len(d.split()) >= 60]
    out = []
    for k in range(n):
        sentences = rng.choice(docs).replace("\n", " ").split(". ")
        start = rng.randrange(max(1, len(sentences) - 8))
        words = ". ".join(sentences[start : start + rng.randint(6, 20)]).split()
        words = [w for w in words if rng.random() > 0.03]
        day = rng.randrange(30)
        out.append(
            Article(
                id=f"S{k + 1}",
                path=f"synthetic/{k}",
                title=None,
                outlet=None,
                published=f"2024-03-{1 + day % 28:02d}",
                url=None,
                paragraphs=[" ".join(words)],
            )
        )
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def descendants_cpu() -> float:
    """CPU seconds of the live processes below this one (a local Ray: GCS, raylet, agents, idle
    workers). Linux /proc. Finished processes (the ingest's actors, once killed) are not in it."""
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        parents[int(entry.name)] = int(fields[1])
        ticks[int(entry.name)] = int(fields[11]) + int(fields[12])  # utime, stime
    below, todo = set(), [os.getpid()]
    while todo:
        pid = todo.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        below.update(children)
        todo.extend(children)
    return sum(ticks[pid] for pid in below) / os.sysconf("SC_CLK_TCK")


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


class _WithMemory(logging.Formatter):
    """Progress lines with the time and the process's current and peak RSS."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{super().format(record)}  [rss {_rss_mb():.0f} MB, peak {_peak_mb():.0f} MB]"


def log_progress() -> None:
    """Send the ingest's progress lines (one per stored chunk) to stderr, for long runs."""
    handler = logging.StreamHandler()
    handler.setFormatter(_WithMemory("%(asctime)s %(message)s"))
    for name in ("newsfuse.store.pipeline", "newsfuse.scale.ray_pipeline"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


@dataclass(frozen=True)
class Result:
    engine: str
    articles: int
    seconds: float
    base_mb: float  # RSS once the stream is built and the model loaded, before ingest
    peak_mb: float  # peak RSS of the process (the driver, with Ray)
    stories: int
    copies: int
    cpu: float = 0.0  # CPU seconds of the process (the driver, with Ray)
    worker_cpu: float = 0.0  # Ray only: CPU seconds of Ray's processes (workers, raylet, GCS, agents)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    def line(self) -> str:
        return (
            f"{self.engine}: {self.articles:>7} articles  {self.seconds:8.1f} s  {self.rate:7.1f} articles/s  "
            f"RSS {self.base_mb:6.0f} MB before ingest, peak {self.peak_mb:6.0f} MB "
            f"(+{self.peak_mb - self.base_mb:.0f})  stories {self.stories}  copies {self.copies}"
        )


def write_parts(articles: list[Article], folder: Path) -> Path:
    """The stream as JSONL files of ``FILE_ARTICLES`` articles: the input of ``newsfuse ingest``."""
    folder.mkdir(exist_ok=True)
    for begin in range(0, len(articles), FILE_ARTICLES):
        part = articles[begin : begin + FILE_ARTICLES]
        lines = [json.dumps({"text": a.text, "published": a.published}) for a in part]
        (folder / f"part-{begin:07d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def time_local(n: int, folder: Path, representation: str = "minilm", from_files: bool = False) -> Result:
    """The local engine on the stream in memory, or (``from_files``) on the JSONL files the Ray engine
    reads, read and cleaned on the way as `newsfuse ingest` does: the baseline of Ray's speed-up."""
    from newsfuse.cluster import embedder_for
    from newsfuse.nlp.encoder import limit_threads
    from newsfuse.nlp.models import Models
    from newsfuse.options import Options
    from newsfuse.store import Store, ingest_articles, ingest_paths

    articles = synthetic_stream(n)
    inputs = write_parts(articles, folder / f"local-in-{n}") if from_files else None
    if inputs is not None:
        del articles
    options = Options().with_(representation=representation)
    limit_threads(1)  # before loading: ONNX Runtime fixes its thread pool when the session starts
    embedder = embedder_for(options.cluster, Models())
    limit_threads(1)  # and after: the torch encoder sets its own thread count when it loads
    embedder.encode(["warm up"])
    base = _rss_mb()
    with Store(folder / f"local-{n}.duckdb") as store:
        start, cpu = time.perf_counter(), time.process_time()
        if inputs is not None:
            report = ingest_paths(store, [inputs], options, embedder)
        else:
            report = ingest_articles(store, articles, embedder, options=options)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        stories = store.count("stories")
    size = sum(f.stat().st_size for f in folder.glob(f"local-{n}.duckdb*")) / 2**20
    source = ", from files" if from_files else ""
    engine = f"local ({options.cluster.representation}{source}), 1 core, CPU {cpu:.1f} s, store {size:.0f} MB"
    return Result(engine, n, seconds, base, _peak_mb(), stories, report.copies, cpu)


def time_ray(n: int, folder: Path, cpus: int = 2, representation: str = "minilm") -> Result:
    from newsfuse.nlp.models import Models
    from newsfuse.options import Options
    from newsfuse.scale.ray_pipeline import ingest_with_ray, start_ray
    from newsfuse.store import Store

    inputs = write_parts(synthetic_stream(n), folder / f"ray-in-{n}")
    options = Options().with_(representation=representation)
    models = Models()
    if representation == "minilm":
        models.embedder.encode(["warm up"])  # the driver embeds nothing, but loads the model for the writer
    base = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    start_ray(num_cpus=cpus)
    try:
        with Store(folder / f"ray-{n}.duckdb") as store:
            report = ingest_with_ray(store, [inputs], options, models)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            stories = store.count("stories")
        time.sleep(2)  # the killed actors end (their CPU is the report's worker_cpu)
        ray_cpu = descendants_cpu()
    finally:
        import ray

        ray.shutdown()  # here, not at the pool's exit: its SIGTERM left Ray's agents behind
    engine = (
        f"ray ({representation}), {cpus} local CPUs (incl. Ray start-up), driver CPU {cpu:.1f} s, "
        f"workers CPU {report.worker_cpu:.1f} s, Ray's other processes CPU {ray_cpu:.1f} s, "
        f"driver waited {report.waited:.1f} s"
    )
    return Result(engine, n, seconds, base, _peak_mb(), stories, report.copies, cpu, report.worker_cpu + ray_cpu)


def _measure(engine: str, n: int, cpus: int, representation: str = "minilm") -> Result:
    log_progress()
    with tempfile.TemporaryDirectory() as tmp:
        if engine == "ray":
            return time_ray(n, Path(tmp), cpus, representation)
        return time_local(n, Path(tmp), representation, from_files=engine == "local-files")


def measure(engine: str, n: int, cpus: int = 2, representation: str = "minilm") -> Result:
    """One size in a fresh process, so its peak RSS is its own. ``engine``: local (the stream in
    memory), local-files (the Ray engine's input files, read and cleaned) or ray."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_measure, (engine, n, cpus, representation))


def run(
    sizes: list[int],
    with_ray: bool = False,
    ray_sizes: list[int] | None = None,
    cpus: int = 2,
    representation: str = "minilm",
) -> Iterator[str]:
    """Local engine (one core) on every size; with ``with_ray`` the Ray engine on ``ray_sizes``
    (default: the sizes) as well."""
    for n in sizes:
        yield measure("local", n, representation=representation).line() + f"  (load {os.getloadavg()[0]:.2f})"
    if with_ray:
        for n in sizes if ray_sizes is None else ray_sizes:
            # the goal's figure: the same files through `newsfuse ingest` on one core, then on Ray
            local = measure("local-files", n, representation=representation)
            yield local.line() + f"  (load {os.getloadavg()[0]:.2f})"
            ray = measure("ray", n, cpus, representation)
            yield ray.line() + f"  (load {os.getloadavg()[0]:.2f})"
            yield f"ray speed-up at {n} articles on {cpus} CPUs: {local.seconds / ray.seconds:.2f}x (wall)"
            # on a shared machine the wall figure says little; the CPU both engines spent does: on
            # otherwise idle CPUs Ray cannot beat (driver + all Ray processes) / cpus
            total = ray.cpu + ray.worker_cpu
            yield (
                f"CPU at {n} articles: local {local.cpu:.1f} s, ray {total:.1f} s (driver {ray.cpu:.1f} + workers "
                f"and Ray's processes {ray.worker_cpu:.1f}, {total / local.cpu:.2f}x the local); bound on {cpus} "
                f"idle CPUs: {cpus * local.cpu / total:.2f}x"
            )


def _cluster_rate(n: int, representation: str) -> str:
    """`newsfuse cluster`'s work on ``n`` pre-extracted articles (JSON lines already parsed): embed or
    look up vectors, TF-IDF, names, decide. One BLAS thread, CPU time of this process."""
    from newsfuse.cluster import ClusterParams, OnlineClusterer, StreamItem, embedder_for
    from newsfuse.cluster.cascade import CascadeEmbedder
    from newsfuse.nlp.encoder import limit_threads
    from newsfuse.nlp.models import Models

    limit_threads(1)
    articles = synthetic_stream(n)
    items = [StreamItem(a.id, a.text, a.title, a.published) for a in articles]
    embedder = embedder_for(ClusterParams(representation=representation), Models())  # type: ignore[arg-type]
    embedder.encode(["warm up"])
    if isinstance(embedder, CascadeEmbedder):
        embedder.fine.encode(["warm up"])  # MiniLM loaded before the clock, as for ``minilm``
    clusterer = OnlineClusterer(embedder)  # the decision fitted for this representation
    cpu, wall = time.process_time(), time.perf_counter()
    stories = {story for _id, story in clusterer.cluster_all(items)}  # as `newsfuse cluster`: cuts at the end
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    counts = embedder.counts if isinstance(embedder, CascadeEmbedder) else None  # MiniLM's share of the articles
    asked = f"  MiniLM asked {counts.asked / n:.1%}, encoded {counts.encoded / n:.1%}" if counts else ""
    return (
        f"cluster ({representation}), 1 core: {n:>7} articles  CPU {cpu:7.1f} s  {n / cpu:7.1f} articles/CPU-s  "
        f"wall {wall:7.1f} s  {n / wall:7.1f} articles/s  stories {len(stories)}  peak RSS {_peak_mb():.0f} MB{asked}"
    )


def cluster_rate(n: int, representation: str = "static") -> str:
    """``_cluster_rate`` in a fresh process (its own peak RSS, its own model loading)."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        line: str = pool.apply(_cluster_rate, (n, representation))
    return line + f"  (load {os.getloadavg()[0]:.2f})"
