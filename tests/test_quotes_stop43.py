"""Stop 43 (issue 13, the speaker check set's new BASIL tune events and the errors left by stop 42): a fragment or a
neighbour printed as the speaker, or a speaker the text names left unattributed. Each test on invented text; the
speaker is right or null ("unattributed")."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_relative_clause_after_a_quotation_is_no_frame(attribute_parsed) -> None:
    """ "… claiming the letters didn't represent “all the members,” a point the KCB media office denied": the office
    denied the point; the words are the claimant's (BASIL 29ffd053 printed "point the USCCB media office")."""
    found = attribute_parsed(
        [
            "Last week, Tom Brink dismissed the council's critique, erroneously claiming the letters didn't represent "
            "“all the members,” a point the KCB media office denied."
        ]
    )
    assert _name(_by_text(found, "all the members")) == "Tom Brink"


def test_a_title_before_a_family_name_typed_as_no_person(attribute_parsed) -> None:
    """ "said Father Reese." after "Jesuit Father Thomas J. Reese": the tagger types the bare family name a group;
    the one person of the story with that family name (BASIL 29ffd053 left it unattributed)."""
    found = attribute_parsed(
        [
            "“Our problem is the budget,” said Jesuit Father Thomas J. Reese, one of the organizers of the letter.",
            "“I am afraid,” said Father Reese.",
        ]
    )
    assert _name(_by_text(found, "I am afraid")) == "Thomas J. Reese"


def test_summarized_frames_the_quotation(attribute_parsed) -> None:
    """ "“…,” summarized Brink.": a verb of saying after the quotation, not the speaker before it (BASIL 2b95d2cf
    printed Steele, quoted in the sentence before)."""
    found = attribute_parsed(
        [
            "Tom Brink, a senator, criticized Piet Moss on Friday.",
            "“It’s utterly irresponsible,” Brink said.",
            "Indeed, even Moss himself declared in December that the war was “a war we have to win.”",
            "“It’s completely inconsistent with this latest statement,” summarized Brink.",
        ]
    )
    assert _name(_by_text(found, "It’s completely inconsistent")) == "Tom Brink"


def test_a_campaign_aide_is_not_the_candidate(attribute_parsed) -> None:
    """ "A Lund campaign aide, though, said “…”": a named role, not Ada Lund (BASIL 2ec04201 printed Mitt Romney
    for his aide)."""
    found = attribute_parsed(
        [
            "Ada Lund went on offense over the harbour plan on Tuesday.",
            "A Lund campaign aide, though, said “that’s a distinction without a difference.”",
        ]
    )
    assert _name(_by_text(found, "that’s a distinction")) == "Lund campaign aide"


def test_what_he_called_is_the_subjects_naming(models) -> None:
    """ "Brink also hammered Moss for what he called his “utter failure …”": the one who names it so is the subject
    of the clause the free relative hangs on, not the man he attacks (BASIL 2ec04201 printed the speaker before, then
    the object; the tune row is in ``bench speakers --set basil43``)."""
    from newsfuse.nlp.quotes import _naming_subject

    sentence = "In an interview, Tom Brink also hammered Piet Moss for what he called his “utter failure on jobs.”"
    doc = models.parse([sentence])[0]
    found = _naming_subject(doc, sentence.index("called"))
    assert found is not None and sentence[found[0] : found[1]] == "Tom Brink"
    assert _naming_subject(doc, sentence.index("hammered")) is None  # not a verb of naming


def test_words_inside_the_first_quotation_are_no_subject_of_a_participle(attribute_parsed) -> None:
    """ "“Social Media is …,” Mr. Moss wrote on Twitter, saying that “…”": the participle's subject is the writer,
    not the first words of the tweet (BASIL ad409798 printed "Social Media")."""
    found = attribute_parsed(
        [
            "Piet Moss said on Saturday that his allies were being censored.",
            "“Social Media is totally discriminating against Keld voices,” Mr. Moss wrote on Twitter, saying that "
            "“censorship is a very dangerous thing.”",
        ]
    )
    assert _name(_by_text(found, "censorship is a very")) == "Piet Moss"


def test_a_vice_president_told_is_not_the_president(attribute_parsed) -> None:
    """ "“…,” he told the vice president": the one told is not the speaker, and "the vice president" is not the
    president named before (BASIL b5eefefb gave Ryan's words to Biden)."""
    found = attribute_parsed(
        [
            "Vice President Tom Brink came to President Ole Dahl's rescue in the debate with Piet Moss.",
            "Piet Moss tried to be respectful, but he showed his irritation when Mr. Brink kept interrupting to attack "
            "his policy. “I know you’re under duress,” he told the vice president, prompting a laugh.",
        ]
    )
    assert _name(_by_text(found, "I know you’re under duress")) == "Piet Moss"


def test_his_father_of_a_junior(attribute_parsed) -> None:
    """ "Mr. Trump Jr. did not respond. … his father tweeted: “…”": the father of Donald Trump Jr. is the Donald
    Trump of the story (editor read #13, d2, left the tweet unattributed)."""
    found = attribute_parsed(
        [
            "Donald Trump Jr. met Keldleaks staff. President Donald Trump was campaigning.",
            "Keldleaks asked Mr. Trump Jr. to have his father tweet a link.",
            "Mr. Trump Jr. did not respond. Fifteen minutes later, however, his father tweeted: “Very little pick-up "
            "by the dishonest media.”",
        ]
    )
    assert _name(_by_text(found, "Very little pick-up")) == "Donald Trump"


def test_words_of_messages_a_report_describes(attribute_parsed) -> None:
    """ "According to the report, …, including some which urged him to release “…”": the messages' words, not the
    report's holder's (editor read #13, d2, printed the House committee)."""
    found = attribute_parsed(
        [
            "The House Intelligence Committee released a report on Monday.",
            "According to the report, the messages are part of a long correspondence between Keldleaks and Tom Brink, "
            "though Brink seemed to ignore many of the messages, including some which urged him to release “one or "
            "more of your father’s tax returns.”",
        ]
    )
    assert _name(_by_text(found, "one or more of your father")) is None


def test_an_organisation_named_with_for(attribute_parsed) -> None:
    """ "said the Alliance for Retired Americans": the whole name, not "Alliance" (stop 42's closing notes)."""
    found = attribute_parsed(
        [
            "“Cutting these benefits would hurt millions of seniors,” said the Alliance for Retired Americans.",
            "“We will fight this plan,” said the Alliance for Justice in a statement.",
        ]
    )
    assert _name(_by_text(found, "Cutting these benefits")) == "Alliance for Retired Americans"
    assert _name(_by_text(found, "We will fight")) == "Alliance for Justice"


def test_a_local_chapter_is_not_its_town(attribute_parsed) -> None:
    """ "tweeted the Brooklyn, N.Y., chapter of Indivisible Nation": the organisation, not "Brooklyn" (BASIL 1ed4f378,
    editor read of stop 42) nor "Brooklyn chapter of Indivisible Nation" (stop 43's, no entity of the brief)."""
    found = attribute_parsed(
        [
            "Federal workers were furloughed on Monday.",
            "“Stand with the Dreamers and say thanks to your senator,” tweeted the Brooklyn, N.Y., chapter of "
            "Indivisible Nation, a leader in the progressive movement.",
        ]
    )
    assert _name(_by_text(found, "Stand with the Dreamers")) == "Indivisible Nation"
