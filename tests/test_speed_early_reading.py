"""The articles of a ``brief`` command line that names only files or folders, read and cleaned as the
command starts (before typer and the command's modules are imported), their guessed sentences encoded in
the early encoder's thread as soon as it is built (docs/speed.md, stop 41)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_speed_early_encoder import ARTICLES
from tests.test_speed_guessed_sentences import _Recording

from newsfuse.cli import entry
from newsfuse.nlp.models import CachedEmbedder, Models
from newsfuse.nlp.presplit import likely_sentences
from newsfuse.options import Options


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.fixture(autouse=True)
def _nothing_left_over() -> None:
    entry._read.clear()
    entry._early.clear()


def test_only_a_command_line_of_paths_and_known_options_is_read_early() -> None:
    assert entry.brief_paths(["a", "b.txt", "--format", "md", "-o", "out.md", "--words", "120"]) == ["a", "b.txt"]
    assert entry.brief_paths(["--format=html", "--output=x.html", "a", "--store", "s.duckdb"]) == ["a"]
    assert entry.brief_paths(["-f", "json", "a"]) == ["a"]
    assert entry.brief_paths([]) == []
    for args in (
        ["a", "--story", "7"],  # a story of the store
        ["a", "--split"],
        ["a", "--format", "xml"],  # typer reports it
        ["a", "--words", "many"],
        ["a", "--words"],
        ["a", "--verbose"],  # an option this does not know
        ["-", "a"],
        ["--", "a"],
    ):
        assert entry.brief_paths(args) == [], args


def test_the_articles_read_early_are_the_commands_and_their_sentences_are_encoded_in_the_encoders_thread(
    articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.cli.brief_cmd import _read_and_clean
    from newsfuse.ingest import inputs
    from newsfuse.nlp import models as models_module

    inner = _Recording()
    monkeypatch.setattr(models_module, "load_embedder", lambda encoder: inner)
    early = entry._build_encoder_soon(reading=True)
    guessed = entry._read_early([str(articles_dir)])
    early.post(guessed)
    expected_documents, _ = inputs.read_inputs([articles_dir], Options())
    expected, _ = clean_documents(expected_documents, languages=False)
    assert guessed == likely_sentences([p for a in expected for p in a.paragraphs]) and guessed

    # the command takes what was read (it reads nothing itself) and the encoder with the sentences in it
    def no_second_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("read twice")

    monkeypatch.setattr(inputs, "read_documents", no_second_read)
    options = Options().with_(words=80)  # the summary's length changes nothing read
    models = Models(options, early=lambda: entry.early_encoder("onnx"))
    stages: list[str] = []
    documents, skipped, (articles, empty) = _read_and_clean([articles_dir], options, models, stages.append)
    assert stages == ["reading"] and documents == expected_documents and not skipped and not empty
    assert [a.paragraphs for a in articles] == [a.paragraphs for a in expected]
    assert early.thread is not None
    early.thread.join()
    loading = models._embedder_loading
    assert loading is not None
    loading.join()
    embedder = models.embedder
    assert isinstance(embedder, CachedEmbedder) and embedder.embedder is inner
    # one call, the guessed sentences, made by the early thread; the command's own finds them known
    assert inner.calls == [(guessed, "newsfuse-early-encoder")]
    assert entry.early_read([articles_dir], options) is None  # given once


def test_an_early_read_of_other_paths_or_one_that_failed_is_not_taken(
    articles_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.nlp import models as models_module

    monkeypatch.setattr(models_module, "load_embedder", lambda encoder: _Recording())
    assert entry._read_early([str(articles_dir)])
    assert entry.early_read([articles_dir / "harbour.txt"], Options()) is None
    assert entry._read_early([str(articles_dir)])
    assert entry.early_read([articles_dir], Options().with_(max_chars=100)) is None  # read otherwise
    # nothing readable: nothing kept, nothing to encode, and the encoder's thread ends once built
    early = entry._build_encoder_soon(reading=True)
    guessed = entry._read_early([str(tmp_path / "missing")])
    early.post(guessed)
    assert guessed == [] and entry.early_read([tmp_path / "missing"], Options()) is None
    assert early.thread is not None
    early.thread.join(timeout=10)
    assert not early.thread.is_alive()
    assert isinstance(entry.early_encoder("onnx"), CachedEmbedder)


@pytest.mark.slow  # real models: a brief of the example through the command's process, one in this process
def test_the_command_process_reading_early_gives_the_pipelines_brief(
    example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import os
    import subprocess
    import sys

    from newsfuse.pipeline import brief_from_paths
    from newsfuse.render import to_json

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "brief.json"
    env = {
        **os.environ,
        "NEWSFUSE_ANALYSIS_CACHE": "off",
        "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)]),
    }
    command = [sys.executable, "-m", "newsfuse", "brief", str(example_dir), "--format", "json", "-o", str(out)]
    subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    monkeypatch.setenv("NEWSFUSE_ANALYSIS_CACHE", "off")
    options = Options()
    made = brief_from_paths([example_dir], options, Models(options))
    assert json.loads(out.read_text()) == json.loads(to_json(made))
