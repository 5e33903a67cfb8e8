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

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    def line(self) -> str:
        return (
            f"{self.engine}: {self.articles:>7} articles  {self.seconds:8.1f} s  {self.rate:7.1f} articles/s  "
            f"RSS {self.base_mb:6.0f} MB before ingest, peak {self.peak_mb:6.0f} MB "
            f"(+{self.peak_mb - self.base_mb:.0f})  stories {self.stories}  copies {self.copies}"
        )


def time_local(n: int, folder: Path) -> Result:
    from newsfuse.nlp.encoder import limit_threads
    from newsfuse.nlp.models import Models
    from newsfuse.store import Store, ingest_articles

    articles = synthetic_stream(n)
    limit_threads(1)  # before loading: ONNX Runtime fixes its thread pool when the session starts
    embedder = Models().embedder
    limit_threads(1)  # and after: the torch encoder sets its own thread count when it loads
    embedder.encode(["warm up"])
    base = _rss_mb()
    with Store(folder / f"local-{n}.duckdb") as store:
        start = time.perf_counter()
        report = ingest_articles(store, articles, embedder)
        seconds = time.perf_counter() - start
        stories = store.count("stories")
    return Result("local, 1 core", n, seconds, base, _peak_mb(), stories, report.copies)


def time_ray(n: int, folder: Path, cpus: int = 2) -> Result:
    from newsfuse.nlp.models import Models
    from newsfuse.options import Options
    from newsfuse.scale.ray_pipeline import ingest_with_ray, start_ray
    from newsfuse.store import Store

    articles = synthetic_stream(n)
    inputs = folder / f"ray-in-{n}"
    inputs.mkdir(exist_ok=True)
    for begin in range(0, n, FILE_ARTICLES):
        part = articles[begin : begin + FILE_ARTICLES]
        lines = [json.dumps({"text": a.text, "published": a.published}) for a in part]
        (inputs / f"part-{begin:07d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    del articles
    models = Models()
    models.embedder.encode(["warm up"])  # the driver embeds nothing, but loads the model for the writer
    base = _rss_mb()
    start = time.perf_counter()
    start_ray(num_cpus=cpus)
    with Store(folder / f"ray-{n}.duckdb") as store:
        report = ingest_with_ray(store, [inputs], Options(), models)
        seconds = time.perf_counter() - start
        stories = store.count("stories")
    return Result(f"ray, {cpus} local CPUs (incl. Ray start-up)", n, seconds, base, _peak_mb(), stories, report.copies)


def _measure(engine: str, n: int, cpus: int) -> Result:
    log_progress()
    with tempfile.TemporaryDirectory() as tmp:
        return time_ray(n, Path(tmp), cpus) if engine == "ray" else time_local(n, Path(tmp))


def measure(engine: str, n: int, cpus: int = 2) -> Result:
    """One size in a fresh process, so its peak RSS is its own."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_measure, (engine, n, cpus))


def run(sizes: list[int], with_ray: bool = False, ray_sizes: list[int] | None = None, cpus: int = 2) -> Iterator[str]:
    """Local engine (one core) on every size; with ``with_ray`` the Ray engine on ``ray_sizes``
    (default: the sizes) as well."""
    for n in sizes:
        yield measure("local", n).line() + f"  (load {os.getloadavg()[0]:.2f})"
    if with_ray:
        for n in sizes if ray_sizes is None else ray_sizes:
            yield measure("ray", n, cpus).line() + f"  (load {os.getloadavg()[0]:.2f})"
