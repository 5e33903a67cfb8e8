"""Stop 32 (issue 13, PolNeAR train error classes): each test on invented text."""

from __future__ import annotations


def _with(found, words: str):
    match = [a for a in found if words in a.text]
    assert match, f"no attribution containing {words!r} in {[a.text for a in found]}"
    return match[0]


def test_a_role_owned_by_a_pronoun_is_the_role_of_the_person_it_stands_for(attribute_parsed) -> None:
    """'His lawyers said': a possessive pronoun is no name (the capital of a sentence's first word made "His
    lawyers" a printed speaker). The role is printed as the role of the person or organisation the pronoun
    stands for, as "he said" would be resolved; "their" may stand for any group: unattributed."""
    found = attribute_parsed(
        [
            "Mayor Ada Brant was charged on Monday with fraud in the harbour case. Her lawyers said the charges "
            "were baseless. “We will prove she did nothing wrong,” her lawyer said.",
            "The Keld Harbour Company said it would appeal. Its lawyers said the ruling was wrong.",
            "The board voted against the plan. Their lawyers said the vote was void.",
            "Tom Velden left the board. His colleague Mark Pollard said the board would miss him.",
        ]
    )
    assert _with(found, "would miss him").speaker.name == "Mark Pollard"  # the name after the role speaks
    assert _with(found, "charges were baseless").speaker.name == "Ada Brant’s lawyers"
    assert _with(found, "did nothing wrong").speaker.name == "Ada Brant’s lawyer"
    assert _with(found, "ruling was wrong").speaker.name == "Keld Harbour Company’s lawyers"
    assert _with(found, "vote was void").speaker.name is None


def test_a_role_owned_by_a_pronoun_with_no_one_named_is_unattributed(attribute_parsed) -> None:
    """With no person named before, "His spokesman" is no name and stands for no one the text names. When the
    speaker quoted last (whom "he said" would continue) is not the person named right before, the owner is
    open: unattributed, not the last speaker's role."""
    found = attribute_parsed(
        [
            "The harbour vote was delayed again. His spokesman said the delay was routine.",
            "Senator Tom Velden questioned the witness. “It raises questions,” Velden said. On Thursday, the "
            "panel held Mark Pollard in contempt. His lawyer said he would not answer questions.",
        ]
    )
    assert _with(found, "delay was routine").speaker.name is None
    assert _with(found, "not answer questions").speaker.name is None


def test_a_slogan_in_headline_case_after_a_quote_is_not_the_last_speakers(attribute_parsed) -> None:
    """An unframed quotation of a few words with every long word capitalised, alone after a quote (a chant, a
    sign, a subheading: “Save Our Harbour!”) is no continuation of the last speaker's words; an unframed
    quotation in sentence case after a quote still is."""
    found = attribute_parsed(
        [
            "“The ferry is our lifeline,” said Tom Velden, a fisherman.",
            "“Save Our Harbour!”",
            "The vote was delayed on Monday.",
            "“We will reopen the pier in May,” Mayor Ada Brant said.",
            "“We will not wait.”",
        ]
    )
    speakers = {a.text: a.speaker.name if a.speaker else None for a in found if a.kind == "direct"}
    assert speakers.get("Save Our Harbour!") is None, speakers
    assert speakers["We will not wait."] == "Ada Brant", speakers
