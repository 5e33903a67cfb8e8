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
    ],
)
def test_two_sentences_glued_at_a_quotation_mark_are_two(fast_models, paragraph: str, expected: list[str]) -> None:
    sentences = split_paragraphs([paragraph], fast_models)[0]
    assert [text for _at, text, _ents in sentences] == expected
    for at, text, _ents in sentences:  # offsets still point at the text in the paragraph
        assert paragraph[at : at + len(text)] == text


def test_a_quoted_abbreviation_is_no_break(fast_models) -> None:
    assert len(split_paragraphs(['He called it "a U.S. matter" and left the room.'], fast_models)[0]) == 1
