"""A sentence that is mostly someone's quotation is backed only by a sentence that prints some of its words (editor
read #8, Multi-News row 114: a quote cited an outlet whose sentence gives the speaker's other remark)."""

from __future__ import annotations

from newsfuse.align.citation_check import misses_quote

SHOWN = (
    "Ada Brant of the Keld Harbour Trust questioned the council's logic, saying: \"I guess if a storm is tearing "
    "the roof off your house, you are just 'inconvenienced.'\""
)


def test_another_remark_of_the_same_speaker_does_not_back_the_quote() -> None:
    other = "Ada Brant, a lawyer with the Keld Harbour Trust, said the council's ruling was a lost opportunity."
    assert misses_quote((SHOWN, other))


def test_a_sentence_printing_the_quote_or_another_wording_of_it_backs_it() -> None:
    assert not misses_quote(
        (SHOWN, "“If a storm is tearing the roof off your house, you are inconvenienced,” Brant said.")
    )
    assert not misses_quote((SHOWN, "Brant said a storm tearing off a roof was hardly an inconvenience."))


def test_a_sentence_that_is_mostly_narration_is_not_held_to_its_quote() -> None:
    narration = (
        "The Keld council ruled on Monday that the harbour wall will not be rebuilt this year, Brant said, "
        'calling it "a disgrace."'
    )
    assert not misses_quote((narration, "The council said on Monday it would not rebuild the harbour wall."))
