"""Stop 45 (issue 14, the summary an editor would sign): a bare quantifier as the subject ("Some blocked
checkpoints ...", "Both were wounded.") counts out of a group a sentence before named, so the sentence cannot
stand alone (summarize/standalone.py ``quantifier_subject``); nor can a reference after a leading "To ..." phrase
("To our knowledge, such an analysis ..."). Invented text."""

from __future__ import annotations

import pytest

from newsfuse.summarize.select import shown_text
from newsfuse.summarize.standalone import needs_context, quantifier_subject


@pytest.mark.parametrize(
    "text",
    [
        # the editor's line (stop 44 re-read), in invented words: who "some" are was told before
        "Some blocked the harbour gates and forced their closure early on Friday, while others marched.",
        "Both were wounded in the blast at the Keld quay.",
        "Half were then taken to the hospital in Tessel City.",
        "Some even called the vote a betrayal of the dock workers.",
        "All three have denied the charges brought by the port authority.",
        "Each was born in Keld and trained at the harbour school.",
        "On Friday, several marched to the town hall with their banners.",
        "Some were looking for work on the quay, and others went home.",
        "Several have told the Keld Courier that the board ignored them.",
    ],
)
def test_a_bare_quantifier_subject_needs_the_group_named_before(text: str) -> None:
    assert quantifier_subject(text)
    assert needs_context(text)
    assert shown_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Some protesters blocked the harbour gates on Friday.",  # the group is named
        "Some dock workers said the strike would go on until Monday.",
        "Some injured workers were taken to the hospital in Tessel City.",  # a participle before its noun
        "Many dedicated volunteers join the harbour clean-up every spring.",
        "Many are asking whether the port of Keld can survive another strike.",  # the writer's "many people"
        "Some say the new quay will never pay for itself.",  # a generic hedge in the present
        "Many believe the port of Keld will close within a decade.",
        "Most likely the board will vote again in June.",  # an adverb
        "Some need help with their rent after the nine-day strike.",  # "need" is no past tense
        "All rights to the harbour land were sold to the city in 1998.",
        "“Some were afraid,” said Ilse Varga, the union's leader.",  # a quotation's own words
    ],
)
def test_a_quantifier_with_its_group_or_a_generic_hedge_stands_alone(text: str) -> None:
    assert not quantifier_subject(text)
    assert shown_text(text) == text


def test_a_reference_after_a_leading_to_phrase_needs_context() -> None:
    # "To our knowledge, such an analysis ..." followed a sentence about another study in Multi-News row 118
    # (editor re-read, stop 44): "such" points at the study the sentence before named
    assert needs_context("To our knowledge, such a survey of the Keld quay has not been published before.")
    assert needs_context("To find out, she and her colleagues measured the harbour floor.")
    assert not needs_context("To date, the Keld board has paid 3 million euros to the dock workers.")
