"""`newsfuse batch`: one brief per line in input order; a bad line gives an error record and the
batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

STORY = Path(__file__).parent / "fixtures" / "story"
pytestmark = pytest.mark.slow  # the batch command loads the real models


def articles(*names: str) -> list[dict]:
    empty = {"title": None, "url": None, "published": None}
    return [{"text": (STORY / n).read_text(encoding="utf-8"), **empty} for n in names]


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory):
    from newsfuse.cli.app import app

    folder = tmp_path_factory.mktemp("batch")
    source, output = folder / "in.jsonl", folder / "out.jsonl"
    lines = [
        json.dumps({"id": "ferry", "articles": articles("a1_northshore_herald.txt", "a2_valley_courier.txt")}),
        "{not json",
        json.dumps({"id": "empty", "articles": []}),
        "",
        json.dumps({"id": 7, "articles": articles("a4_harbour_times.txt")}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(source), "--words", "60", "-o", str(output)])
    return result, [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_line_in_input_order(batch_run):
    result, records = batch_run
    assert result.exit_code == 0, result.output
    assert [r.get("id") for r in records] == ["ferry", None, "empty", "7"]


def test_good_lines_have_briefs_within_the_budget(batch_run):
    _, records = batch_run
    ferry = records[0]["brief"]
    assert ferry["schema"] == "newsfuse.brief/1"
    assert len(ferry["sources"]) == 2
    assert sum(len(s["text"].split()) for s in ferry["summary"]) <= 60
    assert any(c["topic"] == "number of people killed" for c in ferry["conflicts"])
    assert records[3]["brief"]["summary"]


def test_bad_lines_are_error_records_and_named_on_stderr(batch_run):
    result, records = batch_run
    assert "not valid JSON" in records[1]["error"] and records[1]["line"] == 2
    assert "non-empty list" in records[2]["error"]
    assert "line 2" in result.stderr and "line 3" in result.stderr


def test_nothing_usable_exits_2(tmp_path):
    from newsfuse.cli.app import app

    source = tmp_path / "bad.jsonl"
    source.write_text("[1, 2]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(source)])
    assert result.exit_code == 2
