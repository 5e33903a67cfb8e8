"""Stop 56, lead: what editor read #28 left (Multi-News row 102's teaser opening the brief) and what editor read #30
found, fixed where it arises. Each test fails on stop 55's tree (67de1ee)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

TEASER = "President Obama did something Friday that he hardly ever does — and no other president could ever have done."


def _story(texts: list[str]) -> SimpleNamespace:
    sentences = [SimpleNamespace(article_id="S1", index=i, text=t, key=("S1", i)) for i, t in enumerate(texts)]
    return SimpleNamespace(sentences=sentences)


def test_a_lede_that_reads_only_after_a_teaser_is_unfit_to_lead() -> None:
    """Row 102: "He addressed the racial fault lines …" led, and its article's teaser, which cannot open a story, came
    first with it (``with_lede_context``)."""
    from newsfuse.summarize.select import Ranked, leaning_on_teasers

    texts = [TEASER, "He addressed the racial fault lines in the country on Friday.", "He spoke for 18 minutes."]
    story = _story(["Obama spoke about race at the White House on Friday.", *texts])
    shown = {i: s.text for i, s in enumerate(story.sentences)}
    ranked = Ranked(order=[2, 3, 0], scores=np.ones(4), texts=shown, alternatives={}, needs_prev={2, 3})
    # 2 leans on the teaser (1); 3 leans on 2, a plain report
    assert leaning_on_teasers(story, ranked) == {2}  # type: ignore[arg-type]


def test_a_teaser_never_becomes_the_lede_as_the_introduction_of_a_name() -> None:
    """Row 102: the lede "Mr. Obama's comments … crystallized the dissonance around this case." named Obama by one word;
    the only summary sentence with his fuller name was the teaser, which ``introduce`` moved to the front. The lede
    gives way instead (returned as the sentence to drop)."""
    from newsfuse.records import Entity, Mention
    from newsfuse.summarize.select import introduce
    from newsfuse.summarize.standalone import Introductions

    texts = {
        0: "Mr. Obama’s comments during a surprise appearance at the White House crystallized the dissonance.",
        1: "The trial excluded all talk of race, and the defence did not invoke the law.",
        2: TEASER,
    }
    story = _story(list(texts.values()))
    obama = Entity("Barack Obama", "PERSON", ["Obama", "President Obama", "Mr. Obama"], ["S1"])
    mentions = [Mention("S1", 0, "Obama", "PERSON"), Mention("S1", 2, "President Obama", "PERSON")]
    intros = Introductions([obama], mentions)
    arranged, dropped = introduce(story, intros, [0, 1, 2], texts)  # type: ignore[arg-type]
    assert dropped == 0
    # an introduction that can open a story still moves up
    texts[2] = "President Barack Obama spoke about race at the White House on Friday."
    arranged, dropped = introduce(story, intros, [0, 1, 2], texts)  # type: ignore[arg-type]
    assert (arranged, dropped) == ([2, 0, 1], None)


def test_a_breadcrumb_first_line_is_no_title_and_the_headline_after_it_is() -> None:
    """Row 71: People's Daily Online's "English >> World" was the source's title over its headline on the next line."""
    from newsfuse.ingest.text_reader import breadcrumb, split_title

    text = "English >> World\n\nKeld harbour reopens after nine-day strike\n\nThe port of Keld reopened on Monday."
    title, body = split_title(text)
    assert title == "Keld harbour reopens after nine-day strike"
    assert body.startswith("English >> World") and "reopened on Monday" in body
    assert breadcrumb("News » Politics » Congress") and breadcrumb("Home > Sport")
    assert not breadcrumb("Trump > Obama? Poll says yes") and not breadcrumb("Stocks rise > 2%")
    assert not breadcrumb("Why the harbour board » matters more than you think today")


def test_a_blogs_call_for_additions_and_a_desks_credit_in_brackets_are_chrome() -> None:
    """Row 71: both were listed as facts."""
    from newsfuse.clean.rules import classify_line

    assert classify_line(
        "Want to add to this story? Let us know in comments or send an email to the author at jroe at example dot com."
    )
    assert classify_line("（Editor：Jane Roe、Ada Brant）")
    assert classify_line("(Editor: Jane Roe)")
    assert classify_line("The editor said the harbour board would meet on Friday (Editor: a new post).") is None
    assert classify_line("Readers let us know in the comments that the ferry was late again.") is None


def test_a_block_in_the_first_person_plural_after_an_introduction_naming_what_it_prints_is_quoted() -> None:
    """Row 71: "The Onion has updated its story with this funny little tag:" then the satirical tag ("please visit our
    friends at the People's Daily in China, a proud Communist subsidiary of The Onion, Inc.") was a fact in the brief's
    own voice. A column's block quotation of a news report (no first person) stays the story's."""
    from newsfuse.records import AnalysedStory, Article, Sentence
    from newsfuse.summarize.voice import read

    paragraphs = [
        "The Keld Post fooled a foreign paper again on Monday with a satirical story about the harbour.",
        "The Post has updated its story with this funny little note:",
        "For more coverage, please visit our friends at the Harbour Daily, a proud subsidiary of the Keld Post.",
        "The Harbour Daily did not answer a request for comment on Tuesday, a spokesman for the paper said.",
    ]
    article = Article("S1", "a.txt", None, None, None, None, paragraphs)
    sentences = [Sentence("S1", k, k, p, 0, len(p)) for k, p in enumerate(paragraphs)]
    voices = read(AnalysedStory(articles=[article], sentences=sentences, mentions=[]))
    assert voices.never == {2}


def test_a_short_scrap_that_quotes_someone_is_no_other_story() -> None:
    """Row 75: a teacher's 50-word memory of the boy killed ("… 'Ms. Abrams, am I being an all-star?' " she recalled.)
    was "another story" and left out of the brief; a short scrap that quotes nobody stays apart."""
    from newsfuse.records import Article
    from newsfuse.summarize.stories import quote_scrap

    def scrap(text: str) -> list[Article]:
        return [Article("S2", "b.txt", None, None, None, None, [text])]

    memory = "\"He was so curious. He'd look at me and say, 'Ms. Holm, am I being an all-star?' \" she recalled."
    assert quote_scrap(scrap(memory))
    assert not quote_scrap(scrap("You can expect some amazing things to occur over the next 48 hours, the stars say."))
    assert not quote_scrap(scrap(" ".join([memory] * 6)))  # long enough for the clusterer to judge
