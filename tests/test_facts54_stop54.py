"""Stop 54 (h-multi54): the two check stories labelled before any brief of them ran are well-formed gold, in no other
labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.facts53 import FOLDER, main
from bench.facts_gold import check, load, load_all

FOLDER54 = FOLDER.parent / "facts54"


def test_the_stop54_stories_are_multinews_rows_outside_the_other_sets() -> None:
    stories = load_all("all", FOLDER54)
    assert sorted(s.origin["row"] for s in stories) == [111, 116]
    assert all(s.split == "report" and s.origin["kind"] == "multinews" for s in stories)
    other = {s.origin.get("row") for s in load_all() + load_all("all", FOLDER)}
    assert not other & {111, 116}


def test_the_scorer_takes_the_set_by_name() -> None:
    with pytest.raises(SystemExit):
        main(["--set", "facts99"])


@pytest.mark.shared
@pytest.mark.parametrize("path", sorted(FOLDER54.glob("*.json")), ids=lambda p: p.stem)
def test_stop54_story_rules_match_exactly_their_documents(shared_dir: Path, path: Path) -> None:
    assert check(load(path)) == []
