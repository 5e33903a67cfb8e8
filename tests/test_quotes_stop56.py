"""Stop 56 (issue 13: the tune half of the basil56 check set and PolNeAR's reported speech on its train split): each
test on invented text. A time phrase set after the subject ("The governor over the weekend had tweeted") is no part
of the speaker, a name written after "anti-" / "pro-" is what a thing is against or for, not who holds it, a name
given by a participle ("a program called Prism is …") frames no quotation, and a second "that"-clause coordinated on
the cue is more of what was said."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name


def test_a_time_phrase_after_the_subject_is_no_part_of_the_speaker(attribute_parsed) -> None:
    """ "The president over the weekend had tweeted that … “badly damaged” …": the partial quotation inside the
    reported clause is the president's (BASIL 2a3fde8a: Trump's "badly damaged" and "clowns and losers!" were read
    with "The president over the weekend" as speaker, which names no one, so the brief left them out)."""
    found = attribute_parsed(
        [
            "Governor Tom Brink spoke to the council on Friday.",
            "The governor over the weekend had tweeted that Varn and others have “badly damaged” the city’s name.",
            "The governor on Sunday said the audit had “done real harm” to the port.",
        ]
    )
    assert _name(_by_text(found, "badly damaged", "partial")) == "Tom Brink"
    assert _name(_by_text(found, "done real harm", "partial")) == "Tom Brink"


def test_a_name_after_anti_is_not_the_holder_of_the_thing(attribute_parsed) -> None:
    """ "… focused on one anti-Brink text that implied a willingness “…”": the words are not Brink's (BASIL 2a3fde8a
    printed the inspector general's words as Trump's under "one anti-Trump text")."""
    found = attribute_parsed(
        [
            "Mayor Tom Brink said the audit was unfair.",
            "The inspector general was troubled by texts that Ada Varn sent, and particularly focused on one anti-Brink"
            " text that implied a willingness “to take official action to hurt the mayor’s chances.”",
        ]
    )
    assert _name(_by_text(found, "to take official action", "partial")) is None


def test_a_name_that_opens_the_phrase_still_holds_it(attribute_parsed) -> None:
    """Guard: "Mayor Tom Brink, an anti-tax campaigner, said …" keeps Brink (a name before "anti-" is the holder)."""
    found = attribute_parsed(["Mayor Tom Brink, an anti-tax campaigner, said the levy was “a burden on every family.”"])
    assert _name(_by_text(found, "a burden on every family", "partial")) == "Tom Brink"


def test_a_name_given_by_a_participle_frames_no_quotation(attribute_parsed) -> None:
    """ "…, arguing that a secret program called Keldwatch is simply an “internal records system”": "called" gives the
    program its name, so the partial quotation is the council's, whose reported clause holds it (BASIL a4f1d515: the
    administration's words were read as "a secret program"'s and left out of the brief)."""
    found = attribute_parsed(
        [
            "The Varn city council tried on Saturday to defend its records plan, arguing that a secret program called"
            " Keldwatch is simply an “internal records system” for the police."
        ]
    )
    assert _name(_by_text(found, "internal records system", "partial")) == "Varn city council"


def test_called_with_the_quotation_as_its_object_still_frames_it(attribute_parsed) -> None:
    """Guard: "Mayor Tom Brink called Ada Varn “a reckless liar”" stays Brink's words."""
    found = attribute_parsed(["Mayor Tom Brink called Ada Varn “a reckless liar” on Monday."])
    assert _name(_by_text(found, "a reckless liar", "partial")) == "Tom Brink"


def test_a_second_that_clause_is_more_of_the_reported_content(attribute_parsed) -> None:
    """ "The governor said the state needs to secure the border …, but that he would not support mass deportation":
    the parser hangs the second "that"-clause on the cue, and it is more of what was said (PolNeAR train, stop 56: the
    content stopped at the first clause and matched no gold)."""
    found = attribute_parsed(
        [
            "The Ohio governor said the state needs to secure the border and create a guest-worker program, but that"
            " he would not support mass deportation of workers."
        ]
    )
    assert _by_text(found, "the state needs to secure", "reported").text.endswith("mass deportation of workers")


def test_a_second_act_of_the_speaker_still_ends_the_content(attribute_parsed) -> None:
    """Guard: "Mayor Tom Brink said the plan failed, and promised that the city would try again": the promise is his
    next act, not more of the first content."""
    found = attribute_parsed(["Mayor Tom Brink said the plan failed, and promised that the city would try again."])
    assert _by_text(found, "the plan failed", "reported").text == "the plan failed"


def test_a_possessive_owning_the_speech_noun_stands_for_its_person(attribute_parsed) -> None:
    """ "Mayor Tom Brink is keeping up his criticism of his closest rivals": "his" owns the criticism as "he" would
    voice it, so it resolves as "he" does (PolNeAR train, stop 56: "his" was left unresolved, a wrong speaker)."""
    found = attribute_parsed(["Mayor Tom Brink is keeping up his criticism of his closest rivals in the race."])
    assert _name(_by_text(found, "his closest rivals", "reported")) == "Tom Brink"


def test_a_possessive_stands_for_the_person_of_its_own_sentence(attribute_parsed) -> None:
    """ "Governor Ada Varn said …" // "Mayor Tom Brink kept up his criticism of the port plan": the person named in the
    possessive's own sentence, not the speaker of the sentence before (the shared corpus: "Xi sent a farewell message
    reaffirming his belief that …" after Zelensky's words)."""
    found = attribute_parsed(
        [
            "Governor Ted Varn said the plan would “just freeze” the port.",
            "After a dinner on Tuesday night, Mayor Tom Brink kept up his criticism of the port plan.",
        ]
    )
    assert _name(_by_text(found, "the port plan", "reported")) == "Tom Brink"
