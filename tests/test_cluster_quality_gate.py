"""Quality gates on small fixed Multi-News subsets: clustering B-cubed F1 and dedup P/R >= floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())


@pytest.fixture(scope="module")
def clusters(shared_dir: Path):
    from bench.multinews_stream import load_clusters

    path = shared_dir / "bench" / "multinews" / "validation.csv"
    if not path.is_file():
        pytest.skip("Multi-News validation.csv is absent")
    return load_clusters(path)


@pytest.mark.shared
def test_cluster_bcubed_f1_on_report_half_subset(clusters, models) -> None:
    from bench.clustering import cluster
    from bench.multinews_stream import split_stories, stream

    from newsfuse.cluster import bcubed, load_decision

    _tune, report = split_stories(len(clusters))
    docs = stream(clusters, report[:40])  # 40 stories the shipped decision was not fitted on
    predicted = cluster(docs, models.embedder, load_decision())
    _p, _r, f1 = bcubed(predicted, [d.story for d in docs])
    assert f1 >= FLOORS["cluster_bcubed_f1_subset"]


@pytest.mark.shared
def test_dedup_precision_recall_on_constructed_pairs(clusters) -> None:
    from bench.dedup import build_pairs, score

    result = score(build_pairs(clusters, per_kind=40, seed=3))
    assert result["precision"] >= FLOORS["dedup_precision_subset"]
    assert result["recall"] >= FLOORS["dedup_recall_subset"]


@pytest.mark.shared
def test_cluster_static_vectors_bcubed_f1_on_report_half_subset(clusters) -> None:
    """The stream's default, fast representation (cluster/static.py) on the same 40 stories."""
    from bench.clustering import cluster
    from bench.multinews_stream import split_stories, stream

    from newsfuse.cluster import bcubed, load_decision
    from newsfuse.cluster.static import StaticEmbedder

    _tune, report = split_stories(len(clusters))
    docs = stream(clusters, report[:40])
    predicted = cluster(docs, StaticEmbedder.load(), load_decision(representation="static"))
    _p, _r, f1 = bcubed(predicted, [d.story for d in docs])
    assert f1 >= FLOORS["cluster_static_bcubed_f1_subset"]


@pytest.mark.shared
def test_cluster_paired_similar_events_report_half(clusters) -> None:
    """Two events of one kind, interleaved (bench/paired_events.py): held-out pairs, static vectors."""
    from bench.paired_events import cluster, paired_stream

    from newsfuse.cluster import bcubed
    from newsfuse.cluster.static import StaticEmbedder

    docs, _pairs = paired_stream("report")
    _p, _r, f1 = bcubed(cluster(docs, StaticEmbedder.load()), [d.story for d in docs])
    assert f1 >= FLOORS["cluster_paired_bcubed_f1"]


@pytest.mark.shared
def test_cluster_same_kind_events_with_other_names_report_half(clusters) -> None:
    """The outside check's kind of pair (bench/paired_events.py, stop 27): two events of one kind
    with other names, and name-swapped twins told in the same words; held out, static vectors."""
    from bench.paired_events import cluster, same_kind_stream, twin_stream

    from newsfuse.cluster import bcubed
    from newsfuse.cluster.static import StaticEmbedder

    embedder = StaticEmbedder.load()
    kind, _pairs = same_kind_stream("report")
    _p, _r, f1 = bcubed(cluster(kind, embedder), [d.story for d in kind])
    assert f1 >= FLOORS["cluster_same_kind_bcubed_f1"]
    twins = twin_stream("report")
    _p, _r, f1 = bcubed(cluster(twins, embedder), [d.story for d in twins])
    assert f1 >= FLOORS["cluster_twins_bcubed_f1"]
