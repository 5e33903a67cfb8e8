"""Stop 58, h-sum58 (issue 14): an outlet's lede over its own dated retelling, an event over a definition, a study's
finding over its method. Invented text; each test fails on main d8d76bd's ``src`` (the first two led with the
retelling and the state; ``with_finding_first`` does not exist there)."""

from __future__ import annotations

import numpy as np


def _lede(rows: list[tuple[str, int, int]], units: list[list[int]], values: list[float], dated: int) -> int:
    """``lede_first``'s lede of sentences (text, article, index in the article) grouped in ``units`` and ranked by
    ``values``; ``dated``: the sentence that names a day."""
    from tests.test_summary_stop57 import _lede as lede_of

    return lede_of(rows, units, sorted(range(len(rows)), key=lambda i: -values[i]), dated, values)


def test_an_outlets_lede_goes_before_its_own_dated_retelling_and_takes_its_support() -> None:
    """Editor read #31, Multi-News row 119: "Common pleas court Judge … dismissed the first-degree murder charges
    Tuesday against Dr. Kermit Gosnell." (its article's second sentence, joined to another outlet's first) led over
    that article's own lede "A judge has thrown out three murder charges …", ranked fifth at 0.6 of the best."""
    rows = [
        (
            "A judge has thrown out two theft charges against a Lakeside car dealer accused of rolling back odometers.",
            1,
            0,
        ),
        ("County Judge Ann Smith dismissed the felony theft charges Tuesday against dealer Bob Jones.", 1, 1),
        ("Judge Ann Smith dismissed felony theft charges against Lakeside car dealer Bob Jones.", 2, 0),
        ("Prosecutors had argued that the dealer sold at least forty cars with false mileage.", 2, 3),
    ]
    units = [[0], [1, 2], [3]]
    assert _lede(rows, units, [0.6, 0.95, 0.0, 1.0], dated=1) == 0
    # a dated sentence of another act is no retelling: it keeps its support and leads, as before
    other = [*rows[:1], ("County Judge Ann Smith set a trial date Tuesday for dealer Bob Jones.", 1, 1), *rows[2:]]
    assert _lede(other, units, [0.6, 0.95, 0.0, 1.0], dated=1) == 1


def test_an_outlets_lede_that_tells_an_event_goes_before_states_and_definitions() -> None:
    """Gold multinews-159: "A 40-year-old woman from Shawnee, Oklahoma, recently had to get major parts of both arms
    and both legs amputated …" (0.49 of the best) lost to "The patient, Jo Rogers, is currently in the intensive care
    unit …", whose unit holds the disease's definition; no candidate told anything happening."""
    rows = [
        ("Lakeside fever (LF) is a disease carried by ticks.", 2, 0),
        ("The patient, Ann Smith, is in the intensive care unit of Lakeside Hospital.", 1, 1),
        ("A 40-year-old Lakeside woman had both legs amputated after a tick bite infected her.", 1, 0),
    ]
    units = [[0, 1], [2]]
    assert _lede(rows, units, [0.0, 1.0, 0.45], dated=1) == 2
    # when a candidate tells something happening, the pool stays as it was: the opener under its share stays out
    told = [rows[0], ("The patient, Ann Smith, was flown to Lakeside Hospital on Monday.", 1, 1), rows[2]]
    assert _lede(told, units, [0.0, 1.0, 0.45], dated=1) == 1


def test_a_units_finding_is_shown_over_its_method() -> None:
    """Editor read #31, Multi-News row 123: the paper's "… ratios were calculated" showed a unit that holds the
    report's "… investigators found that the 2D:4D ratio may be an effective predictor of schizophrenia"."""
    from newsfuse.summarize.select import with_finding_first

    texts = {
        0: "The left-hand and right-hand digit ratios of the 103 patients were calculated.",
        1: "Investigators found that the digit ratio may be an effective predictor of the disorder.",
        2: "The ratio was lower in the patient group than in the control group.",
    }
    values = np.ones(3)
    assert with_finding_first([0, 1, 2], texts, values, set())[0] == 1
    assert with_finding_first([0, 1, 2], texts, values, {1}) == [0, 1, 2]  # a finding that needs its sentence before
    assert with_finding_first([2, 0, 1], texts, values, set()) == [2, 0, 1]  # no method at the head: unchanged
