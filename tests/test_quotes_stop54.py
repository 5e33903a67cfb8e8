"""Stop 54 (issue 13: the tune half of the mn54 check set and the brief's known classes): each test on invented text; a
court paper speaks for the one party the text says filed it, a quotation of someone's text about a person is not that
person's words, and a quoted phrase that ends the writer's sentence is not framed by the next sentence."""

from __future__ import annotations

import pytest
from tests.test_quotes_stop51 import _by_text, _name

_WORDS = "“The guild has taken what it does not own and sold it as its own,”"


def test_a_complaint_speaks_for_the_one_who_filed_it(attribute_parsed) -> None:
    """ "Keldcorp filed a complaint …" // "“…,” the complaint says.": the complaint is the filer's (Multi-News row 40,
    editor read: a filing's words printed null though the text says who filed it); stop 52 read only "the suit"."""
    found = attribute_parsed(
        [
            "Keldcorp filed a complaint against the guild on Monday in federal court in Varn.",
            f"{_WORDS} the complaint says.",
        ]
    )
    assert _name(_by_text(found, "The guild has taken")) == "Keldcorp"


def test_a_suit_speaks_for_the_one_who_sued(attribute_parsed) -> None:
    """ "Keldcorp sued the guild …" // "“…,” the suit says.": the one who sues filed the suit."""
    found = attribute_parsed(["Keldcorp sued the guild on Monday in a court in Varn.", f"{_WORDS} the suit says."])
    assert _name(_by_text(found, "The guild has taken")) == "Keldcorp"


def test_the_filing_is_the_motion_filed_before(attribute_parsed) -> None:
    """ "Keldcorp filed a motion …" // "“…,” the filing says.": "the filing" is the paper the text said was filed."""
    found = attribute_parsed(
        [
            "Keldcorp filed a motion in federal court on Monday asking the judge to stop the sale.",
            f"{_WORDS} the filing says.",
        ]
    )
    assert _name(_by_text(found, "The guild has taken")) == "Keldcorp"


def test_according_to_the_lawsuit_filed_by_a_name(attribute_parsed) -> None:
    """ "“…,” according to the lawsuit filed by Tom Brink.": the subject read stops at "filed"; the name after "by"
    filed it."""
    found = attribute_parsed(
        [
            "The Varn Film Guild wants the case thrown out.",
            "“The rights are owned by no one and open to everyone,” according to the lawsuit filed by Tom Brink.",
        ]
    )
    assert _name(_by_text(found, "The rights are owned")) == "Tom Brink"


def test_a_paper_two_filed_or_one_was_served_is_no_ones(attribute_parsed) -> None:
    """Guard: "Keldcorp was sued by the guild", "Keldcorp and the city of Varn sued", "filed by Tom Brink and the Keld
    Water Board": the defendant did not file it, and two filers' paper is no single one's words (null, as stop 52's
    "the statement released by each office"). Passes on main too (main read no "filed by" at all)."""
    served = attribute_parsed(["Keldcorp was sued by the guild on Monday in a court.", f"{_WORDS} the suit says."])
    assert _name(_by_text(served, "The guild has taken")) is None
    two = attribute_parsed(
        ["Keldcorp and the city of Varn sued the guild on Monday in federal court.", f"{_WORDS} the suit says."]
    )
    assert _name(_by_text(two, "The guild has taken")) is None
    both = attribute_parsed(
        [
            "The Varn Film Guild wants the case thrown out.",
            "“The rights are owned by no one and open to everyone,” according to the lawsuit filed by Tom Brink and "
            "the Keld Water Board.",
        ]
    )
    assert _name(_by_text(both, "The rights are owned")) is None


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Newt Lund was pedantic:", None),
        # guard: a verb of saying names who speaks (passes on main too)
        ("Newt Lund said of the mayor:", "Newt Lund"),
    ],
)
def test_a_bracketed_he_is_someone_elses_text(attribute_parsed, frame: str, speaker: str | None) -> None:
    """'Newt Lund was pedantic: "[He] had more of a procedural issue …"': the writer's "[He]" marks a text about
    Lund, quoted from someone the sentence does not name; a frame with no verb of saying gives it to no one (Multi-News
    row 107, Gawker's roundup of Politico, printed Gingrich). 'Newt Lund said of the mayor: "[He] had …"' stays his."""
    found = attribute_parsed(
        [
            "Several candidates spoke after the address on Thursday.",
            f'{frame} "[He] had more of a procedural issue with the speech, in which the mayor called on the council '
            'to pass the bill."',
        ]
    )
    assert _name(_by_text(found, "[He] had more")) == speaker


def test_a_phrase_that_ends_the_writers_sentence(attribute_parsed) -> None:
    """'the ability to "say words good on the TV." Brink says words too good.': the quotation opened inside the
    writer's sentence ends it with its full stop; the next sentence's "Brink says" frames nothing of it (Multi-News
    row 36, the Atlantic, printed Colbert for a catchphrase)."""
    found = attribute_parsed(
        [
            "Tom Brink wants a seat in the Senate.",
            'What you need to be a senator these days is the ability to "say words good on the TV." Brink says words '
            "too good.",
        ]
    )
    assert _name(_by_text(found, "say words good")) is None


def test_a_quotation_that_opens_its_sentence_keeps_the_frame_after(attribute_parsed) -> None:
    """Guard: '"It is over." Brink said that on Monday.': a whole sentence in marks, framed right after; passes on
    main too."""
    found = attribute_parsed(["Tom Brink wants a seat in the Senate.", '"It is over." Brink said that on Monday.'])
    assert _name(_by_text(found, "It is over")) == "Tom Brink"
