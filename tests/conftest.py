"""Shared fixtures: the repo, ../shared (tests skip when it is absent), and models loaded once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "lake-tessel-summit"
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def xi_corpus(shared_dir: Path) -> Path:
    corpus = shared_dir / "corpora" / "xi-putin-moscow-2023"
    if not corpus.is_dir():
        pytest.skip("the shared five-article corpus is absent")
    return corpus


@pytest.fixture(scope="session")
def models():
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    return Models(Options())


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example_brief(models):
    """The bundled example briefed once per session, as the README's command does."""
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_paths

    cwd = os.getcwd()
    os.chdir(ROOT)  # paths in the brief are as given: relative to the repo, as in the golden files
    try:
        return brief_from_paths(["examples/lake-tessel-summit"], Options(), models)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def xi_brief(models, xi_corpus: Path):
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_paths

    return brief_from_paths([xi_corpus], Options(), models)
