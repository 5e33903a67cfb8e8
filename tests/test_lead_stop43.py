"""The lead's fixes of stop 43 (editor read #13's leftovers and #14). All text here is invented."""

from __future__ import annotations

from tests.test_lead_stop41 import _people


def _kinds(entities) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def test_a_two_word_title_and_an_apposition_after_a_role_make_a_person(fast_models) -> None:
    # Multi-News row 100: "Consul General Ajit Kumar — ORG" beside "Kumar — PERSON"; row 111: "The band's
    # publicist, Alaina Bendi, told Billboard" typed Bendi an organisation and Billboard a person
    kinds = _kinds(
        _people(
            fast_models,
            [
                ["Norvale's governor met Consul General Ravi Kumaran on Monday in Dunmore.", "Kumaran thanked him."],
                ["The band's publicist, Alaina Bentro, told Billboard in 2017 that the singer was recovering."],
            ],
        )
    )
    assert kinds.get("Ravi Kumaran") == "PERSON", kinds
    assert not any("Consul" in name or name == "General" for name in kinds), kinds
    assert kinds.get("Alaina Bentro") == "PERSON", kinds
    assert kinds.get("Billboard") != "PERSON", kinds


def test_a_headline_word_a_nickname_and_an_interjection_make_no_entity(fast_models) -> None:
    # Multi-News row 111: "Devin Lima Dead" (the headline "LFO's Devin Lima Dead at 41"), "Harold 'Devin" (from
    # "Harold 'Devin' Lima") and "RIP" were entities of their own
    entities = _people(
        fast_models,
        [
            ["Kestrel's Devon Marlo Dead at 41", "Devon Marlo died on Wednesday, the band said. RIP."],
            ["\"It is with a broken heart that I confirm that Harald 'Devon' Marlo passed away,\" the drummer wrote."],
        ],
    )
    names = {n for e in entities for n in (e.name, *e.aliases)}
    assert not any(n.endswith("Dead") or "'" in n or n == "RIP" for n in names), names
    marlos = [e for e in entities if any("Marlo" in n for n in (e.name, *e.aliases))]
    assert len(marlos) == 1 and marlos[0].type == "PERSON", [(e.name, e.aliases) for e in marlos]
