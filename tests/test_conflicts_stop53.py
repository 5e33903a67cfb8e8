"""Stop 53 (issue 12 item 4, branch h-conf53): two figures of one measure, each given to its last digit, within
the 1% rounding tolerance, on invented text.

- "8,027 metres" / "8,013 metres" (0.2% apart) were read as agreeing: ``Quantity.compatible`` allows 1% either side
  for rounding, but neither figure rounds to the other, so one of the two outlets is wrong. They are a conflict.
- Guards: a round figure against the figure it rounds ("$43,000" / "$43,350": BASIL 2013 f506aafc, labelled a
  look-alike in ``bench/gold/conflicts53.jsonl`` before the rule was written; "$3.6 billion" / "$3.57 billion"), a
  hedged figure ("about 8,027"), and the same figure twice.
The two rule tests fail on main cb93abd; the guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop50 import _conflicts, _story

from newsfuse.align.numbers import find_quantities

_PEAK = "The climbers reached the top of Mount Carrow, which rises {} metres above sea level, on their third attempt."


def _one(text: str):
    (quantity,) = find_quantities(text)
    return quantity


def test_two_figures_given_to_their_last_digit_disagree():
    assert _one("8,027 metres").apart_past_rounding(_one("8,013 metres"))
    assert _one("$3.6 billion").apart_past_rounding(_one("$3.5 billion"))
    assert _one("4.52%").apart_past_rounding(_one("4.55%"))


def test_a_height_within_one_percent_is_a_conflict(models):
    brief = _story(models, _PEAK.format("8,027"), _PEAK.format("8,013"))
    assert [values for _, values in _conflicts(brief)] == [["8,013", "8,027"]]


def test_a_round_figure_and_the_figure_it_rounds_agree():
    """Guard: a writer who rounds is not wrong."""
    assert not _one("$43,000").apart_past_rounding(_one("$43,350"))
    assert not _one("$3.6 billion").apart_past_rounding(_one("$3.57 billion"))
    assert not _one("4.5%").apart_past_rounding(_one("4.53%"))
    assert not _one("8,000 metres").apart_past_rounding(_one("8,027 metres"))


def test_a_hedged_or_worded_figure_is_left_to_the_tolerance():
    """Guard: "about 8,027" and "eight thousand" say no last digit."""
    assert not _one("about 8,027 metres").apart_past_rounding(_one("8,013 metres"))
    assert not _one("eight thousand metres").apart_past_rounding(_one("8,013 metres"))
    assert not _one("8,013 metres").apart_past_rounding(_one("8,013 metres"))


def test_a_rounded_height_is_no_conflict(models):
    """Guard: "8,000 metres" / "8,027 metres", 0.3% apart, the first the second rounded."""
    brief = _story(models, _PEAK.format("8,000"), _PEAK.format("8,027"))
    assert _conflicts(brief) == []
