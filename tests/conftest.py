"""Shared fixtures: the repo, ../shared (tests skip when it is absent), and models loaded once.

Every brief rendered to JSON in a test process (``render.json.brief_to_dict``: the CLI, batch, HTTP
and ``Brief.to_dict``) is validated against ``newsfuse schema`` on the way out; tests that hold a
dict from elsewhere call the ``valid_brief`` fixture (``tests/brief_schema.assert_valid_brief``).

Tiers: ``pytest -m "not slow"`` is the fast tier (the hashing embedder of tests/fakes.py where the
sentence model is not what is tested); a test that loads the real models (the ``models`` fixture
and the briefs built with it) or reads ../shared is marked ``slow`` here automatically.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "lake-tessel-summit"
GOLDEN = ROOT / "tests" / "golden"


SLOW_FIXTURES = {"models", "example_brief", "xi_brief", "shared_dir", "xi_corpus"}


def pytest_configure(config: pytest.Config) -> None:
    from tests.brief_schema import assert_valid_brief

    import newsfuse.render
    import newsfuse.render.json as render_json

    original = render_json.brief_to_dict

    def checked(brief):  # type: ignore[no-untyped-def]
        data = original(brief)
        assert_valid_brief(data)
        return data

    render_json.brief_to_dict = checked  # type: ignore[assignment]
    newsfuse.render.brief_to_dict = checked  # type: ignore[attr-defined]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def valid_brief():
    """Call with a brief's JSON dict: fails with every violation of `newsfuse schema`."""
    from tests.brief_schema import assert_valid_brief

    return assert_valid_brief


@pytest.fixture(scope="session")
def fast_models():
    """The real spaCy models with the hashing embedder: for tests where the sentence model is not
    what is tested (loads in a second or two instead of the transformer's import and load)."""
    from tests.fakes import fast_models

    return fast_models()


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


@pytest.fixture(scope="module")
def attribute_parsed(models):
    """The production path: reported speech and unframed speakers from ``Models.parse``."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.nlp.quotes import find_attributions
    from newsfuse.records import Article

    def run(paragraphs: list[str]):
        article = Article("S1", "S1.txt", None, None, None, None, paragraphs)
        story = analyse([article], models, embed=False)
        return find_attributions(article, story.sentences, build_entities(story), models.parse)

    return run
