"""The hand-labelled citation pairs above the unit threshold (bench/gold/above_pairs.jsonl, stop 48): their shape,
no article text, and that a story's pairs are found in the real documents through the product path."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from bench.above_pairs import LABELS_FILE, load, report


def test_labels_shape_and_splits() -> None:
    pairs = load()
    assert len(pairs) >= 400
    assert Counter(p.label for p in pairs).keys() == {"same", "part", "different"}
    by_story: dict[str, set[str]] = {}
    for p in pairs:
        by_story.setdefault(p.story, set()).add(p.split)
    assert all(len(splits) == 1 for splits in by_story.values()), "a story's pairs are all tune or all test"
    stories = Counter(p.split for p in {(p.story, p.split): p for p in pairs}.values())
    assert 3 * stories["test"] >= len(by_story) - 1, "about a third of the stories is kept untouched"
    assert all(p.origin["kind"] in ("multinews", "basil") for p in pairs), "nothing from ../shared/corpora"


def test_no_article_text() -> None:
    for line in LABELS_FILE.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert set(raw) == {"story", "origin", "split", "a", "b", "p", "route", "label"}
        assert set(raw["a"]) == set(raw["b"]) == {"source", "sha1"}
        assert len(raw["a"]["sha1"]) == len(raw["b"]["sha1"]) == 16


def test_load_refuses_an_unknown_label(tmp_path: Path) -> None:
    line = json.loads(LABELS_FILE.read_text(encoding="utf-8").splitlines()[0])
    line["label"] = "maybe"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="label"):
        load(bad)


@pytest.mark.shared
@pytest.mark.slow
def test_a_storys_pairs_are_found(shared_dir: Path) -> None:
    """A gold BASIL story's pairs are found by source and sentence hash in the briefed story (a change to the splitter
    or the cleaner that loses them fails here), and most of its `same` pairs are still cited."""
    pairs = [p for p in load() if p.story == "basil-2014-33521e65"]
    lines, missing = report(pairs)
    assert missing == []
    same = next(line for line in lines if line.startswith("same "))
    kept, dropped = (int(x) for x in same.split()[1:])
    assert kept >= 12 and kept >= 4 * dropped
