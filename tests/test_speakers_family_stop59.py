"""A bare family name that a mother and her child share (gold multinews-052, stop 59: the mother's "said Pasztor" went
to her six-year-old son through a third article's typo of his name). Invented text; each test failed on `958f2e7`."""

from __future__ import annotations

from tests.test_lead_stop41 import _people


def test_a_name_written_with_a_childs_age() -> None:
    from newsfuse.nlp.entities import named_as_a_child

    text = "the deaths of 6-year-old Oskar Vellin and 7-year-old Ada, and Marta Vellin, 29, said"
    oskar = text.index("Oskar Vellin")
    marta = text.index("Marta Vellin")
    assert named_as_a_child(text, oskar, oskar + len("Oskar Vellin"))
    assert not named_as_a_child(text, marta, marta + len("Marta Vellin"))
    assert named_as_a_child("Oskar Vellin, 6, was found.", 0, len("Oskar Vellin"))
    assert not named_as_a_child("Marta Vellin, 29, said.", 0, len("Marta Vellin"))


def test_a_family_name_goes_to_the_adult_not_to_a_typo_of_the_childs_name(fast_models) -> None:
    entities = _people(
        fast_models,
        [
            [
                "Police said Marta Vellin admitted to smothering her son, 6-year-old Oskar Vellin, in a stolen car.",
                "“I did it,” said Vellin.",
            ],
            ["Vellin was charged with the death of 6-year-old Oskar Vellin.", "Vellin told a reporter she was sorry."],
            ["Vellin, 29, was charged after her son Oskar Veliln was found dead.", "Vellin said nothing in court."],
        ],
    )
    people = {e.name: {e.name, *e.aliases} for e in entities if e.type == "PERSON"}
    holder = [name for name, names in people.items() if "Vellin" in names]
    assert holder == ["Marta Vellin"], people
