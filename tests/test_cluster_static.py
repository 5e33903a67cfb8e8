"""The stream's cheap article vectors (cluster/static.py), the names features for similar events,
and the decision/representation plumbing. Stories here are fictional."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from newsfuse.cluster.decision import FEATURES, Decision, load_decision
from newsfuse.cluster.features import main_names, name_counts
from newsfuse.cluster.static import DIMENSION, StaticEmbedder, distill, piece_weights, table_key


def _vocab() -> dict[str, int]:
    from newsfuse.nlp.encoder import model_dir

    vocab: dict[str, int] = json.loads((model_dir() / "tokenizer.json").read_text("utf-8"))["model"]["vocab"]
    return vocab


def test_a_piece_vector_is_what_the_encoder_gives_for_that_piece_alone() -> None:
    from newsfuse.cluster.static import piece_vectors
    from newsfuse.nlp.encoder import NumpyMiniLM

    encoder = NumpyMiniLM()
    vocab = _vocab()
    words = ["earthquake", "parliament", "football"]
    built = piece_vectors(encoder, [vocab[w] for w in words])
    assert built.shape == (3, encoder.dimension)
    np.testing.assert_allclose(built, encoder.encode(words), atol=1e-5)


def test_weights_skip_special_pieces_and_favour_rare_ones() -> None:
    vocab = _vocab()
    weights = piece_weights(vocab)
    assert weights[vocab["[CLS]"]] == 0 and weights[vocab["[unused5]"]] == 0
    assert 0 < weights[vocab["the"]] < weights[vocab["earthquake"]] <= 1


def test_distill_centres_and_keeps_the_geometry_of_the_real_pieces() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(500, 384)).astype(np.float32) + 3.0  # a large shared direction
    weights = np.ones(500, dtype=np.float32)
    weights[:5] = 0  # "special" pieces: not fitted on
    table = distill(vectors, weights)
    assert table.shape == (500, DIMENSION)
    assert np.abs(table[5:].mean(axis=0)).max() < 1e-3  # the shared direction is gone
    centred = vectors - vectors[5:].mean(axis=0)
    if vectors.shape[1] == DIMENSION:  # all components kept: a rotation, distances unchanged
        np.testing.assert_allclose(table @ table.T, centred @ centred.T, rtol=1e-3, atol=1e-2)
    np.testing.assert_array_equal(table, distill(vectors, weights))  # deterministic


def test_article_vector_is_the_weighted_mean_of_its_pieces(tmp_path: Path) -> None:
    from newsfuse.nlp.encoder import model_dir

    vocab = _vocab()
    rng = np.random.default_rng(2)
    table = rng.normal(size=(len(vocab), 8)).astype(np.float32)
    weights = piece_weights(vocab)
    embedder = StaticEmbedder(table, weights, model_dir() / "tokenizer.json")
    vectors = embedder.encode(["Earthquake hits Nepal", "", "earthquake HITS nepal"])
    ids = [vocab["earthquake"], vocab["hits"], vocab["nepal"]]
    expected = weights[ids] @ table[ids]
    np.testing.assert_allclose(vectors[0], expected / np.linalg.norm(expected), rtol=1e-5)
    assert not vectors[1].any()  # nothing to say: a zero vector, not NaN
    np.testing.assert_allclose(vectors[0], vectors[2], rtol=1e-6)  # uncased, like MiniLM
    assert embedder.encode([]).shape == (0, 8)


def test_load_reuses_the_cached_table_for_this_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.nlp.encoder import model_dir

    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    cached = np.full((len(_vocab()), 4), 0.5, dtype=np.float32)
    np.save(tmp_path / f"static-minilm-{table_key(model_dir())}.npy", cached)
    embedder = StaticEmbedder.load()
    assert embedder.dimension == 4 and embedder.representation == "static"
    np.testing.assert_array_equal(embedder.table, cached)


def test_main_names_are_the_repeated_ones_and_those_in_the_title() -> None:
    text = (
        "Rescuers in Kathmandu searched the rubble on Sunday. The quake also hit Pokhara. "
        "Officials in Kathmandu said the death toll would rise."
    )
    counts = name_counts(text)
    assert counts["kathmandu"] == 2 and counts["pokhara"] == 1
    assert main_names(counts) == frozenset({"kathmandu"})
    assert main_names(counts, "Pokhara shaken") == frozenset({"kathmandu", "pokhara"})
    assert main_names(Counter()) == frozenset()


def test_names_features_separate_two_events_of_one_kind() -> None:
    """Two earthquakes in different places: the second quake's article is about names the first
    story never mentions, and misses the names that story is about."""
    from tests.fakes import HashingEmbedder

    from newsfuse.cluster.online import OnlineClusterer, StreamItem

    clusterer = OnlineClusterer(HashingEmbedder(), Decision("never joins", (0.0,), -50.0, 0.5))
    first = [
        StreamItem(
            "a1", "A strong earthquake struck Ecuador on Saturday near Quito. In Quito, Ecuador declared an emergency."
        ),
        StreamItem(
            "a2",
            "Ecuador counted the dead after the earthquake. Rescuers from Quito dug, and Quito and Ecuador mourned.",
        ),
    ]
    second = StreamItem("b1", "An earthquake struck Nepal on Saturday. Kathmandu shook. Nepal asked for help.")
    same = StreamItem("a3", "Aid reached Ecuador two days after the earthquake, and Quito hospitals filled.")
    prepared = clusterer.prepare([*first, second, same])
    story = clusterer.add(prepared[0], "story-q")
    clusterer.add(prepared[1], story)
    quake = clusterer.stories[0]
    assert quake.key_names == frozenset({"ecuador", "quito"})
    names_new, key_missing = FEATURES.index("names_new"), FEATURES.index("key_names_missing")
    for item, new, missing in ((prepared[2], 1.0, 1.0), (prepared[3], 0.0, 0.0)):
        vector = clusterer.tfidf.weigh(item.counts)
        clusterer._dense[vector.idx] = vector.val
        row = clusterer.features(item, vector, quake)
        clusterer._dense[vector.idx] = 0.0
        assert (row[names_new], row[key_missing]) == (new, missing), item.id


def test_a_decision_fitted_on_fewer_features_weighs_only_those(tmp_path: Path) -> None:
    old = Decision("eight", (1.0,) * 8, 0.0, 0.5)
    path = tmp_path / "d.json"
    old.save(path)
    assert json.loads(path.read_text())["features"] == list(FEATURES[:8])
    loaded = load_decision(path)
    row = np.zeros(len(FEATURES))
    row[-1] = 100.0  # a later feature: ignored by an eight-feature decision
    assert loaded.probability(row[None, :])[0] == pytest.approx(0.5)
    assert len(load_decision(representation="static").weights) == len(FEATURES)
    with pytest.raises(ValueError, match="no decision"):
        load_decision(representation="word2vec")


def test_the_store_keeps_one_kind_of_article_vector(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from tests.fakes import HashingEmbedder

    from newsfuse.errors import StoreError
    from newsfuse.store import Store
    from newsfuse.store.pipeline import VECTORS_KEY, StoreWriter

    class Static(HashingEmbedder):
        representation = "static"

    with Store(tmp_path / "s.duckdb") as store:
        StoreWriter(store, Static(dimension=384))
        assert store.meta(VECTORS_KEY) == "static"
        with pytest.raises(StoreError, match="holds static article vectors"):
            StoreWriter(store, HashingEmbedder(dimension=384))
