"""The Ray engine on a local Ray (2 CPUs): the same store as the local engine, and per-story briefs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_store_ingest import ARTICLES

ray = pytest.importorskip("ray")

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def local_ray():
    from newsfuse.scale.ray_pipeline import start_ray

    started = not ray.is_initialized()
    start_ray(num_cpus=2)
    yield
    if started:
        ray.shutdown()


def test_ray_engine_stores_what_the_local_engine_stores(tmp_path: Path, local_ray, models) -> None:
    from newsfuse.options import Options
    from newsfuse.scale.ray_pipeline import briefs_with_ray, ingest_with_ray
    from newsfuse.store import Store, ingest_paths
    from newsfuse.store.briefs import story_documents

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with Store(tmp_path / "ray.duckdb") as store:
        report = ingest_with_ray(store, [folder], Options(), models)
        again = ingest_with_ray(store, [folder], Options(), models)
        by_ray = {(s.size, s.title) for s in store.stories()}
    with Store(tmp_path / "local.duckdb") as store:
        ingest_paths(store, [folder], Options(), models.embedder)
        local = {(s.size, s.title) for s in store.stories()}
    assert (report.added, report.copies, again.added) == (5, 1, 0)
    assert [s.path.endswith("empty.txt") for s in report.skipped] == [True]
    assert by_ray == local

    stories = {s: story_documents(tmp_path / "ray.duckdb", s) for s in ("story-1", "story-2")}
    briefs = briefs_with_ray(stories, Options())
    assert set(briefs) == {"story-1", "story-2"}
    for text in briefs.values():
        assert text is not None and json.loads(text)["summary"]
