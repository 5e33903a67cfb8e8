"""Stop 46 (issue 12 item 4, branch h-conf46): disagreements of stories never tuned on that the brief missed, on
invented text.

- an age told apart from its name ("He was 35." after the sentence naming the dead man, "Keller was 34.", "died at
  age 82", "dead at 34") is that person's age, and two outlets giving one person two ages disagree.
Each test of a new rule fails on main 448f337; the guards (no conflict) pass on both.
"""

from __future__ import annotations

import pytest
from tests.test_conflicts_stop44 import _brief, _values

from newsfuse.align.ages import age_owner
from newsfuse.align.numbers import find_quantities

_PEOPLE = frozenset({"keller", "varga"})


def _owner(text: str, here=(), before=()) -> str | None:
    q = find_quantities(text)[0]
    return age_owner(text, q, list(here), list(before), _PEOPLE)


def test_an_age_told_apart_from_its_name_is_read_as_that_persons_age():
    keller = [(0, "keller")]
    assert _owner("He was 35.", before=keller) == "keller"
    assert _owner("Keller was 34.") == "keller"
    assert _owner("Tomas Keller died on Monday at age 82 at his home in Brill.", here=keller) == "keller"
    assert _owner("App Founder Tomas Keller Dead at 34 of Apparent Overdose", here=keller) == "keller"
    # the model's mention of a headline can end on "Dead" ("Devin Lima Dead"): the name is the word before it
    assert _owner("App Founder Tomas Keller Dead at 34 of Apparent Overdose", here=[(12, "dead")]) == "keller"
    assert _owner("She died in 2004, aged 91.", before=[(0, "varga")]) == "varga"


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("He was 35 when he joined the firm.", [(0, "keller")]),  # the figure does not close the clause
        ("Keller was 40 miles from home.", []),  # a distance
        ("He was 35.", [(0, "keller"), (30, "varga")]),  # two people before: whose age is not said
        ("He was 35.", []),  # nobody named before
        ("Turnout was 35.", []),  # no person the story names
        ("The ferry was 35.", [(0, "keller")]),  # no pronoun, no name
        # two people named together, two ages: whose is which is not read
        ("Anna and Mila Varga, aged 16 and 13 respectively, were at the school.", []),
        ("Anna and Mila Varga, aged 16, were at the school.", []),
    ],
)
def test_a_figure_that_is_no_age_of_a_named_person_stays_a_count(text, before):
    assert _owner(text, before=before) is None


def test_two_ages_of_one_dead_man_are_a_conflict(models):
    """Multi-News validation row 73 (stop 46 list): AP "He was 35." after the sentence naming the app's co-founder,
    TMZ "… Dead at 34 …" and "Kroll was 34.": ages never read, so never compared."""
    brief = _brief(
        models,
        [
            (
                "2021-03-07",
                "Tomas Keller, the software engineer who co-founded the Quizzly trivia app, has died in Brill. "
                "He was 35.\n\nPolice went to his apartment early Sunday after a call asking for a wellness check.",
            ),
            (
                "2021-03-07",
                "Quizzly co-founder Tomas Keller has died in Brill, police sources said. Keller was 34.\n\n"
                "Officers found him in his apartment early Sunday after his girlfriend called them.",
            ),
        ],
    )
    assert _values(brief) == [["34", "35"]]
    assert brief.conflicts[0].topic == "age of Keller"


def test_one_age_told_two_ways_is_no_conflict(models):
    brief = _brief(
        models,
        [
            (
                "2021-03-07",
                "Tomas Keller, the software engineer who co-founded the Quizzly trivia app, has died in Brill. "
                "He was 35.",
            ),
            ("2021-03-07", "Quizzly co-founder Tomas Keller, 35, has died in Brill, police sources said."),
        ],
    )
    assert brief.conflicts == []


def test_the_ages_of_two_people_are_no_conflict(models):
    """The trap: "He was 35." closes the paragraph about another man than the other outlet's "Keller was 34."."""
    brief = _brief(
        models,
        [
            (
                "2021-03-07",
                "Quizzly co-founder Tomas Keller has died in Brill. His business partner Anton Varga found him on "
                "Sunday. He was 35.",
            ),
            ("2021-03-07", "Quizzly co-founder Tomas Keller has died in Brill, police sources said. Keller was 34."),
        ],
    )
    assert brief.conflicts == []
