"""A unit's shown wording is the one that says what the event produced, when it ranks close to the
best (summarize/select.with_outcome_first)."""

from __future__ import annotations

import numpy as np

from newsfuse.summarize.select import OUTCOME_SHARE, outcome, with_outcome_first

MET = "The two presidents met on Tuesday in Tessel City, in a summit watched closely by their neighbours."
SIGNED = "The two presidents on Tuesday signed a treaty sharing the lake's water and pledged a joint fund."
QUOTED = "“We signed a treaty for our children,” the president said."


def test_outcome_verbs_not_nouns() -> None:
    assert outcome(SIGNED) and outcome("The council voted to close the quay.")
    assert outcome("The unions struck a last-minute deal with the port on Friday.")
    assert not outcome(MET)
    assert not outcome("The opposition leader criticised the deal as a giveaway.")


def test_the_wording_with_the_outcome_is_shown_when_close_to_the_best() -> None:
    texts = {0: MET, 1: SIGNED, 2: QUOTED}
    typical = np.ones(3)
    close = np.array([1.0, OUTCOME_SHARE + 0.01, 1.0])
    assert with_outcome_first([0, 1], texts, close, typical, {}) == [1, 0]
    far = np.array([1.0, OUTCOME_SHARE - 0.01, 1.0])
    assert with_outcome_first([0, 1], texts, far, typical, {}) == [0, 1]
    # someone's words are no lede, and a sentence that needs the one before it stays where it is
    assert with_outcome_first([0, 2], texts, np.ones(3), typical, {}) == [0, 2]
    assert with_outcome_first([0, 1], texts, close, typical, {1: SIGNED}) == [0, 1]


def test_a_best_wording_that_states_the_outcome_stays() -> None:
    texts = {0: SIGNED, 1: MET}
    assert with_outcome_first([0, 1], texts, np.ones(2), np.ones(2), {}) == [0, 1]
