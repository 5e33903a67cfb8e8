"""The encoder built as the ``brief`` command starts, and the articles read and cleaned before the
pipeline's imports, their guessed sentences encoded meanwhile (docs/speed.md, stop 40)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from tests.test_speed_guessed_sentences import _Recording

from newsfuse.cli import entry
from newsfuse.nlp.models import CachedEmbedder, Models
from newsfuse.options import Options

ARTICLES = {
    "harbour.txt": "Harbour pier to close\n\nThe harbour board of Lake Tessel voted on Tuesday to close the "
    "northern pier. Ferries will run from the southern quay.\n\n“We will reopen it in spring,” said Mara Ilven, "
    "the board's chair. Repairs start in May.",
    "quay.txt": "Tessel ferries move south\n\nFerries on Lake Tessel will leave from the southern quay after the "
    "board closed the northern pier on Tuesday. The chair, Mara Ilven, said it would reopen in spring.",
}


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_encoder_built_early_is_taken_once_by_the_models(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.nlp import models as models_module

    built: list[tuple[str, str]] = []

    def load(encoder: str) -> _Recording:
        built.append((encoder, threading.current_thread().name))
        return _Recording()

    monkeypatch.setattr(models_module, "load_embedder", load)
    entry._build_encoder_soon()
    models = Models(Options(), early=lambda: entry.early_encoder("onnx"))
    embedder = models.embedder
    assert isinstance(embedder, CachedEmbedder) and isinstance(embedder.embedder, _Recording)
    assert built == [("onnx", "newsfuse-early-encoder")]  # built in its own thread, not loaded again
    assert entry.early_encoder("onnx") is None  # given once
    # none built (or for another engine): the models load their encoder as usual
    again = Models(Options(), early=lambda: entry.early_encoder("onnx")).embedder
    assert isinstance(again, CachedEmbedder) and len(built) == 2 and built[1][1] == threading.current_thread().name
    entry._build_encoder_soon()
    assert entry.early_encoder("numpy") is None
    assert entry.early_encoder("onnx") is not None


def test_a_failed_early_build_leaves_the_load_to_the_models(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.nlp import models as models_module

    def broken(encoder: str) -> _Recording:
        raise OSError("no weights")

    monkeypatch.setattr(models_module, "load_embedder", broken)
    entry._build_encoder_soon()
    assert entry.early_encoder("onnx") is None
    monkeypatch.setattr(models_module, "load_embedder", lambda encoder: _Recording())
    entry._build_encoder_soon()
    monkeypatch.setattr(models_module, "load_embedder", broken)  # the early build has what it needs
    assert isinstance(Models(Options(), early=lambda: entry.early_encoder("onnx")).embedder, CachedEmbedder)


def test_the_command_cleans_before_the_pipeline_and_encodes_the_guessed_sentences(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``brief_cmd._read_and_clean`` cleans as the pipeline does and starts the encoder's thread on the
    sentences ``analyse`` will guess from the same paragraphs, so its own call finds them encoded."""
    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.cli.brief_cmd import _read_and_clean
    from newsfuse.ingest.inputs import read_inputs
    from newsfuse.nlp import models as models_module
    from newsfuse.nlp.presplit import likely_sentences

    inner = _Recording()
    monkeypatch.setattr(models_module, "load_embedder", lambda encoder: inner)
    options = Options()
    models = Models(options)
    stages: list[str] = []
    documents, skipped, (articles, empty) = _read_and_clean([articles_dir], options, models, stages.append)
    assert stages == ["reading"] and not skipped and not empty
    expected_documents, _ = read_inputs([articles_dir], options)
    expected, _ = clean_documents(expected_documents, languages=False)
    assert documents == expected_documents
    assert [a.paragraphs for a in articles] == [a.paragraphs for a in expected]
    loading = models._embedder_loading
    assert loading is not None
    loading.join()
    guessed = likely_sentences([p for a in articles for p in a.paragraphs])
    assert guessed and inner.calls == [(guessed, "newsfuse-load-encoder")]


@pytest.mark.slow  # real models, two briefs of the example
def test_the_brief_command_without_a_cache_gives_the_pipelines_brief(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newsfuse.cli.app import app
    from newsfuse.pipeline import brief_from_paths
    from newsfuse.render import to_json

    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "off")
    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["brief", str(example_dir), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    options = Options()
    made = brief_from_paths([example_dir], options, Models(options))
    assert json.loads(out.read_text()) == json.loads(to_json(made))
