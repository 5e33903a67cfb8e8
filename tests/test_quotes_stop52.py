"""Stop 52 (issue 13: the tune half of the basil52 check set and the brief's known classes): each test on invented
text; the speaker is the one the text says spoke, a named role when the text names whose role it is, or null when
no single one spoke, never a relative of the same family name or the organisation named last."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name


def test_an_office_holder_is_not_the_relative_named_in_full(attribute_parsed) -> None:
    """ "First lady Michelle Obama …" // "“…,” President Obama said": the family name with a title of office the
    relative never holds is another person, whom the story never names in full (stop 28's Multi-News row 28 gave
    Barack Obama's "great show" to Michelle Obama, the one full name of the family)."""
    found = attribute_parsed(
        [
            "On Monday, first lady Anna Keller visited the school in Denver, her third trip this year.",
            "“This is a great show,” President Keller said of the play, which he saw on Friday.",
            "“It was wonderful,” Keller added.",
        ]
    )
    assert _name(_by_text(found, "This is a great show")) == "Keller"
    assert _name(_by_text(found, "It was wonderful")) == "Keller"


def test_a_governor_is_not_his_son_named_in_full(attribute_parsed) -> None:
    """ "Gov. Lund signed the bill …, after his son, Seth Lund, asked him …" // "“…,” Lund said": the bare family
    name that the entities keep apart from the son (its title of office) is the governor, not the kin named last."""
    found = attribute_parsed(
        [
            "Gov. Lund signed the bill on Monday, after his son, Seth Lund, asked him to veto it.",
            "“I love my dad,” Seth Lund said. “But we disagree.”",
            "“My son signed the petition,” Lund said.",
        ]
    )
    assert _name(_by_text(found, "I love my dad")) == "Seth Lund"
    assert _name(_by_text(found, "My son signed")) == "Lund"


def test_a_relative_keeps_her_honorific(attribute_parsed) -> None:
    """Guard: "Mrs. Keller" beside "first lady Anna Keller" is still the first lady (the office rule leaves a bare name
    written with an honorific as it was); passes on main too."""
    found = attribute_parsed(
        [
            "On Monday, first lady Anna Keller visited the school in Denver.",
            "Mrs. Keller praised the students. “You are the future,” she said.",
        ]
    )
    assert _name(_by_text(found, "You are the future")) == "Anna Keller"


def test_a_statement_several_issued_is_no_ones(attribute_parsed) -> None:
    """ "“…,” the statement released by each office said": an identical statement of two offices is not the
    organisation named last (BASIL cad4bba5, Fox, printed "White House" for the president's and the speaker's)."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund and the Keld Water Board met on Sunday at City Hall for the first time in weeks.",
            "Both sides were quiet about the meeting. Each side released an identical statement.",
            "“This afternoon, the mayor and the board met to discuss the dam. The lines of communication remain "
            "open,” the statement released by each office said.",
        ]
    )
    assert _name(_by_text(found, "This afternoon")) is None


def test_a_statement_one_issued_is_still_its_own(attribute_parsed) -> None:
    """Guard: "the statement released by the Keld Water Board said" is the board's; passes on main too."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund and the Keld Water Board met on Sunday at City Hall.",
            "“The lines of communication remain open,” the statement released by the Keld Water Board said.",
        ]
    )
    assert _name(_by_text(found, "The lines of communication")) == "Keld Water Board"


def test_a_repeated_description_is_whom_it_meant(attribute_parsed) -> None:
    """ "the Channel 9 host urged …" (read as Brink, who spoke last) and, a man's name later, "All we've heard, the
    Channel 9 host complained, is “…”": the same description means the same person, though two hosts are named
    (BASIL 6f95dcb9, HuffPost, left Glenn Beck's "we need a big tent" out for want of a speaker)."""
    found = attribute_parsed(
        [
            "Tom Brink, the Channel 9 host, closed the three-day conference in Denver on Saturday with a long "
            "speech. Last year's speech was given by radio host Rob Vale.",
            "“It is not enough to win,” Brink said.",
            "Pointing to his own past, the Channel 9 host urged the party to embark on a program of recovery.",
            "The crowd was enthralled, even as Brink told tales of Calvin Moss and the great boom of the 1920s.",
            "All we've heard, the Channel 9 host complained, is “we need a big tent. Can we get a bigger tent?”",
        ]
    )
    assert _name(_by_text(found, "we need a big tent", "partial")) == "Tom Brink"


def test_an_inverted_role_for_a_named_one_is_that_role(attribute_parsed) -> None:
    """ "“…,” said an aide to Lund.": the role and whose it is, as "an aide to Lund said" reads before the verb (the
    inverted subject stopped at "aide": null); with a name in apposition, the name ("said a spokesman for Lund, Tom
    Brink.")."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund's plan for the Keld Water Board drew fire on Tuesday.",
            "“It will pass,” said an aide to Lund.",
            "“We are late,” said a spokeswoman for the Keld Water Board.",
            "“We are calm,” said a spokesman for Lund, Tom Brink.",
        ]
    )
    assert _name(_by_text(found, "It will pass")) == "aide to Lund"
    assert _name(_by_text(found, "We are late")) == "spokeswoman for the Keld Water Board"
    assert _name(_by_text(found, "We are calm")) == "Tom Brink"


def test_an_unnamed_source_stays_null(attribute_parsed) -> None:
    """Guard: a source or an official the text ties to no named head stays null ("a source close to Lund", "an
    official said"); a role whose head is a name is the named role ("a Keld Water Board official"). Passes on main
    too."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund's plan for the Keld Water Board drew fire on Tuesday.",
            "“It is a mess,” an official said.",
            "“He is furious,” a source close to Lund said.",
            "“Nobody knew,” said a person familiar with the talks.",
            "“The board will vote no,” a Keld Water Board official said.",
        ]
    )
    assert _name(_by_text(found, "It is a mess")) is None
    assert _name(_by_text(found, "He is furious")) is None
    assert _name(_by_text(found, "Nobody knew")) is None
    assert _name(_by_text(found, "The board will vote")) == "Keld Water Board official"
