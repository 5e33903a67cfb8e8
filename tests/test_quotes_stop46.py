"""Stop 46 (issue 13: editor read #16's quote findings and the errors the lead listed): each test on invented
text; the speaker is right or null ("unattributed"), never a piece of the subject or the neighbour."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_one_of_two_states_that_complained_is_no_speaker(attribute_parsed) -> None:
    """ "Tessel and Varn complained about a “…”": the words are the two states', neither one's (editor read #16, d2,
    printed "Oklahoma", the second of "Nebraska and Oklahoma")."""
    found = attribute_parsed(
        [
            "Two farm states filed a lawsuit against Keld on Thursday over its new water rules.",
            "Tessel and Varn complained about a “significant drop in the river’s flow,” but gave no figures.",
        ]
    )
    assert _name(_by_text(found, "significant drop")) is None
    assert all(_name(a) is None for a in found if "significant drop" in a.text)


def test_they_after_two_states_said_is_no_one_of_them(attribute_parsed) -> None:
    """ "Varn and Tessel said the influx … They say …": reported speech of a coordinated subject, and the "they" that
    goes on with it, name no single speaker (d2 credited both to Oklahoma)."""
    found = attribute_parsed(
        [
            "Varn and Tessel said the flood had led to more arrests and higher court costs.",
            "They say it has also forced the police to spend more time on the border.",
        ]
    )
    assert _name(_by_text(found, "the flood had led")) is None
    assert _name(_by_text(found, "it has also forced")) is None


def test_one_of_two_named_alone_still_speaks(attribute_parsed) -> None:
    """The coordination rule reads only a subject that names two: the one who then speaks alone is himself."""
    found = attribute_parsed(
        [
            "Tom Brink and Ada Lund said the plan “would cost far too much.”",
            "“We will not vote for it,” Brink said.",
        ]
    )
    assert _name(_by_text(found, "We will not vote")) == "Tom Brink"
    assert _name(_by_text(found, "would cost far too much")) is None


def test_a_crowd_owned_by_a_name_is_not_the_name(attribute_parsed) -> None:
    """ "Mr. Brink’s adoring fans reply, “Tessel!”": the fans answer, not the man they cheer (editor read #16, d3,
    gave the crowd's “Mexico!” to Trump)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brink held a rally in Keld on Friday.",
            "“Who is going to pay for the bridge?” Mr. Brink asks the crowd.",
            "Without fail, Mr. Brink’s adoring fans reply, “Tessel!”",
        ]
    )
    assert _name(_by_text(found, "Who is going to pay")) == "Tom Brink"
    assert _name(_by_text(found, "Tessel!")) is None


def test_a_role_owned_by_a_name_still_reads_the_role(attribute_parsed) -> None:
    """Guard: "Mr. Brink’s campaign said" stays the campaign's (a role the possessor rule reads), not nobody."""
    found = attribute_parsed(
        [
            "Mayor Tom Brink is running for a third term.",
            "“We expect to win every ward,” Mr. Brink’s campaign said in a statement.",
        ]
    )
    assert _name(_by_text(found, "We expect to win")) is not None


def test_a_place_born_description_is_not_the_place(attribute_parsed) -> None:
    """ "the Keld-born journalist told the Courier": the place joined by a hyphen modifies the head noun; the
    tagger took "Keld" for a person and printed it. With the article writing "journalist Ana Ruiz" the description
    is hers; with no one so described, nobody."""
    named = attribute_parsed(
        [
            "The Keld-born journalist Ana Ruiz was removed from a news conference by Mayor Tom Brink's guard.",
            "Ruiz has hosted a news show for twenty years.",
            "“He tried to silence me,” the Keld-born journalist told the Courier in August.",
        ]
    )
    assert _name(_by_text(named, "He tried to silence me")) == "Ana Ruiz"
    unnamed = attribute_parsed(
        [
            "Ana Ruiz was removed from a news conference by Mayor Tom Brink's guard.",
            "Brink later took several of her questions.",
            "“He tried to silence me,” the Keld-born journalist told the Courier in August.",
        ]
    )
    assert _name(_by_text(unnamed, "He tried to silence me")) is None


def test_the_suit_speaks_for_its_one_filer(attribute_parsed) -> None:
    """ "The Keld Water Board filed a lawsuit … “…,” the suit says": a lawsuit's words are the one party's that filed
    it (the decision the lead asked for on editor read #16's "the suit says")."""
    found = attribute_parsed(
        [
            "The Keld Water Board filed a lawsuit against Tessel on Thursday over its new dam.",
            "“The dam starves the river of water,” the suit says.",
        ]
    )
    assert _name(_by_text(found, "The dam starves")) == "Keld Water Board"
    by = attribute_parsed(
        [
            "The lawsuit, filed by the Keld Water Board, asks the court to stop the dam.",
            "“The dam starves the river of water,” the suit says.",
        ]
    )
    assert _name(_by_text(by, "The dam starves")) == "Keld Water Board"


def test_a_suit_filed_by_two_names_no_speaker(attribute_parsed) -> None:
    """Guard: filed by two ("Tessel and Varn filed a lawsuit", "brought by Tessel's attorney general, Ada Lund, and
    Varn's, Tom Brink") the suit's words are no one party's: null, as d2's suit of Nebraska and Oklahoma stays."""
    found = attribute_parsed(
        [
            "Tessel and Varn filed a lawsuit against Keld on Thursday over its new dam.",
            "“The dam starves the river of water,” the suit says.",
        ]
    )
    assert _name(_by_text(found, "The dam starves")) is None
    by = attribute_parsed(
        [
            "The lawsuit, which was brought by Tessel’s attorney general, Ada Lund, and Varn’s attorney general, Tom "
            "Brink, asks the court to stop the dam.",
            "“The dam starves the river of water,” the lawsuit says.",
        ]
    )
    assert _name(_by_text(by, "The dam starves")) is None


def test_words_agreed_with_are_the_other_speakers(attribute_parsed) -> None:
    """ "Mrs. Brink … appeared to agree with Ms. Lund that “…”": the quotation is what Lund said, which Brink takes up
    (BASIL 8dac6c12, stop 45's kept half, credited Pelosi's words to Clinton); "the mayor", whom the text does not
    name, is nobody rather than the one who agreed."""
    found = attribute_parsed(
        [
            "Speaker Ada Lund said on Friday that the bill could still pass.",
            "Mrs. Brink invoked Ms. Lund’s name twice and appeared to agree with Ms. Lund that “there are some "
            "specifics in there that could and should be changed.”",
        ]
    )
    assert _name(_by_text(found, "there are some specifics")) == "Ada Lund"
    role = attribute_parsed(["Tom Brink said he agreed with the mayor that “the docks must be rebuilt.”"])
    assert _name(_by_text(role, "the docks must be rebuilt")) is None
