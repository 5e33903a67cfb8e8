"""Stop 57 (h-multi57): a claim no other outlet's claim joined joins the fact whose members it agrees with best.

Average linkage kept a telling out of a fact's unit when one member scored it under the threshold ("The blow caused
the child to have seizures during the night" / "He suffered seizures throughout the night …" 0.90, 0.82 with the
unit's other member), so the outlet was listed single-source for it (docs/synthesis.md, "Stop 57 — h-multi57"). The
join asks a mean score over the unit's members and a margin over the runner-up fact. On main's ``src`` the function
does not exist (the import fails) and ``AlignOptions`` has no ``lone_unit_floor``."""

from __future__ import annotations

import numpy as np
import pytest

# claims 0 (A) and 1 (B) are one fact, 2 (C) and 3 (D) another; 4 (E) tells the first, 5 (E) is of E again
OWNER = ["A", "B", "C", "D", "E", "E"]
THRESHOLD = 0.9


def _sim(lone_to_first: tuple[float, float], lone_to_second: tuple[float, float]) -> np.ndarray:
    sim = np.full((6, 6), 0.1)
    np.fill_diagonal(sim, 1.0)
    sim[0, 1] = sim[1, 0] = 0.95
    sim[2, 3] = sim[3, 2] = 0.93
    sim[4, [0, 1]] = sim[[0, 1], 4] = lone_to_first
    sim[4, [2, 3]] = sim[[2, 3], 4] = lone_to_second
    return sim


def _join(sim: np.ndarray, floor: float = 0.8, margin: float = 0.2) -> tuple[list[int], dict[int, list[int]]]:
    from newsfuse.align.units import _join_lone_to_unit

    group = [0, 0, 2, 2, 4, 5]
    members = {0: [0, 1], 2: [2, 3], 4: [4], 5: [5]}
    _join_lone_to_unit(sim, THRESHOLD, floor, margin, OWNER, dict.fromkeys(range(6), True), group, members)
    return group, members


def test_a_lone_claim_joins_the_fact_it_agrees_with_best_and_backs_its_members() -> None:
    sim = _sim((0.93, 0.82), (0.3, 0.2))  # mean 0.875 with the first fact, 0.25 with the second
    group, members = _join(sim)
    assert members[0] == [0, 1, 4] and group[4] == 0 and 4 not in members
    assert sim[4, 1] == sim[1, 4] == THRESHOLD  # raised: the members back it (UnitMap.backers_of)
    assert sim[4, 0] == 0.93  # never lowered


@pytest.mark.parametrize(
    ("to_first", "to_second", "why"),
    [
        ((0.85, 0.7), (0.2, 0.2), "mean 0.775 under the floor"),
        ((0.93, 0.82), (0.8, 0.75), "the runner-up fact within the margin: which fact it tells is not clear"),
    ],
)
def test_a_lone_claim_stays_alone(to_first: tuple[float, float], to_second: tuple[float, float], why: str) -> None:
    _group, members = _join(_sim(to_first, to_second))
    assert members[4] == [4] and members[0] == [0, 1] and members[2] == [2, 3], why


def test_one_claim_per_article_in_a_fact() -> None:
    sim = _sim((0.95, 0.9), (0.1, 0.1))
    sim[5, [0, 1]] = sim[[0, 1], 5] = (0.88, 0.86)  # E's other claim tells the first fact too, less surely
    _group, members = _join(sim)
    assert members[0] == [0, 1, 4] and members[5] == [5]


def test_the_option_bounds() -> None:
    from newsfuse.errors import OptionsError
    from newsfuse.options import AlignOptions

    assert AlignOptions().lone_unit_floor == 0.8
    assert AlignOptions(lone_unit_floor=None).lone_unit_floor is None
    with pytest.raises(OptionsError):
        AlignOptions(lone_unit_floor=1.5)
