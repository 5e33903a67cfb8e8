"""Editor read #9 (Multi-News row 51): "Vitalii Sediuk — ORG". A noun only people are, right before a name
("prankster Vitalii Sediuk"), makes the name a person's, as a title does; a noun that also precedes organisations
("host") does not. All text here is invented."""

from __future__ import annotations

from newsfuse.nlp.entities import LocatedMention, _corrected_label, _person_title


def test_a_person_noun_before_a_name_makes_it_a_person() -> None:
    mention = LocatedMention("S1", 0, 18, 31, "Oskar Vennlig", "ORG")
    before = "The stunt was by prankster "
    assert _person_title(mention, before)
    assert _corrected_label(mention, before, None) == "PERSON"


def test_a_noun_that_also_precedes_organisations_does_not() -> None:
    mention = LocatedMention("S1", 0, 10, 24, "Harbour Central", "ORG")
    assert not _person_title(mention, "The show's host ")
    assert _corrected_label(mention, "The show's host ", None) == "ORG"
    # nor a person noun that is not right before the name
    assert not _person_title(LocatedMention("S1", 0, 40, 53, "Oskar Vennlig", "ORG"), "prankster said that ")


def test_a_bare_family_name_of_two_sisters_named_alike_often_joins_neither() -> None:
    from newsfuse.nlp.entities import _Groups, _merge_surnames

    def groups(*votes: tuple[str, int]) -> _Groups:
        found = _Groups()
        for key, times in votes:
            for source in ("S1", "S2", "S3")[:times]:
                found.add(key, key.title(), "PERSON", source)
        return found

    sisters = groups(("ada brant", 3), ("liv brant", 3), ("brant", 3))
    _merge_surnames(["ada brant", "liv brant", "brant"], sisters)
    assert sisters.find("brant") not in (sisters.find("ada brant"), sisters.find("liv brant"))
    # one of the family named far more often than the other: the bare name is hers (as before)
    one = groups(("ada brant", 3), ("ada brant", 3), ("ada brant", 3), ("liv brant", 1), ("brant", 3))
    _merge_surnames(["ada brant", "liv brant", "brant"], one)
    assert one.find("brant") == one.find("ada brant")
