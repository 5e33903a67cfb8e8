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
