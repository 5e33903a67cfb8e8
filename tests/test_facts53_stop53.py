"""Stop 53 (h-multi53): the three check stories labelled before any brief of them ran are well-formed gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.facts53 import FOLDER
from bench.facts_gold import check, load, load_all


def test_the_check_stories_are_held_out_multinews_rows_outside_the_gold_set() -> None:
    stories = load_all("all", FOLDER)
    assert sorted(s.origin["row"] for s in stories) == [65, 114, 120]
    assert all(s.split == "report" and s.origin["kind"] == "multinews" for s in stories)
    gold_rows = {s.origin.get("row") for s in load_all()}
    assert not gold_rows & {65, 114, 120}


@pytest.mark.shared
@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.json")), ids=lambda p: p.stem)
def test_check_story_rules_match_exactly_their_documents(shared_dir: Path, path: Path) -> None:
    assert check(load(path)) == []
