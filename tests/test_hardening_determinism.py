"""The same input gives byte-identical JSON across runs (different hash seeds) and across the
three doors: `brief` on files, `batch` on JSON lines, and `POST /api/brief`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfuse.ingest.paths import read_paths
from newsfuse.options import Options

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lake-tessel-summit"


def _run(args: list[str], seed: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "newsfuse", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=True,
        timeout=600,
    )


def _articles() -> list[dict[str, str | None]]:
    # the example as JSON articles: the text of each file, its own first line left in
    return [
        {"text": Path(d.path).read_text("utf-8"), "title": None, "url": None, "published": None}
        for d in read_paths([EXAMPLE], Options())[0]
    ]


@pytest.mark.slow  # three CLI runs in subprocesses, each loading the real models
def test_brief_is_byte_identical_across_runs_and_hash_seeds() -> None:
    first = _run(["brief", "examples/lake-tessel-summit", "--format", "json"], "1", ROOT).stdout
    second = _run(["brief", "examples/lake-tessel-summit", "--format", "json"], "2", ROOT).stdout
    assert first == second
    assert json.loads(first)["summary"]


def test_batch_and_serve_give_the_same_bytes_as_each_other_and_as_brief(tmp_path: Path, models) -> None:
    from newsfuse.serve.app import create_app

    articles = _articles()
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "tessel", "articles": articles}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    _run(["batch", str(lines), "-o", str(out)], "3", tmp_path)
    batch = json.loads(out.read_text("utf-8").splitlines()[0])
    assert batch["id"] == "tessel"

    app = create_app(models=models)
    with TestClient(app) as client:
        response = client.post("/api/brief", json={"articles": articles})
    assert response.status_code == 200, response.text
    served = response.json()
    assert json.dumps(served, sort_keys=True) == json.dumps(batch["brief"], sort_keys=True)

    # `brief` on the files differs only in each source's path (a file name instead of article-N)
    files = json.loads(_run(["brief", str(EXAMPLE), "--format", "json"], "4", ROOT).stdout)
    for source in (*files["sources"], *served["sources"]):
        source.pop("path")
    assert json.dumps(files, sort_keys=True) == json.dumps(served, sort_keys=True)
