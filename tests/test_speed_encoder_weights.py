"""The encoder's converted weights (transposed matrices, fp16 word table) kept between processes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsfuse.nlp.encoder import (
    OnnxMiniLM,
    _weights,
    converted_weights,
    graph_weight_shapes,
    graph_weights,
    keep_converted,
    keep_optimized_graph,
    model_dir,
)

TEXTS = [
    "The harbour board of Lake Tessel voted on Tuesday to close the northern pier.",
    "“We will reopen it in spring,” said Mara Ilven, the board's chair.",
    "Ferries will run from the southern quay meanwhile.",
]


@pytest.fixture(autouse=True)
def _install_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The install's kept graph (``installed_graph``) in a folder of the test's own: the tree's may hold one."""
    folder = tmp_path / "install"
    monkeypatch.setattr("newsfuse.nlp.encoder.installed_graph", lambda kept: folder / kept.name)
    return folder


@pytest.fixture
def config() -> dict[str, int]:
    return json.loads((model_dir() / "config.json").read_text())


def _same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    return list(a) == list(b) and all(
        a[n].dtype == b[n].dtype and a[n].shape == b[n].shape and a[n].tobytes() == b[n].tobytes() for n in a
    )


def test_converted_weights_are_kept_and_read_back_bit_for_bit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: dict[str, int]
) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "cache"))
    first, keep = converted_weights(model_dir(), config)
    assert keep is not None and keep.parent == tmp_path / "cache" and not keep.exists()
    assert _same(first, graph_weights(_weights(model_dir()), config))
    keep_converted(first, keep)
    assert keep.is_file() and not list(keep.parent.glob("*.tmp"))
    again, keep_again = converted_weights(model_dir(), config)
    assert keep_again is None  # read from the kept file: nothing to write
    assert _same(again, first)
    assert list(again) == list(graph_weight_shapes(config))


@pytest.mark.parametrize("damage", ["truncated", "not safetensors", "a name missing"])
def test_a_damaged_kept_file_is_converted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: dict[str, int], damage: str
) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    arrays, keep = converted_weights(model_dir(), config)
    assert keep is not None
    if damage == "a name missing":
        keep_converted({n: a for n, a in arrays.items() if n != "embeddings.LayerNorm.bias"}, keep)
    else:
        keep_converted(arrays, keep)
        data = keep.read_bytes()
        keep.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"\x05\x00" + data[2:])
    again, keep_again = converted_weights(model_dir(), config)
    assert keep_again == keep  # converted from the packaged weights, to be written again
    assert _same(again, arrays)


def test_the_encoder_keeps_its_weights_and_encodes_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    converting = OnnxMiniLM(threads=1).encode(TEXTS)
    assert len(list(tmp_path.glob("minilm-*.safetensors"))) == 1
    reading = OnnxMiniLM(threads=1).encode(TEXTS)
    assert converting.tobytes() == reading.tobytes()


def test_a_cache_folder_that_cannot_be_written_only_means_converting_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("NEWSFUSE_CACHE", str(blocked / "cache"))
    vectors = OnnxMiniLM(threads=1).encode(TEXTS)
    assert vectors.shape == (len(TEXTS), 384)


def test_the_optimised_graph_is_kept_at_set_up_and_a_session_over_it_encodes_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import onnxruntime

    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    sessions: list[object] = []
    real = onnxruntime.InferenceSession

    def counted(*args: object, **kwargs: object) -> object:
        sessions.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(onnxruntime, "InferenceSession", counted)
    building = OnnxMiniLM(threads=1).encode(TEXTS)
    assert len(sessions) == 1 and not list(tmp_path.glob("minilm-graph-*"))  # a brief writes no graph
    kept = keep_optimized_graph()
    assert kept is not None and (kept / "model.onnx").is_file() and (kept / "weights.bin").is_file()
    assert not list(tmp_path.glob("*.tmp"))
    assert keep_optimized_graph() == kept  # kept already: read, not written again
    # a later process reads neither the packaged nor the converted weights: the graph's folder holds them
    monkeypatch.setattr("newsfuse.nlp.encoder.converted_weights", lambda *a: pytest.fail("weights read"))
    before = len(sessions)
    reading = OnnxMiniLM(threads=1).encode(TEXTS)
    assert building.tobytes() == reading.tobytes()
    assert len(sessions) == before + 1 and str(sessions[-1]).endswith("model.onnx")


def test_a_damaged_kept_graph_is_left_for_set_up_to_write_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    kept = keep_optimized_graph()
    assert kept is not None
    first = OnnxMiniLM(threads=1).encode(TEXTS)
    weights = kept / "weights.bin"
    weights.write_bytes(weights.read_bytes()[:1000])
    again = OnnxMiniLM(threads=1).encode(TEXTS)  # from the converted weights, as before
    assert again.tobytes() == first.tobytes()
    assert not kept.exists()  # removed, so that set-up writes it whole again
    assert keep_optimized_graph() == kept and weights.stat().st_size > 1000


def test_the_installed_graph_serves_a_brief_into_a_new_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _install_folder: Path
) -> None:
    """Set-up keeps the graph in the install (stop 46): a brief whose ``$NEWSFUSE_CACHE`` is new reads it, converts
    no weights and writes nothing to the cache, and encodes what a session built from the weights encodes."""
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "setup-cache"))
    (_install_folder / "minilm-graph-0123").mkdir(parents=True)  # an earlier install's: removed
    kept = keep_optimized_graph(install=True)
    assert kept is not None and kept.parent == _install_folder and (kept / "weights.bin").is_file()
    assert [p.name for p in _install_folder.iterdir()] == [kept.name]
    assert not list((tmp_path / "setup-cache").glob("minilm-*"))  # nothing for the cache: briefs read the install's
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "new-cache"))
    monkeypatch.setattr("newsfuse.nlp.encoder.installed_graph", lambda k: tmp_path / "nowhere" / k.name)
    plain = OnnxMiniLM(threads=1).encode(TEXTS)  # no graph anywhere it looks: built from the weights, as before
    monkeypatch.setattr("newsfuse.nlp.encoder.installed_graph", lambda k: _install_folder / k.name)
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "another-new-cache"))
    monkeypatch.setattr("newsfuse.nlp.encoder.converted_weights", lambda *a: pytest.fail("weights read"))
    installed = OnnxMiniLM(threads=1).encode(TEXTS)
    assert installed.tobytes() == plain.tobytes()
    assert not (tmp_path / "another-new-cache").exists()
