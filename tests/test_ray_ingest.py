"""The Ray engine on a local Ray (2 CPUs): the same store as the local engine, and per-story briefs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
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


def _stored(store: Any) -> tuple[list[tuple[Any, ...]], np.ndarray]:
    """Every stored article as the store holds it in arrival order, and the stored vectors."""
    rows = store._db.execute(
        "SELECT id, seq, path, title, published, story, copy_of, embedding FROM articles ORDER BY seq"
    ).fetchall()
    return [r[:-1] for r in rows], np.array([r[-1] for r in rows], dtype=np.float32)


def _same(ray_store: tuple[list[tuple[Any, ...]], np.ndarray], local: tuple[list[tuple[Any, ...]], np.ndarray]) -> None:
    """Same rows; the same vectors up to float rounding. An encoder call on other texts rounds
    differently (~1e-7): the process-wide embedding cache can hand the local engine a vector computed
    in an earlier, different batch. Within one ingest a chunk is embedded in one call either way."""
    assert ray_store[0] == local[0]
    assert ray_store[1].shape == local[1].shape
    assert np.abs(ray_store[1] - local[1]).max() < 1e-5


def _counts(report: Any) -> tuple[Any, ...]:
    skipped = sorted((s.path, s.reason) for s in report.skipped)
    return (
        report.read,
        report.added,
        report.already_stored,
        report.repeated_in_input,
        report.copies,
        report.new_stories,
        report.stories_touched,
        skipped,
    )


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
        by_ray = _stored(store)
    with Store(tmp_path / "local.duckdb") as store:
        local_report = ingest_paths(store, [folder], Options(), models.embedder)
        local = _stored(store)
    assert (report.added, report.copies, again.added, again.already_stored) == (5, 1, 0, 5)
    assert [s.path.endswith("empty.txt") for s in report.skipped] == [True]
    assert _counts(report) == _counts(local_report)
    _same(by_ray, local)  # same ids, order, stories and copies, and the same vectors

    stories = {s: story_documents(tmp_path / "ray.duckdb", s) for s in ("story-1", "story-2")}
    briefs = briefs_with_ray(stories, Options())
    assert set(briefs) == {"story-1", "story-2"}
    for text in briefs.values():
        assert text is not None and json.loads(text)["summary"]


def _lines(*rows: tuple[str, str | None, str]) -> str:
    return "".join(json.dumps({"text": t, "title": ti, "published": d}) + "\n" for t, ti, d in rows)


def test_ray_engine_streams_chunks_in_date_order_like_the_local_engine(tmp_path: Path, local_ray, models) -> None:
    """A stream the driver must reorder: several JSONL files out of date order, ties within and across
    files, untitled articles, repeats inside the input, an article already stored, unreadable lines
    and files, and chunks of 3 (so the driver writes chunk k while the actors prepare later ones)."""
    from newsfuse.options import Options
    from newsfuse.scale.ray_pipeline import ingest_with_ray
    from newsfuse.store import Store, ingest_paths

    body = {name: text.split("\n", 1)[1] for name, text in ARTICLES.items()}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        _lines(
            (body["bridge-1.txt"], "Harbour Bridge Closed", "2024-03-02"),
            (body["pandas-1.txt"], None, "2024-03-01"),
            (body["bridge-copy.txt"], None, "2024-03-02"),
            (body["bridge-1.txt"], None, "2024-03-03"),  # a repeat, a day later
        )
        + "not json\n",
        encoding="utf-8",
    )
    (folder / "b.jsonl").write_text(
        _lines(
            (body["bridge-2.txt"], None, "2024-03-02"),
            (body["pandas-2.txt"], "Panda Cubs Healthy", "2024-03-01"),
            (body["pandas-1.txt"], None, "2024-03-01"),  # a repeat, same day
        ),
        encoding="utf-8",
    )
    (folder / "c.txt").write_text(ARTICLES["pandas-2.txt"].replace("Friday", "Saturday"), encoding="utf-8")
    (folder / "d.bin").write_bytes(b"\x00\x01")
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(ARTICLES["bridge-2.txt"], encoding="utf-8")

    stores, reports = [], []
    for engine in ("ray", "local"):
        with Store(tmp_path / f"{engine}.duckdb") as store:
            if engine == "ray":
                first = ingest_with_ray(store, [earlier], Options(), models, chunk=2)
                report = ingest_with_ray(store, [folder], Options(), models, chunk=3)
            else:
                first = ingest_paths(store, [earlier], Options(), models.embedder, chunk=2)
                report = ingest_paths(store, [folder], Options(), models.embedder, chunk=3)
            stores.append(_stored(store))
            reports.append((_counts(first), _counts(report)))
    assert reports[0] == reports[1]
    _same(stores[0], stores[1])
    _, counts = reports[0]
    # read, added, already stored (an earlier chunk too), repeated within a chunk
    assert counts[:4] == (8, 5, 2, 1)
    assert {path.rsplit("/", 1)[-1] for path, _ in counts[7]} >= {"d.bin"}
