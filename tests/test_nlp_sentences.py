"""Sentences of a paragraph (nlp/analyse.split_paragraphs) with the real spaCy model."""

from __future__ import annotations

import pytest

from newsfuse.nlp.analyse import split_paragraphs


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # the glued mark opens the next quotation
            'Ada Brant said she would like to think so."In my mind, the pact is done," Brant told the Courier.',
            ["Ada Brant said she would like to think so.", '"In my mind, the pact is done," Brant told the Courier.'],
        ),
        (  # the glued mark closes this one
            'The mayor said "we will not wait."The council voted on Tuesday to close the old pier.',
            ['The mayor said "we will not wait."', "The council voted on Tuesday to close the old pier."],
        ),
        (
            "Brant said: \u201cWe are done.\u201dThe council voted on Tuesday to close the old pier.",
            ["Brant said: \u201cWe are done.\u201d", "The council voted on Tuesday to close the old pier."],
        ),
        (  # spaCy ends its sentence after `born."Neither`: the word starts the next sentence (multinews-203)
            '"Will the harbour ever be the same?" asked a neighbour. "A new landmark has been born."Neither Ada '
            "Brant nor a spokesman for her returned my emails for comment.",
            [
                '"Will the harbour ever be the same?" asked a neighbour.',
                '"A new landmark has been born."',
                "Neither Ada Brant nor a spokesman for her returned my emails for comment.",
            ],
        ),
        (  # the next quotation opens with a title in single marks
            "Ada Brant has a new offer to return to the stage.\"'Harbour Nights' would love to have her,\" a producer "
            "said.",
            [
                "Ada Brant has a new offer to return to the stage.",
                "\"'Harbour Nights' would love to have her,\" a producer said.",
            ],
        ),
        (  # no mark at all between them
            "However, she does have a great Cha Cha Cha!Is there anything she cannot do?",
            ["However, she does have a great Cha Cha Cha!", "Is there anything she cannot do?"],
        ),
    ],
)
def test_two_sentences_glued_at_a_quotation_mark_are_two(fast_models, paragraph: str, expected: list[str]) -> None:
    sentences = split_paragraphs([paragraph], fast_models)[0]
    assert [text for _at, text, _ents in sentences] == expected
    for at, text, _ents in sentences:  # offsets still point at the text in the paragraph
        assert paragraph[at : at + len(text)] == text


def test_a_quoted_abbreviation_is_no_break(fast_models) -> None:
    assert len(split_paragraphs(['He called it "a U.S. matter" and left the room.'], fast_models)[0]) == 1


def test_abbreviations_and_domains_glued_to_a_word_are_no_break(fast_models) -> None:
    paragraph = "He met Mr.Smith at 5 p.m. in the U.S. capital after he had visited example.com today."
    assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == [paragraph]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # stop 23 editor read (multinews-244): "captain, Cmdr." and "Bryce Benson, was airlifted" were two
        (
            "The ferry's captain, Cmdr. Ilsa Varga, was airlifted on Sunday. Two others were treated.",
            ["The ferry's captain, Cmdr. Ilsa Varga, was airlifted on Sunday.", "Two others were treated."],
        ),
        (
            "Lt. Gov. Ann Brent and Sen. Tom Ruiz met Gen. Paul Orr at the harbour on Monday. They talked.",
            ["Lt. Gov. Ann Brent and Sen. Tom Ruiz met Gen. Paul Orr at the harbour on Monday.", "They talked."],
        ),
    ],
)
def test_a_title_abbreviation_ends_no_sentence(fast_models, paragraph: str, expected: list[str]) -> None:
    assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # stop 25 editor read (multinews-161): "about 11 a.m. | May 29, when ..." lost the day to a break
        (
            "The boy was shot about 11 a.m. May 29, when the family was headed to the pier. He died.",
            ["The boy was shot about 11 a.m. May 29, when the family was headed to the pier.", "He died."],
        ),
        (
            "The ferry left at 7:30 p.m. Tuesday with 40 people on board.",
            ["The ferry left at 7:30 p.m. Tuesday with 40 people on board."],
        ),
        # a full stop glued to the next sentence after a day's number (multinews-161)
        (
            "Her arraignment was scheduled for July 2.The office declined to comment.",
            ["Her arraignment was scheduled for July 2.", "The office declined to comment."],
        ),
        # an editor's bracket inside a quotation ends no sentence (multinews-236)
        (
            '"He handed out photographs [of the statues] in the hall," Ines Roe said. She left.',
            ['"He handed out photographs [of the statues] in the hall," Ines Roe said.', "She left."],
        ),
        # ... and none before it (editor read, stop 33, row 10)
        (
            "I thought Ines Roe would win. Clearly, Keld Big Bang [Show] is at the top of its game right now.",
            ["I thought Ines Roe would win.", "Clearly, Keld Big Bang [Show] is at the top of its game right now."],
        ),
        # a time that ends its sentence still ends it
        (
            "The fire started at 11 a.m. Police closed the road.",
            ["The fire started at 11 a.m.", "Police closed the road."],
        ),
    ],
)
def test_clock_times_and_day_numbers_break_only_where_a_sentence_ends(
    fast_models, paragraph: str, expected: list[str]
) -> None:
    assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The two mayors sought to shield their towns. from the river. floods and other costs of the storm. "
            "Repairs began.",
            [
                "The two mayors sought to shield their towns. from the river. floods and other costs of the storm.",
                "Repairs began.",
            ],
        ),
        ("Prices fell. eBay said sales rose.", ["Prices fell.", "eBay said sales rose."]),
        ("Well…. with a moment of thought, the critics are not happy.", None),
        ("Prices fell. iPhone sales rose too.", ["Prices fell.", "iPhone sales rose too."]),
    ],
)
def test_a_lower_case_word_after_a_full_stop_goes_on_with_the_sentence(
    fast_models, paragraph: str, expected: list[str] | None
) -> None:
    """A spun rewrite's garbled "… their countries. from the West. sanctions and other consequences …"
    (shared corpus) was three sentences, and the summary led with the first: it says the opposite of the
    whole. A word with a capital inside starts a sentence."""
    texts = [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]]
    if expected is None:  # after an ellipsis: not joined by this rule (spaCy's own cut stands)
        assert not any(t.startswith("Well…. with") for t in texts)
    else:
        assert texts == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # stop 30 editor read (multinews-243): "the 2D model (Fig. | 6) suggests ..." cut 18 of 76 facts
        (
            "The flat model of the Keld dome (Fig. 6) suggests that the magma rose slowly. The vent then closed.",
            ["The flat model of the Keld dome (Fig. 6) suggests that the magma rose slowly.", "The vent then closed."],
        ),
        (
            "The tremor was strong (ref. 12) and lasted a week. Varga et al. (2010) saw the same pattern.",
            ["The tremor was strong (ref. 12) and lasted a week.", "Varga et al. (2010) saw the same pattern."],
        ),
    ],
)
def test_a_reference_abbreviation_before_a_numeral_ends_no_sentence(
    fast_models, paragraph: str, expected: list[str]
) -> None:
    assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == expected
