"""Stop 44 (issue 13, the speaker check set's basil44 tune events and the errors the lead listed): each test on
invented text; the speaker is right or null ("unattributed"), never the neighbour."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_he_is_expected_to_say(attribute_parsed) -> None:
    """ "“…,” he is expected to say" after "Mr. Lund will offer his vision": the subject before "is expected to", not
    the whole chain (BASIL 7f9c83f7 left Rubio's "As president, …" unattributed)."""
    found = attribute_parsed(
        [
            "On Wednesday, Senator Ada Lund will outline her approach to the harbour in a speech in Keld.",
            "And Ms. Lund will offer her greater vision of the port's role in the region.",
            "“As governor, I will support the fishermen and rebuild the docks,” she is expected to say.",
        ]
    )
    assert _name(_by_text(found, "As governor")) == "Ada Lund"


def test_a_naming_verb_in_a_relative_clause_owns_its_words(attribute_parsed) -> None:
    """ "Rose asked Rubio whether … at a time that Rubio's campaign portrays other leaders as “trapped in the past”":
    the campaign's words, not the asker's (BASIL 7f9c83f7 printed Charlie Rose)."""
    found = attribute_parsed(
        [
            "Senator Tom Brink gave a speech on the harbour on Wednesday.",
            "Journalist Piet Moss asked Brink after the speech whether invoking the old treaty might make him appear "
            "backward-looking at a time that Brink's campaign portrays other leaders as “stuck in the past.”",
        ]
    )
    quote = _by_text(found, "stuck in the past")
    assert _name(quote) != "Piet Moss"
    assert quote.speaker is not None and "Brink" in quote.speaker.text and "campaign" in quote.speaker.text


def test_words_a_speaker_refuses_to_use_are_nobody_s(attribute_parsed) -> None:
    """ "Lund explained that she refuses to describe the groups as driven by “harbour greed”": the term in the
    writer's marks is what she will not say (BASIL 76810849 printed "radical Islam" under Obama)."""
    found = attribute_parsed(
        [
            "Ada Lund spoke about the strike on Monday.",
            "Lund last year explained that she refuses to describe the unions as groups driven by “harbour greed” "
            "because the term grants them a motive they do not have.",
        ]
    )
    assert all(_name(a) is None for a in found if a.kind != "reported" and a.text.startswith("harbour greed"))


def test_a_person_named_in_an_opening_clause_is_the_pronoun(attribute_parsed) -> None:
    """ "But when the final draft was sent to Mr. Brink, he dismissed it, saying “…”": the one the opening clause
    names, not the paragraph's earlier subject (editor read #14, d2, credited Petraeus's words to Morell)."""
    found = attribute_parsed(
        [
            "The memos showed a disagreement between Tom Brink, then the director of the agency, and his deputy, "
            "Piet Moss, over how much to disclose in the talking points.",
            "The talking points were cut by Mr. Moss. “We removed the warnings,” Mr. Moss wrote in one memo.",
            "Mr. Moss, officials said, acted on his own. But when the final draft of the talking points was sent "
            "to Mr. Brink, he dismissed them, saying “Frankly, I’d just as soon not use this,” adding that they "
            "would satisfy no one.",
        ]
    )
    assert _name(_by_text(found, "Frankly")) == "Tom Brink"


def test_an_opening_clause_with_a_person_as_subject_decides_nothing(models) -> None:
    """ "When Mr. Moss sent the memo to Mr. Brink, he said …": a person is the opening clause's subject, so the clause
    does not say who "he" is; with a thing as its subject the one name in it does."""
    from newsfuse.nlp.syntax_speech import fronted_person

    about_a_thing = "But when the memo was sent to Mr. Brink, he dismissed it, saying it would satisfy no one."
    doc = models.parse([about_a_thing])[0]
    found = fronted_person(doc, about_a_thing.index("he dismissed"))
    assert found is not None and about_a_thing[found[0] : found[1]] == "Mr. Brink"
    two_people = "When Mr. Moss sent the memo to Mr. Brink, he dismissed it, saying it would satisfy no one."
    doc = models.parse([two_people])[0]
    assert fronted_person(doc, two_people.index("he dismissed")) is None


def test_mr_x_in_an_article_that_names_only_x_jr(models) -> None:
    """The NYT's "Donald Trump Jr. … Mr. Trump said" beside another article that names his father: in the article
    that names only the son in full, "Mr. Trump" is the son (editor read #13, d2: his words printed under his
    father)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.nlp.quotes import find_attributions
    from newsfuse.records import Article

    father = Article(
        "S1",
        "S1.txt",
        None,
        None,
        None,
        None,
        [
            "Mayor Tom Keller of Keld said on Monday that the harbour would reopen.",
            "“The harbour is safe,” Tom Keller said. His son, Tom Keller Jr., did not attend.",
        ],
    )
    son = Article(
        "S2",
        "S2.txt",
        None,
        None,
        None,
        None,
        [
            "Tom Keller Jr. exchanged messages with the dock union during the strike, according to two officials.",
            "Mr. Keller, the mayor's son, handed the messages to the council last week.",
            "“I did nothing wrong,” Mr. Keller said on Tuesday.",
        ],
    )
    story = analyse([father, son], models, embed=False)
    index = build_entities(story)
    found = find_attributions(son, [s for s in story.sentences if s.article_id == "S2"], index, models.parse)
    assert _name(_by_text(found, "I did nothing wrong")) == "Tom Keller Jr"  # the canonical name, without its point
    said = find_attributions(father, [s for s in story.sentences if s.article_id == "S1"], index, models.parse)
    assert _name(_by_text(said, "The harbour is safe")) == "Tom Keller"


def test_a_second_partial_quotation_joined_to_the_first(attribute_parsed) -> None:
    """ "she will promise to use the fleet “to oppose any violations of …,” including the “economic disruption caused
    when …,” according to excerpts": both partial quotations are hers (BASIL 7f9c83f7 dropped the second, left with
    no speaker)."""
    found = attribute_parsed(
        [
            "And on Wednesday, Senator Ada Lund will outline her approach to the harbour.",
            "In her speech, she will promise to use the fleet “to oppose any violations of fishing waters, harbours, "
            "canals or open sea,” including the “economic disruption caused when one town blockades another,” "
            "according to excerpts.",
        ]
    )
    assert _name(_by_text(found, "to oppose any violations")) == "Ada Lund"
    assert _name(_by_text(found, "economic disruption")) == "Ada Lund"
