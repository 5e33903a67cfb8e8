"""The analysis cache on disk (nlp/diskcache.py): bounded, safe to lose, and never changes a brief."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from newsfuse.ingest.inputs import read_inputs
from newsfuse.nlp.diskcache import AnalysisCache, text_key, versions
from newsfuse.nlp.models import DiskCachedEmbedder, Models
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lake-tessel-summit"


def test_stores_reads_and_keeps_kinds_apart(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "analysis-x.sqlite3")
    cache.put("split", {text_key("a"): b"1", text_key("b"): b"2"})
    assert cache.get("split", [text_key("a"), text_key("c")]) == {text_key("a"): b"1"}
    assert cache.get("parse", [text_key("a")]) == {}
    again = AnalysisCache(tmp_path / "analysis-x.sqlite3")  # another process
    assert again.get("split", [text_key("b")]) == {text_key("b"): b"2"}
    assert text_key("ab", "c") != text_key("a", "bc") and text_key("é") == text_key("é")


def test_writes_wait_for_no_disk_sync_but_the_file_stays_readable(tmp_path: Path) -> None:
    # WAL with synchronous=NORMAL: a write is durable at the next checkpoint, not at its commit (each
    # commit's fdatasync took 3-40 ms of the main thread's wall in a first brief); another connection
    # (another process) still reads every committed write
    cache = AnalysisCache(tmp_path / "analysis-x.sqlite3")
    cache.put("split", {text_key("a"): b"1"})
    db = cache._connect()
    assert db is not None
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL (FULL is 2)
    cache.put("split", {text_key("b"): b"2"})
    assert AnalysisCache(tmp_path / "analysis-x.sqlite3").get("split", [text_key("a"), text_key("b")]) == {
        text_key("a"): b"1",
        text_key("b"): b"2",
    }


def test_opened_in_the_background_reads_and_writes_as_usual(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "new" / "analysis-x.sqlite3")
    cache.open_soon()  # creates the folder and the file in a thread; the put below waits for it
    cache.put("split", {text_key("a"): b"1"})
    assert cache.get("split", [text_key("a")]) == {text_key("a"): b"1"}
    assert (tmp_path / "new" / "analysis-x.sqlite3").is_file()
    (tmp_path / "file").write_text("not a folder")
    broken = AnalysisCache(tmp_path / "file" / "analysis-x.sqlite3")
    broken.open_soon()
    broken.put("split", {text_key("a"): b"1"})
    assert broken.get("split", [text_key("a")]) == {}


def test_bounded_the_first_written_go_first(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "analysis-x.sqlite3", max_bytes=10_000)
    for n in range(30):
        cache.put("encode", {text_key(str(n)): bytes(1000)})
    kept = cache.get("encode", [text_key(str(n)) for n in range(30)])
    assert 5 <= len(kept) <= 10 and text_key("29") in kept and text_key("0") not in kept


def test_unwritable_or_deleted_cache_is_only_a_miss(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    cache = AnalysisCache(tmp_path / "file" / "analysis-x.sqlite3")
    cache.put("split", {text_key("a"): b"1"})
    assert cache.get("split", [text_key("a")]) == {}
    ok = AnalysisCache(tmp_path / "c" / "analysis-x.sqlite3")
    ok.put("split", {text_key("a"): b"1"})
    ok.close()
    shutil.rmtree(tmp_path / "c")
    assert AnalysisCache(tmp_path / "c" / "analysis-x.sqlite3").get("split", [text_key("a")]) == {}


def test_versions_are_kept_apart_in_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    cache = AnalysisCache.default("onnx")
    assert cache is not None and cache.path == tmp_path / "analysis.sqlite3" and cache.version == versions("onnx")
    cache.put("split", {text_key("a"): b"1"})
    older = AnalysisCache(cache.path, "an older version")
    assert older.get("split", [text_key("a")]) == {}  # what another version stored is not read
    older.put("split", {text_key("a"): b"2"})
    assert cache.get("split", [text_key("a")]) == {text_key("a"): b"1"}
    assert versions("numpy") != versions("onnx")
    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "0")
    assert AnalysisCache.default("onnx") is None


class _Counting:
    dimension = 3

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(texts)
        return np.array([[len(t), 1.0 / (1 + len(t)), 0.5] for t in texts], dtype=np.float32)


def test_encoder_calls_are_reused_only_whole(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "analysis-x.sqlite3")
    first = DiskCachedEmbedder("onnx", cache)
    first._model = _Counting()
    vectors = first.encode(["a", "bb"])
    second = DiskCachedEmbedder("onnx", cache)
    second._model = counting = _Counting()
    assert np.array_equal(second.encode(["a", "bb"]), vectors) and counting.calls == []  # the same call
    second.encode(["bb", "a"])  # another call (order matters to the batches), so encoded again
    second.encode(["a"])
    assert counting.calls == [["bb", "a"], ["a"]]


def _brief(models: Models, paths: list[Path]) -> dict:
    options = models.options
    documents, _ = read_inputs(paths, options)
    return brief_from_documents(documents, options, models).to_dict()


@pytest.mark.slow  # real models, five briefs of the example
def test_briefs_with_the_cache_equal_briefs_without(tmp_path: Path) -> None:
    options = Options()
    files = sorted(EXAMPLE.glob("*.txt"))
    cache_path = tmp_path / "analysis.sqlite3"
    plain = _brief(Models(options), [EXAMPLE])
    assert _brief(Models(options, disk=AnalysisCache(cache_path)), [EXAMPLE]) == plain  # filling it
    reread = Models(options, disk=AnalysisCache(cache_path))
    assert _brief(reread, [EXAMPLE]) == plain
    assert reread._spacy is None  # every split and parse came from the cache: the pipeline never loaded
    inner = reread.embedder.embedder  # type: ignore[attr-defined]
    assert isinstance(inner, DiskCachedEmbedder) and inner._model is None  # nor the encoder
    assert inner.dimension == 384 and inner._model is None  # read from the model's config
    # the stored parses are what Doc.to_bytes gives (one msgpack packer and one decode for them all)
    sentence = next(iter(reread._parsed))
    fresh = Models(options).parse([sentence])[0]
    assert reread._parsed[sentence].to_bytes(exclude=["tensor", "user_data"]) == fresh.to_bytes(
        exclude=["tensor", "user_data"]
    )
    # a developing story: four articles, then all six; the second brief equals one made without cache
    fresh_cache = tmp_path / "analysis-grown.sqlite3"
    _brief(Models(options, disk=AnalysisCache(fresh_cache)), files[:4])
    grown = _brief(Models(options, disk=AnalysisCache(fresh_cache)), files)
    assert json.dumps(grown, sort_keys=True) == json.dumps(_brief(Models(options), files), sort_keys=True)


@pytest.mark.slow  # real models, two batch runs of one story
def test_batch_keeps_the_analysis_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``newsfuse batch`` uses the analysis cache as ``brief`` does: a second run of the same lines
    gives the same records without running spaCy or the encoder again."""
    from typer.testing import CliRunner

    from newsfuse.cli.app import app
    from newsfuse.nlp import encoder as encoder_module

    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSFUSE_ANALYSIS_CACHE", raising=False)
    articles = [{"text": path.read_text(encoding="utf-8")} for path in sorted(EXAMPLE.glob("*.txt"))[:3]]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "lake", "articles": articles}) + "\n", encoding="utf-8")

    def run(name: str) -> str:
        result = CliRunner().invoke(app, ["batch", str(source), "--words", "60", "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        return (tmp_path / name).read_text(encoding="utf-8")

    first = run("first.jsonl")
    assert (tmp_path / "cache" / "analysis.sqlite3").stat().st_size > 0

    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model ran although its results were stored")

    monkeypatch.setattr(Models, "segment", no_model)
    monkeypatch.setattr(encoder_module.OnnxMiniLM, "encode", no_model)
    assert run("second.jsonl") == first
    assert '"error"' not in first


def test_the_python_api_uses_the_cache_unless_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse import api

    monkeypatch.setattr(api, "_shared", {})
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    monkeypatch.delenv("NEWSFUSE_ANALYSIS_CACHE", raising=False)
    disk = api.shared_models(Options()).disk
    assert disk is not None and disk.path == tmp_path / "analysis.sqlite3"
    monkeypatch.setattr(api, "_shared", {})
    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "0")
    assert api.shared_models(Options()).disk is None


def test_a_server_keeps_the_analysis_on_disk_and_loads_the_encoder_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.serve import ServeSettings
    from newsfuse.serve.service import Service

    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path))
    monkeypatch.delenv("NEWSFUSE_ANALYSIS_CACHE", raising=False)
    service = Service(ServeSettings())
    assert service.models.disk is not None and service.models.disk.path.parent == tmp_path
    service.load_models()  # start-up: the encoder's model too, though the disk cache would defer it
    inner = getattr(service.models.embedder, "embedder", None)
    assert isinstance(inner, DiskCachedEmbedder) and inner._model is not None and service.models_ready
    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "0")
    assert Service(ServeSettings()).models.disk is None
