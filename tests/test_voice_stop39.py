"""An analysis column without "I" and with one stance adverb (editor read #8b, stop 38, Multi-News row 112: a
pundit's "Ultimately, X is a team player …" became a summary sentence). All text here is invented."""

from __future__ import annotations

from tests.test_voice_stop37 import _article

from newsfuse.records import Article
from newsfuse.summarize.voice import classify, plain_fact


def test_a_pundits_analysis_without_i_is_an_opinion_piece() -> None:
    column = [
        "First, Mayor Anna Kovac said of the plan: “We may not be able to support it.”",
        "Kovac, a savvy political operator, knows that the plan backed by the whole council will pass.",
        "Her reaction is best understood as a message to the harbour board.",
        "There’s no question that the ferry unions are not happy with the plan.",
        "The key to Kovac’s success in the council is her strength among the unions.",
        "The council voted 7-2 on Tuesday to close the bridge for two years.",
        "But that doesn’t mean Kovac will vote for it in the end.",
    ]
    voice = classify(_article(column))
    assert voice.kind == "opinion"
    assert "analysis" in voice.evidence
    # its plain report stays a fact, its analysis does not
    assert plain_fact(column[5])
    assert not plain_fact(column[4], [("Kovac", "PERSON")])


def test_a_report_with_one_or_two_such_phrases_stays_a_report() -> None:
    report = [
        "The council voted 7-2 on Tuesday to close the harbour bridge for two years.",
        "Mayor Anna Kovac said the steel was tired. “The problem is the salt,” she said.",
        "The problem is that ferries cannot carry lorries, the haulage association said in a statement.",
        "The closure begins on March 3, and a ferry will run every 20 minutes.",
        "In other words, the crossing will take three times as long, drivers said.",
        "Engineers found cracks in 14 of the bridge's 40 girders last year.",
    ]
    assert classify(_article(report)).kind == "report"


def test_swearing_in_the_writers_own_voice_makes_a_post_commentary_but_a_quoted_oath_does_not() -> None:
    post = [
        "A man crawled under an actress's gown on the red carpet in Cannes on Friday, the Post reports.",
        "Oh.",
        "Security dragged him off the carpet. What the fuck is wrong with this guy?",
        "He has done it before, at three premieres. Sorry, but this shit is not a prank.",
        "The festival said he had a press pass.",
    ]
    assert classify(_article(post)).kind == "opinion"
    report = [
        "A man crawled under an actress's gown on the red carpet in Cannes on Friday.",
        "“What the fuck,” one photographer shouted as security dragged him off.",
        "“This shit is not a prank,” the actress's publicist said later.",
        "The festival said he had a press pass.",
    ]
    assert classify(_article(report)).kind == "report"


def test_a_columns_concessions_count_as_its_analysis() -> None:
    column = [
        "The weirdest part of the red-carpet story is not that it happened at all.",
        "It is true that the man's career mostly consists of stunts at premieres.",
        "Just because some people find him funny does not mean his stunts are reporting.",
        "These stunts are assault. Just because they happen to men as well does not mean they are pranks.",
        "It is true that he often crashes the events where he causes a scene.",
        "The festival said he had a press pass.",
    ]
    assert classify(_article(column)).kind == "opinion"


def test_a_transcripts_guest_turns_are_quotes_with_the_guests_name_and_the_hosts_are_not() -> None:
    from newsfuse.records import AnalysedStory, Entity, Quote
    from newsfuse.summarize.voice import read, transcript_quotes

    transcript = Article(
        "S1",
        "S1.txt",
        None,
        None,
        None,
        None,
        [
            "One Man's Walk To Save The Harbour Bridge",
            "MARY STONE, HOST:",
            "This week we meet a man from Keld who is walking to the capital for a bridge.",
            "TOM ASHBY: I kept telling my neighbours that somebody had to do it, and they laughed.",
            "STONE: That's Tom Ashby. He is 84 years old.",
            "ASHBY: Yes.",
            "ASHBY: Bridges don't mend themselves. Somebody has to ask the people who pay for them.",
            "STONE: His last stop is the steps of the parliament.",
        ],
    )
    story = AnalysedStory(
        [transcript],
        [],
        [],
        entities=[Entity("Tom Ashby", "PERSON", ["Ashby"], ["S1"])],
        quotes=[Quote("Bridges don't mend themselves.", "Tom Ashby", ["S1"])],
    )
    voices = read(story)
    assert voices.by_article["S1"].kind == "transcript"
    quotes = transcript_quotes(story, voices)
    # the host's lines and "Yes." are not quotes; the turn that holds a quote already found is not listed twice
    assert [(q.text, q.speaker, q.sources) for q in quotes] == [
        ("I kept telling my neighbours that somebody had to do it, and they laughed.", "Tom Ashby", ["S1"]),
    ]


def test_a_short_petition_widget_is_no_article_wherever_it_clusters() -> None:
    from newsfuse.summarize.stories import not_an_article

    widget = _article(
        [
            "Thank you for supporting the campaign to make Harbour Day a national holiday.",
            "Click below to sign the Petition.",
            "PLEASE NOTE: You must confirm your signature in your email for your vote to count.",
        ]
    )
    assert not_an_article(widget)
    news = _article(["The council voted 7-2 on Tuesday to make Harbour Day a holiday in Keld, the mayor said."])
    assert not not_an_article(news)


def test_a_sentence_opening_once_there_points_back_at_a_place_named_before() -> None:
    from newsfuse.summarize.standalone import opens_with_reference

    assert opens_with_reference("Once there, he wrapped his arms around an unsuspecting actor.")
    assert opens_with_reference("Once there, Sediak hugged the actor on the red carpet.")
    assert not opens_with_reference("Once the vote was counted, the mayor resigned.")
    assert not opens_with_reference("Once a month, the council meets in the harbour hall.")


def test_an_age_stamp_alone_on_its_line_is_page_chrome_and_a_sentence_with_ago_is_not() -> None:
    from newsfuse.clean.rules import classify_line

    assert classify_line("2 years ago") == "boilerplate"
    assert classify_line("an hour ago") == "boilerplate"
    assert classify_line("The bridge closed 2 years ago.") is None


def test_the_authors_address_spelled_out_names_the_outlet() -> None:
    from newsfuse.ingest.outlet import outlet_in_text

    lines = [
        "The harbour bridge closed on Tuesday.",
        "Want to add to this story? Let us know in comments or send an email to the author at jroe at "
        "theatlantic dot com.",
    ]
    assert outlet_in_text(lines) == "The Atlantic"
    assert outlet_in_text(lines[:1]) is None


def test_a_line_that_talks_to_the_reader_needs_context_and_a_quoted_you_does_not() -> None:
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("If you know your harbour history, then you know that March 3 is Bridge Day.")
    assert not needs_context("“You cannot close a bridge in a week,” Mayor Anna Kovac said on Tuesday.")
    assert not needs_context("The council voted 7-2 on Tuesday to close the harbour bridge.")


def test_a_capitalised_today_or_tomorrow_inside_a_sentence_is_a_name_not_a_date() -> None:
    from newsfuse.nlp.dates import find_dates
    from newsfuse.records import Sentence

    text = "The PAC Keld for a Better Tomorrow, Tomorrow raised money, USA Today said. Tomorrow the council votes."
    article = Article("S1", "S1.txt", None, None, "2020-03-02", None, [text])
    first = text.index("Tomorrow the")
    sentences = [
        Sentence("S1", 0, 0, text[:first].strip(), 0, first - 1),
        Sentence("S1", 1, 0, text[first:], first, len(text)),
    ]
    found = find_dates(article, sentences)
    assert [d.text for d in found] == ["Tomorrow"]
    assert found[0].sentence_index == 1


def test_a_sentence_that_opens_inside_the_quotation_before_it_needs_context() -> None:
    from newsfuse.summarize.standalone import needs_context, quotation_tail

    tail = "The bridge is tired, and it will fall, and I think it's a shame,” the mayor said on Tuesday."
    assert quotation_tail(tail) and needs_context(tail)
    whole = "“The bridge is tired,” Mayor Anna Kovac said on Tuesday, calling the closure a “disgrace”."
    assert not quotation_tail(whole)


def test_a_reports_generic_you_and_a_titles_you_do_not_address_the_reader() -> None:
    from newsfuse.summarize.standalone import addresses_reader

    assert addresses_reader("As you may remember, the bridge closed in March.")
    assert not addresses_reader("The new speaker will be able to talk to your pets, the company said.")
    assert not addresses_reader("The show features the host's Thank You Notes and music parodies.")
