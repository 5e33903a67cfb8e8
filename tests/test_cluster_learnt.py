"""The ``learnt`` representation (cluster/learnt.py): static piece vectors with weights and a map
learnt against MiniLM. Texts here are invented."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from newsfuse.cluster.decision import FEATURES, load_decision
from newsfuse.cluster.learnt import PARAMS_FILE, RAW_VERSION, LearntEmbedder, centred
from newsfuse.cluster.static import model_vocab, piece_weights, table_key


def _model() -> Path:
    from newsfuse.nlp.encoder import model_dir

    return model_dir()


def test_a_learnt_vector_is_the_map_of_the_weighted_mean_of_its_pieces() -> None:
    vocab = model_vocab(_model())
    rng = np.random.default_rng(3)
    table = rng.normal(size=(len(vocab), 8)).astype(np.float32)
    weights = rng.uniform(0.1, 1.0, size=len(vocab)).astype(np.float32)
    matrix = rng.normal(size=(8, 6)).astype(np.float32)
    bias = rng.normal(size=6).astype(np.float32)
    embedder = LearntEmbedder(table, weights, matrix, bias, _model() / "tokenizer.json")
    vectors = embedder.encode(["Flood closes the bridge", ""])
    ids = [vocab["flood"], vocab["closes"], vocab["the"], vocab["bridge"]]
    pooled = weights[ids] @ table[ids]
    expected = (pooled / np.linalg.norm(pooled)) @ matrix + bias
    np.testing.assert_allclose(vectors[0], expected / np.linalg.norm(expected), rtol=1e-5, atol=1e-6)
    assert not vectors[1].any()  # no pieces: a zero vector, not the bias's direction
    assert embedder.dimension == 6 and embedder.representation == "learnt"
    with pytest.raises(ValueError, match="does not fit"):
        LearntEmbedder(table, weights, matrix[:5], bias, _model() / "tokenizer.json")


def test_a_learnt_embedder_holds_one_piece_table() -> None:
    """Each article's vector is mapped as it is encoded: no mapped copy of the piece table beside it
    (47 MB more for the packaged vocabulary, stop 57; docs/speed.md stop 58). Fails on the stop-57 code."""
    vocab = model_vocab(_model())
    rng = np.random.default_rng(5)
    table = rng.normal(size=(len(vocab), 16)).astype(np.float32)
    weights = np.ones(len(vocab), dtype=np.float32)
    embedder = LearntEmbedder(
        table, weights, np.eye(16, dtype=np.float32), np.zeros(16, np.float32), _model() / "tokenizer.json"
    )
    held = sum(v.nbytes for v in vars(embedder).values() if isinstance(v, np.ndarray))
    assert held < table.nbytes + weights.nbytes + 4096


def test_the_shipped_weights_and_map_fit_the_packaged_vocabulary_and_stay_small() -> None:
    vocab = model_vocab(_model())
    shipped = resources.files("newsfuse.cluster").joinpath(PARAMS_FILE)
    assert shipped.is_file()
    with shipped.open("rb") as handle:
        size = len(handle.read())
    assert size < 2 * 2**20  # no 12-24 MB table in the repository
    with shipped.open("rb") as handle:
        params = np.load(handle)
        weights, matrix, bias = params["weights"], params["matrix"], params["bias"]
    assert weights.shape == (max(vocab.values()) + 1,) and matrix.shape == (384, 384) and bias.shape == (384,)
    assert np.isfinite(weights).all() and np.isfinite(matrix).all() and (weights >= 0).all()
    assert weights[vocab["[CLS]"]] == 0 and weights[vocab["[unused7]"]] == 0
    # learnt, not the SIF guess it started from
    assert not np.allclose(weights, piece_weights(vocab))


def test_learnt_is_a_representation_with_its_own_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.cluster import embedder_for
    from newsfuse.nlp import Models
    from newsfuse.options import ClusterParams

    decision = load_decision(representation="learnt")
    assert len(decision.weights) == len(FEATURES)
    assert decision != load_decision(representation="static")
    sentinel = object()
    monkeypatch.setattr(LearntEmbedder, "load", classmethod(lambda cls: sentinel))
    assert embedder_for(ClusterParams(representation="learnt"), Models()) is sentinel


def test_load_centres_the_cached_piece_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    vocab = model_vocab(_model())
    rng = np.random.default_rng(4)
    raw = (rng.normal(size=(len(vocab), 384)) + 2.0).astype(np.float32)
    np.save(tmp_path / f"static-minilm-raw-{table_key(_model(), RAW_VERSION)}.npy", raw)
    embedder = LearntEmbedder.load()
    real = piece_weights(vocab) > 0
    np.testing.assert_array_equal(embedder.table, centred(raw, real))
    assert np.abs(embedder.table[real].mean(axis=0)).max() < 1e-4
    assert table_key(_model(), RAW_VERSION) != table_key(_model())  # never the PCA-rotated static table
    assert embedder.encode(["Storm hits the coast"]).shape == (1, 384)


@pytest.mark.slow
def test_learnt_vectors_agree_with_minilm_better_than_static_ones() -> None:
    """Pairwise similarities of invented headlines, learnt and static against the encoder's own:
    the point of learning the weights and the map (builds and caches both tables on first use)."""
    from newsfuse.cluster.static import StaticEmbedder
    from newsfuse.nlp.encoder import NumpyMiniLM

    texts = [
        "An earthquake shook northern Chile on Monday, cutting power to thousands of homes.",
        "Rescue teams in Chile searched collapsed buildings after the strong quake.",
        "The central bank raised interest rates by a quarter point to fight inflation.",
        "Inflation pushed the bank to lift its key rate again, the governor said.",
        "The striker scored twice as the home side won the cup final.",
        "A late goal settled the final and the club lifted the trophy.",
        "Lawmakers passed a bill to expand rural broadband after a long debate.",
        "The senate approved funding for internet access in the countryside.",
    ]

    def pairwise(vectors: np.ndarray) -> np.ndarray:
        sims = vectors @ vectors.T
        return np.asarray(sims[np.triu_indices(len(texts), 1)])

    reference = pairwise(NumpyMiniLM().encode(texts))
    learnt = np.corrcoef(pairwise(LearntEmbedder.load().encode(texts)), reference)[0, 1]
    static = np.corrcoef(pairwise(StaticEmbedder.load().encode(texts)), reference)[0, 1]
    assert learnt > static
    assert learnt > 0.85


def test_options_name_the_learnt_representation() -> None:
    from newsfuse.errors import OptionsError
    from newsfuse.options import ClusterParams

    assert ClusterParams(representation="learnt").representation == "learnt"
    with pytest.raises(OptionsError, match="'learnt'"):
        ClusterParams(representation="glove")  # type: ignore[arg-type]


def test_the_fit_recovers_a_map_that_is_there() -> None:
    """``bench.static_learn.fit`` on invented data whose targets are a known map of the pooled vectors:
    the held-out texts' learnt vectors land on them, and better than the ridge start alone."""
    import scipy.sparse as sp
    from bench.static_learn import fit

    rng = np.random.default_rng(5)
    pieces, width, texts = 60, 8, 1500
    table = rng.normal(size=(pieces, width)).astype(np.float32)
    weights = np.ones(pieces, dtype=np.float32)
    weights[0] = 0.0  # a special piece
    truth = rng.uniform(0.2, 2.0, size=pieces).astype(np.float32)
    counts = sp.random(texts, pieces, density=0.15, random_state=6, format="csr", dtype=np.float32)
    counts.data[:] = 1.0
    pooled = np.asarray(counts @ (truth[:, None] * table))
    pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
    targets = pooled @ rng.normal(size=(width, width)).astype(np.float32) + 0.3
    targets /= np.linalg.norm(targets, axis=1, keepdims=True)
    start = fit(counts, targets.astype(np.float32), table, weights, epochs=0)
    learnt = fit(counts, targets.astype(np.float32), table, weights, epochs=30, lr=1e-2)
    assert learnt.held_cosine > start.held_cosine and learnt.held_cosine > 0.97
    assert learnt.weights[0] == 0 and (learnt.weights >= 0).all()
