"""Stop 59 (h-multi59): a multi-source miss whose two tellings sit in two units is classed by the rule that kept them
apart (``bench/facts_misses.py``, ``refusal``): the threshold's guards (word floor, ``related``, one sentence per
article, average linkage), a unit already holding one of them, or the lone-pair rule's first failing condition.
Invented sentences; on main's ``src`` at e3bcde1 the import fails."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from bench.facts_misses import refusal

THRESHOLD = 0.9
FLOOR = 0.75


def _units(groups: list[list[int]], sim: np.ndarray) -> SimpleNamespace:
    unit_of = [0] * len(sim)
    for u, members in enumerate(groups):
        for k in members:
            unit_of[k] = u
    return SimpleNamespace(
        units=[SimpleNamespace(members=m) for m in groups], unit_of=unit_of, similarity=sim, threshold=THRESHOLD
    )


def _sim(n: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    sim = np.eye(n)
    for (a, b), p in pairs.items():
        sim[a, b] = sim[b, a] = p
    return sim


FILLERS = [f"Filler line {k} about nothing in particular." for k in range(40)]


def test_above_the_threshold_one_sentence_per_article_is_named() -> None:
    texts = [
        "The mayor resigned on Tuesday after the audit was published.",
        "The mayor resigned Tuesday, days after the audit came out.",
        "The audit found missing funds in the city budget.",
    ]
    owner = ["S1", "S2", "S1"]
    sim = _sim(3, {(0, 1): 0.95, (1, 2): 0.97})
    units = _units([[0], [1, 2]], sim)
    assert refusal(texts, owner, units, sim, 0, 1, FLOOR) == "one sentence per article"


def test_above_the_threshold_a_pair_sharing_no_word_is_refused_by_related() -> None:
    texts = ["The council approved the budget.", "Lawmakers backed spending plans."]
    sim = _sim(2, {(0, 1): 0.95})
    cosine = _sim(2, {(0, 1): 0.4})
    assert refusal(texts, ["S1", "S2"], _units([[0], [1]], sim), cosine, 0, 1, FLOOR) == "related"


def test_under_the_threshold_a_member_of_a_unit_and_a_lone_pair_under_the_floor() -> None:
    texts = [
        "The mayor resigned on Tuesday after the audit was published.",
        "The mayor quit on Tuesday, days after the audit.",
        "The mayor quit as the audit showed losses, officials said.",
    ]
    owner = ["S1", "S2", "S3"]
    sim = _sim(3, {(0, 1): 0.8, (1, 2): 0.95, (0, 2): 0.6})
    assert refusal(texts, owner, _units([[0], [1, 2]], sim), sim, 0, 1, FLOOR) == "one already in a unit"
    assert refusal(texts, owner, _units([[0], [1], [2]], sim), sim, 0, 2, FLOOR) == "lone, under the lone-pair floor"


def test_the_lone_pair_rules_first_failing_condition_is_named() -> None:
    a = "The mayor resigned on Tuesday after a damning audit of the harbour fund."
    b = "After the harbour fund audit the mayor resigned on Tuesday."
    other_b = "The harbour fund audit was damning, the mayor resigned, officials said."
    long_b = b + " " + " ".join(f"word{k}" for k in range(30))
    # not each other's closest: another sentence of the second article is closer to the first
    texts, owner = [a, b, other_b], ["S1", "S2", "S2"]
    sim = _sim(3, {(0, 1): 0.8, (0, 2): 0.85})
    assert refusal(texts, owner, _units([[0], [1], [2]], sim), sim, 0, 1, FLOOR) == "lone, not each other's closest"
    # lengths: one telling more than twice the other's words
    texts = [a, long_b]
    sim = _sim(2, {(0, 1): 0.8})
    assert refusal(texts, ["S1", "S2"], _units([[0], [1]], sim), sim, 0, 1, FLOOR) == "lone, lengths"
    # rare stems: in a story of two sentences no stem is rare (at most 5 % of its sentences)
    texts = [a, b]
    assert refusal(texts, ["S1", "S2"], _units([[0], [1]], sim), sim, 0, 1, FLOOR) == "lone, rare stems"
    # in a story of 42 sentences the shared words are rare, one of them written in lower case: the guard passes
    texts = [a, b, *FILLERS]
    owner = ["S1", "S2"] + ["S3"] * len(FILLERS)
    sim = _sim(len(texts), {(0, 1): 0.8})
    units = _units([[k] for k in range(len(texts))], sim)
    assert refusal(texts, owner, units, sim, 0, 1, FLOOR) == "lone, passes the guard"
