"""Stop 48 (issue 12 item 4, branch h-conf48): which claims a number conflict lists, on invented text.

- A report joins a conflict beside its members only as a vaguer reading of one of them (``conflicts._covers``): a
  bound ("As many as 125 people died across Syria on Monday") drew every smaller toll of the story into the conflict
  — four killed "as day broke on Tuesday", 15 "in the Idlib area", 104 "in Homs", two in one village (editor read #18,
  Multi-News validation row 47).
- One value per source (``conflicts._exact_elsewhere``): a source's vaguer wording ("signed nearly two-dozen executive
  actions") is shown as the exact figure its article gives of the same slot when another source gives that figure too
  (gold tune basil-2013-526cabb7: 19 against 23, with "nearly two-dozen" set out as a third claim).
The tests of the two rules fail on main 8e85773; the guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop44 import _brief, _values

_MONDAY = "2012-02-28"
_NINETEEN = (
    "2013-01-14",
    "Governor Ilse Varga this week will lay out 19 separate executive actions she could take on her own to reduce "
    "gun violence, lawmakers who were briefed on the plan said.",
)
_TWENTY_THREE = (
    "2013-01-16",
    "Governor Ilse Varga is supplementing her proposal to reduce gun violence with 23 executive actions that will be "
    "taken at once.",
)


def test_a_bound_draws_no_toll_of_another_place_or_day_into_the_conflict(models):
    """Row 47: the toll of the country on Monday is disputed (125 against at least 144); the toll of one city, and of
    the next morning, are other counts, compatible with "as many as 125" but no reading of it."""
    brief = _brief(
        models,
        [
            (
                _MONDAY,
                "The Varnian Observatory said a total of 125 people had died across Varnia on Monday, many of them "
                "at a checkpoint in Tessel.",
            ),
            (
                _MONDAY,
                "At least 144 people were reported killed across Varnia on Monday, including many at a checkpoint in "
                "Tessel, the Varnian Observatory said.\n\n"
                "In all, 104 people were killed on Monday in Tessel, an opposition stronghold, the observatory "
                "said.\n\n"
                "As day broke on Tuesday, four people were killed across Varnia, the observatory said.",
            ),
            (
                _MONDAY,
                "As many as 125 people died across Varnia on Monday, many of them at a checkpoint in Tessel, the "
                "Varnian Observatory said.",
            ),
        ],
    )
    assert _values(brief) == [["125", "As many as 125", "At least 144"]]


def test_a_sources_vaguer_wording_is_shown_as_the_figure_it_gives(models):
    """basil-2013-526cabb7: the second article says "nearly two dozen" and, in another sentence, 23 steps; the third
    says 23. The second is listed under 23, and no third claim agrees with it."""
    brief = _brief(
        models,
        [
            _NINETEEN,
            (
                "2013-01-16",
                "Governor Ilse Varga called on Wednesday for a ban on assault weapons as part of a plan that includes "
                "23 steps she took without the assembly.\n\n"
                "Right after her speech, the governor signed nearly two dozen executive actions to reduce gun "
                "violence.",
            ),
            _TWENTY_THREE,
        ],
    )
    assert _values(brief) == [["19", "23"]]
    twenty_three = next(c for c in brief.conflicts[0].claims if c.value == "23")
    assert len(twenty_three.sources) == 2


def test_a_vaguer_wording_without_an_exact_figure_of_its_own_stays_a_claim(models):
    """The guard of the rule above: the second article gives no exact figure, so its wording is its claim."""
    brief = _brief(
        models,
        [
            _NINETEEN,
            (
                "2013-01-16",
                "Right after her speech, the governor signed nearly two dozen executive actions to reduce gun "
                "violence.",
            ),
            _TWENTY_THREE,
        ],
    )
    assert _values(brief) == [["19", "23", "nearly two dozen"]]


def test_the_vaguer_more_than_a_dozen_still_joins_beside_its_figure(models):
    """The claims a conflict has always listed: "more than a dozen" holds 14, so it is shown beside it against 3."""
    brief = _brief(
        models,
        [
            (
                "2021-05-04",
                "Leaders of Norvane and Estrella signed 14 agreements on the waters of Lake Tessel on Thursday.",
            ),
            (
                "2021-05-04",
                "Norvane and Estrella signed more than a dozen agreements on the waters of Lake Tessel on Thursday.",
            ),
            ("2021-05-04", "Norvane and Estrella signed three agreements on the waters of Lake Tessel on Thursday."),
        ],
    )
    assert _values(brief) == [["14", "more than a dozen", "three"]]
