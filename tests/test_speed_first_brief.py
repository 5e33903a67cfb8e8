"""A first brief into an analysis cache with no file yet takes the cache-off brief's order (the encoder built as
the command starts, the articles read and cleaned before the pipeline's imports) and stores what it found, and
the briefs are the same whatever the order (docs/speed.md, stop 46)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_speed_guessed_sentences import _Recording

from newsfuse.cachedir import ANALYSIS_FILE, analysis_cache_absent, cache_root
from newsfuse.cli import entry
from newsfuse.nlp.diskcache import FILE_NAME, AnalysisCache
from newsfuse.nlp.models import CachedEmbedder, DiskCachedEmbedder, Models
from newsfuse.options import Options


def test_every_text_is_new_with_the_cache_off_or_without_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "new"))
    monkeypatch.delenv("NEWSFUSE_ANALYSIS_CACHE", raising=False)
    assert cache_root() == tmp_path / "new" and ANALYSIS_FILE == FILE_NAME
    assert analysis_cache_absent() and entry.every_text_new()  # no folder, no file
    disk = AnalysisCache.default("onnx")
    assert disk is not None and disk.new
    disk.put("split", {b"k": b"v"})  # the file is created by its first use
    assert not analysis_cache_absent() and not entry.every_text_new()
    assert not AnalysisCache.default("onnx").new  # type: ignore[union-attr]
    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "0")
    assert entry.every_text_new() and AnalysisCache.default("onnx") is None


def test_an_encoder_built_early_serves_the_calls_the_disk_does_not_hold(tmp_path: Path) -> None:
    built = _Recording()
    disk = AnalysisCache(tmp_path / FILE_NAME)
    models = Models(Options(), disk=disk, early=lambda: built)
    embedder = models.embedder
    assert isinstance(embedder, CachedEmbedder)
    inner = embedder.embedder
    assert isinstance(inner, DiskCachedEmbedder) and inner._model is built
    first = embedder.encode(["Ferries leave from the southern quay."])
    assert built.calls and len(first) == 1
    # the same call in a later process comes from the disk, without a model
    again = Models(Options(), disk=AnalysisCache(tmp_path / FILE_NAME))
    vectors = again.embedder.encode(["Ferries leave from the southern quay."])
    assert (vectors == first).all() and again.embedder.embedder._model is None  # type: ignore[attr-defined]


@pytest.mark.slow  # real models: the brief command into a new cache, from the filled one, and with the cache off
def test_a_first_brief_into_a_new_cache_equals_the_cache_off_brief_and_the_rebrief(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newsfuse.cli import brief_cmd
    from newsfuse.cli.app import app

    orders: list[str] = []
    plain = brief_cmd._read_and_clean

    def read_and_clean(*args, **kwargs):  # type: ignore[no-untyped-def]
        orders.append("ahead")
        return plain(*args, **kwargs)

    monkeypatch.setattr(brief_cmd, "_read_and_clean", read_and_clean)

    def run(name: str) -> dict[str, object]:
        out = tmp_path / f"{name}.json"
        result = CliRunner().invoke(app, ["brief", str(example_dir), "--format", "json", "-o", str(out)])
        assert result.exit_code == 0, result.output
        return dict(json.loads(out.read_text()))

    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSFUSE_ANALYSIS_CACHE", raising=False)
    first = run("first")  # no file yet: the cache-off order, every result stored
    assert orders == ["ahead"] and (tmp_path / "cache" / FILE_NAME).is_file()
    again = run("again")  # the filled cache: its order, every split, parse and call found
    assert orders == ["ahead"]
    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "off")
    off = run("off")
    assert orders == ["ahead", "ahead"]
    assert first == again == off
