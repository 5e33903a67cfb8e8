"""Photo captions and glued teaser boxes are neither titles nor summary sentences
(summarize/furniture.py; editor read, stop 20, rows 164 and 208)."""

from __future__ import annotations

import pytest
from tests.fakes import sentences_only

from newsfuse.summarize.furniture import caption_sentences, glued, lost_space
from newsfuse.summarize.title import headline_like


def test_the_sentence_before_a_photo_credit_is_a_caption():
    story = sentences_only(
        [
            "Congressman Bob Goodlatte's son made the surprise announcement on Twitter Sunday night.",
            "| Manuel Balce Ceneta/AP Photo Goodlatte's son donates to Democrat running to replace him",
            "Kellyanne Conway speaks in support of a congressional candidate in New York.",
            "(Seth Wenig/AP)",
            "Swedish freelance journalist Kim Wall.",
            "Photo: Tom Wall via AP",
            "MONTPELIER, Vt.",
            "(AP) — The Latest on the April Fools' Day storm to hit New England.",
            "The storm dropped two feet of snow on Vermont by Sunday.",
            "AP writer Ken Thomas contributed.",
        ]
    )
    assert caption_sentences(story) == {0, 2, 4}  # a dateline's "(AP) — " and a writer's credit are not


def test_an_agency_caption_without_its_credit_and_a_pointer_to_a_picture_are_furniture():
    """Editor read a27, Multi-News row 184: "… takes part in a friendly hockey match … in Sochi, Russia, on
    Saturday." and "… published the following image." were summary sentences."""
    story = sentences_only(
        [
            "Governor Ines Brandt takes part in a charity run along the quay in Keld, Norvane, on Saturday.",
            "Governor Ines Brandt took part in a charity run in Keld, Norvane, on Saturday.",
            "The official page of the Keld marathon published the following image.",
            "Mayor Piet Lunde said in Keld, Norvane, on Sunday that the race would return next year.",
            "The council said this video was recorded in 2012 and is not new.",
        ]
    )
    assert caption_sentences(story) == {0, 2}


def test_a_sentence_saying_where_its_picture_is_from_is_a_caption():
    """Editor read, stop 32 (rows 191, 209): "... in this March 24, 2014 handout photo." and "The car ... is pictured
    at ... in this evidence photo released by the state police, December 27, 2013." dated the timeline."""
    story = sentences_only(
        [
            "Two navy pilots fly a patrol plane over the bay during the search in this March 24, 2014 handout photo.",
            "The van driven by the suspect is pictured outside the Keld ferry terminal.",
            "The mayor was pictured leaving the ferry terminal on Monday with her lawyer.",
            "Police released a photo of the van on Monday and asked for witnesses.",
            "Piet Lunde as he appeared on the night of his arrest on Jan. 18, 2015.",
            "Piet Lunde looked calm as he appeared in court on Friday.",
        ]
    )
    assert caption_sentences(story) == {0, 1, 4}


def test_a_caption_naming_its_picture_without_a_verb_is_furniture():
    """Editor read, stop 30, Multi-News row 222: "Image from the ... campaign." was a summary sentence."""
    story = sentences_only(
        [
            "Image from the Keld ferry campaign.",
            "Photo courtesy of the Lunde family.",
            "A photo of the missing skipper was released by police on Monday.",
            "Image from the harbour camera shows the ferry leaving at dawn.",
            "Pictures of the storm spread quickly on social media.",
        ]
    )
    assert caption_sentences(story) == {0, 1}


def test_a_headline_run_into_its_first_line_is_glued():
    teaser = (
        "Missing swimmer found alive, rescued off Ipswich coast A man who went missing after swimming off an "
        "Ipswich beach Tuesday evening with his son-in-law has been rescued."
    )
    assert glued(teaser) and headline_like(teaser) is None
    assert not glued("Methoxsalen plus ultraviolet A radiation, known as PUVA, treats psoriasis.")
    assert not glued("A man who went missing off an Ipswich beach on Tuesday has been rescued.")


def test_the_glued_to_a_word_the_story_writes_alone_is_broken_text():
    """Multi-News row 28: "Theclan says they were completely blindsided ..." (the source lost the space in
    "The clan") was shown and named "Theclan" as if it were someone."""
    lower = frozenset({"clan", "villagers", "reopened", "rein"})
    assert lost_space("Theclan says the villagers were blindsided when the mill reopened.", lower)
    assert lost_space("Most of Thevillagers left.", lower)
    assert not lost_space("Theresa Valk said the clan had reopened the mill.", lower)  # "resa" is no word
    assert not lost_space("The clan reopened the mill.", lower)
    assert not lost_space("Theatre tickets were sold out.", lower)


@pytest.mark.parametrize(
    "sentence",
    [
        # editor read, stop 22: a scene-setting opener, a reference definition, a sentence adding to another
        "When speaking about his star player, the Keld Mariners coach has a line: you cannot win unless you win.",
        "Keld Church is a church building in Keld, Norvane, and is one of its largest wooden buildings.",
        "Brant also publicly acknowledged that she had failed as the Mariners lost the final last season.",
        # editor read, stop 32 (row 191): another outlet's earlier report is background
        "The Keld Courier reported earlier this week that dock workers were discussing a strike over pay.",
        # editor read, stop 33 (row 10): the page announcing its list
        "From Ines Roe's speech to Tomas Reyne's upset win, the Keld Courier has compiled a list of the best moments.",
    ],
)
def test_what_is_no_headline(sentence: str) -> None:
    assert headline_like(sentence) is None


def test_a_plain_news_sentence_is_a_headline() -> None:
    assert headline_like("Dock workers in Keld went back to work on Monday after a nine-day strike.") is not None


def test_a_lede_of_up_to_35_words_may_stand_in_for_a_headline() -> None:
    """Editor read, stop 32: a source headline is capped at 30 words, and so was every lede standing in for one,
    though a lede may have 35: rows 161, 191, 209 and 228 lost their 31-35 word ledes to side sentences."""
    lede = (
        "Dock workers in the northern port of Keld went back to work on Monday morning after a nine-day strike "
        "over pay and safety that had left dozens of cargo ships at anchor, the union said."
    )
    assert 30 < len(lede.split()) <= 35 and headline_like(lede) is not None
    assert headline_like(lede + " It was the longest stoppage at the port in forty years.") is None


def test_a_wire_credit_opening_the_lead_is_no_part_of_its_title() -> None:
    """ "(CNN) Your favorite fitness tracker may not be …" was a brief's title (editor read a28, row 142)."""
    lead = "(CNN) Dock workers in Keld went back to work on Monday after a nine-day strike."
    assert headline_like(lead) == "Dock workers in Keld went back to work on Monday after a nine-day strike."


def test_a_part_of_something_named_before_is_no_title() -> None:
    """ "Eleven of these sets of parents checked a box …" was a brief's title (editor read c28, row 191)."""
    assert headline_like("Eleven of these families filed a claim against the ferry company in Keld on Monday.") is None
    assert headline_like("Eleven families filed a claim against the ferry company in Keld on Monday.") is not None


@pytest.mark.parametrize(
    ("sentence", "teaser"),
    [
        ("From Ines Roe's speech to Tomas Reyne's win, the Keld Courier has compiled a list of the best bits.", True),
        ("Our editor was in the press room, and here are ten of the most memorable things he heard.", True),
        ("Here are five things to know about the Keld ferry strike.", True),
        ("The council has compiled a list of 40 unsafe piers and will close them on Monday.", False),
        ("Here are the terms the two towns agreed on Friday after a nine-day strike.", False),
    ],
)
def test_the_page_announcing_its_own_list_is_no_summary_line(sentence: str, teaser: bool) -> None:
    """Editor read, stop 33 (row 10): a gallery's announcement was the title and two summary lines."""
    from newsfuse.summarize.furniture import list_teaser
    from newsfuse.summarize.select import shown_text

    assert list_teaser(sentence) is teaser
    assert (shown_text(sentence) is None) is teaser
