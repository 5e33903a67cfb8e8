"""Article-extraction benchmark: our `extract` against gold article bodies, beside trafilatura alone.

Pages: ../shared/bench/article-extraction/html/<hash>.html.gz, gold bodies in ground-truth.json
(field ``articleBody``). Scores per page are token-level precision, recall and F1 (bag of ``\\w+``
tokens), averaged over pages; the benchmark authors' own figure (4-token shingles, summed over all
pages) is printed too, so our numbers can be set beside published ones.
"""

from __future__ import annotations

import gzip
import json
import re
import resource
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.paths import shared_dir
from newsfuse.clean.cleaner import clean_document
from newsfuse.errors import InputError
from newsfuse.ingest.paths import read_file
from newsfuse.options import Options

_TOKEN = re.compile(r"\w+")


@dataclass
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(gold: str, predicted: str, n: int = 1) -> Score:
    """Shared n-gram counts of two texts (n=1: tokens; n=4: the benchmark's shingles)."""

    def grams(text: str) -> Counter[str]:
        tokens = _TOKEN.findall(text or "")
        return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])

    g, p = grams(gold), grams(predicted)
    return Score(tp=sum((g & p).values()), fp=sum((p - g).values()), fn=sum((g - p).values()))


@dataclass
class SystemResult:
    name: str
    tokens: list[Score] = field(default_factory=list)
    shingles: list[Score] = field(default_factory=list)
    cpu_seconds: float = 0.0
    failures: int = 0

    def mean(self, metric: str) -> float:
        return statistics.fmean(getattr(s, metric) for s in self.tokens) if self.tokens else 0.0

    def shingle_f1(self) -> float:
        total = Score(*(sum(getattr(s, k) for s in self.shingles) for k in ("tp", "fp", "fn")))
        return total.f1

    def pages_per_second(self) -> float:
        return len(self.tokens) / self.cpu_seconds if self.cpu_seconds else 0.0


def bench_folder() -> Path:
    # ../shared beside the project, or NEWSFUSE_SHARED
    shared = shared_dir()
    return shared / "bench" / "article-extraction"


def load_pages(folder: Path, subset: int | None = None) -> list[tuple[Path, str]]:
    """(page, gold body) pairs in hash order; ``subset`` takes a fixed, evenly spread sample."""
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold)
    if subset is not None and subset < len(keys):
        step = len(keys) / subset
        keys = [keys[int(i * step)] for i in range(subset)]
    return [(folder / "html" / f"{key}.html.gz", gold[key]["articleBody"]) for key in keys]


def ours(page: Path, options: Options) -> str:
    """The cleaned body `newsfuse extract` writes for a page."""
    try:
        documents = read_file(page, options)
    except InputError:
        return ""
    return "\n\n".join(clean_document(doc, "S1").text for doc in documents)


def trafilatura_alone(page: Path, options: Options) -> str:
    import trafilatura

    return trafilatura.extract(gzip.decompress(page.read_bytes())) or ""


def run_system(name: str, system: Callable[[Path, Options], str], pages: list[tuple[Path, str]]) -> SystemResult:
    options = Options()
    result = SystemResult(name)
    if pages:
        system(pages[0][0], options)  # warm-up: imports and model loading are not per-page costs
    for page, gold in pages:
        start = time.process_time()
        predicted = system(page, options)
        result.cpu_seconds += time.process_time() - start
        result.failures += not predicted
        result.tokens.append(overlap(gold, predicted))
        result.shingles.append(overlap(gold, predicted, 4))
    return result


def run(subset: int | None = None, with_baseline: bool = True) -> list[SystemResult]:
    pages = load_pages(bench_folder(), subset)
    results = [run_system("newsfuse extract", ours, pages)]
    if with_baseline:
        results.append(run_system("trafilatura (defaults)", trafilatura_alone, pages))
    return results


def report(results: list[SystemResult]) -> str:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"{'system':24} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'F1(4-gram, micro)':>18} {'pages/s (1 core CPU)':>21}"
    ]
    for r in results:
        lines.append(
            f"{r.name:24} {len(r.tokens):5d} {r.mean('precision'):6.4f} {r.mean('recall'):6.4f} "
            f"{r.mean('f1'):6.4f} {r.shingle_f1():18.4f} {r.pages_per_second():21.1f}"
        )
    lines.append(f"empty outputs: {', '.join(f'{r.name}={r.failures}' for r in results)}")
    lines.append(f"peak resident memory of this process: {peak_mb:.0f} MB")
    return "\n".join(lines)
