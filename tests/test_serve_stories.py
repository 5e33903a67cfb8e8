"""GET /api/stories and /api/stories/{id}/brief over a store built by the store package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfuse.nlp import Models
from newsfuse.options import Options
from newsfuse.serve import ServeSettings, create_app

store_pkg = pytest.importorskip("newsfuse.store", reason="the store package is not in this build")
if not hasattr(store_pkg, "Store"):
    pytest.skip("the store package is not in this build", allow_module_level=True)
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "serve"


@pytest.fixture(scope="module")
def store_file(models: Models, tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("store") / "stories.duckdb"
    paths = [*sorted(example_dir.glob("0[1-3]*.txt")), FIXTURES / "coastline-herald.txt", FIXTURES / "valley-post.txt"]
    with store_pkg.Store(path) as store:
        store_pkg.ingest_paths(store, paths, Options(), models.embedder)
    return path


@pytest.fixture(scope="module")
def client(models: Models, store_file: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(store_path=str(store_file)), models=models)) as client:
        yield client


def test_lists_stories_and_briefs_one(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    assert stories and sum(s["size"] for s in stories) == 5
    assert set(stories[0]) == {"id", "title", "size", "first_published", "last_published"}
    biggest = stories[0]
    response = client.get(f"/api/stories/{biggest['id']}/brief", params={"source_text": "true", "words": 60})
    assert response.status_code == 200, response.text
    brief = response.json()
    assert brief["schema"] == "newsfuse.brief/1"
    assert len(brief["sources"]) == biggest["size"]
    assert all("text" in s for s in brief["sources"]) and brief["summary"]
    assert client.get("/api/stories", params={"limit": 1}).json()["stories"] == [biggest]


def test_unknown_story_is_404(client: TestClient) -> None:
    response = client.get("/api/stories/no-such-story/brief")
    assert response.status_code == 404
    assert "GET /api/stories" in response.json()["detail"]


def test_missing_store_is_503_with_what_to_do(models: Models, tmp_path: Path) -> None:
    app = create_app(ServeSettings(store_path=str(tmp_path / "absent.duckdb")), models=models, preload=False)
    response = TestClient(app).get("/api/stories")
    assert response.status_code == 503
    assert "newsfuse ingest" in response.json()["detail"]
