"""Stop 50 (issue 14): whom a letter or an e-mail was written to is part of the fact and stays in the summary
sentence; the outlet a statement or an interview was given to is still deleted (summarize/compress.py)."""

from __future__ import annotations

import pytest

from newsfuse.summarize.compress import compress
from newsfuse.summarize.select import shown_text


@pytest.mark.parametrize(
    "text",
    [
        "In a letter to employees, Keld Air's chief executive, Mara Voss, said the airline would raise pilots' pay.",
        "In an email to staff, the Tessel Mills founder Ivo Brandt said the plant would close by the spring.",
        "In an e-mail to parents, the Norvane school board said classes would resume next week.",
    ],
)
def test_an_addressed_letter_keeps_its_recipients(text: str) -> None:
    assert compress(text) == text
    assert shown_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a statement to the Keld Courier, the airline said the strike had cost it two weeks of flights.",
            "The airline said the strike had cost it two weeks of flights.",
        ),
        (
            "In an interview with the Norvane Herald, Mayor Ilse Varga said the bridge would reopen in the spring.",
            "Mayor Ilse Varga said the bridge would reopen in the spring.",
        ),
        (
            "In a letter, Keld Air's chief executive Mara Voss said the airline would raise pilots' pay.",
            "Keld Air's chief executive Mara Voss said the airline would raise pilots' pay.",
        ),
    ],
)
def test_other_frames_are_still_deleted(text: str, expected: str) -> None:
    assert compress(text) == expected
