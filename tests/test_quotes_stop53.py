"""Stop 53 (issue 13: the tune half of the basil53 check set): each test on invented text; the speaker is the one
the text says spoke, never the place the words were printed in, an office cut off the name, or the role in
apposition when the name stands before it."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name


def test_quoted_in_a_paper_as_saying_is_the_subjects(attribute_parsed) -> None:
    """ "Sen. Carl Moss, a Keld Democrat, was quoted in the Keld Tribune as saying: “…”": the passive's subject said
    the words; "in the Keld Tribune" is no speaker (BASIL ccf19ab6, the NYT, left Schumer's words unattributed)."""
    found = attribute_parsed(
        [
            "The council met on Monday to vote on the new budget for the city.",
            "Sen. Carl Moss, a Keld Democrat, was quoted in the Keld Tribune as saying: “I think our colleagues "
            "realize that blocking the budget is not good for them.”",
        ]
    )
    assert _name(_by_text(found, "I think our colleagues")) == "Carl Moss"


def test_quoted_as_saying_after_the_quotation(attribute_parsed) -> None:
    """ "“…,” Sen. Carl Moss was quoted in the Keld Tribune as saying.": the same passive after the marks."""
    found = attribute_parsed(
        [
            "The council met on Monday to vote on the new budget for the city.",
            "“I think our colleagues realize that blocking the budget is not good for them,” Sen. Carl Moss was quoted "
            "in the Keld Tribune as saying.",
        ]
    )
    assert _name(_by_text(found, "I think our colleagues")) == "Carl Moss"


def test_a_paper_quoting_a_person_is_still_the_persons(attribute_parsed) -> None:
    """Guard: the active "The Keld Tribune quoted Mayor Tom Brink as saying, “…”" stays Brink's; passes on main."""
    found = attribute_parsed(
        [
            "The council met on Monday.",
            "The Keld Tribune quoted Mayor Tom Brink as saying, “It is a disgrace to the whole city and its people.”",
        ]
    )
    assert _name(_by_text(found, "It is a disgrace")) == "Tom Brink"


def test_a_spokesperson_titled_with_her_office(attribute_parsed) -> None:
    """ "“…,” State Department Deputy Spokesperson Marie Harf told Fox News": the tagger cuts "State Department" off
    and types "Spokesperson Maren Holt" an organisation; she speaks (BASIL a4edca3f, Fox, left it unattributed)."""
    found = attribute_parsed(
        [
            "The department said late Monday that it had received 55,000 pages of records from the former secretary.",
            "“The department has long had access to a wide array of the secretary's records,” State Department Deputy "
            "Spokesperson Maren Holt told Fox News late Monday.",
        ]
    )
    assert _name(_by_text(found, "The department has long had access")) == "Maren Holt"


def test_a_party_tag_before_the_appositive(attribute_parsed) -> None:
    """ "Rep. Carl Moss (Calif.), the ranking Democrat on the committee, said … “…”": the state tag before the
    appositive's comma hid the name; the role in apposition printed as the speaker (BASIL df6a55fb, HuffPost)."""
    found = attribute_parsed(
        [
            "WASHINGTON ― The House committee is preparing to issue subpoenas against Tom Brink.",
            "Rep. Carl Moss (Calif.), the ranking Democrat on the committee, said on Wednesday that the committee is "
            "prepared to use “whatever compulsory process we need” to obtain information from Brink.",
        ]
    )
    assert _name(_by_text(found, "whatever compulsory process", "partial")) == "Carl Moss"


def test_a_party_tag_before_the_verb_still_read(attribute_parsed) -> None:
    """Guard: "Rep. Ann Lee (D-Wash.) said, “…”" (the tag right before the verb) stays Lee's; passes on main."""
    found = attribute_parsed(
        [
            "The House voted on Tuesday.",
            "Rep. Ann Lee (D-Wash.) said, “This bill will hurt the families of my district for years to come.”",
        ]
    )
    assert _name(_by_text(found, "This bill will hurt")) == "Ann Lee"


def test_an_agreement_is_no_person(attribute_parsed) -> None:
    """ "The nondisclosure agreement said … “…”": a contract's words are nobody's, though "the agreement Ross signed"
    puts the noun before a name as a title would (editor read, stop 52, Multi-News row 34 printed Cohen)."""
    found = attribute_parsed(
        [
            "Anna Ross filed a lawsuit on Tuesday, saying the deal with lawyer Michael Keller is invalid.",
            "The suit asks a court to affirm that the agreement Ross signed is invalid.",
            "“To be clear, the attempts to intimidate Ms. Ross continue,” says the suit. “On February 27, Mr. Keller "
            "initiated a bogus arbitration proceeding against Ms. Ross.”",
            "The nondisclosure agreement said any further dispute would be resolved by binding arbitration “to the "
            "greatest extent permitted by law.”",
        ]
    )
    assert _name(_by_text(found, "to the greatest extent", "partial")) is None
