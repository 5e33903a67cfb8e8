"""Stop 50 (issue 13: the tune half of the basil50 check set and stop 49's leftovers): each test on invented text;
the speaker is the one the text says spoke, or null ("unattributed"), never a piece of a group, the subject of a
subordinate clause the parse hung the words on, nor a name read as a common word."""

from __future__ import annotations


def _by_text(found, words: str, kind: str | None = None):
    return next(a for a in found if a.text.startswith(words) and (kind is None or a.kind == kind))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_name_also_written_as_a_handle_is_no_common_word(attribute_parsed) -> None:
    """ "… the chain of messages with @keldwatch …" // "“…,” Keldwatch wrote.": the handle in lower case does not
    make the group's name a capitalised common word (BASIL dd1e6e3b, Fox, left WikiLeaks's messages unattributed)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant posted the entire chain of messages with @keldwatch on Monday night.",
            "The group Keldwatch first wrote to him in September, the messages show.",
            "“A site run by the council is about to launch. We have guessed the password,” Keldwatch wrote.",
        ]
    )
    assert _name(_by_text(found, "A site run")) == "Keldwatch"


def test_words_two_named_people_give_together_have_no_one_speaker(attribute_parsed) -> None:
    """ "“…,” House Speaker Ada Brant and Senate Leader Tom Reyes said in a statement.": a quote's speaker is one name
    or one named role (../shared/CONTRACT.md), so the words are neither one's alone; "Ada Brant and Tom Reyes" was no
    entity of the brief (stop 50 tried joint speakers and took them back)."""
    found = attribute_parsed(
        [
            "The mayor's plan drew fierce opposition from the council.",
            "“This is plainly a power grab by a disappointed mayor who has gone outside the law,” House Speaker Ada "
            "Brant and Senate Leader Tom Reyes said in a statement.",
        ]
    )
    assert _name(_by_text(found, "This is plainly", "direct")) is None


def test_a_group_of_places_still_speaks_for_no_one_member(attribute_parsed) -> None:
    """Guard: stop 46's rule stands for anything but two named people ("Nebraska and Oklahoma complained about a
    “…”" names no speaker); it passes on main too."""
    found = attribute_parsed(
        [
            "“The influx of cheap water has hurt our farmers for years,” Nebraska and Oklahoma said in a joint filing.",
        ]
    )
    assert _name(_by_text(found, "The influx", "direct")) is None


def test_by_saying_after_a_when_clause_is_the_explainer(attribute_parsed) -> None:
    """ "Mr. Brant explained his failure to fix the bridge during his first year in office when the Greens controlled
    the council by saying, “…”": the parse hangs "by saying" on the "when" clause; the one who explains says it, not
    the clause's subject (BASIL 3ae35b16, NYT, gave Trump's words to "Republicans" and left them out)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant spoke for an hour on Friday.",
            "Sounding alternately defensive and aggrieved, Mr. Brant explained his failure to fix the bridge during "
            "his first two years in office when the Greens controlled the council by saying, “I was a little new to "
            "the job.”",
        ]
    )
    assert _name(_by_text(found, "I was a little new")) == "Tom Brant"


def test_the_one_asked_is_not_the_asker(attribute_parsed) -> None:
    """ "The student said that after he asked the congressman if he “fully supported the party's agenda,” …": the
    words are the asker's question; "he" is the student, whom the text does not name, never the congressman asked
    (editor read #20, b1, HuffPost, printed Rep. Etheridge; stop 49 left it)."""
    found = attribute_parsed(
        [
            "Rep. Bob Ethan was seen grabbing a student on Saturday.",
            "The student said that after he asked the congressman if he “fully supported the party's agenda,” Ethan "
            "grabbed him.",
        ]
    )
    assert _name(_by_text(found, "fully supported", "partial")) is None


def test_a_lawyer_named_beside_his_client_speaks_for_the_role(attribute_parsed) -> None:
    """ "according to Brink attorney Aitan Velkor" // "“…,” the attorney said" // "Brink’s attorney, meanwhile,
    blasted the bureau …" // "He added, “…”": the attorney is Velkor (the client named before the role is not its
    holder), "Brink’s attorney" is Velkor, and "he" after it is Velkor, not the congressman quoted before (editor read
    #20, b4, printed Strzok and Meadows for Aitan Goelman, whom the tagger typed an organisation)."""
    found = attribute_parsed(
        [
            "FBI agent Tom Brink was fired on Friday, according to Brink attorney Aitan Velkor.",
            "“This decision should be deeply troubling to all Americans,” the attorney said.",
            "Rep. Mark Dorset, R-Ohio, praised the firing. “His conduct should concern every American,” Dorset said in "
            "a statement.",
            "Brink’s attorney, meanwhile, blasted the bureau for its handling of the case.",
            "He added, “A lengthy investigation found no wrongdoing.”",
        ]
    )
    assert _name(_by_text(found, "This decision should")) == "Aitan Velkor"
    assert _name(_by_text(found, "A lengthy investigation")) == "Aitan Velkor"


def test_said_the_client_attorney_and_name_is_the_attorney(attribute_parsed) -> None:
    """ "“…,” said Brink attorney Aitan Velkor.": the name after the role speaks, with no possessive before it."""
    found = attribute_parsed(
        [
            "FBI agent Tom Brink was fired on Friday.",
            "“This decision should be deeply troubling to all Americans,” said Brink attorney Aitan Velkor.",
        ]
    )
    assert _name(_by_text(found, "This decision should")) == "Aitan Velkor"


def test_a_role_linked_to_its_holder_elsewhere_is_the_holder(attribute_parsed) -> None:
    """ "Aitan Velkor, an attorney for Tom Brink, …" // "Brink’s lawyer, meanwhile, blasted the bureau. “…,” he said":
    the lawyer is the attorney the text named, and "he" is him, not the man named in between."""
    found = attribute_parsed(
        [
            "FBI agent Tom Brink was fired on Friday.",
            "Aitan Velkor, an attorney for Tom Brink, called the firing political.",
            "Rep. Mark Dorset praised the firing.",
            "Brink’s lawyer, meanwhile, blasted the bureau. “It is a shame,” he said.",
        ]
    )
    assert _name(_by_text(found, "It is a shame")) == "Aitan Velkor"


def test_an_epithet_is_the_person_the_text_describes_so(attribute_parsed) -> None:
    """ "Ueli Sterk, a Swiss mountaineer, found the bodies …" // "“…,” said the 40-year-old mountaineer from
    Interlaken": the mountaineer, not the guide quoted last (Multi-News row 7, stop 48, printed the guide)."""
    found = attribute_parsed(
        [
            "The bodies of two climbers were found on Sunday, said David Brill, a guide who runs an agency in "
            "Kathmandu.",
            "Ueli Sterk, a Swiss mountaineer, found the bodies while training on the mountain.",
            "“We did not touch them out of respect for their families,” said the 40-year-old mountaineer from "
            "Interlaken, Switzerland.",
        ]
    )
    assert _name(_by_text(found, "We did not touch")) == "Ueli Sterk"


def test_an_epithet_with_an_age_is_the_person_of_that_age(attribute_parsed) -> None:
    """ "Ueli Sterk, 40, found the bodies" // "“…,” said David Brill, a guide …" // "said the 40-year-old
    mountaineer": the age the text gave Sterk, not the speaker quoted last."""
    found = attribute_parsed(
        [
            "Ueli Sterk, 40, found the bodies of two climbers on Sunday while training on the mountain.",
            "“They were lying at the foot of the face,” said David Brill, a guide who runs an agency in Kathmandu.",
            "“We did not touch them out of respect for their families,” said the 40-year-old mountaineer from "
            "Interlaken, Switzerland.",
        ]
    )
    assert _name(_by_text(found, "We did not touch")) == "Ueli Sterk"


def test_a_name_before_a_lawyer_or_after_a_mountaineer_apposition_is_a_person(models) -> None:
    """The tagger typed "Aitan Velkor" (after "attorney") and "Ueli Sterk" (before ", a Swiss mountaineer,") an
    organisation; the words around them say they are people (``entities._corrected_label``)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.records import Article

    paragraphs = [
        "FBI agent Tom Brink was fired on Friday, according to Brink attorney Aitan Velkor.",
        "Ueli Sterk, a Swiss mountaineer, found the bodies while training on the mountain.",
    ]
    story = analyse([Article("S1", "S1.txt", None, None, None, None, paragraphs)], models, embed=False)
    types = {c.name: c.type for c in build_entities(story).clusters}
    assert types.get("Aitan Velkor") == "PERSON"
    assert types.get("Ueli Sterk") == "PERSON"
