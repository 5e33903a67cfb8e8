"""Stop 45 (issue 13, the speaker check set's basil45 tune events, editor read #15 and the errors the lead listed):
each test on invented text; the speaker is right or null ("unattributed"), never the neighbour."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_an_inverted_colon_frame_is_its_subject(attribute_parsed) -> None:
    """ "Added Lund: “…”": the verb opens the sentence and the name after it spoke (BASIL df5fe55a printed the
    speaker "Added Gibbs")."""
    found = attribute_parsed(
        [
            "Asked whether the council would change the plan, Mayor Ada Lund said any changes would be fine.",
            "“We all want the docks rebuilt before the winter,” said the port director, Tom Brink.",
            "Added Lund: “I think you would have to ask somebody who wants a fight in February what they expect.”",
        ]
    )
    quote = _by_text(found, "I think you would have to ask")
    assert _name(quote) == "Ada Lund" and quote.speaker is not None and quote.speaker.text == "Lund"


def test_he_after_three_men_named_together_is_nobody(attribute_parsed) -> None:
    """ "Reps. Tom Brink of Keld, and Piet Moss and Jan Vos of Tessel are writing a letter … “…,” he told the
    Courier": the text does not say which of the three spoke (BASIL df5fe55a printed Inslee, the last one)."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund said the council would vote on the plan next week.",
            "Reps. Tom Brink of Keld, and Piet Moss and Jan Vos of Tessel are writing a letter to the council that "
            "would try to block the plan.",
            "“There does not seem to be a majority of the council who supports the plan,” he told the Keld Courier.",
        ]
    )
    assert _name(_by_text(found, "There does not seem")) is None


def test_he_after_one_of_two_men_spoke_alone_is_that_man(attribute_parsed) -> None:
    """The pair rule reads only a coordinated phrase that is the last place the people were named: once one of them
    speaks alone, "he" goes on being him."""
    found = attribute_parsed(
        [
            "Tom Brink and Piet Moss are writing a letter to the council.",
            "“We want a vote,” Brink said on Monday.",
            "“There does not seem to be a majority for the plan,” he added.",
        ]
    )
    assert _name(_by_text(found, "There does not seem")) == "Tom Brink"


def test_a_man_named_since_the_last_speaker_is_he(attribute_parsed) -> None:
    """ "“…,” Brink said. // In 1997 the staff won a prize. // The other half got nothing, including clerk Piet Moss.
    // “…,” he told the Courier": the one person named since, in the sentence before, paragraphs after the last
    speaker (editor read #15, r115, printed the lawyer quoted before)."""
    found = attribute_parsed(
        [
            "“Luck makes people do strange things,” said Tom Brink, a Keld lawyer who handles office disputes.",
            "“You never think about these things until after you have won,” Brink said.",
            "In 1997, almost half the staff of the harbour office won a large prize in the lottery.",
            "The other half of the office got nothing, including clerk Piet Moss.",
            "“The first couple of days after it happened, my stomach hurt,” he told the Courier at the time.",
        ]
    )
    assert _name(_by_text(found, "The first couple of days")) == "Piet Moss"


def test_the_last_speaker_goes_on_when_the_newcomer_is_in_his_own_paragraph(attribute_parsed) -> None:
    """With no whole paragraph between the last speaker and the person named since, the usual ranking stands."""
    found = attribute_parsed(
        [
            "“You never think about these things until after you have won,” Tom Brink said of his client Piet Moss.",
            "“The first couple of days after it happened, it hurt,” he told the Courier.",
        ]
    )
    assert _name(_by_text(found, "The first couple of days")) != "Piet Moss"


def test_a_description_the_article_uses_as_a_title_is_the_speaker(attribute_parsed) -> None:
    """ "the mayoral hopeful said he was guided by two principles: “…” and “…”" where the article writes "mayoral
    hopeful Ada Lund": a person, the one speaking (BASIL 7f9c83f7 left five partial quotations of Rubio's out); the
    name "the Brink Plan" is not joined to the principles."""
    found = attribute_parsed(
        [
            "KELD -- Senator Tom Brink set out his plan for the harbour on Wednesday in a speech at the port.",
            "“The harbour is the heart of this city, and it has been neglected for too long,” Brink said.",
            "In laying out what his campaign calls the “Brink Plan,” the mayoral hopeful said he was guided by two "
            "principles: “open water” and “honest books.”",
            "Brink also took a swipe at mayoral hopeful Ada Lund, calling her record “a decade of drift.”",
        ]
    )
    assert _name(_by_text(found, "open water")) == "Tom Brink"
    assert _name(_by_text(found, "honest books")) == "Tom Brink"
    assert not any(a.text.startswith("Brink Plan …") for a in found)


def test_a_description_the_article_never_gives_a_person_stays_unnamed(attribute_parsed) -> None:
    """ "the mayoral hopeful" in an article that never writes "hopeful" beside a name: no rule reads it."""
    found = attribute_parsed(
        [
            "Senator Tom Brink set out his plan for the harbour on Wednesday in a speech at the port.",
            "Ada Lund answered him in the evening.",
            "The mayoral hopeful said she was guided by two principles: “open water” and “honest books.”",
        ]
    )
    assert all(_name(a) is None for a in found if a.text.startswith("open water"))


def test_a_participle_on_a_noun_frames_nothing(attribute_parsed) -> None:
    """ "Brink told reporters that failure to pass a plan like the deal announced by Mayor Lund “would …”": the
    participle "announced" on "the deal" is no frame of the words; "told" is (BASIL df5fe55a gave Summers's words
    to "failure to pass a package" and left them out)."""
    found = attribute_parsed(
        [
            "Tom Brink, the outgoing harbour master, just told a group of reporters that failure to pass a plan like "
            "the deal announced by Mayor Ada Lund this week “would significantly increase the risk” of a flood."
        ]
    )
    assert _name(_by_text(found, "would significantly increase")) == "Tom Brink"


def test_a_participle_after_a_reported_clause_is_the_reporter_s(attribute_parsed) -> None:
    """ "Ms. Lund disputed that Democrats feel betrayed by her deal, saying that “…”": the parser hangs "saying" on
    "feel"; the one who disputed says it (BASIL df5fe55a left Obama's words out under "Democrats")."""
    found = attribute_parsed(
        [
            "In brief remarks after meeting with President Jan Vos of Tessel, Ms. Ada Lund on Wednesday emphatically "
            "disputed that Democrats generally feel betrayed by her deal with the council, saying that “the more who "
            "look at it, the more will say this makes sense.”"
        ]
    )
    assert _name(_by_text(found, "the more who look at it")) == "Ada Lund"


def test_a_past_verb_joined_to_an_if_clause_is_the_sentence_subject_s(attribute_parsed) -> None:
    """ "Lund said economists predict growth if the council passes the plan and urged members to … “get this done.”":
    "urged" is Lund's, not the council's (BASIL df5fe55a left Obama's words out under "Congress")."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund met the council on Monday.",
            "Speaking to reporters at a joint appearance with President Jan Vos of Tessel, Lund said economists "
            "predict higher growth in 2011 and 2012 if the council passes the plan and urged members to examine the "
            "details of the deal and “get this done.”",
        ]
    )
    assert _name(_by_text(found, "get this done")) == "Ada Lund"


def test_a_quotation_in_apposition_to_a_thing_is_nobody_s(attribute_parsed) -> None:
    """ "The provisions — “one on …” — were added to the law": the wording of a thing, not the words of the
    senators named in the sentence before (editor read #15, d3, printed Dianne Feinstein)."""
    found = attribute_parsed(
        [
            "“We will look at the harbour rules again,” said Senator Ada Lund of Keld.",
            "On Feb. 8, Senators Ada Lund of Keld, the chairwoman of the committee, and Tom Brink of Tessel invited "
            "every senator to a briefing to discuss two expiring provisions of the harbour law.",
            "The provisions — “one on the dredging of the channel and the other on the records of ships that enter "
            "the port” — were added to the law in 2001.",
        ]
    )
    assert _name(_by_text(found, "one on the dredging")) is None


def test_the_spokesperson_is_the_named_role_that_spoke_last(attribute_parsed) -> None:
    """ "A Keld Bank spokesperson said … // “…,” the spokesperson said": the bank's spokesperson, printed as the
    named role (editor read #15, d3, left the Google and Microsoft statements unattributed)."""
    found = attribute_parsed(
        [
            "The harbour office has asked the banks for their records.",
            "A Keld Bank spokesperson said that the bank only provides data after receiving a legally binding order.",
            "“In addition we only ever comply with orders about specific accounts,” the spokesperson said.",
        ]
    )
    quote = _by_text(found, "In addition we only")
    assert quote.speaker is not None and quote.speaker.name is not None and "Keld Bank" in quote.speaker.name


def test_the_spokesperson_after_a_named_person_is_not_carried(attribute_parsed) -> None:
    """The last speaker is a person, not a named role: "the spokesperson" is not that person."""
    found = attribute_parsed(
        [
            "“We never comply with broad requests,” said Tom Brink, the chief executive of Keld Bank.",
            "“In addition we only ever comply with orders about specific accounts,” the spokesperson said.",
        ]
    )
    assert _name(_by_text(found, "In addition we only")) != "Tom Brink"


def test_it_says_after_words_on_his_website_is_his(attribute_parsed) -> None:
    """ "Brink says this about himself on his website: “…” // “…,” it says": his site, his words (BASIL c99adbdd
    left the second part unattributed)."""
    found = attribute_parsed(
        [
            "Rep. Tom Brink said Friday that he is running for harbour master.",
            "Brink says this about himself on his website: “Born to a fisherman in Keld, Tom Brink moved to the city "
            "at age 13.”",
            "“His father worked many different jobs to make ends meet,” it says. “Tom never gave up.”",
        ]
    )
    assert _name(_by_text(found, "His father worked")) == "Tom Brink"


def test_a_party_tag_with_a_comma_after_it_is_skipped(attribute_parsed) -> None:
    """ "Rep. Tom Brink (R-Iowa), tweeted on Friday “…”": the stray comma after the tag hid the name (BASIL c99adbdd
    left Steve King's tweet out)."""
    found = attribute_parsed(
        [
            "Mayor Ada Lund is running for the council.",
            "Rep. Tom Brink (R-Iowa), tweeted on Friday “#Lund is pro tax. If not this year, she has strongly "
            "advocated for tax next year.”",
        ]
    )
    assert _name(_by_text(found, "#Lund is pro tax")) == "Tom Brink"


def test_a_main_verb_after_an_apposition_is_still_a_frame(attribute_parsed) -> None:
    """ "Tom Brink, the Senate minority leader, called Moss's proposal "one-sided and ineffective."": the parser may
    read "called" as a participle on "leader"; after the apposition's comma and with an object it is the main verb,
    and the words and the unframed paragraph after them are Brink's (the participle rule, first written, lost
    Schumer's words in BASIL 70c75d68 and gave the next paragraph to Pelosi)."""
    found = attribute_parsed(
        [
            "House Speaker Ada Lund tweeted, “What we didn’t hear from the mayor was any sympathy for the workers.”",
            "Before the mayor made his announcement, Lund had called his anticipated proposal “a non-starter.”",
            "“For one thing, this proposal does not include the permanent solution for the docks that our city needs.”",
            'For his part, Tom Brink, the Senate minority leader, called Moss\'s proposal "one-sided and ineffective."',
            "\"It's clear the mayor realizes that by closing the harbour and hurting so many workers and their "
            "families, he has put himself in an untenable position. There's only one way out: open the harbour.\"",
        ]
    )
    assert _name(_by_text(found, "one-sided and ineffective")) == "Tom Brink"
    assert _name(_by_text(found, "It's clear the mayor")) == "Tom Brink"
