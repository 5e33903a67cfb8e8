"""Stop 58 (issue 13: the tune half of the mn58 check set, the known classes of stop 57's kept rows and PolNeAR's
reported speech on its train split): each test on invented text. "“…,” he laughs" frames a quotation as "he said"
does; a paragraph that opens with a new person, told in a sentence of its own before the quotation, hands "he"/"she"
to that person, not to the one quoted a paragraph before."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name


def test_he_laughs_frames_the_quotation(attribute_parsed) -> None:
    """ "“…,” Page said. // Robert Plant, meanwhile, has moved on. Given Plant's dislike of looking back, a reunion
    seems unlikely. “…,” he laughs.": the words are Plant's (mn57's kept row 20 printed them under Page: "laughs" was
    no frame, so the quotation carried the speaker before)."""
    found = attribute_parsed(
        [
            "Jimmy Vance spent two years sorting the band's old tapes. “There's all manner of surprises in there,”"
            " Vance said.",
            "Robert Keller, meanwhile, has moved on to other projects. Given Keller's dislike of looking back, a"
            " reunion tour seems unlikely. “I'd rather make something new than dust off the old songs,” he laughs.",
        ]
    )
    assert _name(_by_text(found, "There's all manner", "direct")) == "Jimmy Vance"
    assert _name(_by_text(found, "I'd rather make", "direct")) == "Robert Keller"


def test_a_paragraph_that_turns_to_a_new_person_hands_her_the_pronoun(attribute_parsed) -> None:
    """ "“…,” said patient Ann Brink. // Through Dr. Kolb, Mara Tolli met other women … . Together they set up a
    group … . She said, “…”": the paragraph is about Mara Tolli from its first sentence (editor read #30, Multi-News
    row 55, printed Anne Ziegenhorn's words under the patient quoted before)."""
    found = attribute_parsed(
        [
            "Dr. Ada Kolb treated dozens of patients. “Most of them were told it was in their heads,” said patient Ann"
            " Brink.",
            "Through Dr. Kolb, Mara Tolli met other women with the same symptoms. Together they set up a support group"
            " to warn others. She said, “I literally willed myself to get out of bed every day.”",
        ]
    )
    assert _name(_by_text(found, "Most of them were told", "direct")) == "Ann Brink"
    assert _name(_by_text(found, "I literally willed myself", "direct")) == "Mara Tolli"


def test_a_paragraph_that_names_the_speaker_again_keeps_her(attribute_parsed) -> None:
    """Guard: "… said Ann Brink. // Mara Tolli met Brink at the clinic. Brink was angry. She said, “…”": the one who
    spoke is named in the new paragraph too, so the usual ranking stands (Ann Brink)."""
    found = attribute_parsed(
        [
            "Dr. Ada Kolb treated dozens of patients. “Most of them were told it was in their heads,” said patient Ann"
            " Brink.",
            "Mara Tolli met Brink at the clinic a year later. Brink was still angry. She said, “Nobody listened to us"
            " for years.”",
        ]
    )
    assert _name(_by_text(found, "Nobody listened to us", "direct")) == "Ann Brink"


def test_a_paragraph_whose_speaker_already_spoke_keeps_him(attribute_parsed) -> None:
    """Guard: a quotation framed in the new paragraph already ("Robert Keller joined later. “…,” said Jimmy Vance.
    The work took years. “…,” he said"): that speaker goes on, not the paragraph's opener."""
    found = attribute_parsed(
        [
            "“There's all manner of surprises in there,” Jimmy Vance said.",
            "Robert Keller joined the sessions later. “We never planned any of it,” Vance said. The work took years."
            " “It was exhausting,” he said.",
        ]
    )
    assert _name(_by_text(found, "It was exhausting", "direct")) == "Jimmy Vance"


def test_an_aside_between_dashes_frames_nothing(attribute_parsed) -> None:
    """ "And Lund contends that — even if you could successfully argue that … — “fair use would …”": the words are
    Lund's, not the aside's "you" (Multi-News row 40, stop 58); "Tom Brink said the plan — which, he argued, the
    council had never read — was “…”" is Brink's, not the council's."""
    found = attribute_parsed(
        [
            "Ada Lund wrote a long note on the subject. And Lund contends that — even if you could successfully argue"
            " that a fictional language is copyrightable — “fair use would protect most of the activities” of people"
            " who are accused of violating that copyright.",
            "Tom Brink said the plan — which, he argued, the council had never read — was “a reckless waste of money.”",
        ]
    )
    assert _name(_by_text(found, "fair use would protect", "partial")) == "Ada Lund"
    assert _name(_by_text(found, "a reckless waste", "partial")) == "Tom Brink"


def test_the_studio_is_the_company_that_spoke_last(attribute_parsed) -> None:
    """ "This week, Keldmount fired back, arguing in its response that the claim is “absurd …” // The studio says that
    … is “simply further evidence …”": the studio that spoke last, not an organisation the tagger found opening an
    earlier sentence (Multi-News row 40, stop 58: "Klingon, as you're likely aware, is a fictional language …" gave
    "the studio" to the Klingon Language Institute once "studio" was read as a company)."""
    found = attribute_parsed(
        [
            "Paramount Pictures sued the makers of the fan film last year.",
            "Klingon, as you're likely aware, is a fictional language that fans speak around the world.",
            "This week, Paramount fired back, arguing in its response that the claim is “absurd, since a language is"
            " only useful if it can be used to communicate.”",
            "The studio says that the use of the language in the film is “simply further evidence of their"
            " infringement.”",
        ]
    )
    assert (_name(_by_text(found, "simply further evidence", "partial")) or "").startswith("Paramount")


def test_the_airline_is_the_one_named_since_the_last_speaker(attribute_parsed) -> None:
    """Guard: "American Airlines said … // US airlines say the subsidies that Qatar Airways receives … // The
    airline said in April that …": another airline named since the last one spoke, the sentence-opening rule
    stands (Qatar Airways, as on main; the gold tune story multinews-217)."""
    found = attribute_parsed(
        [
            "Qatar Airways filed under the act, as required for its proposed investment, American Airlines said.",
            "“The proposed investment was not solicited by us,” American Airlines said.",
            "US airlines have raised concerns that the subsidies that Qatar Airways receives from its government"
            " create unfair competition.",
            "The airline said in April that it had seen a drop in bookings because of the ban on large electronics.",
        ]
    )
    assert _name(_by_text(found, "that it had seen a drop", "reported")) == "Qatar Airways"


def test_a_term_in_the_writers_relative_clause_is_no_ones(attribute_parsed) -> None:
    """ "Tom Brink has said the wall could be steel slats, which would be like the “bollard fencing” developed …": the
    writer's aside, still open at the marks, is not what Brink said (BASIL 0d10341a, basil42's tune half, printed the
    term as Trump's); "the measure, which passed 51-49, was “…”" closes the aside first, and "which he called “…”"
    has a cue of its own (guards)."""
    found = attribute_parsed(
        [
            "In recent months, Tom Brink has at times said the wall could just be steel slats, which would be like the"
            " “bollard fencing” developed during the last administration.",
            "Tom Brink said the measure, which passed 51-49, was “a victory for families.”",
            "Ada Lund said the bill, which she called “a gift to landlords,” passed on Monday.",
        ]
    )
    assert _name(_by_text(found, "bollard fencing", "partial")) is None
    assert _name(_by_text(found, "a victory for families", "partial")) == "Tom Brink"
    assert _name(_by_text(found, "a gift to landlords", "partial")) == "Ada Lund"


def test_according_to_after_the_content_is_no_part_of_it(attribute_parsed) -> None:
    """ "More than 6 in 10 voters said that Wall Street does more to hurt the economy than help, according to
    preliminary exit polling": the source phrase ends what was said (PolNeAR train, stop 58: the content ran on over
    it)."""
    found = attribute_parsed(
        [
            "More than 6 in 10 Keld voters said that Wall Street does more to hurt the economy than help, according to"
            " preliminary exit polling reported by two networks."
        ]
    )
    reported = _by_text(found, "that Wall Street does more", "reported")
    assert reported.text.endswith("than help")


def test_a_question_asked_of_the_one_who_answers_is_reported(attribute_parsed) -> None:
    """ "Asked what a firm commitment looks like, Sanders said …": the question is reported speech whose asker the
    text does not name, whichever tense the tagger gives "Asked" (PolNeAR train, stop 58: read only as a past
    participle, the question was missed)."""
    found = attribute_parsed(
        ["Asked what a firm commitment looks like, Tom Brink said the plan would be funded by a tax on Wall Street."]
    )
    question = _by_text(found, "what a firm commitment", "reported")
    assert question.speaker is None or question.speaker.name is None
    assert _name(_by_text(found, "the plan would be funded", "reported")) == "Tom Brink"


def test_words_of_a_question_put_to_someone_are_not_his_answer(attribute_parsed) -> None:
    """ "When Crump was asked how a star's drive fit the definition of “reimbursable detail,” she would only say that
    …": the quoted words are the question's, not the spokeswoman's (Multi-News row 99, mn58's tune half); "When asked
    about the plan, Tom Brink said it was “a waste of money.”" is Brink's (guard)."""
    found = attribute_parsed(
        [
            "“This escort was handled as a reimbursable detail,” Ada Crump said in an e-mail.",
            "When Crump was asked how a TV star's drive into the city from an airport fit the definition of"
            " “reimbursable detail,” she would only say that the matter is being investigated.",
            "When asked about the plan, Tom Brink said it was “a waste of money.”",
        ]
    )
    assert not [a for a in found if a.text.startswith("reimbursable detail") and _name(a) is not None]
    assert _name(_by_text(found, "a waste of money", "partial")) == "Tom Brink"


def test_a_short_line_with_a_lower_case_word_is_speech_not_a_title() -> None:
    """ "I’m an F-18, bro", "Oh, yes", "Nice to see all of you": a lower-case word a title leaves in capitals is
    speech, so a named speaker's short line is printed (Multi-News row 99, mn58's tune half; BASIL cad4bba5, basil52's
    tune half); "The Art of Rap", "Love Is a Battlefield", "Keys to the Highway" stay titles (guards)."""
    from newsfuse.nlp.quote_merge import title_like

    assert not any(title_like(t) for t in ("I’m an F-18, bro", "Oh, yes", "Nice to see all of you"))
    assert all(title_like(t) for t in ("The Art of Rap", "Love Is a Battlefield", "Keys to the Highway"))


def test_a_title_full_stop_ends_no_sentence_of_the_paragraph(attribute_parsed) -> None:
    """Guard: "“…,” Mr. Gidley said. // Mr. Trump, who is not taking large donations, fits that bill for many people,
    he added.": the paragraph's first sentence is the pronoun's own ("Mr." ends none), so the one who spoke goes on
    (PolNeAR train: the first version of the paragraph rule gave Hogan Gidley's words to Trump)."""
    found = attribute_parsed(
        [
            "“All us rank-and-file conservatives have been dictated to from Washington for decades,” Mr. Gidley said.",
            "Mr. Trump, who is not taking large donations from special interests, fits that bill for many people, he"
            " added.",
        ]
    )
    assert _name(_by_text(found, "Mr. Trump, who is not", "reported")) == "Gidley"
