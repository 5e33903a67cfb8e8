"""Stop 57 (issue 13: the tune half of the mn57 check set, editor read #30's known classes and PolNeAR's reported
speech on its train split): each test on invented text. Words a clause's doer is cited with ("whose son Seth led the
stand with the words, “…”") are his, not the main clause's speaker's; "the <Name> League club said" is a club of the
league, not the league; "the Spanish-born journalist told …" is the person the text has named, not a piece of a
phrase; a "because" clause the parser hangs on the cue is part of what was said."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name


def test_words_a_clause_doer_is_cited_with_are_his(attribute_parsed) -> None:
    """ "“…?” asked Tom Brink, whose son Seth led the last stand with the words, “Hold the line.” “…”": the cry is
    Seth's, and the next unframed quotation is still his father's (Multi-News row 24, stop 57: Todd Beamer's "Let's
    roll." was joined to his father's question and printed as David Beamer's)."""
    found = attribute_parsed(
        [
            "“What is the point of this rule?” asked Tom Brink, whose son Seth Brink led the last stand with the words,"
            " “Hold the line.” “I cannot see any upside to this.”"
        ]
    )
    assert _name(_by_text(found, "What is the point", "direct")) == "Tom Brink"
    assert _name(_by_text(found, "Hold the line", "direct")) == "Seth Brink"
    assert _name(_by_text(found, "I cannot see any upside", "direct")) == "Tom Brink"


def test_a_league_club_is_not_the_league(attribute_parsed) -> None:
    """ "The Varn Rovers took the action, the Keld Women's Soccer League club said, “…”": the club that opens the
    sentence speaks, not the league its description names (editor read #30, Multi-News row 37, printed the league
    for the Washington Spirit's statement)."""
    found = attribute_parsed(
        [
            "The Varn Rovers took the action, the Keld Women's Soccer League club said, “rather than subject our fans"
            " to the disrespect we feel such an act would represent.”",
        ]
    )
    assert _name(_by_text(found, "rather than subject our fans", "direct")) == "Varn Rovers"


def test_a_league_club_with_no_club_named_is_no_one(attribute_parsed) -> None:
    """Guard: with no club opening the sentence, the words are no one's the text names here (null), not the
    league's."""
    found = attribute_parsed(
        [
            "On Tuesday the owner ordered the anthem played before the players took the field, the Keld Women's"
            " Soccer League club said, “rather than subject our fans to the disrespect.”"
        ]
    )
    assert _name(_by_text(found, "rather than subject our fans", "direct")) is None


def test_the_league_itself_still_speaks(attribute_parsed) -> None:
    """Guard: "The Keld Women's Soccer League said in a statement that it “was not told of the plan.”" is the
    league's."""
    found = attribute_parsed(["The Keld Women's Soccer League said in a statement that it “was not told of the plan.”"])
    assert _name(_by_text(found, "was not told of the plan", "partial")) == "Keld Women's Soccer League"


def test_a_person_described_by_a_place_is_the_one_named(attribute_parsed) -> None:
    """ "“He tried to silence me,” the Spanish-born journalist told the Keld Times": the journalist the paragraphs
    before name (BASIL d4a4bc34 left Jorge Ramos's words unattributed under "the Mexican-born journalist"); "the
    Boston-born lawyer said" was printed as a speaker that is no name."""
    found = attribute_parsed(
        [
            "Six months ago Ada Varn had her own skirmish with the mayor, in which the Keld-language news icon"
            " confronted him during a press conference.",
            "Varn later returned and the mayor took several of her questions.",
            "“He tried to silence me,” the Spanish-born journalist told the Keld Times in August.",
        ]
    )
    assert _name(_by_text(found, "He tried to silence me", "direct")) == "Ada Varn"
    found = attribute_parsed(["Tom Brink spoke after the vote. “We will appeal,” the Boston-born lawyer said."])
    assert _name(_by_text(found, "We will appeal", "direct")) == "Tom Brink"


def test_a_company_described_by_a_place_is_no_person(attribute_parsed) -> None:
    """Guard: "the Seattle-based company said" is not read as a person described: not the man named before it."""
    found = attribute_parsed(
        [
            "Tom Brink, the chief executive, resigned on Monday.",
            "Keldcorp shares fell after the report. “We will appeal,” the Seattle-based company said.",
        ]
    )
    assert _name(_by_text(found, "We will appeal", "direct")) != "Tom Brink"


def test_a_reason_the_parser_hangs_on_the_cue_is_reported(attribute_parsed) -> None:
    """ "The KP said it did not include those meetings in its tally because, presumably, …": the reason is
    part of what was said (PolNeAR train: 78 reported contents run on over "because", one stops before it)."""
    found = attribute_parsed(
        [
            "The KP said it did not include those meetings in its tally because, presumably, meetings with government"
            " officials were part of the daily duties for any secretary of state."
        ]
    )
    reported = _by_text(found, "it did not include those meetings", "reported")
    assert reported.text.endswith("part of the daily duties for any secretary of state")


def test_a_medium_after_the_object_is_no_part_of_what_was_said(attribute_parsed) -> None:
    """ "Mayor Tom Brink praised the harbour plan in a tweet": where he said it, not what (PolNeAR train, stop 57:
    contents such as "the KKK “abhorrent” in a tweet" ran on past the gold's end); "accused Varn of a smear" keeps
    its preposition (guarded by stop 33's rule)."""
    found = attribute_parsed(["Mayor Tom Brink praised the harbour plan in a tweet on Sunday."])
    assert _by_text(found, "the harbour plan", "reported").text == "the harbour plan"


def test_a_headline_names_its_source_beside_a_camp_a_place_or_an_addressee(attribute_parsed) -> None:
    """ "Brink camp: …", "Former AG Varn at KWC: …", "Brink To Voters Worried About The Port: …" and "EXCLUSIVE – Ada
    Varn: …" are the headline convention with the source's name first (PolNeAR train, stop 57: five such headlines
    in the first 200 documents were left out); the name alone is the speaker."""
    found = attribute_parsed(
        [
            "Brink camp: Varn’s harbour plan threatens the city’s budget",
            "Former AG Varn at KWC: the port deal breaks the law",
            "Brink To Voters Worried About The Port: It Is Going To Be Fine",
            "EXCLUSIVE – Ada Varn: Do Not Trust The Port Board",
        ]
    )
    assert _name(_by_text(found, "Varn’s harbour plan threatens", "reported")) == "Brink"
    assert _by_text(found, "the port deal breaks the law", "reported").speaker.text == "Former AG Varn"
    assert _name(_by_text(found, "It Is Going To Be Fine", "reported")) == "Brink"
    assert _by_text(found, "Do Not Trust The Port Board", "reported").speaker.text == "Ada Varn"
