"""Stop 39 (issue 13, the speaker check set's BASIL events): who said it. A party tag after a name is no part of the
name; a participle set off by a comma ("…, adding, “…”") has the sentence's subject, not the object before the
comma; a quotation handed over by a subject and its cue inside a story someone else tells is that inner speaker's,
and unattributed when the text does not name the inner speaker. Each test on invented text; the speaker is right or
null ("unattributed"), never the wrong person."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_party_tag_is_not_part_of_the_name(attribute_parsed) -> None:
    """ "“…,” Hallam, D-Ore., told reporters": Senator Ruth Hallam (BASIL printed "Warner, D-Va")."""
    found = attribute_parsed(
        [
            "Senator Ruth Hallam of Oregon spoke to reporters on Friday about the harbour audit.",
            "“I want the governor to make this audit second,” Hallam, D-Ore., told reporters at the harbour on Friday.",
        ]
    )
    assert _name(_by_text(found, "I want the governor")) == "Ruth Hallam"


def test_a_participle_after_a_comma_has_the_sentences_subject(attribute_parsed) -> None:
    """ "Mr. Dorn … called for Mr. Lake to “use …” Mr. Vance at Monday's meeting, adding, “…”": Dorn's words, not
    Vance's (BASIL gave Royce's words to Putin)."""
    found = attribute_parsed(
        [
            "Representative Tom Dorn of Oregon and Governor Eli Vance met in Keld on Monday.",
            "But Mr. Dorn, of Oregon, called Friday for Mr. Lake to “use the new audit to challenge” Mr. Vance at "
            "Monday’s harbour meeting, adding, “We can’t afford to give an inch of ground on the harbour.”",
        ]
    )
    assert _name(_by_text(found, "use the new audit")) in ("Tom Dorn", None)
    assert _name(_by_text(found, "use the new audit")) != "Eli Vance"


def test_a_named_speaker_inside_a_told_story_keeps_the_words(attribute_parsed) -> None:
    """ "Moss yelled, “…” Brant recalled.": the words are Moss's; Brant tells the story."""
    found = attribute_parsed(
        [
            "Ann Brant described how she once ran to the ferry with her cousin Piet Moss when the gates were closing.",
            "Moss yelled, “Hold the gate for us!” Brant recalled.",
        ]
    )
    assert _name(_by_text(found, "Hold the gate")) == "Piet Moss"


def test_an_unnamed_speaker_inside_a_told_story_is_nobody_named(attribute_parsed) -> None:
    """ "The guard yelled, “…” Brant recalled.": an unnamed guard of her story, neither the teller nor the guard the
    article names elsewhere (BASIL gave an officer's shout to Holder, then to the officer of the main story)."""
    found = attribute_parsed(
        [
            "The guard at the harbour gate, Piet Moss, was suspended on Monday.",
            "Ann Brant described how she once ran to catch a ferry with her cousin when a patrol car rolled up.",
            "The guard yelled, “Where are you going? Stop there!” Brant recalled.",
        ]
    )
    assert _name(_by_text(found, "Where are you going")) is None


def test_an_unnamed_shouter_after_a_clause_with_a_named_speaker(attribute_parsed) -> None:
    """ "when Lake said it was great to be home, a man yelled, “Stay there!”": a man's shout, not Lake's (PolNeAR
    train gave it to Rubio: "a man" was read as an appositive missing its comma, and the frame search went on to
    "said")."""
    found = attribute_parsed(
        [
            "Tom Lake spoke in Keld on Tuesday night and thanked the crowd.",
            "Some in the crowd booed, and when Lake said it was great to be home, a man yelled, “Stay there!”",
        ]
    )
    assert _name(_by_text(found, "Stay there")) is None


def test_the_court_the_agency_told_is_not_the_agency(attribute_parsed) -> None:
    """ "The Keld Water Service told a U.S. District Court judge …. “…,” the agency said": the service, not the court
    whose judge it told (editor read, stop 38, row 114)."""
    found = attribute_parsed(
        [
            "The U.S. Keld Water Service told a U.S. District Court judge on Monday that it had reviewed the river "
            "plan.",
            "“The Service explained how its engineers had concluded in 2008 that the river was not facing sudden "
            "threats,” the agency said in a statement.",
        ]
    )
    assert _name(_by_text(found, "The Service explained")) in ("U.S. Keld Water Service", "Keld Water Service", None)
