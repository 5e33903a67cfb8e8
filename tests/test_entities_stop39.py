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
