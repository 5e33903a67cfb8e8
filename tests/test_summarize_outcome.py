"""A unit's shown wording is the one that says what the event produced, when it ranks close to the
best (summarize/select.with_outcome_first); a shorter wording in the writer's voice stands in for a
long quotation (``with_reported_first``)."""

from __future__ import annotations

import numpy as np

from newsfuse.nlp.quoted import mostly_quoted, quoted_words
from newsfuse.summarize.select import (
    OUTCOME_SHARE,
    REPORTED_SHARE,
    outcome,
    with_done_first,
    with_outcome_first,
    with_reported_first,
)
from newsfuse.summarize.status import preview, told_as_done

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


HOST = "The governor will host a banquet for the visiting delegation in the evening."
HOSTED = "After a banquet with the governor on Friday night, the delegation flew home to Tessel City."
ARRAIGN = "The two brothers are scheduled to be arraigned at the county court on Monday."


def test_a_preview_is_an_act_still_to_come_in_the_writers_voice() -> None:
    assert preview(HOST) and preview(ARRAIGN)
    assert preview("The council is expected to approve the budget next week.")
    assert not preview(HOSTED)
    # a plan, a negation or a future without a time the writer names is no preview of a scheduled act
    assert not preview("The union plans to strike on Friday.")
    assert not preview("The designation will not change on Monday, the agency said.")
    assert not preview("The money will help pay for the funeral.")
    assert not preview("The mayor announced on Monday that the bridge will close for three months.")  # the saying
    # someone's words about the future are a quotation, not the writer's preview
    assert not preview("“We will host them again,” the governor said.")
    assert told_as_done(HOSTED) and not told_as_done(HOST)
    assert not told_as_done("The minister said the fund would open in May.")
    assert not told_as_done("--the cost of a second banquet, paid by the city.")  # a fragment
    assert not told_as_done("The committee has scheduled a vote on the banquet for Thursday.")
    assert not told_as_done("The bridge is to close for three months, the mayor announced on Monday.")


def test_the_wording_that_tells_the_act_as_done_is_shown_instead_of_a_preview() -> None:
    texts = {0: HOST, 1: HOSTED, 2: "“It was a fine banquet,” the governor said."}
    values = np.array([1.0, 0.4, 0.9])
    assert with_done_first([0, 2, 1], texts, values, set()) == [1, 0, 2]
    # not a sentence that needs the one before it, nor one that shares no word of the act
    assert with_done_first([0, 1], texts, values, {1}) == [0, 1]
    other = {0: HOST, 1: "The delegation flew home to Tessel City on Friday."}
    assert with_done_first([0, 1], other, values, set()) == [0, 1]
    # a wording that is no preview stays first
    assert with_done_first([1, 0], texts, values, set()) == [1, 0]


LONG_QUOTE = (
    "“The ferry company failed to inspect the hull for three years and ignored every warning our divers gave it,”"
    " the harbour master of Tessel said on Friday."
)
REPORTED = "The ferry company had not inspected the hull for three years, the harbour master said."
REPORTED_LONG = (
    "The harbour master of Tessel said on Friday that the ferry company had failed to inspect the hull of the"
    " ferry for three years."
)


def test_quoted_words_count_the_words_inside_quotation_marks() -> None:
    assert quoted_words(LONG_QUOTE) == 19 and mostly_quoted(LONG_QUOTE)
    assert quoted_words(REPORTED) == 0 and not mostly_quoted(REPORTED)
    assert not mostly_quoted("The mayor called the plan “a disgrace” and left the meeting early on Monday.")


def test_a_shorter_wording_in_the_writers_voice_stands_in_for_a_long_quotation() -> None:
    texts = {0: LONG_QUOTE, 1: REPORTED, 2: REPORTED_LONG}
    typical = np.ones(3)
    close = np.array([1.0, REPORTED_SHARE + 0.01, 1.0])
    assert with_reported_first([0, 1], texts, close, typical, set()) == [1, 0]
    # too far below the quotation, not short enough, or needing the sentence before it: the quotation stays
    far = np.array([1.0, REPORTED_SHARE - 0.01, 1.0])
    assert with_reported_first([0, 1], texts, far, typical, set()) == [0, 1]
    assert with_reported_first([0, 2], texts, np.ones(3), typical, set()) == [0, 2]
    assert with_reported_first([0, 1], texts, close, typical, {1}) == [0, 1]
    # a best wording in the writer's voice stays first
    assert with_reported_first([1, 0], texts, np.ones(3), typical, set()) == [1, 0]
