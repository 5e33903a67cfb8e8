"""Number reading: digits, words, vague amounts, money, percentages; what is not a count."""

from __future__ import annotations

import math

import pytest

from newsfuse.align.conflicts import slot_of, topic_of
from newsfuse.align.numbers import find_quantities


def only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "high", "exact", "unit", "noun"),
    [
        ("the council approved 14 permits", 14, 14, True, "count", "permit"),
        ("the council approved fourteen permits", 14, 14, True, "count", "permit"),
        ("the council approved more than a dozen permits", 12, math.inf, False, "count", "permit"),
        ("the council approved a dozen permits", 10.8, 13.2, False, "count", "permit"),
        ("tens of thousands of residents fled", 20_000, 99_000, False, "count", "resident"),
        ("a deal worth tens of billions of dollars", 2e10, 9.9e10, False, "money", "dollar"),
        ("the mayor pledged $470 million in aid", 4.7e8, 4.7e8, True, "money", "aid"),
        ("spending rose to about 2 percent of output", 1.8, 2.2, False, "percent", "output"),
        ("at least 30,000 volunteers joined", 30_000, math.inf, False, "count", "volunteer"),
        ("nearly 200 boats sailed", 180, 200, False, "count", "boat"),
    ],
)
def test_reads_amounts_as_intervals(text, low, high, exact, unit, noun):
    q = only(text)
    assert q.low == pytest.approx(low, rel=1e-6, abs=1e-6)
    assert q.high == pytest.approx(high, rel=1e-6) if math.isfinite(high) else q.high == math.inf
    assert (q.exact, q.unit, q.noun) == (exact, unit, noun)


@pytest.mark.parametrize(
    "text",
    ["It happened in 1987 at 10:30.", "The 40th meeting of the G7 on COVID-19.", "one of the ships", "F-16 jets"],
)
def test_years_ordinals_times_and_names_are_not_counts(text):
    assert find_quantities(text) == []


def test_compatible_values_overlap_and_exact_disagreements_do_not():
    exact, vague, other = only("signed 14 accords"), only("signed more than a dozen accords"), only("signed 2 accords")
    assert exact.compatible(vague)
    assert not exact.compatible(other)
    assert not vague.compatible(other)


def test_slots_join_related_nouns_and_casualty_wording():
    a, b = "the two sides signed 14 agreements", "the agreements included two broad declarations"
    assert slot_of(only(a.replace("two sides", "sides")), a) == slot_of(find_quantities(b)[0], b) == "count:agreement"
    text = "a storm hit the coast, killing 12 people"
    assert slot_of(only(text), text) == "count:death"
    assert topic_of("count:agreement", [a]) == "number of agreements signed"
    assert topic_of("count:death", [text]) == "number of people killed"
    assert topic_of("money:aid", []) == "amount of money for aid"


def test_a_duration_counts_what_it_is_spent_in():
    text = "In the couple's case, they were in prison for 23 years, which means each gets $1.8 million"
    q = find_quantities(text)[0]
    assert (q.unit, q.noun) == ("duration", "year:prison")


def test_money_is_named_by_what_it_pays_for_also_after_a_span_of_time() -> None:
    """The bundled example's disagreement: €2.4 billion vs 2.1 billion euros for the same projects."""
    pledged = "Both governments pledged to invest €2.4 billion over ten years in water treatment plants."
    spent = "Officials said the two countries would spend 2.1 billion euros on water treatment projects."
    [(a, noun_a)] = [(q.text, q.noun) for q in find_quantities(pledged) if q.unit == "money"]
    [(b, noun_b)] = [(q.text, q.noun) for q in find_quantities(spent) if q.unit == "money"]
    assert (a, b) == ("€2.4 billion", "2.1 billion") and noun_a == noun_b == "water"
    assert [q.noun for q in find_quantities("The firm paid $5 million on Monday.") if q.unit == "money"] == [""]


def test_a_lower_bound_reaches_as_far_as_its_rounding():
    # a figure given to its last digit: "more than 21 years" is not 23 years
    assert not only("spent more than 21 years in prison").compatible(only("were in prison for 23 years"))
    assert only("spent more than 21 years in prison").compatible(only("were in prison for 22 years"))
    # a round figure reaches 1.3 times itself: "more than 400" is not 550, "more than $15,000" not $25,000
    assert not only("a delegation of more than 400 people").compatible(only("a delegation of 550 people"))
    assert not only("raised more than $15,000 in donations").compatible(only("more than $25,000 in donations"))
    assert only("more than 8,000 people have died").compatible(only("9,100 people have died"))
    assert only("more than $20,000 in fees").compatible(only("$23,712 in fees"))
    assert only("rescued more than 30 passengers").compatible(only("rescued 40 passengers"))
    # number words and small figures stay open: "more than a dozen", "more than two"
    assert only("signed more than a dozen accords").compatible(only("signed 20 accords"))
    assert only("more than two people were hurt").compatible(only("five people were hurt"))


def test_fighters_in_other_words_are_one_count_and_a_toll_of_them_is_not_a_part():
    from newsfuse.align.conflicts import _is_part

    killed = "It added that the forces killed two of the gunmen and arrested the third."
    others = ['"Three terrorists were killed and a fourth was arrested," the TV reported.', "four rebels were killed"]
    slots = {slot_of(only(t), t) for t in [killed, *others]}
    assert slots == {"count:attacker"}
    assert not _is_part(only(killed), killed)
    whole = "the forces killed two of the three gunmen"
    assert _is_part(find_quantities(whole)[0], whole)  # "of the three": a part of a whole given
    hijackers = "Fifteen of the hijackers were Saudi citizens"
    assert _is_part(only(hijackers), hijackers)


def test_lower_bounds_far_apart_count_different_things():
    from newsfuse.align.conflicts import _far_lower_bounds

    (flights,) = find_quantities("More than 20,000 flights were cancelled.")
    (few,) = find_quantities("More than 600 flights were cancelled.")
    (near,) = find_quantities("More than 550 flights were cancelled.")
    (exact,) = find_quantities("Officials said 600 flights were cancelled.")
    assert not flights.compatible(few)  # the rounding reading alone would call this a clash
    assert _far_lower_bounds(flights, few)
    assert not _far_lower_bounds(few, near)  # close lower bounds still compare
    assert not _far_lower_bounds(flights, exact)  # an exact figure is not a lower bound


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        # the counted thing stays inside the number's phrase: not "researchers" after a comma
        ("the brachiosaur stretched 80 feet long, the researchers wrote", ["feet"]),
        ("went to college by the age of twelve (so far!), and more", [""]),
        # a number word is not what is counted: "seven of those ten children" counts children
        ("seven of those ten children went to college", ["children", "children"]),
    ],
)
def test_the_counted_noun_is_in_the_numbers_phrase(text, nouns):
    assert [q.noun for q in find_quantities(text)] == nouns


def test_an_irregular_plural_is_counted_and_a_word_in_ss_is_no_plural():
    assert [q.noun for q in find_quantities("125 people had died across Syria on Monday")] == ["people"]


def test_a_compound_number_in_words_is_not_read_as_its_parts():
    """Multi-News row 123: "One hundred and three male patients" is 103, not 100 and 3 (read as a
    conflict with "103 male patients"); such a phrase is left out rather than misread."""
    assert find_quantities("One hundred and three male patients were admitted") == []


@pytest.mark.parametrize(
    "text", ["adults age 20 to 29 live with their parents", "between 155 million to 148 million years ago"]
)
def test_the_ends_of_a_range_are_not_quantities(text):
    """Multi-News rows 33 and 145: the ends of a range were compared as two counts."""
    assert find_quantities(text) == []
