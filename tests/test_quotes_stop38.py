"""Stop 38 (issue 13, a speaker check set on Multi-News rows nobody had tuned on, rows 53 and 64, and the editor read
of row 92): who said it. A title before a name the tagger missed still names its holder; a name given as the kin of
"her"/"his" is not the "she"/"he" of the same sentence; an organisation inside an apposition is not a woman because
"her" follows; "Another hoped …: “…,” he wrote" is an unnamed person; a name inside someone's earlier quotation is
not who "the group" is. Each test on invented text; the speaker is right or null ("unattributed"), never the wrong
person."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_the_kin_of_her_is_not_the_she_of_her_sentence(attribute_parsed) -> None:
    """ "She traced the conception of her daughter Liesl Marta …, although she admits it was “…”": the mother's
    words (row 64 gave them to the baby)."""
    found = attribute_parsed(
        [
            "The strike's quiet weeks could also be seen in the city's offices. Greta Holm, a program analyst for the "
            "Keld Water Authority, was one of four pregnant women in her 150-person office after the strike. She "
            "traced the conception of her daughter Liesl Marta, who was born June 3, to her time off work, although "
            "she admits it was “all kind of hazy.”"
        ]
    )
    assert _name(_by_text(found, "all kind of hazy")) == "Greta Holm"


def test_an_organisation_in_a_persons_apposition_is_not_her(attribute_parsed) -> None:
    """ "Greta Holm, a clerk for the Keld Water Authority, was … in her office": "her" is Holm's, so the authority
    is no woman a later "she" may stand for."""
    found = attribute_parsed(
        [
            "The strike's quiet weeks could also be seen in the city's offices. Greta Holm, a clerk for the Keld "
            "Water Authority, was one of four new mothers in her office this spring.",
            "The strike kept the office closed for three weeks, and she says it was “the calmest month of my life.”",
        ]
    )
    assert _name(_by_text(found, "the calmest month")) == "Greta Holm"


def test_another_unnamed_poster_is_nobody_named(attribute_parsed) -> None:
    """ "Another hoped the club would just disappear: “…,” he wrote": an anonymous poster, not the man the posts are
    about (editor read, row 92)."""
    found = attribute_parsed(
        [
            "Within hours, Tom Varga announced that he was leaving the Keld chess club for good.",
            "The forum's users were delighted. Many posted jokes about him.",
            "Another hoped the whole club would just disappear: “After this week nobody will care about that club,” "
            "he wrote. “In my view, nobody ever did.”",
        ]
    )
    assert _name(_by_text(found, "After this week nobody")) is None


def test_a_name_inside_an_earlier_quotation_is_not_the_group(attribute_parsed) -> None:
    """ "accused the club of “… Vandorian hate …”. The group justified … “…”": "the group" is not a name inside the
    quotation (editor read, row 92 printed "Islamophobic")."""
    found = attribute_parsed(
        [
            "In its post, the watchers accused the Keld chess club of pushing “ugly ideas about the Vandorian "
            "Federation and much more”.",
            "The group justified the leak by claiming the club was “central to a hateful strain of the movement”.",
        ]
    )
    assert _name(_by_text(found, "central to a hateful strain")) != "Vandorian Federation"


def test_a_title_before_a_name_the_tagger_missed_names_the_holder(attribute_parsed) -> None:
    """ "an angry Mayor Dane Merrow" (no person tagged in the name), then "the mayor said, “…”" and "he continued,
    “…”": both the mayor's (row 53 left both unattributed)."""
    found = attribute_parsed(
        [
            "Lina Berg, 9, was killed by a stray bullet outside her home on Wednesday night.",
            "Her death prompted an angry Mayor Dane Merrow to lecture the gangs behind the shootings.",
            "Asked about the shooting at a business event, the mayor said, “This is not about crime. This is about "
            "values.” Raising his voice and pointing his finger, he continued, “Stay away from the kids!”",
        ]
    )
    assert _name(_by_text(found, "This is not about crime")) == "Dane Merrow"
    assert _name(_by_text(found, "Stay away from the kids")) == "Dane Merrow"
