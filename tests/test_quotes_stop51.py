"""Stop 51 (issue 13: the tune half of the basil51 check set and PolNeAR train's reported speech): each test on
invented text; the speaker is the one the text says spoke, or null ("unattributed"), never the one quoted before when
the text has named another speaker since, and an institution "the hospital" is the one the text named."""

from __future__ import annotations


def _by_text(found, words: str, kind: str | None = None):
    return next(a for a in found if a.text.startswith(words) and (kind is None or a.kind == kind))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_questioning_a_thing_asks_no_one(attribute_parsed) -> None:
    """ "Rep. Carl Moss, D-Md., questioned the reading of the shortened text." // "“…,” he said in a written
    statement.": challenging a thing is no question put to a person, so the one who questioned is not ruled out as
    "he" (the answerer rule of stop 49); the pronoun is Moss, not the congressman quoted the paragraph before (BASIL
    a28a0329, HuffPost, gave Cummings's statement to Inslee)."""
    found = attribute_parsed(
        [
            "Rep. Tom Brink, D-Wash., asked the chair how the choice of passages was made.",
            "“I think it would be helpful to the members if you would explain it to us,” he said to Rep. Ada Lund, "
            "R-Va., who led the session.",
            "Rep. Carl Moss, D-Md., questioned the reading of the shortened text.",
            "“To skip the old words is to forget the long struggle of the nation,” he said in a written statement.",
            "“It is a failure to show where we came from,” he added.",
        ]
    )
    assert _name(_by_text(found, "I think it would")) == "Tom Brink"
    assert _name(_by_text(found, "To skip the old words")) == "Carl Moss"
    assert _name(_by_text(found, "It is a failure")) == "Carl Moss"


def test_the_one_asked_still_answers(attribute_parsed) -> None:
    """Guard: "Rep. Jon Vale asked her if she could comment …" // "She said: “…”" stays the one asked's answer (the
    rule above leaves "ask" and a person questioned as they were); passes on main too."""
    found = attribute_parsed(
        [
            "Tax official Mira Holt appeared before the panel on Tuesday.",
            "Rep. Jon Vale, D-N.Y., questioned her about the status of the review of the nonprofit groups.",
            "She said: “Well, there is a questionnaire that began this discussion and it is still out there.”",
        ]
    )
    assert _name(_by_text(found, "Well, there is")) == "Mira Holt"


def test_the_hospital_is_the_hospital_the_text_named(attribute_parsed) -> None:
    """ "Senator Ada Lund was taken to the Riverside Regional Hospital Center" … "“…,” the hospital said": the one
    hospital the text named, as "the police" is the force named before; the partial quotations of the hospital's
    statement now have a speaker and reach the brief (BASIL 58f414e5, HuffPost, left them unattributed)."""
    found = attribute_parsed(
        [
            "Senator Ada Lund was taken to the Riverside Regional Hospital Center after the crash on Route 9.",
            "In a statement Thursday night, the hospital said Lund sustained “a broken left arm” that “needed two "
            "operations.”",
            "“She underwent immediate surgery and is resting comfortably,” the hospital said.",
        ]
    )
    assert _name(_by_text(found, "She underwent", "direct")) == "Riverside Regional Hospital Center"
    assert _name(_by_text(found, "a broken left arm", "partial")) == "Riverside Regional Hospital Center"


def test_the_hospital_with_none_named_is_nobody(attribute_parsed) -> None:
    """Guard: "the hospital said" with no hospital named is not the organisation named last ("Keld Transit",
    whose bus crashed); passes on main too (the rule asks the name to hold the word)."""
    found = attribute_parsed(
        [
            "A Keld Transit bus carrying 30 passengers crashed on Route 9 on Thursday.",
            "“Four patients remain in serious condition,” the hospital said.",
        ]
    )
    assert _name(_by_text(found, "Four patients", "direct")) is None


def _reported(found, words: str):
    return next((a for a in found if a.kind == "reported" and a.text.startswith(words)), None)


def test_a_share_of_voters_says(attribute_parsed) -> None:
    """ "About 4 in 10 say they want …": the parser hangs the share on the verb as a number and leaves "say" with no
    subject, so a poll's finding was no reported speech (PolNeAR train)."""
    found = attribute_parsed(["About 4 in 10 say they want the next mayor to cut the water tax in Keld."])
    said = _reported(found, "they want the next mayor")
    assert said is not None and said.speaker is not None and said.speaker.text.startswith("About 4 in 10")


def test_more_likely_to_say_is_the_subjects(attribute_parsed) -> None:
    """ "Caucus-goers were slightly more likely to say they preferred …": "say" hangs on "likely", the copula's
    subject says it (PolNeAR train gave the finding no speaker, so it was dropped)."""
    found = attribute_parsed(
        ["Keld voters were slightly more likely to say they preferred Tom Brant on the water tax."]
    )
    said = _reported(found, "they preferred Tom Brant")
    assert said is not None and said.speaker is not None and "voters" in said.speaker.text


def test_said_with_a_gerund_subject_reports_the_clause(attribute_parsed) -> None:
    """ "He said legalizing it could put thousands of people to work": the parser reads the gerund as the verb's
    complement and the clause after it as the gerund's, so "said" had no content (PolNeAR train)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant spoke in Keld on Monday.",
            "He said legalizing it could put thousands of people to work in the northern valleys.",
        ]
    )
    said = _reported(found, "legalizing it could put")
    assert said is not None and said.speaker is not None and said.speaker.name == "Tom Brant"


def test_a_list_after_a_comma_is_part_of_what_was_said(attribute_parsed) -> None:
    """ "… said he and Lund differ on Tessel, the water deal and the possibility of …": the parser hangs the
    list's second item as an apposition, and an apposition was cut as an aside; a conjunct after it says the list
    goes on (PolNeAR train cut such content at the first comma)."""
    found = attribute_parsed(
        [
            "Brant said he and Lund differ on Tessel, the Varnish water deal and the possibility of compromising "
            "over a choice for the high court."
        ]
    )
    said = _reported(found, "he and Lund differ")
    assert said is not None and said.text.rstrip(".").endswith("a choice for the high court")
