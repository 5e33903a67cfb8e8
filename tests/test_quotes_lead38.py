"""Stop 38, lead (issue 13, editor read #8 of row 116): a lawyer's statement was printed as the words of the woman the
lawyer speaks for. A name with a middle initial and a suffix after "said the lawyer," is read; a role's possessor
("Brant's lawyer") never holds the role; "Name, a partner of X LLP said" (the appositive's closing comma left out)
is the name's, not the firm's. Each test on invented text; the speaker is right or null, never the wrong person."""

from __future__ import annotations


def _speaker_of(found, words: str) -> str | None:
    """The speaker's name of the quotation that opens with ``words`` (None: unattributed)."""
    quote = next(a for a in found if a.kind != "reported" and a.text.startswith(words))
    return quote.speaker.name if quote.speaker else None


OPENING = [
    "The Keld Council voted Wednesday to refer a former tax official, Ada Brant, to prosecutors.",
    "Brant's lawyer issued a statement Wednesday declaring her innocence.",
]


def test_the_name_after_the_role_is_read_with_its_middle_initial_and_suffix(attribute_parsed) -> None:
    found = attribute_parsed(
        [*OPENING, '"This is just another attempt to smear Ms. Brant," said the lawyer, Walter K. Hobbs III.']
    )
    assert _speaker_of(found, "This is just another attempt") == "Walter K. Hobbs III"


def test_whose_lawyer_it_is_never_holds_the_role(attribute_parsed) -> None:
    found = attribute_parsed([*OPENING, '"This is just another attempt to smear Ms. Brant," said the lawyer.'])
    assert _speaker_of(found, "This is just another attempt") != "Ada Brant"


def test_a_name_before_an_appositive_left_open_is_who_spoke(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            *OPENING,
            "Walter Hobbs represents her.",
            '"Ms. Brant has done nothing wrong," Hobbs, a partner of Lunde Marrow LLP said in a statement.',
        ]
    )
    assert _speaker_of(found, "Ms. Brant has done nothing wrong") == "Walter Hobbs"
