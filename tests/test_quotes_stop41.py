"""Stop 41 (issue 13, the speaker check set's new BASIL events and editor read #11): who said it when the sentence
that names the speaker is not a plain "X said". A speech noun's owner ("Then there was X's response. He …"), a
paragraph of narrative before an unframed quotation, a campaign named for its candidate, one governor among several,
a state as the frame ("X was not convinced: “…”"), words reported "according to" a writer, and two people of one
family in the quote merge. Each test on invented text; the speaker is right or null ("unattributed")."""

from __future__ import annotations

from newsfuse.nlp.quote_merge import speakers_agree


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_he_continues_the_owner_of_the_response(attribute_parsed) -> None:
    """ "Then there was Sen. Piet Moss's response. He bluntly accused …": Moss, not the senator quoted before (BASIL
    70c75d68 printed Menendez's words under Gillibrand, whose gender the text hides behind a relative clause)."""
    found = attribute_parsed(
        [
            'Another leading senator, Sen. Ada Lund of Keld, who announced her bid on Jan. 15 in an episode of "The '
            'Late Hour with Tom Brink," said the offer was a "bad deal."',
            'Lund tweeted: "The mayor ordered the end of the ferry. Then he shut the harbour. This is a bad deal."',
            "Then there was Keld Sen. Piet Moss's response. He bluntly accused the mayor of forcing \"a pointless "
            'closure" to pay for the sea wall.',
            '"This is about more than 8,000 workers who are being held hostage by a mayor who has forced a pointless '
            'closure. This is not about the wall."',
        ]
    )
    assert _name(_by_text(found, "a pointless closure")) == "Piet Moss"
    assert _name(_by_text(found, "This is about more than")) == "Piet Moss"


def test_an_unframed_quotation_after_a_paragraph_about_a_person(attribute_parsed) -> None:
    """A quotation opening its paragraph after a paragraph of narrative whose subject is a person: that person's
    words, not those of the speaker quoted before (BASIL eadabee7 and b7021938 carried Biden's and Graham's words to
    the campaign and to Trump)."""
    found = attribute_parsed(
        [
            "Mayor Tom Kurt immediately fired back.",
            "To which the harbour board tweeted: “Delete your account.”",
            "Meanwhile, Deputy Mayor Piet Moss voiced his support of the board Thursday evening at the guild's "
            "annual dinner.",
            '"Anybody who thinks that whoever the next mayor is will close the harbour is wrong."',
        ]
    )
    assert _name(_by_text(found, "Anybody who thinks")) == "Piet Moss"


def test_a_campaign_named_for_its_candidate_is_hers(attribute_parsed) -> None:
    """ "the Olsen campaign tweeted" after "Presumptive GOP nominee Tom Kurt": the campaign of the person it is named
    for, not the organisation named last (BASIL eadabee7 printed "GOP")."""
    found = attribute_parsed(
        [
            "Maria Olsen said on Thursday that she is fired up for the race.",
            "Presumptive GOP nominee Tom Kurt immediately fired back.",
            "To which the Olsen campaign tweeted: “Delete your account.”",
        ]
    )
    assert _name(_by_text(found, "Delete your account")) in ("Olsen campaign", "Maria Olsen")


def test_the_governor_is_the_one_just_asked(attribute_parsed) -> None:
    """Two governors and a lieutenant governor: "the governor replied" right after "Mr. Lund … was asked" is Lund
    (BASIL d3a1ce0a left "I'm not that cool" unattributed)."""
    found = attribute_parsed(
        [
            "KELD — Gov. Piet Lund on Wednesday appointed Tom Brink, a lawyer who is a longtime friend, to the harbour "
            "board.",
            "Mr. Brink was recommended by Gov. Ada Kurt of Nordland last year.",
            "“He’s calm,” Lt. Gov. Maria Olsen said of Mr. Brink.",
            "Mr. Lund, who has served as a mentor to Mr. Brink, was asked whether he saw some of himself in Mr. Brink.",
            "“I’m not that calm,” the governor replied.",
        ]
    )
    assert _name(_by_text(found, "I’m not that calm")) == "Piet Lund"


def test_a_state_before_a_colon_is_the_speakers(attribute_parsed) -> None:
    """ "Tom Kurt was somehow not convinced: “…”": a state, not words put to him; Kurt speaks (editor read #11, row
    107, left Perry's words unattributed). "was asked: “…”" stays the asker's, whom the text does not name."""
    found = attribute_parsed(
        [
            "Tom Kurt was somehow not convinced: “The mayor's call for nearly a billion kroner in more harbour "
            "spending is guided by his mistaken belief that we can spend our way to prosperity.”",
            "Ada Lund was asked: “Will the harbour close before the winter?”",
        ]
    )
    assert _name(_by_text(found, "The mayor's call")) == "Tom Kurt"
    assert _name(_by_text(found, "Will the harbour close")) is None


def test_words_reported_according_to_a_writer_are_not_the_writers(attribute_parsed) -> None:
    """ "According to writer Piet Moss, Olsen claims that the mural is an “expression of art” inspired by Kurt's
    comments about … “…”": Olsen's words, and the ones after Kurt's comments his or unattributed; Moss says none of them
    (editor read #11, c3 printed all three under Yashar Ali)."""
    found = attribute_parsed(
        [
            "Maria Olsen painted the harbour mural last week.",
            "According to Keld Weekly writer Piet Moss, Olsen claims that the mural is an “expression of art” inspired "
            "by Kurt's comments about harbour master Ada Lund having “salt coming out of her ears.”",
        ]
    )
    assert _name(_by_text(found, "expression of art")) == "Maria Olsen"
    assert _name(_by_text(found, "salt coming out")) in ("Kurt", None)  # Kurt's comments: his words, or unattributed


def test_two_people_of_one_family_are_two_speakers() -> None:
    """The quote merge joins remarks of one speaker only: "Mary Lindqvist" and "Dick Lindqvist" share the family name,
    not the person (BASIL b13 showed Dick Cheney's 2009 line as a variant of Mary Cheney's quote)."""
    assert not speakers_agree("Mary Lindqvist", "Dick Lindqvist")
    assert speakers_agree("J. Kurt", "John Kurt")
    assert speakers_agree("Joe Kurt", "Joseph R. Kurt")
    assert speakers_agree("Tom Kurt", "President Tom Kurt")
