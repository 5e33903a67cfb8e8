"""Stop 52 (issue 12 item 4, branch h-conf52): figures of one measure within one fact, on invented text.

- Two outlets' tellings of one fact that give a sum of one thing two values ("about $500,000 in tax revenue" /
  "about $1 million in tax revenue": Multi-News row 77, shown as one fact both outlets agree on) are a conflict,
  though sums of money are otherwise not compared (stop 29), and neither sentence backs the other's fact.
- ``units.numbers_agree``: a sentence whose other figures agree ("$3 million in sales") does not back one that gives
  another value of a thing both name ("tax").
- Guards: two sums of two things, two sums in sentences the fact graph does not join, one sum in other words.
The tests of the rules fail on main 662e92d; the guards pass on both. (``align/other_side.py``, a fact shown with one
side of a conflict citing no outlet of another, was taken back at the merge: the summary sentence shown as that fact
kept every outlet, so the two disagreed — tests/test_summary_citations.py — and the example's golden files moved.)
"""

from __future__ import annotations

from tests.test_conflicts_stop50 import _conflicts, _story

from newsfuse.align.numbers import find_quantities
from newsfuse.align.units import numbers_agree

_TAX_A = (
    "The first four days of legal sales in Harlow generated $3 million in sales revenue and about $500,000 in tax "
    "revenue for the city, the traders' association said."
)
_TAX_B = (
    "The first four days of legal sales in Harlow generated about $3 million in sales revenue and about $1 million in "
    "tax revenue for the city, the traders' association said."
)


def test_a_sum_of_one_thing_within_one_fact_is_a_conflict(models):
    brief = _story(models, _TAX_A, _TAX_B)
    assert _conflicts(brief) == [("amount of money for tax", ["about $1 million", "about $500,000"])]


def test_a_fact_is_not_cited_for_an_outlet_giving_another_sum(models):
    brief = _story(models, _TAX_A, _TAX_B)
    for fact in brief.facts:
        if "tax" in fact.text:
            assert len(fact.sources) == 1, (fact.text, fact.sources)


def test_another_value_of_a_named_sum_does_not_back_a_sentence():
    assert not numbers_agree(find_quantities(_TAX_A), find_quantities(_TAX_B))


def test_the_same_sums_in_other_words_back_a_sentence():
    """Guard: "$3 million" and "3 million dollars", "$500,000" and "about $500,000" agree."""
    other = (
        "The first four days of legal sales in Harlow generated 3 million dollars in sales revenue and $500,000 in tax "
        "revenue for the city, the traders' association said."
    )
    assert numbers_agree(find_quantities(_TAX_A), find_quantities(other))


def test_sums_of_two_things_are_no_conflict(models):
    """Guard: the sales of one outlet and the taxes of another are two measures."""
    brief = _story(
        models,
        "The first four days of legal sales in Harlow generated $3 million in sales revenue, the traders' association "
        "said.",
        "The first four days of legal sales in Harlow generated about $500,000 in tax revenue, the traders' "
        "association said.",
    )
    assert _conflicts(brief) == []


def test_sums_in_sentences_of_two_facts_are_no_conflict(models):
    """Guard: a sum is compared only between sentences the fact graph joins (stop 29's reason: a story holds many
    sums of one kind of thing whose sentences read alike)."""
    brief = _story(
        models,
        "The mayor's campaign raised $2 million in donations before the spring election, its treasurer said.",
        "Her rival, a shipping magnate from the old harbour district, has spent $9 million in donations and his own "
        "money on television advertising.",
    )
    assert _conflicts(brief) == []
