"""Stop 56 (h-multi56): the two check stories labelled before any brief of them ran are well-formed gold, in no other
facts set."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.facts53 import FOLDER
from bench.facts_gold import check, load, load_all

FOLDER56 = FOLDER.parent / "facts56"


def test_the_stop56_stories_are_multinews_rows_outside_the_other_facts_sets() -> None:
    stories = load_all("all", FOLDER56)
    assert sorted(s.origin["row"] for s in stories) == [78, 94]
    assert all(s.split == "report" and s.origin["kind"] == "multinews" for s in stories)
    sets = ("facts53", "facts54", "facts55")
    others = load_all() + [s for name in sets for s in load_all("all", FOLDER.parent / name)]
    assert not {s.origin.get("row") for s in others} & {78, 94}


@pytest.mark.shared
@pytest.mark.parametrize("path", sorted(FOLDER56.glob("*.json")), ids=lambda p: p.stem)
def test_stop56_story_rules_match_exactly_their_documents(shared_dir: Path, path: Path) -> None:
    assert check(load(path)) == []
