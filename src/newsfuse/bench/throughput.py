"""`newsfuse bench throughput`: articles/s and memory of ingest + dedup + cluster on one core.

Streams of N articles are sampled from the Multi-News documents and perturbed (a random run of
sentences, a few words dropped, a random date within 30 days) so larger streams are not just
repeats. Each run ingests into a fresh store file with the local engine (torch on one thread);
with ``--ray`` the first size is also ingested by the Ray engine on 2 local CPUs (files of 100
articles as JSONL).
"""

from __future__ import annotations

import json
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsfuse.bench.multinews_stream import DEFAULT_CSV, load_clusters
from newsfuse.records import Article


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


def time_local(articles: list[Article], folder: Path) -> tuple[float, float]:
    import torch

    from newsfuse.nlp.models import Models
    from newsfuse.store import Store, ingest_articles

    torch.set_num_threads(1)
    embedder = Models().embedder
    embedder.encode(["warm up"])
    before = _peak_mb()
    with Store(folder / f"local-{len(articles)}.duckdb") as store:
        start = time.perf_counter()
        ingest_articles(store, articles, embedder)
        seconds = time.perf_counter() - start
    return len(articles) / seconds, _peak_mb() - before


def time_ray(articles: list[Article], folder: Path) -> float:
    from newsfuse.nlp.models import Models
    from newsfuse.options import Options
    from newsfuse.scale.ray_pipeline import ingest_with_ray, start_ray
    from newsfuse.store import Store

    inputs = folder / "ray-in"
    inputs.mkdir(exist_ok=True)
    for begin in range(0, len(articles), 100):
        lines = [json.dumps({"text": a.text, "published": a.published}) for a in articles[begin : begin + 100]]
        (inputs / f"part-{begin:07d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    start_ray(num_cpus=2)
    with Store(folder / "ray.duckdb") as store:
        start = time.perf_counter()
        ingest_with_ray(store, [inputs], Options(), Models())
        seconds = time.perf_counter() - start
    return len(articles) / seconds


def run(sizes: list[int], with_ray: bool = False) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in sizes:
            rate, grown = time_local(synthetic_stream(n), folder)
            yield f"local, 1 core: {n:>7} articles  {rate:7.1f} articles/s  peak RSS grew {grown:7.0f} MB"
        if with_ray and sizes:
            articles = synthetic_stream(sizes[0])
            rate = time_ray(articles, folder)
            yield f"ray, 2 local CPUs (incl. start-up): {sizes[0]:>7} articles  {rate:7.1f} articles/s"
