"""Stop 31 (issue 13, PolNeAR train error classes): each test on invented text."""

from __future__ import annotations


def _with(found, words: str):
    match = [a for a in found if words in a.text]
    assert match, f"no attribution containing {words!r} in {[a.text for a in found]}"
    return match


def test_each_quotation_opened_by_its_own_frame_is_its_own_quote(attribute_parsed) -> None:
    """'he replied, “A.” He added, “B.”': the second frame opens a new sentence and hands B to its subject;
    A keeps the frame before it. Two quotes, each with its own frame, not one quote of the second frame."""
    found = attribute_parsed(
        [
            "Mayor Ada Brant spoke to the harbour board on Monday. Asked about the vote, she replied, “This was the "
            "best vote of my years on the board.” She added, “I will also be glad to see the ferry back in May.”"
        ]
    )
    first = _with(found, "best vote of my years")
    second = _with(found, "glad to see the ferry")
    assert first[0] is not second[0]
    assert first[0].speaker is not None and first[0].speaker.text == "she"
    assert second[0].speaker is not None and second[0].speaker.text == "She"
    assert first[0].speaker.name == second[0].speaker.name == "Ada Brant"


def test_a_quote_broken_by_its_frame_stays_one_quote(attribute_parsed) -> None:
    """'“A,” she said. “B.”' and '“A,” she said, “B.”' are one utterance in two parts (unchanged)."""
    for paragraph in (
        "Ada Brant runs the harbour board. “We lost three boats,” she said. “We will not lose another.”",
        "Ada Brant runs the harbour board. “We lost three boats,” she said, “and we will not lose another.”",
    ):
        found = attribute_parsed([paragraph])
        assert _with(found, "three boats")[0] is _with(found, "lose another")[0]


def test_a_few_words_in_marks_that_no_one_said_are_no_quote(attribute_parsed) -> None:
    """A headline's or a subheading's few words in marks with no frame and no speaker (‘Very Good Sailors.’,
    ‘Back to work?’) are no utterance; a short quotation with its frame, or with a cue whose subject is not
    named, stays a quote."""
    found = attribute_parsed(
        [
            "Harbour Board Praises Ferry Crews: ‘Very Good Sailors.’",
            "The harbour board met on Monday to vote on the pier.",
            "– ‘Back to work?’ –.",
            "“We will reopen,” Mayor Ada Brant said.",
            "The mayor was asked, “Why not now?”",
        ]
    )
    texts = [a.text for a in found if a.kind == "direct"]
    assert not [t for t in texts if "Good Sailors" in t or "Back to work" in t], texts
    assert any("We will reopen" in t for t in texts), texts
    assert any("Why not now" in t for t in texts), texts
