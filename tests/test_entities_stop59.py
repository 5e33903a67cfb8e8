"""Entity rules of stop 59 (editor reads #32 and #33, Multi-News rows 51, 54, 88, 104). All text here is invented;
each test failed before its rule."""

from __future__ import annotations

from tests.test_lead_stop41 import _people


def test_an_event_head_word_names_an_event() -> None:
    from newsfuse.nlp.entities import event_name

    # row 51: "Golden Globe Awards — PERSON", "SAG Awards — PERSON", "Grammys — GPE", "Adele’s Grammy — PERSON"
    for name in ("Golden Globe Awards", "SAG Awards", "Grammys", "Adele’s Grammy", "Harvest Festival", "World Cup"):
        assert event_name(name), name
    # a person's name, a holiday-like surname and an organisation's longer name are no event's
    for name in ("Doris Day", "Marta Vellin", "Oscar Brandvold", "Awardson", "Festival Films Inc", "Emmy Rossum"):
        assert not event_name(name), name


def test_an_award_ceremony_is_no_person_and_no_place(fast_models) -> None:
    entities = _people(
        fast_models,
        [
            [
                "Marta Vellin wore red at the Golden Globe Awards last winter.",
                "The SAG Awards came a week later, and Vellin skipped the Grammys.",
            ],
            ["Vellin thanked the crowd at the Golden Globe Awards.", "She went to the Grammys in February."],
        ],
    )
    types = {e.name: e.type for e in entities}
    assert types.get("Marta Vellin") == "PERSON", types
    # main typed the ceremony FAC and the Grammys GPE
    assert types.get("Golden Globe Awards") == "EVENT", types
    assert types.get("Grammys") == "EVENT", types


def test_a_date_glued_to_a_name_is_no_part_of_the_person(fast_models) -> None:
    # row 88: "George Takei April — PERSON" (of "George Takei April Fools' …"), a second entity beside George Takei
    entities = _people(
        fast_models,
        [
            ["Actor Piet Halvorsen had everyone fooled early Saturday when he tweeted that he was running for mayor."],
            ["Piet Halvorsen April Fools' prank: the post went viral."],
        ],
    )
    names = [n for e in entities for n in (e.name, *e.aliases)]
    assert not any("April" in n for n in names), names
    assert [e.name for e in entities if e.type == "PERSON"] == ["Piet Halvorsen"], names


def test_glued_words_are_cut_and_a_name_that_only_looks_so_is_kept() -> None:
    from newsfuse.nlp.entities import _names_with_a_verb_between, _without_glued_words

    lower = {"honoring", "sterling"}
    assert _without_glued_words("Joe Biden-themed", lower) == "Joe Biden"
    assert _without_glued_words("George Takei April", lower) == "George Takei"
    assert _without_glued_words("George Takei April Fools", lower) == "George Takei"
    assert _without_glued_words("Honoring Biden", lower) == "Biden"
    assert _without_glued_words("Channing Tatum", lower) == "Channing Tatum"
    assert _without_glued_words("Theresa May", lower) == "Theresa May"
    assert _without_glued_words("April Ryan", lower) == "April Ryan"
    assert _names_with_a_verb_between("Cooper pry Sediuk")
    for name in ("Vincent van Gogh", "Bank of America", "Mohammed bin Salman", "Palais des Festivals", "Ada Berg"):
        assert not _names_with_a_verb_between(name), name
