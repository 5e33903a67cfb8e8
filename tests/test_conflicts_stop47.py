"""Stop 47 (issue 12 item 4, branch h-conf47): disagreements of stories never tuned on that the brief missed, on
invented text.

- how many times one person was shot (stabbed, struck): "his wife, Racquel, was shot once in the right leg" against
  "Smith's wife … was struck twice in the leg" (Multi-News validation row 32) — "once" and "twice" were no figures,
  and repetitions are never compared as counts (``align/times_hit.py``).
Each test of the new rule fails on main 167ba97; the guards (no conflict) pass on both.
"""

from __future__ import annotations

import pytest
from tests.test_conflicts_stop44 import _brief, _values

_STORY = (
    "2021-04-12",
    "A former harbour pilot, Tomas Keller, was shot dead on Saturday night in Brill after a collision on Quay Street, "
    "police said.\n\nKeller was pronounced dead at the scene, and his wife, Ilse, was shot once in the right leg.\n\n"
    "The driver of the other car, Piet Lunde, 28, stayed at the scene and was arrested.",
)


def _other(sentence: str) -> tuple[str, str]:
    return (
        "2021-04-12",
        "Police say Piet Lunde shot Tomas Keller after the two men argued on Quay Street in Brill on Saturday "
        "night.\n\n"
        f"{sentence}\n\nLunde, 28, was charged with second-degree murder on Sunday.",
    )


def test_one_person_shot_once_against_twice_is_a_conflict(models):
    """Row 32: the pronoun is the noun subject before it ("Keller's wife … when she was struck"); strike and shoot
    are one act of a gun; "the right leg" and "the leg" one part."""
    brief = _brief(
        models,
        [
            _STORY,
            _other(
                "At some point, Keller's wife had gotten out of the car and was standing near the driver's side, "
                "when she was struck twice in the leg."
            ),
        ],
    )
    assert _values(brief) == [["once", "twice"]]
    assert brief.conflicts[0].topic == "how many times Ilse was shot"


def test_three_times_against_four_times_of_one_named_man_is_a_conflict(models):
    brief = _brief(
        models,
        [
            (
                "2021-04-12",
                "Police said the gunman shot Tomas Keller three times outside his home in Brill on Sunday.",
            ),
            ("2021-04-12", "Tomas Keller was shot four times outside his home in Brill on Sunday, police said."),
        ],
    )
    assert _values(brief) == [["four times", "three times"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same count in other words
        "Keller's wife, Ilse, was hit once in the right leg as she stood by the car.",
        # a whole against its part: two shots, one of them in the leg
        "Keller's wife, Ilse, was shot twice as she stood by the car.",
        # no count a writer holds to
        "Keller's wife, Ilse, was shot several times in the leg as she stood by the car.",
        "Keller's wife, Ilse, was shot at least twice in the leg as she stood by the car.",
        # another person
        "A passer-by, Anna Varga, was shot twice in the leg as she stood by the car.",
        "Another woman was shot twice in the leg as she stood by the car.",
        # another act: a knife, not a gun
        "Keller's wife, Ilse, was stabbed twice in the leg as she stood by the car.",
        # a witness's count, inside her quotation, is no outlet's report
        "“He shot her twice in the leg,” said a neighbour, Anna Varga.",
        # not done
        "Keller's wife, Ilse, was not shot twice in the leg, police said, but grazed once.",
    ],
)
def test_one_count_told_another_way_another_person_or_act_is_no_conflict(models, sentence):
    brief = _brief(models, [_STORY, _other(sentence)])
    assert [c.topic for c in brief.conflicts if c.topic.startswith("how many times")] == []


def test_an_article_giving_both_counts_is_no_side(models):
    brief = _brief(
        models,
        [
            _STORY,
            _other(
                "Keller's wife, Ilse, was struck twice in the leg, police said at first. Police later said Ilse was "
                "shot once in the leg."
            ),
        ],
    )
    assert [c.topic for c in brief.conflicts if c.topic.startswith("how many times")] == []


def test_the_issues_traps_stay_no_conflict_beside_a_count_of_shots(models):
    """Issue 12's false conflicts ("30 km (19 miles)"; "15" and "a few" from one sentence; 14 agreements and the two
    declarations among them) stay out when the story also holds a real disagreement of this rule."""
    brief = _brief(
        models,
        [
            (
                "2021-04-12",
                "Tomas Keller was shot three times on Saturday in Brill, 30 km (19 miles) from the border, police "
                "said. "
                "Fifteen people were questioned, a few of them neighbours, police said.\n\nThe two towns signed 14 "
                "agreements last year, including two broad declarations on policing.",
            ),
            (
                "2021-04-12",
                "Tomas Keller was shot four times on Saturday in Brill, 19 miles from the border, police said. A few "
                "people were questioned.\n\nLast year the towns signed two broad declarations on policing.",
            ),
        ],
    )
    assert _values(brief) == [["four times", "three times"]]


def test_a_pronoun_after_the_sentence_naming_the_man_is_that_man(models):
    """ "He was shot four times." right after the one person it can be; "Police said he …" is not the police."""
    brief = _brief(
        models,
        [
            ("2021-04-12", "Tomas Keller, 34, died on Sunday night in Brill. He was shot four times, police said."),
            ("2021-04-12", "Police said Tomas Keller, 34, was shot three times in Brill on Sunday night and died."),
        ],
    )
    assert _values(brief) == [["four times", "three times"]]
    assert brief.conflicts[0].topic == "how many times Tomas Keller was shot"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # nobody in particular: a story may hold several men
        ("A man was shot twice near the harbour in Brill on Sunday.", "A man was shot three times near the harbour."),
        # two people named before the pronoun: whose count it is is not said
        (
            "Tomas Keller and Piet Lunde were found in Brill on Sunday. He was shot twice, police said.",
            "Tomas Keller was shot three times in Brill on Sunday, police said.",
        ),
    ],
)
def test_a_count_of_nobody_in_particular_is_no_conflict(models, first, second):
    brief = _brief(models, [("2021-04-12", first), ("2021-04-12", second)])
    assert [c.topic for c in brief.conflicts if c.topic.startswith("how many times")] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two shootings of one man, years apart
        (
            "Tomas Keller was shot nine times outside a club in Brill in 2000, police said.",
            "Tomas Keller was shot twice outside a club in Brill in 2018, police said.",
        ),
        # two days: two occasions
        (
            "Tomas Keller was shot twice outside the harbour office in Brill on Monday, police said.",
            "Tomas Keller was shot three times outside the harbour office in Brill on Friday, police said.",
        ),
    ],
)
def test_counts_of_other_occasions_are_no_conflict(models, first, second):
    brief = _brief(models, [("2021-04-12", first), ("2021-04-12", second)])
    assert [c.topic for c in brief.conflicts if c.topic.startswith("how many times")] == []
