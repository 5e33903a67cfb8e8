"""`newsfuse extract PATH... [-o FILE]`: one contract JSON line per article."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfuse.cli.app import app

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
KEYS = {"path", "title", "outlet", "published", "text", "removed"}


def _extract(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_extract_writes_one_contract_line_per_article(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    result = _extract(str(FIXTURES / "ferry-gazette.html"), str(FIXTURES / "island-feed.xml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 3  # one page, two feed items with text
    for row in rows:
        assert set(row) >= KEYS
        assert all(set(r) == {"text", "reason"} for r in row["removed"])
    page = rows[0]
    assert page["outlet"] == "The Coastline Gazette" and page["published"] == "2025-04-14"
    paragraphs = page["text"].split("\n\n")
    assert len(paragraphs) >= 5 and all(p.strip() and "\n" not in p for p in paragraphs)
    assert paragraphs[0].startswith("The ferry linking Marrow Bay")  # the repeated headline went to `removed`
    assert {"text": page["title"], "reason": "duplicate"} in page["removed"]


def test_extract_reports_removed_junk_and_skips_to_stderr(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    result = _extract(str(FIXTURES / "scraped-with-junk.txt"), str(empty))
    assert result.exit_code == 0
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"text": "Leave a Reply", "reason": "boilerplate"} in row["removed"]
    assert "Leave a Reply" not in row["text"]
    assert "skipped" in result.stderr and "empty.txt" in result.stderr


def test_extract_exits_2_when_nothing_is_usable(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("   \n", "utf-8")
    result = _extract(str(tmp_path))
    assert result.exit_code == 2
    assert result.stdout == ""
