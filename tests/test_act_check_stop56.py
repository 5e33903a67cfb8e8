"""Stop 56 (issue 12): ``AlignOptions.act_check_below`` (1.0; None turns it off): a sentence joined into a summary
sentence's unit below it is cited for it only when the two do not each tell one act, different verbs done to
different things (align/act_check.py). Invented text.

The wrong citations left at stop 55 are mostly such members (BASIL 2013 a4f1d515: Obama defending the programs cited
to another outlet's hearings held by his officials). Read for a summary sentence's citations through its unit only
(align/cited.py): in the fact graph it cost gold tune multi-outlet facts (docs/synthesis.md, "Stop 56 —
h-cite56"). Each test fails on main's ``src`` (no ``align/act_check.py``, no ``act_check_below``).
"""

from __future__ import annotations

import pytest
from tests.fakes import member_sources

from newsfuse.align.act_check import ActReader

DEFENDED = "President Ilse Varga on Friday forcefully defended the water pact, saying parliament was fully briefed."
HEARINGS = (
    "Meanwhile, senior officials of the Varga government have held closed hearings for members of parliament "
    "since the spring, an aide said Saturday."
)
RETOLD = "On Friday, President Ilse Varga defended the water pact and said parliament had been fully briefed on it."
ARRIVED = "Prime Minister Ilse Varga arrived in Keld on Tuesday, the first visit by a head of government in years."
VISITED = "Ilse Varga visited the port of Keld on Tuesday and signed the harbour agreement."
PAID = "The port authority paid the dock workers a settlement of $43,885,310 on Monday."
GOT = "The dock workers won damages of $43,885,310 from the port authority on Monday."


def _sources(fast_models, first: str, second: str, similarity: float, below: float | None) -> list[str]:  # type: ignore[no-untyped-def]
    """The outlets a summary sentence of the first article cites (align/cited.py ``actor_checked_sources``), the
    second article's sentence in its unit at ``similarity``, with ``act_check_below`` at ``below``."""
    from tests.fakes import two_sentence_unit

    from newsfuse.align.act_check import ActReader
    from newsfuse.align.cited import actor_checked_sources
    from newsfuse.align.facts import Backing

    story, unit_map = two_sentence_unit(fast_models, first, second, similarity)
    backing = Backing.of(story)
    backing.acts = ActReader(fast_models.parse, below) if below is not None else None
    return actor_checked_sources(story, unit_map, [0], fast_models.parse, backing)[0]


def test_a_member_telling_another_act_is_not_cited(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert _sources(fast_models, DEFENDED, HEARINGS, 0.93, None) == ["S1", "S2"]  # off: as before
    assert _sources(fast_models, DEFENDED, HEARINGS, 0.93, 1.0) == ["S1"]
    assert _sources(fast_models, DEFENDED, HEARINGS, 0.97, 0.95) == ["S1", "S2"]  # above the band: not read
    assert _sources(fast_models, DEFENDED, RETOLD, 0.93, 1.0) == ["S1", "S2"]  # the same act
    # the fact graph does not read it: the gold counts such a member as telling a part of the fact
    acts = ActReader(fast_models.parse, 1.0)
    assert member_sources(fast_models, DEFENDED, HEARINGS, 0.93, acts=acts) == ["S1", "S2"]


def test_only_two_sentences_of_one_act_each_are_told_apart(fast_models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.align.act_check import acts_of, tells_another_act

    defended, hearings, retold, arrived, visited = fast_models.parse([DEFENDED, HEARINGS, RETOLD, ARRIVED, VISITED])
    assert [(a.verb, sorted(a.objects)) for a in acts_of(defended)] == [("defen", ["pact", "water"])]
    assert [a.verb for a in acts_of(hearings)] == ["hold"]  # the act the speech verb reports
    assert tells_another_act(defended, hearings) and tells_another_act(hearings, defended)
    assert not tells_another_act(defended, retold)  # retold names the same verb
    assert not acts_of(arrived)  # no thing it is done to: never read as another act
    assert not tells_another_act(arrived, visited)
    assert len(acts_of(visited)) == 2 and not tells_another_act(defended, visited)  # two acts: may tell one


def test_a_specific_figure_both_give_is_one_event(fast_models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.align.act_check import tells_another_act

    paid, got = fast_models.parse([PAID, GOT])
    assert tells_another_act(paid, got)  # "paid … a settlement" / "won damages": two verbs, two objects
    assert _sources(fast_models, PAID, GOT, 0.93, 1.0) == ["S1", "S2"]  # but the figure tells one payment


def test_the_option_is_checked() -> None:
    from newsfuse.errors import OptionsError
    from newsfuse.options import AlignOptions, Options

    assert Options().align.act_check_below == 1.0  # every member under a pair score of 1.0
    assert Options().with_(act_check_below=None).align.act_check_below is None
    assert Options().with_(act_check_below=0.99).align.act_check_below == 0.99
    with pytest.raises(OptionsError):
        AlignOptions(act_check_below=1.5)
