"""Stop 33 (issue 13, PolNeAR train error classes): each test on invented text."""

from __future__ import annotations


def _direct(found) -> dict[str, str | None]:
    return {a.text: a.speaker.name if a.speaker else None for a in found if a.kind == "direct"}


def test_three_apostrophes_close_a_nested_quote_and_the_quotation(attribute_parsed) -> None:
    """Wire copy types a double mark as two apostrophes; three in a row are that double mark and a single one
    nested inside it. Closing, the double mark is the last two ('... special case,''' Ann Keld said'); opening,
    the first two (''''Sir, ...'). Read as no mark at all, the quotation ran on past its frame."""
    found = attribute_parsed(
        [
            "''We hear it all the time, 'the harbour is a special case,''' Mayor Ada Brant said. The council "
            "met on Monday.",
            "''I will not say 'never,''' Tom Velden said.",
        ]
    )
    quotes = _direct(found)
    assert quotes.get("We hear it all the time, 'the harbour is a special case,'") == "Ada Brant", quotes
    assert quotes.get("I will not say 'never,'") == "Tom Velden", quotes


def test_the_parse_subject_of_a_frame_is_never_inside_the_quotation(attribute_parsed) -> None:
    """'“..., I would ...,” Tom Velden, now 81 and retired in Keld, Mass., said by telephone': the apposition
    holds a verb, so the word rules' subject is checked against the parse, which may offer a word inside the
    quoted words ("I"). The speaker of a quotation stands outside its marks: the name stays."""
    found = attribute_parsed(
        [
            "The harbour board freed the ferry captain in 1986.",
            "“If the board had listened to Kemp, I would have been sitting in a cell for a long time,” Tom Velden, "
            "now 81 and retired in Keld, Mass., said by telephone this week. “Every minute in there was a day.”",
        ]
    )
    quote = next(a for a in found if a.kind == "direct" and "sitting in a cell" in a.text)
    assert quote.speaker is not None and quote.speaker.name == "Tom Velden", quote.speaker


def test_a_digest_item_signed_after_a_dash_is_the_signers_quote(attribute_parsed) -> None:
    """A roundup's item: '<summary> - <source>: “...”'. The words between the dash and the colon sign the
    quotation; the summary before the dash is no speaker (its first words, "Media shares", were printed)."""
    found = attribute_parsed(
        [
            "Polls were wrong in the harbour race.",
            "Media shares blame in harbour poll overhype - Ada Brant: “Pollsters are taking a lot of heat from the "
            "public for not seeing the result coming. But some critics in the media share the blame.” [Keld Post.]",
            "Estimates of civic engagement are problematic - Keld Research: “All the samples include more engaged "
            "people than the benchmarks say.”",
        ]
    )
    quotes = {text[:20]: name for text, name in _direct(found).items()}
    assert quotes.get("Pollsters are taking") == "Ada Brant", quotes
    assert quotes.get("All the samples incl") == "Keld Research", quotes
