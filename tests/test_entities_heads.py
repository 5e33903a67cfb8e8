"""A name's last word corrects the tagger's label (editor reads, stops 35-36): "The Dallas Morning News" tagged an
event, "Wayne State" a person, "Martin Luther King Boulevard" a person; "LOS ANGELES (AP)" is no acronym."""

from __future__ import annotations

import pytest

from newsfuse.nlp.entities import LocatedMention, _label_by_what_follows, spells


def _label(name: str, label: str) -> str:
    text = f"Officials at {name} met on Monday."
    start = text.index(name)
    return _label_by_what_follows(label, LocatedMention("S1", 0, start, start + len(name), name, label), text)


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("The Keld Morning News", "EVENT", "ORG"),
        ("Keld State", "PERSON", "ORG"),
        ("Community of Keld", "PERSON", "ORG"),
        ("Keld Evening Post", "PERSON", "ORG"),
        ("Ines Varga Boulevard", "PERSON", "FAC"),
        # family names that are also heads stay people
        ("Emily Post", "PERSON", "PERSON"),
        ("Frank Church", "PERSON", "PERSON"),
        ("Mark Lane", "PERSON", "PERSON"),
        ("Grace Park", "PERSON", "PERSON"),
    ],
)
def test_a_names_head_corrects_its_label(name: str, label: str, expected: str) -> None:
    assert _label(name, label) == expected


def test_an_acronym_is_made_of_its_names_letters() -> None:
    assert spells("ICC", "International Criminal Court")
    assert spells("ASEAN", "Association of Southeast Asian Nations")
    assert not spells("AP", "LOS ANGELES")
    assert not spells("KPD", "Keld Harbour Police")
