"""The ``cascade`` representation (cluster/cascade.py): the fast vectors' decision where it is sure,
MiniLM's vector of the article and MiniLM's decision in its unsure band. Fails on the stop-57 code: no
``newsfuse.cluster.cascade``, no ``cascade`` representation. Texts here are invented; the encoders are
stand-ins whose vectors the tests choose."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.cluster import ClusterParams, OnlineClusterer, StreamItem, bcubed
from newsfuse.cluster.cascade import CascadeEmbedder
from newsfuse.cluster.decision import FEATURES, Decision, load_decision
from newsfuse.errors import OptionsError

STREAM = [
    ("b1", "bridge", "The harbour bridge closed for repairs after inspectors found cracks."),
    ("p1", "panda", "Two red panda cubs were born at the zoo on Friday, the keeper said."),
    ("b2", "bridge", "Drivers face detours while the cracked harbour bridge stays shut."),
    ("p2", "panda", "The twin panda cubs are healthy and feeding well, the keeper said."),
]


class Constant:
    """Every text the same vector: the fast vectors tell no article from another."""

    dimension = 4

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.tile(np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32), (len(texts), 1))


class ByTopic:
    """A bridge article one vector, any other another (orthogonal); records what it was asked."""

    dimension = 4

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        rows = [[1.0, 0.0, 0.0, 0.0] if "bridge" in t else [0.0, 1.0, 0.0, 0.0] for t in texts]
        return np.array(rows, dtype=np.float32).reshape(len(texts), 4)


class Refuses:
    dimension = 4

    def encode(self, texts: list[str]) -> np.ndarray:
        raise AssertionError(f"MiniLM asked outside the band: {texts}")


def _decision(bias: float, threshold: float) -> Decision:
    """P(same story) = sigmoid(bias) for every candidate: where it falls against the band is the test."""
    return Decision("flat", (0.0,) * len(FEATURES), bias, threshold)


# MiniLM's decision here: join when the article's vector meets the story's (emb_centroid 1), not when 0
FINE = Decision("by emb_centroid", (10.0,) + (0.0,) * (len(FEATURES) - 1), -5.0, 0.5)


def _cluster(embedder: object, decision: Decision) -> list[str]:
    params = ClusterParams(split_ratio=0.0, peel_ratio=0.0)  # the joins alone: no cut at the end
    clusterer = OnlineClusterer(embedder, decision, params)  # type: ignore[arg-type]  # a stand-in Embedder
    items = [StreamItem(article, text) for article, _story, text in STREAM]
    return [story for _id, story in clusterer.cluster_all(items)]


def test_an_unsure_decision_is_asked_again_with_minilm_on_the_article_only() -> None:
    gold = [story for _a, story, _t in STREAM]
    unsure = _decision(0.0, 0.6)  # 0.5: in [0.6 - 0.3, 0.6 + 0.1)
    alone = _cluster(Constant(), unsure)
    assert len(set(alone)) == 4  # the fast decision alone refuses every join
    fine = ByTopic()
    cascade = CascadeEmbedder(Constant(), fine, FINE)
    assert bcubed(_cluster(cascade, unsure), gold) == (1.0, 1.0, 1.0)
    # every article with a candidate story was asked, and each encoded once, alone: the first bridge
    # article (never asked) stood in with its fast vector, the first panda article with its MiniLM one
    assert fine.asked == [STREAM[1][2], STREAM[2][2], STREAM[3][2]]
    assert (cascade.counts.asked, cascade.counts.encoded, cascade.counts.changed) == (3, 3, 2)


def test_a_sure_decision_never_asks_minilm() -> None:
    sure_join = _decision(3.0, 0.6)  # 0.95: at or above 0.6 + 0.1
    cascade = CascadeEmbedder(Constant(), Refuses(), FINE)
    assert len(set(_cluster(cascade, sure_join))) == 1
    sure_apart = _decision(-3.0, 0.6)  # 0.05: below 0.6 - 0.3
    assert len(set(_cluster(cascade, sure_apart))) == 4
    assert cascade.counts.asked == cascade.counts.encoded == 0


def test_cascade_is_a_representation_with_the_learnt_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.cluster import embedder_for
    from newsfuse.cluster.learnt import LearntEmbedder
    from newsfuse.nlp import Models

    assert load_decision(representation="cascade") == load_decision(representation="learnt")
    monkeypatch.setattr(LearntEmbedder, "load", classmethod(lambda cls: Constant()))
    fine = ByTopic()
    embedder = embedder_for(ClusterParams(representation="cascade"), Models(embedder=fine))
    assert isinstance(embedder, CascadeEmbedder) and embedder.representation == "cascade"
    assert embedder.fine_decision == load_decision(representation="minilm")
    assert embedder.fine.encode(["bridge"]).shape == (1, 4)  # Models' cache around the given encoder
    assert embedder.encode(["bridge"]).tolist() == [[1.0, 0.0, 0.0, 0.0]] and fine.asked == ["bridge"]
    with pytest.raises(ValueError, match="not one space"):
        CascadeEmbedder(Constant(), _Wide(), FINE)


class _Wide:
    dimension = 8

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), 8), dtype=np.float32)


def test_cascade_options_are_checked() -> None:
    with pytest.raises(OptionsError, match="cascade_below"):
        ClusterParams(representation="cascade", cascade_below=-0.1)
    with pytest.raises(OptionsError, match="cascade_candidates"):
        ClusterParams(representation="cascade", cascade_candidates=0)
