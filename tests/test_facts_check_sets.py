"""The check stories labelled before any brief of them ran (stops 54-56, h-multi54/55/56, ``python -m bench.facts53
--set NAME``): each set's Multi-News rows are in no earlier facts set nor the gold set, and its rules are well-formed
gold. One module for the three sets, which had three copies of the same tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.facts53 import FOLDER, main
from bench.facts_gold import check, load, load_all

# set name -> its Multi-News validation rows, in the order the sets were labelled
SETS = {"facts54": [111, 116], "facts55": [28, 96], "facts56": [78, 94]}


@pytest.mark.parametrize("name", list(SETS))
def test_a_check_set_holds_multinews_rows_outside_the_gold_and_every_earlier_set(name: str) -> None:
    rows = SETS[name]
    stories = load_all("all", FOLDER.parent / name)
    assert sorted(s.origin["row"] for s in stories) == rows
    assert all(s.split == "report" and s.origin["kind"] == "multinews" for s in stories)
    earlier = ["facts53", *list(SETS)[: list(SETS).index(name)]]
    others = load_all() + [s for other in earlier for s in load_all("all", FOLDER.parent / other)]
    assert not {s.origin.get("row") for s in others} & set(rows)


def test_the_scorer_takes_the_set_by_name() -> None:
    with pytest.raises(SystemExit):
        main(["--set", "facts99"])


@pytest.mark.shared
@pytest.mark.parametrize(
    "path", [p for name in SETS for p in sorted((FOLDER.parent / name).glob("*.json"))], ids=lambda p: p.stem
)
def test_a_check_story_rules_match_exactly_their_documents(shared_dir: Path, path: Path) -> None:
    assert check(load(path)) == []
