"""Stop 52 (issue 12): every multi-source gold fact the brief misses is classed by the stage that stops it
(``bench/facts_misses.py``), so that a change to the same-fact decision can be aimed at the largest class."""

from __future__ import annotations

from bench.facts_misses import single_stage, stage


def test_a_missed_fact_is_classed_by_the_stage_that_stops_it() -> None:
    # no pair of matching items in two documents: the outlet's sentence is no item, or the rule finds no two documents
    assert stage(1, 2, None, 0.9) == "one outlet's telling is no item"
    assert stage(1, 1, None, 0.9) == "rule matches <2 documents"
    # two items of two documents in different units, by the pair score
    assert stage(2, 2, (False, 0.0), 0.9) == "never scored"
    assert stage(2, 2, (False, 0.41), 0.9) == "scored < 0.5"
    assert stage(2, 2, (False, 0.5), 0.9) == "band"
    assert stage(2, 2, (False, 0.89), 0.9) == "band"
    assert stage(3, 3, (False, 0.94), 0.9) == "above threshold, other units"
    # one unit: the shown claim, the citation checks, the JSON's facts
    assert stage(2, 2, (True, 0.97), 0.9, (True, 1, True)) == "outlet dropped by the citation checks"
    assert stage(2, 2, (True, 0.97), 0.9, (False, 2, True)) == "shown by a claim the rule does not match"
    assert stage(2, 2, (True, 0.97), 0.9, (True, 2, False)) == "no fact of the JSON"


def test_a_single_source_item_of_a_multi_source_fact_is_classed_by_its_outlet() -> None:
    gold = {"S1", "S2", "S3"}
    assert single_stage("S4", gold, {"S1", "S2"}) == "an outlet the gold does not list"
    assert single_stage("S3", gold, {"S1", "S2"}) == "an outlet's telling alone, the fact shown"
    assert single_stage("S3", gold, set()) == "an outlet's telling alone, the fact not shown"
    assert single_stage("S1", gold, {"S1", "S2"}) == "an outlet already cited for the fact"
