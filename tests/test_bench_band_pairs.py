"""The hand-labelled band pairs (bench/gold/band_pairs.jsonl, stop 46): their shape, that they come from stories
the gold set does not hold, and that every pair is found in the real documents through the product path."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from bench.band_pairs import LABELS_FILE, average_precision, load, resolve, roc_auc
from bench.facts_gold import load_all


def test_labels_shape_and_splits() -> None:
    pairs = load()
    assert len(pairs) >= 250
    assert Counter(p.label for p in pairs).keys() == {"same", "part", "different"}
    by_story: dict[str, set[str]] = {}
    for p in pairs:
        by_story.setdefault(p.story, set()).add(p.split)
    assert all(len(splits) == 1 for splits in by_story.values()), "a story's pairs are all tune or all test"
    test = sum(p.split == "test" for p in pairs)
    assert 3 * test >= len(pairs), "at least a third is kept untouched"


def test_no_gold_story_and_no_article_text() -> None:
    gold_rows = {g.origin["row"] for g in load_all() if g.origin["kind"] == "multinews"}
    gold_basil = {g.origin["triplet"] for g in load_all() if g.origin["kind"] == "basil"}
    for p in load():
        assert p.origin.get("row") not in gold_rows and p.origin.get("triplet") not in gold_basil
    for line in LABELS_FILE.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert set(raw) == {"story", "origin", "split", "a", "b", "p", "label"}
        assert set(raw["a"]) == set(raw["b"]) == {"source", "sha1"}


def test_load_refuses_a_pair_outside_the_band(tmp_path: Path) -> None:
    line = json.loads(LABELS_FILE.read_text(encoding="utf-8").splitlines()[0])
    line["p"] = 0.95
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="band"):
        load(bad)


def test_ranking_scores() -> None:
    assert roc_auc([0.9, 0.8, 0.1], [True, False, False]) == 1.0
    assert roc_auc([0.5, 0.5], [True, False]) == 0.5
    assert average_precision([0.9, 0.8, 0.7], [False, True, True]) == pytest.approx((1 / 2 + 2 / 3) / 2)


@pytest.mark.shared
def test_every_basil_pair_is_found(shared_dir: Path) -> None:
    """The BASIL story's 20 pairs are found by source and sentence hash in the analysed story, still two outlets'
    sentences the product scores (a change to the splitter or the cleaner that loses them fails here)."""
    pairs = [p for p in load() if p.story.startswith("basil-")]
    rows, missing = resolve(pairs)
    assert missing == []
    assert len(rows) == len(pairs) == 20
    assert sum(r.p > 0 for r in rows) >= 18
