"""Stop 51 (issue 12 item 4, branch h-conf51): disagreements told in words (``align/in_words.py``), on invented text.

- A share of one group: "all of the council members were briefed" / "only a few of the council members were briefed"
  (editor read #21: "every member of Congress has been briefed" against "you can count on two hands the members who
  know"); "none of the inspectors" against "some of the inspectors".
- Whose initiative: "removed the warning on his own" / "removed the warning at the request of the agency".
- A date without its year ("on June 25") in articles with no publication date, compared by its name as a weekday is
  (``disagreements._by_name``).
- Guards: a hedged whole ("nearly all"), a share of another group, two acts, a whole negated against a share, a
  quantifier inside a quotation, two dates without their year far apart.
The tests of the rules fail on main d639ff1; the guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop50 import _conflicts, _story


def _topics(models, first: str, second: str) -> list[str]:
    return [topic for topic, _ in _conflicts(_story(models, first, second))]


def test_all_of_a_group_against_a_few_of_it_is_a_conflict(models):
    brief = _story(
        models,
        "All of the council members were briefed on the embankment plan before the vote in the chamber.",
        "Only a few of the council members were briefed on the embankment plan before the vote in the chamber.",
    )
    assert _conflicts(brief) == [
        ("how many members: all or some", ["All of the council members", "Only a few of the council members"])
    ]


def test_every_member_against_some_members_is_a_conflict(models):
    topics = _topics(
        models,
        "Every member of the works committee has been briefed on the cost of the embankment plan by the engineer.",
        "Some members of the works committee have been briefed on the cost of the embankment plan by the engineer.",
    )
    assert topics == ["how many members: all or some"]


def test_none_of_a_group_against_some_of_it_is_a_conflict(models):
    topics = _topics(
        models,
        "None of the inspectors found cracks in the old harbour wall during the survey of the embankment last month.",
        "Some of the inspectors found cracks in the old harbour wall during the survey of the embankment last month.",
    )
    assert topics == ["how many inspectors: none or some"]


def test_on_his_own_against_at_the_request_of_another_is_a_conflict(models):
    topics = _topics(
        models,
        "The city engineer, Oskar Lunde, removed the flood warning from the embankment report on his own.",
        "The city engineer, Oskar Lunde, removed the flood warning from the embankment report at the request of the "
        "mayor's office.",
    )
    assert topics == ["whose initiative"]


def test_a_hedged_whole_is_no_conflict(models):
    """Guard: "nearly all" claims no whole."""
    assert (
        _topics(
            models,
            "Nearly all of the council members were briefed on the embankment plan before the vote in the chamber.",
            "Only a few of the council members were briefed on the embankment plan before the vote in the chamber.",
        )
        == []
    )


def test_a_share_of_another_group_is_no_conflict(models):
    """Guard: all the members and some of the engineers are two groups."""
    assert (
        _topics(
            models,
            "All of the council members were briefed on the embankment plan before the vote in the chamber.",
            "Some of the city engineers were briefed on the embankment plan before the vote in the chamber.",
        )
        == []
    )


def test_a_whole_and_a_share_of_two_acts_are_no_conflict(models):
    """Guard: the whole voted, a share spoke: two acts of one group."""
    assert (
        _topics(
            models,
            "All of the council members voted for the embankment plan after a long debate in the chamber.",
            "Some of the council members spoke against the harbour tax during a short session of the finance board.",
        )
        == []
    )


def test_a_whole_negated_against_a_share_is_no_conflict(models):
    """Guard: all did not attend and some attended are no clash of shares read from words alone."""
    assert (
        _topics(
            models,
            "All of the council members did not attend the briefing on the embankment plan before the vote.",
            "Some of the council members attended the briefing on the embankment plan before the vote.",
        )
        == []
    )


def test_a_quantifier_inside_a_quotation_is_no_outlets_claim():
    from newsfuse.align.in_words import shares_in

    assert shares_in('"Every member of the committee has been briefed," the mayor said.') == []
    assert [s[3] for s in shares_in("Every member of the committee has been briefed, the mayor said.")] == ["member"]


def test_words_after_all_that_name_no_group_are_not_read():
    from newsfuse.align.in_words import shares_in

    assert shares_in("He had known it all along, and all the time the council waited.") == []
    assert shares_in("After all, most of the money goes to the harbour.") == []


def test_a_date_without_its_year_in_undated_articles_is_compared(models):
    """Multi-News rows carry no publication date, so "on June 25" had no value and was never compared."""
    topics = _topics(
        models,
        "The next day, he robbed a pharmacy in Harlow and he capped his crime spree on June 25 by robbing a bakery.",
        "The next day, he robbed a pharmacy in Harlow and he capped his crime spree on June 20 by robbing a bakery.",
    )
    assert topics == ["day: capped"]


def test_dates_without_their_year_far_apart_are_not_compared(models):
    """Guard: two months apart is two events, not a slip (``_far_days``), as with dates in full."""
    assert (
        _topics(
            models,
            "The next day, he robbed a pharmacy in Harlow and he capped his spree on June 25 by robbing a bakery.",
            "The next day, he robbed a pharmacy in Harlow and he capped his spree on August 28 by robbing a bakery.",
        )
        == []
    )


def test_on_his_own_before_a_noun_is_no_initiative(models):
    """Guard: "on his own website" is a possessive, not whose idea the act was."""
    assert (
        _topics(
            models,
            "The city engineer, Oskar Lunde, published the flood warning from the report on his own website.",
            "The city engineer, Oskar Lunde, published the flood warning from the report at the request of "
            "the mayor's office.",
        )
        == []
    )
