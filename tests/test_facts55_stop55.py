"""Stop 55 (h-multi55): the two check stories labelled before any brief of them ran are well-formed gold, in no other
facts set."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.facts53 import FOLDER
from bench.facts_gold import check, load, load_all

FOLDER55 = FOLDER.parent / "facts55"


def test_the_stop55_stories_are_multinews_rows_outside_the_other_facts_sets() -> None:
    stories = load_all("all", FOLDER55)
    assert sorted(s.origin["row"] for s in stories) == [28, 96]
    assert all(s.split == "report" and s.origin["kind"] == "multinews" for s in stories)
    others = load_all() + load_all("all", FOLDER) + load_all("all", FOLDER.parent / "facts54")
    assert not {s.origin.get("row") for s in others} & {28, 96}


@pytest.mark.shared
@pytest.mark.parametrize("path", sorted(FOLDER55.glob("*.json")), ids=lambda p: p.stem)
def test_stop55_story_rules_match_exactly_their_documents(shared_dir: Path, path: Path) -> None:
    assert check(load(path)) == []
