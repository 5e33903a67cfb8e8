"""Editor read #8 (Multi-News row 112): "Congressional Black Caucus — PERSON (also: … Congressional Progressive
Caucus)" and "Pelosi — EVENT". An organisation's head word makes it an organisation even alone ("Caucus"), and a
bare family name the tagger types a thing joins the story's one person of that name."""

from __future__ import annotations

import pytest

from newsfuse.nlp.entities import LocatedMention, _family_names, _Groups, _label_by_what_follows, _merge_surnames


@pytest.mark.parametrize("name", ["Caucus", "Keld Progressive Caucus", "Lunde Marrow LLP", "Harbour Party"])
def test_an_organisations_head_makes_it_an_organisation(name: str) -> None:
    text = f"The {name} met on Monday."
    mention = LocatedMention("S1", 0, 4, 4 + len(name), name, "PERSON")
    assert _label_by_what_follows("PERSON", mention, text) == "ORG"


def test_a_person_named_like_no_organisation_stays_a_person() -> None:
    text = "Ada Brant met on Monday."
    assert _label_by_what_follows("PERSON", LocatedMention("S1", 0, 0, 9, "Ada Brant", "PERSON"), text) == "PERSON"


def _groups(*votes: tuple[str, str, str]) -> _Groups:
    groups = _Groups()
    for key, label, source in votes:
        groups.add(key, key.title(), label, source)
    return groups


def test_a_family_name_typed_as_a_thing_joins_the_one_person_of_that_name() -> None:
    groups = _groups(("ada brant", "PERSON", "S2"), ("brant", "EVENT", "S1"), ("brant", "EVENT", "S1"))
    _family_names(["ada brant", "brant"], groups)
    _merge_surnames(["ada brant", "brant"], groups)
    assert groups.find("brant") == groups.find("ada brant")
    assert groups.label_of("brant") == "PERSON"


def test_a_place_of_a_persons_family_name_stays_apart() -> None:
    groups = _groups(("ivo keld", "PERSON", "S2"), ("keld", "GPE", "S1"), ("keld", "GPE", "S1"))
    _family_names(["ivo keld", "keld"], groups)
    _merge_surnames(["ivo keld", "keld"], groups)
    assert groups.find("keld") != groups.find("ivo keld")
    # two people of that family name: the thing is neither's
    groups = _groups(("ada brant", "PERSON", "S2"), ("piet brant", "PERSON", "S3"), ("brant", "EVENT", "S1"))
    _family_names(["ada brant", "piet brant", "brant"], groups)
    _merge_surnames(["ada brant", "piet brant", "brant"], groups)
    # the bare name is a person's, of one of the two: never an event
    assert groups.label_of("brant") == "PERSON"
