"""Stop 45 (issue 12 item 4, branch h-conf45): disagreements an editor found and the brief missed, on invented text.

- people counted by what happened to them ("200 people were arrested") count arrests, as "dozens of arrests" does;
- a plural scale word ("dozens", "hundreds") names an order of magnitude: a value at least twice beyond its range is a
  disagreement, not a difference of precision;
- two values are three times apart only between their nearest ends ("more than 200" is read from 200, not 300).
Each test of a new rule fails on main 876034d; the guards (no conflict) pass on both.
"""

from __future__ import annotations

import pytest
from tests.test_conflicts_stop44 import _brief, _values

from newsfuse.align.conflicts import slot_of
from newsfuse.align.numbers import find_quantities


def _slot(text: str) -> str:
    return slot_of(find_quantities(text)[0], text)


def test_people_arrested_count_arrests():
    assert _slot("More than 200 people were arrested.") == "count:arrest"
    assert _slot("Police said 40 protesters had been detained overnight.") == "count:arrest"
    assert _slot("amid dozens of arrests.") == "count:arrest"
    # a toll stays a toll, and people who were not arrested are no arrests
    assert _slot("Twelve people were killed and others arrested.") == "count:death"
    assert _slot("More than 200 people marched to the square.") == "count:people"


def test_dozens_against_more_than_two_hundred_arrests_is_a_conflict(models):
    """Editor read #15 (stop 44, BASIL 2017 inauguration): "amid dozens of arrests" against "More than 200 people
    were arrested": slots "arrest" and "people", then "dozens" was a vague word never compared, then the two read
    three times apart at their upper ends (99 against 300)."""
    brief = _brief(
        models,
        [
            (
                "2021-01-21",
                "Marchers clashed with riot police near the harbour bridge in Keld later in the afternoon, amid dozens "
                "of arrests.",
            ),
            ("2021-01-21", "More than 200 people were arrested after marchers clashed with riot police in Keld."),
        ],
    )
    assert _values(brief) == [["More than 200", "dozens"]]
    assert brief.conflicts[0].topic == "number of arrests"


@pytest.mark.parametrize(
    "other",
    [
        "About 120 people were arrested after marchers clashed with riot police in Keld.",  # rounding of "dozens"
        "Several people were arrested after marchers clashed with riot police in Keld.",  # vaguer still
        "More than 2,000 people were arrested after marchers clashed with riot police in Keld.",  # far apart
    ],
)
def test_dozens_against_a_value_near_it_or_of_another_scope_is_no_conflict(models, other):
    brief = _brief(
        models,
        [
            (
                "2021-01-21",
                "Marchers clashed with riot police near the harbour bridge in Keld later in the afternoon, amid dozens "
                "of arrests.",
            ),
            ("2021-01-21", other),
        ],
    )
    assert brief.conflicts == []


def test_a_few_against_fifteen_stays_a_difference_of_precision(models):
    """The issue's trap: "a few" sets no range a writer holds to."""
    brief = _brief(
        models,
        [
            ("2021-01-21", "A few people were arrested after marchers clashed with riot police in Keld on Tuesday."),
            ("2021-01-21", "Fifteen people were arrested after marchers clashed with riot police in Keld on Tuesday."),
        ],
    )
    assert brief.conflicts == []


# --- a different named party for one act (``align/other_party.py``) ---

_TOLD_A = (
    "2021-05-04",
    "Mayor Ilse Varga of Keld said on Tuesday that she would not sell the harbour. “My view is the same as it has been "
    "from the beginning,” Ms. Varga told a Zenit affiliate in Keld.",
)
_TOLD_B = (
    "2021-05-04",
    "Mayor Ilse Varga of Keld said on Tuesday that she would keep the harbour in public hands. “I have not changed my "
    "view on the harbour since the beginning,” Varga told Keld Orbis affiliate KLMO-TV.",
)


def test_one_interview_given_to_two_named_stations_is_a_conflict(models):
    """BASIL 2012 8dc7ccfe: "Mr. Romney told a CBS affiliate in Denver" / "Romney told Denver Fox affiliate KDVR-TV",
    one interview; neither article names the other's network."""
    brief = _brief(models, [_TOLD_A, _TOLD_B])
    assert _values(brief) == [["Keld Orbis affiliate KLMO-TV", "Zenit affiliate"]]
    assert brief.conflicts[0].topic == "whom Ms. Varga told"


def test_an_article_naming_both_parties_is_no_side(models):
    """Two interviews, both told by one article: the other article's one interview disagrees with nothing."""
    both = (
        "2021-05-04",
        _TOLD_B[1] + " She gave a second interview to a Zenit affiliate later that evening.",
    )
    brief = _brief(models, [_TOLD_A, both])
    assert brief.conflicts == []


_ARREST_A = (
    "2021-05-04",
    "Danish police arrested the two fishermen from Keld after their boat ran aground near the harbour on Tuesday. The "
    "men face a fine for sailing without a licence.",
)
_FAMILIES = " Their families said the engine had failed in the storm."


@pytest.mark.parametrize(
    "other",
    [
        # another act in addition
        "Swedish police also arrested the two fishermen from Keld after the boat ran aground near the harbour "
        "on Tuesday.",
        # an act not done
        "Swedish police did not arrest the two fishermen from Keld after the boat ran aground near the harbour "
        "on Tuesday.",
        # a speaker's words
        "“Swedish police arrested the two fishermen from Keld after the boat ran aground near the harbour,” a "
        "lawyer said on Tuesday.",
        # a plan
        "Swedish police will arrest the two fishermen from Keld after the boat ran aground near the harbour on "
        "Tuesday.",
        # an article that names both actors tells both
        "Swedish police arrested the two fishermen from Keld after the boat ran aground near the harbour on "
        "Tuesday, with help from Danish police.",
    ],
)
def test_another_actor_in_addition_not_done_quoted_planned_or_named_by_both_is_no_conflict(models, other):
    brief = _brief(models, [_ARREST_A, ("2021-05-04", other + _FAMILIES)])
    assert brief.conflicts == []


def test_another_actor_for_one_arrest_is_a_conflict(models):
    """The same verb and object, a party of one kind (police) named differently, neither article naming the other's."""
    brief = _brief(
        models,
        [
            _ARREST_A,
            (
                "2021-05-04",
                "Swedish police arrested the two fishermen from Keld after the boat ran aground near the "
                "harbour on Tuesday." + _FAMILIES,
            ),
        ],
    )
    assert _values(brief) == [["Danish police", "Swedish police"]]
    assert brief.conflicts[0].topic == "who arrested fishermen"


def test_a_source_telling_two_named_outlets_is_no_conflict(models):
    """Conflict pool (stop 45): "A government source told Fox News ..." / "A law enforcement source told CNN ...":
    each outlet's own interview; the two parties are names alone, of no kind in common."""
    brief = _brief(
        models,
        [
            (
                "2021-05-04",
                "A harbour official told Zenit News that the two fishermen from Keld had sailed without a licence. "
                "The men face a fine.",
            ),
            (
                "2021-05-04",
                "A harbour official told Orbis Radio that the two fishermen from Keld had no licence to sail."
                + _FAMILIES,
            ),
        ],
    )
    assert brief.conflicts == []
