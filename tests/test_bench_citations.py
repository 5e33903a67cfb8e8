"""The hand-labelled citations of the summary and the top facts (bench/gold/citations.jsonl, stop 50): their shape,
no article text, and the label check of the loader."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from bench.citations import LABELS_FILE, load


def test_labels_shape_and_splits() -> None:
    citations = load()
    assert len(citations) >= 140
    assert Counter(c.label for c in citations).keys() == {"right", "partial", "wrong"}
    by_story: dict[str, set[str]] = {}
    for c in citations:
        by_story.setdefault(c.story, set()).add(c.split)
    assert all(len(splits) == 1 for splits in by_story.values()), "a story's citations are all tune or all test"
    assert Counter(next(iter(s)) for s in by_story.values()) == {"tune": 10, "test": 5}
    assert all(c.origin["kind"] == "basil" for c in citations)


def test_no_article_text() -> None:
    for line in LABELS_FILE.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert set(raw) == {"story", "origin", "split", "shown", "a", "b", "label"}
        assert set(raw["a"]) == set(raw["b"]) == {"source", "sha1"}
        assert len(raw["a"]["sha1"]) == len(raw["b"]["sha1"]) == 16


def test_load_refuses_a_citation_of_the_shown_outlet_itself(tmp_path: Path) -> None:
    line = json.loads(LABELS_FILE.read_text(encoding="utf-8").splitlines()[0])
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**line, "b": {**line["b"], "source": line["a"]["source"]}}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="another outlet"):
        load(bad)
