"""Speakers that editors found wrong on unseen Multi-News stories (stop 25, rows 126 and 161), each
rebuilt from invented sentences of the same shape."""

from __future__ import annotations

from tests.test_quotes_parsing import _speaker, attribute  # noqa: F401  (a fixture, used by name)

from newsfuse.nlp.entities import LocatedMention
from newsfuse.nlp.speakers import _head_person


def test_a_possessive_role_named_earlier_speaks_as_that_person(attribute) -> None:  # noqa: F811
    """Row 161: "Price's mother Jennifer Rivers …" then "Price's mother, who could be a key witness,
    said she …" and "“Every day …,” she said": the mother's words went to her dead son."""
    found = attribute(
        [
            "Tomas Keller, 19, was shot outside a car wash in Keld on May 29.",
            "Keller's mother Ines Calloway, who was with him when he was shot, wept as the arrests were announced.",
            "Police said the men had asked Keller about the colour of his shoes.",
            "Keller's mother, who could be a key witness, said she wants to face the men in court.",
            "“Every day they're in court, I'm going to be there,” she said.",
        ]
    )
    assert _speaker(found, "Every day") == "Ines Calloway"


def test_a_rank_tagged_as_a_name_of_its_own_is_not_the_speaker() -> None:
    """Row 161 printed "LAPD Det" for "LAPD Det. Christopher Barling said": the model tagged "Det"."""
    text = "LAPD Det. Ole Brandvik said."
    rank = LocatedMention("S1", 0, 5, 8, "Det", "PERSON")
    name = LocatedMention("S1", 0, 10, 22, "Ole Brandvik", "PERSON")
    assert text[rank.start : rank.end] == "Det" and text[name.start : name.end] == "Ole Brandvik"
    assert _head_person(text, 0, [rank, name]) is name
