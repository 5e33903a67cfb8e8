"""An ordinal ends no sentence before the name it numbers (editor read, stop 35, Multi-News row 104: spaCy broke "the
U.S. Air Force's 51st | Fighter Wing is lived in a state of constant alert", and "Fighter Wing." became a fact)."""

from __future__ import annotations

from newsfuse.nlp.analyse import _join_after_titles


def _pieces(text: str, cuts: list[str]) -> list[str]:
    starts = [0, *(text.index(c) for c in cuts)]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    return [text[a:b] for a, b in _join_after_titles(text, list(zip(starts, ends, strict=True)))]


def test_a_sentence_cut_after_an_ordinal_goes_on_with_the_name() -> None:
    text = "The harbour guard of Keld's 51st Coastal Wing stood ready on Monday. The mayor thanked them."
    assert _pieces(text, ["Coastal Wing", "The mayor"]) == [
        "The harbour guard of Keld's 51st Coastal Wing stood ready on Monday.",
        "The mayor thanked them.",
    ]


def test_a_sentence_ending_in_an_ordinal_with_its_full_stop_stays_apart() -> None:
    text = "The race was won by the boat that came 1st. Keld took second place."
    assert _pieces(text, ["Keld took"]) == ["The race was won by the boat that came 1st.", "Keld took second place."]
