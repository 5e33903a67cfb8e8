"""Stop 55 (issue 12): ``AlignOptions.member_sure`` (off by default): a sentence joined into the shown sentence's unit
below it backs the shown sentence only when the two share ``facts.MEMBER_COVER`` of the shorter one's content words.
Invented text.

The wrong citations of the tune labels (``bench/gold/citations.jsonl``) and of editor reads #23-#27 are mostly such
members: the pair model scores two sentences about the same people at 0.9-0.95 while each tells another act
(BASIL 2013 a4f1d515: Obama defending the programs cited to another outlet's hearings held by his officials;
Multi-News row 17: "His wife said the elevators are always out of service." to "My wife called me and said, 'Our
neighbor fell down the elevator.'"). Off because the gold's outlets telling a fact in other words look the same
(docs/synthesis.md, "Stop 55 — h-cite55").
"""

from __future__ import annotations

import pytest

DEFENDED = "President Ilse Varga on Friday forcefully defended the water pact, saying parliament was fully briefed."
HEARINGS = (
    "Meanwhile, senior officials of the Varga government have held closed hearings for members of parliament "
    "since the spring, an aide said Saturday."
)
RETOLD = "On Friday, President Ilse Varga defended the water pact and said parliament had been fully briefed on it."


def _sources(fast_models, first: str, second: str, similarity: float, sure: float | None) -> list[str]:  # type: ignore[no-untyped-def]
    """The outlets cited for the first article's sentence, the second article's sentence in its unit at
    ``similarity`` (threshold 0.9), with ``member_sure`` at ``sure``."""
    from tests.fakes import member_sources

    return member_sources(fast_models, first, second, similarity, member_sure=sure)


def test_a_member_below_sure_telling_another_act_is_not_cited(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert _sources(fast_models, DEFENDED, HEARINGS, 0.93, None) == ["S1", "S2"]  # off: as before
    assert _sources(fast_models, DEFENDED, HEARINGS, 0.93, 0.95) == ["S1"]
    assert _sources(fast_models, DEFENDED, HEARINGS, 0.97, 0.95) == ["S1", "S2"]  # sure: the other checks decide
    assert _sources(fast_models, DEFENDED, RETOLD, 0.93, 0.95) == ["S1", "S2"]  # the same words


def test_the_shared_words_are_read_on_the_shorter_sentence() -> None:
    from newsfuse.align.facts import member_tells

    shown = frozenset({"varga", "defend", "pact", "water", "friday", "parliament", "brief"})
    assert not member_tells(0.93, shown, frozenset({"varga", "hear", "aide", "parliament", "spring"}), 0.95)
    assert member_tells(0.93, shown, frozenset({"varga", "defend", "pact"}), 0.95)
    assert member_tells(0.95, shown, frozenset({"hear"}), 0.95)


def test_the_option_is_checked() -> None:
    from newsfuse.errors import OptionsError
    from newsfuse.options import AlignOptions, Options

    assert Options().align.member_sure is None
    assert Options().with_(member_sure=0.95).align.member_sure == 0.95
    with pytest.raises(OptionsError):
        AlignOptions(member_sure=1.5)
