"""Stop 47 (issue 13: the tune half of the mn47 check set and the quote findings of editor reads #16/#17): each test
on invented text; the speaker is right or null ("unattributed"), never the neighbour, the subject who takes the
words up, or a piece of a name."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_relative_clause_joined_by_but_is_on_the_named_speaker(attribute_parsed) -> None:
    """ "said former Senator Piet Lunde, a Liberal whom Mr. Brink unseated in 1998, but who now describes him as “a
    tiger”": the parse hangs "but who describes" on "said"; the quotation is Lunde's, and so is the quotation after
    the sentence (Multi-News row 72 left both unattributed)."""
    found = attribute_parsed(
        [
            "Senator Tom Brink is the favourite to lead the Keld Liberals.",
            "“Keld is very fortunate to have someone with his talents,” said former Senator Piet Lunde, a Liberal "
            "whom Mr. Brink unseated in a bitter 1998 race, but who now describes him as “a tiger” in the chamber. "
            "“He will use that power well.”",
        ]
    )
    assert _name(_by_text(found, "Keld is very fortunate")) == "Piet Lunde"
    assert _name(_by_text(found, "a tiger")) == "Piet Lunde"
    assert _name(_by_text(found, "He will use that power")) == "Piet Lunde"


def test_someone_close_to_a_name_is_not_the_name(attribute_parsed) -> None:
    """ "Mr. Brink quashed the plan, out of “loyalty and friendship” to the mayor, said someone close to Mr. Brink":
    an unnamed source near the person named (Multi-News row 72 printed Schumer)."""
    found = attribute_parsed(
        [
            "Senator Tom Brink said on Monday he would not challenge the mayor.",
            "Mr. Brink quickly quashed the plan, out of “loyalty and friendship” to the mayor, said someone close to "
            "Mr. Brink, speaking anonymously.",
            "“He never wanted the job,” said a person familiar with Mr. Brink’s thinking.",
        ]
    )
    assert _name(_by_text(found, "loyalty and friendship")) is None
    assert _name(_by_text(found, "He never wanted")) is None


def test_an_organisation_with_and_in_its_name_is_not_its_tail(attribute_parsed) -> None:
    """ "the Health and Human Services Department said …, “clarifying that …”": the word rules stop at "and"; the
    department the tagger read whole speaks (editor read #17, d3, printed "Human Services Department")."""
    found = attribute_parsed(
        [
            "Separately, the Health and Human Services Department said Thursday that Medicare would extend certain "
            "benefits to same-sex spouses, “clarifying that all beneficiaries in private Medicare plans have access "
            "to equal coverage.”",
        ]
    )
    assert _name(_by_text(found, "clarifying that")) == "Health and Human Services Department"


def test_a_statement_from_a_doctor_is_not_the_campaign_that_released_it(attribute_parsed) -> None:
    """ "Ada Brant's campaign released a statement from her doctor declaring she is in “excellent physical
    condition”": the doctor's words (not named here: null), not the campaign's (editor read #17, d1)."""
    found = attribute_parsed(
        [
            "Ada Brant's presidential campaign on Friday released a statement from her doctor declaring she is in "
            "“excellent physical condition and fit to serve,” along with eight years of tax returns.",
        ]
    )
    words = _by_text(found, "excellent physical condition")
    assert _name(words) != "Ada Brant" and "campaign" not in (_name(words) or "")


def test_a_statement_issued_by_its_subject_stays_the_subjects(attribute_parsed) -> None:
    """Guard: "The Keld council issued a statement saying the bridge “will reopen in May”" is the council's."""
    found = attribute_parsed(["The Keld council issued a statement saying the bridge “will reopen in May.”"])
    assert _name(_by_text(found, "will reopen in May")) == "Keld council"


def test_the_statement_from_a_named_doctor_is_hers(attribute_parsed) -> None:
    """ "the statement on her health, from Dr. Lena Ortiz, an internist, said … and listed “deep vein thrombosis”":
    the subject read up to "statement"; its author is set off after it (editor read #17, d1, printed "State
    Department" for the doctor's words)."""
    found = attribute_parsed(
        [
            "Ada Brant, a former secretary of state, released her tax returns and a statement on her health on Friday.",
            "Meanwhile, the statement on her health, from Dr. Lena Ortiz, an internist and chairman of the Department "
            "of Medicine at the Keld Medical Group in Keld, Vermont, said the former secretary of state has seasonal "
            'pollen allergies and listed "deep vein thrombosis," an elbow fracture and her 2012 concussion in her '
            "recent medical history.",
        ]
    )
    assert _name(_by_text(found, "deep vein thrombosis")) == "Lena Ortiz"


def test_words_inside_another_ones_call_are_not_the_praisers(attribute_parsed) -> None:
    """ "Sanders praised the pope's message of economic justice and call to fix “…”": the pope's words, not the
    senator's (editor read #17, r108); with no one named for the possessor, nobody's."""
    found = attribute_parsed(
        [
            "Bishop Anton Varga spoke to the council on Thursday.",
            "Senator Tom Brink praised the bishop's message of economic justice and call to fix “the damage caused "
            "by human activity.”",
            "Mayor Ada Lund welcomed the governor's plea for “a little patience from everyone.”",
        ]
    )
    assert _name(_by_text(found, "the damage caused")) != "Tom Brink"
    assert _name(_by_text(found, "a little patience")) is None


def test_the_subjects_own_word_about_a_call_stays_the_subjects(attribute_parsed) -> None:
    """Guard: a quotation right after the possessed noun ("called the governor's plea “nonsense”"), after "as", or
    inside the subject's own call ("her call for “a new start”") stays the subject's."""
    found = attribute_parsed(
        [
            "Mayor Tom Brink called the governor's plea “nonsense” on Friday.",
            "Mr. Brink dismissed the governor's plea as “a stunt.”",
            "Ada Lund defended her call for “a new start” at the harbour.",
        ]
    )
    assert _name(_by_text(found, "nonsense")) == "Tom Brink"
    assert _name(_by_text(found, "a stunt")) == "Tom Brink"
    assert _name(_by_text(found, "a new start")) == "Ada Lund"


def test_one_conjunct_of_two_bodies_officials_is_no_speaker(attribute_parsed) -> None:
    """ "Medicare and Treasury officials have said they would use a “…” standard": the word rules read the subject
    from "and"; the words are the group's, not "Treasury officials" (editor read #17, d3)."""
    found = attribute_parsed(
        [
            "Medicare and Treasury officials have said they would use a “place of celebration” standard for "
            "determining whether couples are eligible for benefits.",
        ]
    )
    assert _name(_by_text(found, "place of celebration")) is None
