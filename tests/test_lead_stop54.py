"""Stop 54, lead: what editor read #26 found (Multi-News rows 46, 49, 51, 56, 57). Each test failed on main 6169eda."""

from __future__ import annotations

from types import SimpleNamespace


def test_a_pronoun_after_an_opening_clause_or_a_bare_adverb_needs_its_referent() -> None:
    """ "Soon after Parliament resumes work today, he intends to table …" led row 49's brief, and "Now it is seeking to
    change the country's national anthem" followed it: neither "he" nor "it" had been named."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("Soon after Parliament resumes work today, he intends to table a private member's bill.")
    assert needs_context("Now it is seeking to change the country's national anthem, but just by four words.")
    assert not needs_context("Now Belanger is seeking to change the country's national anthem.")
    assert not needs_context("Then-President Bush signed the bill.")


def test_at_the_time_is_kept_and_marks_a_sentence_that_needs_the_one_before() -> None:
    """ "At the time, MPs from all the opposition parties supported the change …" lost "At the time," to compression and
    told a vote of 2015 as today's (row 49)."""
    from newsfuse.summarize.compress import drop_opener
    from newsfuse.summarize.standalone import needs_context

    text = "At the time, MPs from all the opposition parties supported the change."
    assert drop_opener(text) == text
    assert needs_context(text)
    assert needs_context("Back then, the plant employed 500 people.")
    assert drop_opener("Meanwhile, the plant employed 500 people.") == "The plant employed 500 people."


def test_a_one_word_name_acting_in_any_clause_is_one_the_summary_must_introduce() -> None:
    """ "The cast began to walk the carpet …, when all of a sudden, Sediuk rushed under Ferrera's skirt." was row 51's
    lede and title, the prankster and the actress never named in full before; the skirt's owner is named in passing."""
    from newsfuse.summarize.standalone import _named_as_subject

    text = "The cast began to walk the carpet, when all of a sudden, Sediuk rushed under Ferrera's skirt."
    assert _named_as_subject("Sediuk", text)
    assert not _named_as_subject("Ferrera", text)
    assert _named_as_subject("Kanan", "The device worked, and then Kanan took the results to the lab.")


def test_a_dated_file_photo_caption_is_a_caption() -> None:
    """ "E85 ethanol fuel is pumped into a vehicle at a gas station in the town of Nevada, Iowa, on Dec. 6, 2007." was
    row 56's timeline item of 2007 (its credit, on the next line, had been removed by cleaning)."""
    from newsfuse.summarize.furniture import caption_sentences

    texts = [
        "Scientists said on Wednesday they have developed a new way to make ethanol.",
        "E85 ethanol fuel is pumped into a vehicle at a gas station in the town of Nevada, Iowa, on Dec. 6, 2007.",
        "The plant opened in Nevada, Iowa, on Dec. 6, 2007.",
        "The festival takes place in Austin, Texas, on March 6, 2015.",
        "The company said it was founded in Paris, France, on Dec. 6, 2007.",
    ]
    story = SimpleNamespace(sentences=[SimpleNamespace(article_id="S1", index=i, text=t) for i, t in enumerate(texts)])
    assert caption_sentences(story) == {1}  # type: ignore[arg-type]


def test_two_ranks_of_one_thing_back_nothing() -> None:
    """ "… changing the second line of the anthem …" was cited to the Guardian, whose "If passed, the third line of the
    anthem will change …" it joined (row 49, in the lede)."""
    from newsfuse.align.units import backs, ordinals

    ours = 'He would alter two words, changing the second line of the anthem from "in all thy sons command".'
    theirs = "If passed, the third line of the anthem will change from “True patriot love in all thy sons command”."
    assert not backs(theirs, ours)
    assert backs("The second line of the anthem would change.", ours)
    assert [(q.noun, q.low) for q in ordinals("a 15th-floor flat and first-degree murder")] == [
        ("floor", 15),
        ("degree", 1),
    ]
    assert ordinals("It was first reported by the Post under the First Amendment.") == ()


def test_two_outlets_that_rank_one_thing_differently_are_a_conflict(models) -> None:
    """The same two sentences of row 49 as a conflict of the brief (no conflict was emitted in any of the five stories
    of editor read #26); ranks of occasions ("for the second time") are no conflict."""
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    first = (
        "Liberal MP Mauril Belanger wants to change the national anthem, and he says women deserve it. "
        "The Conservatives are expected to oppose the proposal when the House of Commons resumes in January. "
        'The bill would alter two words, changing the second line of the anthem from "in all thy sons command" to '
        '"in all of us command". Belanger is trying for the second time.'
    )
    second = (
        "Women's groups have tried to change O Canada ever since it became the official anthem in 1980. "
        "Liberal MP Mauril Belanger introduced a bill on Wednesday, using an iPad speech app. "
        'If passed, the bill would alter two words, changing the third line of the anthem from "in all thy sons '
        'command" to "in all of us command". Belanger is trying for the third time.'
    )
    brief = brief_from_documents([RawDocument("a.txt", first), RawDocument("b.txt", second)], Options(), models)
    ranks = [c for c in brief.conflicts if c.topic == "rank"]
    assert [sorted(claim.value for claim in c.claims) for c in ranks] == [["second line", "third line"]]


def test_a_wording_changed_from_one_to_another_is_nobody_s_words(attribute_parsed) -> None:
    """'… changing the second line of the anthem from true patriot love "in all thy sons command" to "in all of us
    command."' printed "in all of us command." as the MP's words (row 49)."""
    found = attribute_parsed(
        [
            "Hence, soon after Parliament resumes work today, Belanger intends to table a private member's bill that "
            'would alter two words, changing the second line of the anthem from true patriot love "in all thy sons '
            'command" to "in all of us command."',
            '"I remain committed to proposing this legislative initiative," Belanger said.',
        ]
    )
    texts = [a.text for a in found if a.kind != "reported"]  # a direct or a partial quotation
    assert texts == ["I remain committed to proposing this legislative initiative"]


def test_a_review_with_its_rating_is_an_opinion_piece() -> None:
    """The Sun-Times review of row 46 ("★★★", "Rated PG-13 (for …)") was read as a report, and "Larson is wonderful as
    the plucky Mason." stood in the summary as the brief's own statement."""
    from newsfuse.records import Article, Removed
    from newsfuse.summarize.voice import classify

    paragraphs = [
        "Kong: Skull Island is still great fun, if occasionally in a slightly sadistic way.",
        "John C. Reilly plays Hank Marlow, a World War II pilot who has been stranded on the island for years.",
        "Warner Brothers presents a film directed by Jordan Vogt-Roberts. Rated PG-13 (for intense sequences).",
    ]
    rated = Article("S1", "S1.txt", None, None, None, None, paragraphs[:2], removed=[Removed("★★★", "boilerplate")])
    assert classify(rated).kind == "opinion"
    assert classify(Article("S2", "S2.txt", None, None, None, None, paragraphs)).kind == "opinion"
    assert classify(Article("S3", "S3.txt", None, None, None, None, paragraphs[:2])).kind == "report"


def test_a_chemical_formula_is_no_entity() -> None:
    """ "CO 2 — ORG" and "H 2 — ORG" among the ethanol story's entities (row 56)."""
    from newsfuse.nlp.entities import _junk

    assert _junk("CO 2") and _junk("H 2 O")
    assert not _junk("Area 51") and not _junk("G7") and not _junk("Apollo 11")


def test_a_quoted_passage_in_another_language_gives_no_entities() -> None:
    """A German menu quoted in a HuffPost story gave 17 of row 57's entities ("Maisgrieß Bestreuung — PERSON", "Zucker
    — ORG"); a tweet's telegraphic English, with as few function words, is English."""
    from newsfuse.nlp.entities import foreign_passages

    german = "Brötchen mit Speck, würzige Käsescheiben, Eisbergsalat und Zwiebeln, dazu Honig Senf-Sauce und Zucker."
    tweet = "Stock market hit another all-time high yesterday — despite Russia hoax story. Sad!"
    text = f'The site lists "{german}" Trump wrote: "{tweet}"'
    assert [text[a:b] for a, b in foreign_passages(text)] == [german]


def test_headlines_under_a_read_more_heading_go_with_it() -> None:
    """ "Read more:" near a page's end, then three other stories' headlines: the heading went as a related-links line
    but its items stayed and were listed as facts ("You just learned you have breast cancer. Now what?", editor read
    #27, Multi-News row 97)."""
    from newsfuse.clean.cleaner import clean_document
    from newsfuse.records import RawDocument

    prose = [f"Paragraph {k} of the report says the study followed {k * 1000} women for ten years." for k in range(6)]
    links = ["Women with advanced cancer are surviving longer, study says", "You just learned you are ill. Now what?"]
    article = clean_document(RawDocument("a.txt", "\n\n".join([*prose, "Read more:", *links])), "S1", detect=False)
    assert article.paragraphs == prose
    assert [r.text for r in article.removed] == ["Read more:", *links]


def test_a_photo_label_before_the_advertisement_line_is_furniture() -> None:
    """ "Photo Advertisement Continue reading the main story" (the first line of a New York Times page) was the title
    of row 72's brief (editor read #27)."""
    from newsfuse.clean.rules import classify_line
    from newsfuse.summarize.furniture import caption_sentences

    assert classify_line("Photo Advertisement Continue reading the main story") == "boilerplate"
    caption = (
        "The U.S. Capitol building is seen before President Barack Obama arrives to deliver his State of the Union "
        "address to a joint session of the U.S. Congress on Capitol Hill in Washington, January 20, 2015."
    )
    story = SimpleNamespace(sentences=[SimpleNamespace(article_id="S1", index=0, text=caption)])
    assert caption_sentences(story) == {0}  # type: ignore[arg-type]
