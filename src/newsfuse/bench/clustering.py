"""`newsfuse bench clustering`: B-cubed precision/recall/F1 of online story clustering on a
shuffled stream of all Multi-News validation documents, beside a TF-IDF + threshold baseline.

The 250 stories are split in two seeded halves. Everything tuned (the logistic-regression
decision, its threshold, the baseline's threshold) is fitted on the *tune* half only; figures are
reported on the *report* half, and on all stories (which include the tune half: labelled so).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from newsfuse.bench.multinews_stream import (
    DEFAULT_CSV,
    StreamDoc,
    load_clusters,
    placeholder_texts,
    split_stories,
    stream,
)
from newsfuse.cluster.bcubed import bcubed
from newsfuse.cluster.decision import Decision, fit, load_decision
from newsfuse.cluster.features import OnlineTfidf
from newsfuse.cluster.online import OnlineClusterer, StreamItem
from newsfuse.nlp.models import Embedder

THRESHOLDS = [round(t, 2) for t in np.arange(0.05, 0.96, 0.05)]


class CachedEmbedder:
    """Embeds each distinct text once across the many runs of a benchmark."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vector in zip(missing, self._embedder.encode(missing), strict=True):
                self._cache[text] = vector
        return np.vstack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


def items(docs: list[StreamDoc]) -> list[StreamItem]:
    return [StreamItem(id=d.id, text=d.text) for d in docs]


def cluster(docs: list[StreamDoc], embedder: Embedder, decision: Decision) -> list[str]:
    clusterer = OnlineClusterer(embedder, decision)
    return [story for _id, story in clusterer.run(items(docs))]


def training_rows(docs: list[StreamDoc], embedder: Embedder) -> tuple[np.ndarray, np.ndarray]:
    """Teacher-forced stream: each article is scored against its candidate stories, labelled by
    whether the candidate is its gold story, then added to its gold story."""
    clusterer = OnlineClusterer(embedder, load_decision())
    rows: list[np.ndarray] = []
    labels: list[int] = []
    for item, doc in zip(clusterer.prepare(items(docs)), docs, strict=True):
        _vector, scored = clusterer.score(item)
        for story, features in scored:
            rows.append(features)
            labels.append(int(story.id == f"gold-{doc.story}"))
        clusterer.tfidf.documents -= 1  # score() counted this article already; add() counts it again
        clusterer.tfidf._df[item.counts.indices] -= 1
        clusterer.add(item, f"gold-{doc.story}")
    return np.vstack(rows), np.array(labels)


def train(docs: list[StreamDoc], embedder: Embedder) -> tuple[Decision, float]:
    rows, labels = training_rows(docs, embedder)
    model = fit(rows, labels, "newsfuse.cluster.decision/multinews-tune-half")
    best = max(
        THRESHOLDS,
        key=lambda t: bcubed(cluster(docs, embedder, _with_threshold(model, t)), [d.story for d in docs])[2],
    )
    return _with_threshold(model, best), best


def _with_threshold(model: Decision, threshold: float) -> Decision:
    return Decision(model.name, model.weights, model.bias, float(threshold))


def baseline(docs: list[StreamDoc], threshold: float) -> list[str]:
    """TF-IDF + threshold: join the story whose summed TF-IDF vector is most similar, if the
    cosine reaches ``threshold``; else start a new story."""
    tfidf = OnlineTfidf()
    counts = tfidf.counts([d.text for d in docs])
    sums: list[sparse.csr_matrix] = []
    labels: list[str] = []
    for n in range(len(docs)):
        vector = tfidf.weigh(counts[n]).csr()
        best, best_sim = -1, -1.0
        if sums:
            matrix = sparse.vstack(sums).tocsr()
            norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
            sims = np.asarray((matrix @ vector.T).todense()).ravel() / np.maximum(norms, 1e-9)
            best = int(np.argmax(sims))
            best_sim = float(sims[best])
        if best_sim >= threshold:
            sums[best] = sums[best] + vector
            labels.append(f"b{best}")
        else:
            sums.append(vector)
            labels.append(f"b{len(sums) - 1}")
    return labels


@dataclass
class Row:
    name: str
    precision: float
    recall: float
    f1: float
    articles: int


def evaluate(name: str, predicted: list[str], docs: list[StreamDoc]) -> Row:
    p, r, f = bcubed(predicted, [d.story for d in docs])
    return Row(name, p, r, f, len(docs))


def run(
    embedder: Embedder, csv_path: Path = DEFAULT_CSV, save_decision: Path | None = None, seed: int = 13
) -> tuple[list[Row], dict[str, float]]:
    clusters = load_clusters(csv_path)
    tune_ids, report_ids = split_stories(len(clusters))
    cached = CachedEmbedder(embedder)
    tune = stream(clusters, tune_ids, seed)
    report = stream(clusters, report_ids, seed)
    everything = stream(clusters, None, seed)
    placeholders = placeholder_texts(clusters)
    clean = [d for d in everything if d.text[:200] not in placeholders]
    start = time.perf_counter()
    decision, threshold = train(tune, cached)
    train_seconds = time.perf_counter() - start
    if save_decision is not None:
        decision.save(save_decision)
    base_t = max(THRESHOLDS, key=lambda t: bcubed(baseline(tune, t), [d.story for d in tune])[2])
    rows = []
    for label, docs in (
        ("report half", report),
        ("all stories (incl. tune half)", everything),
        ("all, crawl placeholders removed", clean),
    ):
        rows.append(evaluate(f"newsfuse  | {label}", cluster(docs, cached, decision), docs))
        rows.append(evaluate(f"baseline  | {label}", baseline(docs, base_t), docs))
    info = {
        "decision_threshold": threshold,
        "baseline_threshold": base_t,
        "train_seconds": train_seconds,
        "placeholder_docs": float(len(everything) - len(clean)),
    }
    return rows, info
