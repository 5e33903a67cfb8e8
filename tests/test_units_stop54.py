"""Stop 54 (h-multi54): two lone tellings, each the other's closest, are one fact when they share two words the rest of
the story rarely uses; the story's names shared, or two quotations, are not enough."""

from __future__ import annotations

import numpy as np

from newsfuse.align.units import _pair_alone

TOLD = [
    "Doctors found a blood clot in her lung on Friday.",  # A0
    "She now battles blood clots in both lungs, her husband said.",  # B1
    "Activists stepped up their calls when Senate Majority Leader Mitch McConnell spoke.",  # A2
    "Democrats voted for an assurance from Senate Majority Leader Mitch McConnell.",  # B3
    "“The harbour ferry will sail again next spring,” the mayor said.",  # A4
    "“The harbour ferry is our only lifeline,” a fisherman said.",  # B5
]
# the rest of the story: every sentence names the leader, none tells the pair's details
FILLER = [f"Senate Majority Leader Mitch McConnell spoke about the budget in session {k}." for k in range(34)]
OWNER = ["A", "B"] * 3 + ["A", "B"] * 17


def _run(texts: list[str], pairs: dict[tuple[int, int], float]) -> tuple[list[list[int]], np.ndarray]:
    n = len(texts)
    sim = np.eye(n)
    for (i, j), p in pairs.items():
        sim[i, j] = sim[j, i] = p
    members = {k: [k] for k in range(n)}
    _pair_alone(sim, 0.9, 0.75, OWNER, [True] * n, texts, list(range(n)), members)
    return sorted(m for m in members.values() if len(m) > 1), sim


def test_two_lone_tellings_sharing_two_rare_words_join_and_back_each_other() -> None:
    joined, sim = _run(TOLD + FILLER, {(0, 1): 0.8})
    assert joined == [[0, 1]]
    assert sim[0, 1] == sim[1, 0] == 0.9
    # under the floor: no join
    assert _run(TOLD + FILLER, {(0, 1): 0.7})[0] == []


def test_the_storys_names_shared_do_not_join_two_lone_tellings() -> None:
    # five shared stems, all of the name every other sentence gives: stop 53's rule (three shared stems) joined these
    joined, sim = _run(TOLD + FILLER, {(2, 3): 0.85})
    assert joined == []
    assert sim[2, 3] == 0.85


def test_two_quotations_do_not_join_though_they_share_rare_words() -> None:
    assert _run(TOLD + FILLER, {(4, 5): 0.8})[0] == []
    unquoted = TOLD[:4] + [t.replace("“", "").replace("”", "") for t in TOLD[4:]]
    assert _run(unquoted + FILLER, {(4, 5): 0.8})[0] == [[4, 5]]


def test_a_telling_twice_the_others_length_keeps_its_own_detail() -> None:
    longer = (
        "Last month, in the case over the clinic, Judge Emmet Sullivan ruled that doctors who found a blood clot in "
        "her lung must testify."
    )
    texts = [longer, *TOLD[1:], *FILLER]
    assert _run(texts, {(0, 1): 0.8})[0] == []
    assert _run(TOLD + FILLER, {(0, 1): 0.8})[0] == [[0, 1]]


def test_two_rare_names_alone_do_not_join_two_lone_tellings() -> None:
    named = [
        "Governor Ada Lovelace Smith opened the new session on Monday.",
        "Critics said Ada Lovelace Smith ignored the council all year.",
    ]
    texts = named + TOLD[2:] + FILLER
    assert _run(texts, {(0, 1): 0.8})[0] == []
