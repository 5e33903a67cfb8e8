"""Stop 51, lead: editor read #22 (Multi-News rows 21, 28, 33, 63, 77, never read before). Each test failed on main
d639ff1."""

from __future__ import annotations

from tests.test_lead_stop41 import _people


def test_advice_to_the_reader_after_an_aside_is_no_summary_sentence() -> None:
    """A blogger's "Of course ask your parents permission first." ended the brief as if it were the brief's own advice
    (row 63); the verbs of asking, telling and sharing join the reader's imperatives. Said by someone, or a clause,
    it stays."""
    from newsfuse.summarize.standalone import imperative_aside, needs_context

    for text in (
        "Of course ask your parents permission first.",
        "And of course ask your parents permission first.",
        "Please share this with your friends.",
        "Tell us in the comments.",
        "Keep the un-cracked ones frozen until use.",
        "Just place the clip in your new brewer and it will see all pods as authorized.",
    ):
        assert imperative_aside(text), text
        assert needs_context(text), text
    for text in (
        "Ask him about it, she said.",
        "Asked about the deal, Mayor Hale said no.",
        "Keeping the peace is hard, the chief said.",
        "Tellers at the bank went on strike on Monday.",
    ):
        assert not imperative_aside(text), text


def test_what_led_up_to_the_news_is_no_lede() -> None:
    """ "The prolific MC was hospitalized in Las Vegas several days ago …" (five outlets) led the brief of the rapper's
    death on Tuesday (four outlets, row 21): told as days before the news, on no named day, it is what led up to it."""
    from newsfuse.summarize.select import lead_up

    assert lead_up("The singer was hospitalized in Las Vegas several days ago due to complications of his illness.")
    assert lead_up("The pair had met a week earlier to discuss the deal.")
    assert lead_up("Earlier this week the council delayed the vote.")
    assert not lead_up("The singer died Tuesday, three days after he was hospitalized.")
    assert not lead_up("The singer died on Tuesday, June 20, at 42.")
    assert not lead_up("The council voted on the budget at its meeting.")


def test_a_name_opening_with_a_given_name_the_story_uses_alone_is_a_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Kris Humphries — ORG" and "Humphries — ORG" beside "Kris" tagged PERSON (row 28), and a newspaper's name
    typed a place ("Las Vegas Sun — GPE", row 77)."""
    entities = _people(
        fast_models,
        [
            [
                "Reports say Dana Kardashian and Kris Humphries were seen leaving a restaurant in Boston holding "
                "hands.",
                "Kris was seen in Miami without his wife. Kris did not answer calls, and Humphries has been spotted "
                "partying.",
            ],
            [
                "Despite Kris having free time, he stayed home. Kris Humphries contacted his ex-girlfriend, the "
                "magazine says.",
                "Kris told friends he was happy.",
            ],
            [
                "Retailers made $3 million in four days, according to the Las Vegas Sun.",
                "The Las Vegas Sun said the figure was a record for Nevada.",
            ],
        ],
    )
    types = {e.name: e.type for e in entities}
    assert types.get("Kris Humphries") == "PERSON", types
    assert "Humphries" not in types, types
    assert types.get("Las Vegas Sun") == "ORG", types


def test_a_places_people_are_no_organisation() -> None:
    """ "Nevadans — ORG" beside Nevada (row 77)."""
    from newsfuse.nlp.entities import _people_of

    assert _people_of("nevadans", {"nevada"})
    assert _people_of("texans", {"texas", "austin"})
    assert _people_of("canadians", {"canada"})
    assert not _people_of("nevada", {"nevada"})
    assert not _people_of("reno", {"nevada", "reno"})


def test_a_list_widget_put_apart_is_no_story_and_a_release_issuer_profile_is_boilerplate() -> None:
    """ "Most Popular Stories … More>>" and three teasers (379 words) was told as "the input holds 2 stories" (row 63);
    a press release's "AMERICAN MUSEUM OF NATURAL HISTORY (AMNH.ORG)" heading and the profile after it gave nine
    facts (row 33)."""
    from newsfuse.clean.cleaner import clean_document
    from newsfuse.records import Article, RawDocument
    from newsfuse.summarize.stories import page_furniture

    teasers = " ".join(["INVESTIGATORS: A Keld man is studying to drive trucks, the station has learned."] * 30)
    widget = Article("S9", "x", "Most Popular Stories Most Popular Stories More>>", None, None, None, [teasers])
    assert page_furniture(widget)
    assert not page_furniture(Article("S9", "x", "Most of the town voted", None, None, None, [teasers]))

    body = [
        "The museum's scientists described the largest foot of a dinosaur found in Wyoming, the study says.",
        "The find was made in 1998 by a team from the University of Keld, and the bones were studied for years.",
        "Other researchers said the foot belonged to a close relative of Brachiosaurus, a long-necked dinosaur.",
        "###",
        "KELD MUSEUM OF NATURAL HISTORY (KELDMUSEUM.ORG)",
        "The Keld Museum of Natural History, founded in 1869, is one of the world's preeminent institutions.",
    ]
    raw = RawDocument(path="r.txt", text="\n\n".join(body))
    article = clean_document(raw, "S1")
    assert not any("founded in 1869" in p for p in article.paragraphs)
    assert any("largest foot" in p for p in article.paragraphs)


def test_a_tabloid_caption_without_its_full_stop_is_boilerplate() -> None:
    """ "Rings on show: While Kim … as they left a restaurant in New York" and three more captions were listed as facts
    (row 28); a headline with a one-word label and a sentence with its stop stay."""
    from newsfuse.clean.rules import classify_line

    assert classify_line("Rings on show: While Dana Holt and her husband were said to be splitting they wore rings")
    assert classify_line("Double date: While Kourt and Scott arrived holding hands the couple were less tactile")
    assert classify_line("Explore further: Newly discovered catalyst could lead to cheap fuel")
    assert classify_line("Police: Mother faces murder charge in death of 2-year-old boy") is None
    assert classify_line("Rings on show: the couple wore their rings to dinner, a witness said.") is None


def test_a_pronoun_after_an_opening_phrase_with_quoted_titles_needs_context() -> None:
    """'With hits like "Quiet Storm" and "Shook Ones," they became synonymous with East Coast rap.' was a summary
    sentence whose "they" no sentence before named (row 21); a phrase naming its owner gives the pronoun its person."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context('With hits like "Quiet Storm" and "Shook Ones," they became famous across the country.')
    assert needs_context('After the vote on "Measure 7," she left the council chamber.')
    assert not needs_context('In Dana Holt\'s first novel "Rush to Judgment," she criticized the commission.')
    assert needs_context("Since Holt's death in 1844, they have evolved separately in belief and practices.")
    assert not needs_context('After the game, "we played well," Coach Ilse Varn said.')
    assert not needs_context('With "Hamilton," Lin-Manuel Miranda changed Broadway.')


def test_the_outlet_naming_itself_as_we_is_no_summary_sentence() -> None:
    """ "…, we at Billboard Dance take a moment to honor his legacy with a list of remixes …" (row 21)."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("As the city mourns, we at the Keld Courier take a moment to honor her with a list of songs.")
    assert not needs_context("The council said that it would meet at City Hall on Monday.")


def test_a_tributes_rip_is_no_part_of_the_name_shown() -> None:
    """ "RIP Prodigy" was the rapper's name in the entity list and the speaker of his own quotes (row 21)."""
    from collections import Counter

    from newsfuse.nlp.entities import canonical_name

    assert canonical_name(Counter({"RIP Dana Holt": 6, "Dana Holt": 2})) == "Dana Holt"
    assert canonical_name(Counter({"R.I.P. Holt": 6, "Holt": 1})) == "Holt"
    assert canonical_name(Counter({"Dana Holt": 1, "Holt": 6})) == "Dana Holt"


def test_a_quotation_in_single_marks_is_someones_words(fast_models) -> None:  # type: ignore[no-untyped-def]
    """British style quotes in single marks: "They are not designed, tested or approved for this purpose.’" (the
    quotation's second sentence) was a corroborated fact in the brief's own voice, and "‘Although our products are
    non toxic, we do not recommend …" a summary sentence with no speaker (rows 28, 63). Apostrophes stay apostrophes."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.quoted import speakerless_sentences
    from newsfuse.records import Article
    from newsfuse.summarize.standalone import needs_context

    paragraphs = [
        "Keld Crafts said in a statement: ‘Although our pencils are safe, we do not recommend them as make up. They "
        "are not designed, tested or approved for this purpose.’",
        "The company’s statement was posted on Monday, and the players’ union haven’t replied.",
    ]
    story = analyse([Article("S1", "a.txt", None, None, None, None, paragraphs)], fast_models, embed=False)
    shown = [story.sentences[i].text for i in sorted(speakerless_sentences(story))]
    assert any(t.startswith("They are not designed") for t in shown), shown
    assert not any("posted on Monday" in t for t in shown), shown
    assert needs_context("‘Although our pencils are safe, we do not recommend using them as make up.")
    assert not needs_context("‘We are not designed for this,’ the company said in a statement.")
