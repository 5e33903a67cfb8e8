"""Stop 51 (issue 14, the facts several outlets report in the summary): two people named as a couple who share a
surname ("Dan and Fran Keller") are both introduced, so a sentence naming one of them by first name, or the couple's
sentence itself, is not dropped as naming someone unintroduced. Invented text."""

from __future__ import annotations

from newsfuse.records import Entity, Mention
from newsfuse.summarize.standalone import Introductions


def _intros() -> Introductions:
    entities = [
        Entity("Ansel Varga", "PERSON", ["Ansel"], ["S1"]),
        Entity("Ilse Varga", "PERSON", ["Ilse"], ["S1"]),
    ]
    mentions = [
        Mention("S1", 0, "Ansel", "PERSON"),
        Mention("S1", 0, "Ilse Varga", "PERSON"),
        Mention("S1", 2, "Ansel", "PERSON"),
    ]
    return Introductions(entities, mentions)


def test_a_couple_sharing_a_surname_introduces_both() -> None:
    intros = _intros()
    couple = "Ansel and Ilse Varga, who ran the Keld ferry for thirty years, were cleared on Monday."
    # the couple's own sentence names "Ansel" in full by the shared surname
    assert intros.unintroduced(("S1", 0), couple, []) == []
    # ... and introduces him for a later sentence
    later = "Ansel told the court the ferry had passed every inspection."
    assert intros.unintroduced(("S1", 2), later, []) == ["Ansel"]
    assert intros.unintroduced(("S1", 2), later, [couple]) == []


def test_two_first_names_with_different_surnames_introduce_neither() -> None:
    from newsfuse.summarize.standalone import introduces  # new at stop 51

    assert introduces("Ansel Varga", "Ansel Varga spoke first.")
    assert introduces("Ansel Varga", "Ansel and Ilse Varga spoke.")
    assert introduces("Ilse Varga", "Ansel and Ilse Varga spoke.")
    # another surname, or a first name joined to a place: no introduction
    assert not introduces("Ansel Varga", "Ansel and Ilse Nordby spoke.")
    assert not introduces("Ansel Varga", "Ansel and Varga Street were named.")
    intros = _intros()
    other = ["Ansel and Ilse Nordby spoke."]
    assert intros.unintroduced(("S1", 2), "Ansel told the court he was innocent.", other) == ["Ansel"]
