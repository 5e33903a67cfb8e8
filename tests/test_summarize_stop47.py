"""Stop 47 (issue 14, the summary an editor would sign): a unit's multi-outlet bonus counts only the fact nodes no
chosen sentence reports yet (summarize/select.py ``by_new_facts``), so a retelling of a chosen sentence's fact no
longer outranks a fact not told yet. Invented numbers."""

from __future__ import annotations

from newsfuse.summarize.select import MULTI_FACT_BONUS, by_new_facts

# (unit value, shown sentence): sentences 0 and 1 report multi-outlet fact node 7 (0's unit tells it, 1 retells
# it through a split sentence's claim), sentence 2 reports no multi-outlet node
_UNITS = [(0.95, 1), (1.0, 0), (0.97, 2)]
_MULTI = {0: {7}, 1: {7}}


def _take_all(units: list[tuple[float, int]], multi: dict[int, set[int]]) -> list[int]:
    chosen: list[int] = []
    for _value, i in by_new_facts(units, multi, chosen):
        chosen.append(i)
    return chosen


def test_a_fact_told_already_earns_no_second_bonus() -> None:
    # statically 1 (0.95 + 0.1) came before 2 (0.97); once 0 tells node 7, 1 ranks by its value alone
    assert MULTI_FACT_BONUS > 0.97 - 0.95
    assert _take_all(_UNITS, _MULTI) == [0, 2, 1]


def test_with_nothing_shared_the_order_is_value_plus_bonus() -> None:
    # every node its own unit's: the static order (value + bonus per node, ties to the earlier sentence)
    multi = {0: {7}, 1: {8}}
    assert _take_all(_UNITS, multi) == [0, 1, 2]
    assert _take_all([(0.5, 4), (0.5, 3)], {}) == [3, 4]


def test_the_order_reads_the_sentences_chosen_so_far() -> None:
    # a unit the caller skips (redundant, say) covers nothing: 1 keeps its bonus when 0 is not taken
    taken: list[int] = []
    for _value, i in by_new_facts(_UNITS, _MULTI, taken):
        if i != 0:
            taken.append(i)
    assert taken == [1, 2]
