"""Stop 53 (h-multi53): two tellings that stand alone, each the other's closest in the other's article, are one fact."""

from __future__ import annotations

import numpy as np

from newsfuse.align.units import _pair_alone

TEXTS = [
    "The service will issue permits for elephants hunted from 2016 to 2018.",  # A0
    "The hearing was moved to Thursday after a request by the defence.",  # A1
    "The policy applies to elephants killed between January 2016 and December 2018.",  # B2
    "Permits for the elephant trophies will be issued by the service.",  # B3
    "Lawyers for the defence asked to move the hearing to Thursday.",  # C4
]
OWNER = ["A", "A", "B", "B", "C"]


def _run(sim: np.ndarray, groups: list[list[int]]) -> tuple[dict[int, list[int]], np.ndarray]:
    n = len(OWNER)
    members = {g[0]: list(g) for g in groups}
    group = [0] * n
    for root, mem in members.items():
        for k in mem:
            group[k] = root
    sim = sim.copy()
    _pair_alone(sim, 0.9, 0.75, OWNER, [True] * n, TEXTS, group, members)
    return members, sim


def _sim(pairs: dict[tuple[int, int], float]) -> np.ndarray:
    sim = np.eye(len(OWNER))
    for (i, j), p in pairs.items():
        sim[i, j] = sim[j, i] = p
    return sim


def test_two_lone_tellings_that_are_each_others_closest_join_one_fact() -> None:
    sim = _sim({(0, 2): 0.86, (0, 3): 0.6, (1, 4): 0.8, (1, 3): 0.1})
    members, joined = _run(sim, [[k] for k in range(5)])
    assert sorted(members.values()) == [[0, 2], [1, 4], [3]]
    assert joined[0, 2] == joined[2, 0] == 0.9  # they back each other


def test_no_join_when_the_closest_is_another_sentence_or_a_telling_is_in_a_fact() -> None:
    # B3 is A0's closest in B, so A0 and B2 (0.8) are not each other's closest; A1 is already in a fact with C4
    sim = _sim({(0, 2): 0.8, (0, 3): 0.85, (1, 4): 0.95, (1, 2): 0.78, (3, 4): 0.7})
    members, joined = _run(sim, [[0], [1, 4], [2], [3]])
    assert sorted(members.values()) == [[0, 3], [1, 4], [2]]
    assert joined[0, 2] == 0.8 and joined[1, 2] == 0.78
    # under the floor: nothing joins
    members, _ = _run(_sim({(0, 2): 0.7}), [[k] for k in range(5)])
    assert all(len(m) == 1 for m in members.values())
