"""Stop 46 lead: what editor reads #16/#17 found, each rule failing on main 448f337."""

from __future__ import annotations

from tests.test_lead_stop45 import _entities

from newsfuse.align.citation_precision import hypothetical, hypothetical_only
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument


def _documents(texts: list[str]) -> list[RawDocument]:
    return [RawDocument(path=f"{k}.txt", text=t, title=None, published="2024-03-13") for k, t in enumerate(texts)]


def test_a_forecast_under_a_condition_is_not_backed_by_a_plain_statement(models) -> None:  # type: ignore[no-untyped-def]
    """ "If the Supreme Court were to rule in favor of Nebraska and Oklahoma, all state marijuana laws … could be in
    jeopardy" was cited to an outlet whose sentence tells what the states accused Colorado of (editor read #16,
    BASIL b764f81f): that outlet states no forecast."""
    texts = [
        "The towns of Arlen and Brisk sued the Keld harbour board in the provincial high court on Thursday. If the "
        "high court were to side with Arlen and Brisk, the Keld harbour board could lose its fishing licences.",
        "Two coastal towns sued the Keld harbour board on Thursday over its new fishing licences. Arlen and Brisk "
        "asked the high court to take the fishing licences away from the Keld harbour board.",
    ]
    facts = brief_from_documents(_documents(texts), Options(), models).facts
    forecast = [f for f in facts if f.text.startswith("If the high court")]
    assert [f.sources for f in forecast] == [["S1"]]
    # the suit itself, which both outlets tell, keeps both
    assert any(f.sources == ["S1", "S2"] and "sued" in f.text for f in facts)


def test_what_counts_as_a_forecast_under_a_condition() -> None:
    assert hypothetical("If the court rules for them, every licence could be void.")
    assert hypothetical("Every licence would be void if the court ruled for them.")
    assert not hypothetical("The court ruled for them, and every licence is void.")
    # a quoted conditional is the speaker's words, read by the quotation checks
    assert not hypothetical("“If they win, we could lose everything,” the mayor said.")
    shown = "If the court rules for the towns, the board could lose its licences."
    assert hypothetical_only((shown, "The towns asked the court to take the board's licences."))
    assert not hypothetical_only((shown, "The board would lose its licences if the towns won, lawyers said."))
    assert not hypothetical_only(("The towns asked the court to act.", "The towns asked the court to act."))


def test_mrs_joins_the_spouse_her_own_pronouns_make_a_woman(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Hillary Rodham Clinton on Friday released her most recent eight years of tax returns, showing that she and
    former President Bill Clinton earned …": "Mrs. Clinton" was an alias of Bill and "Mr. Clinton" of Hillary, and her
    statement and "dead broke" went to him (editor read #17, BASIL 6e502405)."""
    found = _entities(
        fast_models,
        [
            "Anna Varnholt on Friday released her tax returns, showing that she and former Governor Paul Varnholt "
            "earned $9 million over eight years.",
            "Mrs. Varnholt said the couple had paid every cent they owed. Mrs. Varnholt thanked the voters.",
            "Mr. Varnholt earned most of the money from speeches.",
            "Paul Varnholt gave 41 speeches in 2013. Paul Varnholt also advised two banks.",
        ],
    )
    assert "Mrs. Varnholt" in found["Anna Varnholt"][1]
    assert "Mr. Varnholt" in found["Paul Varnholt"][1]


def test_a_headline_that_counts_otherwise_than_every_article_is_no_title(models) -> None:  # type: ignore[no-untyped-def]
    """ "Clintons Report Earnings of $139 Million in Seven Years" over three articles that say eight years (editor read
    #17, BASIL 6e502405)."""
    from newsfuse.summarize.title import _miscounts

    bodies = [
        "Anna Varnholt on Friday released her most recent eight years of tax returns, showing $9 million in income.",
        "The Varnholts earned $9,120,000 over the eight year span, according to the returns released Friday.",
    ]
    assert _miscounts("Varnholts Report Earnings of $9 Million in Seven Years", bodies)
    assert not _miscounts("Varnholts Report Earnings of $9 Million in Eight Years", bodies)
    assert not _miscounts("Varnholts Report Earnings Over Two Decades", bodies)  # nothing counted otherwise
    documents = [
        RawDocument(path=f"{k}.txt", text=t, title=title, published="2015-07-31")
        for k, (t, title) in enumerate(
            zip(
                bodies,
                ["Varnholts Report Earnings of $9 Million in Seven Years", "Varnholt releases tax returns"],
                strict=True,
            )
        )
    ]
    assert brief_from_documents(documents, Options(), models).title == "Varnholt releases tax returns"


def test_a_media_label_in_capitals_is_deleted_from_a_headline() -> None:
    from newsfuse.summarize.title import clean_headline

    assert (
        clean_headline("Keld Mayor Speech VIDEO: Harbour Needs No New Tax")
        == "Keld Mayor Speech: Harbour Needs No New Tax"
    )
    assert clean_headline("Keld Mayor Speech Draws Crowd (PHOTOS)") == "Keld Mayor Speech Draws Crowd (PHOTOS)"
    assert clean_headline("WATCH: Keld mayor opens the harbour") == "Keld mayor opens the harbour"
    assert (
        clean_headline("Keld mayor says video of the harbour was faked")
        == "Keld mayor says video of the harbour was faked"
    )


def test_a_one_sentence_paragraph_closed_by_a_wire_credit_is_a_caption() -> None:
    """ "Pope Francis says Abraham Lincoln, … embody the spirit of America. (AP)": the credit went and the caption
    stayed, then opened a summary line (editor read #17, Multi-News row 108)."""
    from newsfuse.clean.cleaner import clean_document

    text = (
        "The mayor of Keld praised the harbour plan on Thursday in a long speech to the council.\n\n"
        "The mayor of Keld says the old harbour wall embodies the spirit of the town. (AP)\n\n"
        "The council will vote on the plan next week, officials said. The vote is expected to pass. (AP)"
    )
    article = clean_document(RawDocument(path="a.txt", text=text, title=None), "S1")
    assert "spirit of the town" not in article.text
    assert any("spirit of the town" in r.text for r in article.removed)
    # a paragraph of prose keeps its sentences; only the credit goes
    assert "The vote is expected to pass." in article.text


def test_a_share_bar_with_counts_is_chrome_and_a_lone_dialogue_tag_states_nothing() -> None:
    """ "Share Tweet 7.6k shares on Facebook shares on Facebook" and "He added," were facts (editor read #17, Multi-News
    row 122 and BASIL 70c744ad)."""
    from newsfuse.align.facts import states_something
    from newsfuse.clean.rules import classify_line

    assert classify_line("Share Tweet 7.6k shares on Facebook shares on Facebook") == "boilerplate"
    assert classify_line("He sold 300 shares on Monday") is None
    assert not states_something("He added,")
    assert not states_something("Mr. Roe said:")
    assert states_something("He added, “We will need to see the guidance.”")


def test_a_countrys_body_with_and_without_its_name_and_the_partys_nickname_are_one(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "U.S. Supreme Court" / "Supreme Court", "GOP" / "Republican Party" were two entities each (editor read #17)."""
    found = _entities(
        fast_models,
        [
            "The U.S. Supreme Court struck down part of the Keld Harbour Act in June.",
            "The Supreme Court said the act denied equal treatment. The Supreme Court ruled 5 to 4.",
            "The Republican Party has a problem, the speaker said. The GOP must admit it, he said.",
        ],
    )
    court = next(v for k, v in found.items() if "Supreme Court" in k)
    assert {"U.S. Supreme Court", "Supreme Court"} <= court[1]
    party = next(v for k, v in found.items() if "Republican Party" in v[1])
    assert "GOP" in party[1]


def test_lower_case_words_or_a_figure_run_into_a_names_end_are_cut() -> None:
    """ "Pruitt told — WORK_OF_ART", "Windsor $363,053 — EVENT" (editor read #17)."""
    from newsfuse.nlp.entities import LocatedMention, _without_tail

    told = _without_tail(LocatedMention("S1", 0, 10, 22, "Pruitt told", "WORK_OF_ART"))
    assert (told.text, told.end) == ("Pruitt", 16)
    assert _without_tail(LocatedMention("S1", 0, 0, 16, "Windsor $363,053", "EVENT")).text == "Windsor"
    assert _without_tail(LocatedMention("S1", 0, 0, 11, "Keld Harbour", "ORG")).text == "Keld Harbour"
    assert _without_tail(LocatedMention("S1", 0, 0, 10, "Channel 11", "ORG")).text == "Channel 11"
    assert _without_tail(LocatedMention("S1", 0, 0, 24, "Things Ms. Alcorn can do", "WORK_OF_ART")).end == 24


def test_an_adverb_opener_and_an_inverted_condition_do_not_hide_a_reference() -> None:
    """ "Previously, such couples filed federal and state tax returns as individuals." and "Had they been a
    heterosexual couple, Windsor's tax burden would have been zero." were summary lines (editor read #17)."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("Previously, such couples filed their returns as individuals.")
    assert needs_context("Had they been a married couple, Varnholt's tax bill would have been zero.")
    assert not needs_context("Had he lost the vote, Varnholt would have resigned.")
    assert not needs_context("Previously, the Keld board paid every claim.")


def test_a_pull_quote_told_again_in_the_prose_is_a_duplicate() -> None:
    """ "“Pope Francis has been a powerful voice for life …” Senator Ted Cruz" above the paragraph that tells it (editor
    read #17, Multi-News row 108)."""
    from newsfuse.clean.cleaner import clean_document

    said = "“The harbour has been a lifeline for this town at a time when the town is struggling"
    text = (
        "The mayor of Keld praised the harbour plan on Thursday.\n\n"
        f"{said}.” Mayor Anna Varnholt\n\n"
        f"{said},” Varnholt said on Thursday. “We will fight for it.”\n\n"
        "“We will not sell the harbour to anyone who asks for it.” Mayor Anna Varnholt"
    )
    article = clean_document(RawDocument(path="a.txt", text=text, title=None), "S1")
    assert [r.reason for r in article.removed if r.text.startswith(said)] == ["duplicate"]
    assert article.text.count("lifeline") == 1
    # a set-off quotation the prose does not tell stays
    assert "“We will not sell the harbour" in article.text


def test_a_remarks_sentence_is_shown_without_its_dateline() -> None:
    """The Markdown printed "WASHINGTON – Hillary Clinton's presidential campaign on Friday released a statement …" for
    a partial quotation (editor read #17, BASIL 2015)."""
    from newsfuse.records import Quote
    from newsfuse.render.markdown import shown_words

    quote = Quote(
        text="excellent physical condition",
        speaker=None,
        sources=["S3"],
        context="KELD – The mayor's office on Friday released a letter: she is in “excellent physical condition”.",
    )
    assert shown_words(quote)[0].startswith("The mayor's office on Friday released")


def test_a_name_after_a_titles_point_and_a_comma_opens_no_sentence(models) -> None:  # type: ignore[no-untyped-def]
    """ "… a swipe at one Republican (presumably Sen. John McCain) for admiring another Republican, Teddy Roosevelt --
    the latter of whom Beck accused …": the phrase after "Sen." was read as a sentence's opening phrase, Roosevelt as
    its subject, and three of Beck's quotations went to him (editor read #17, BASIL 6f95dcb9)."""
    text = (
        "Talk show host Anders Vik closed the Keld conference on Saturday with a long speech.\n\n"
        "Using a chalkboard, he took the usual swipes at the council. “The harbour is dying,” he declared.\n\n"
        "And who, exactly, failed the harbour? Vik didn't really name names - save for a swipe at one councillor "
        "(presumably Sen. Jon Olsen) for admiring another councillor, Teodor Lund -- the latter of whom Vik accused "
        "of selling the old pier. But the message was clear: selling the harbour would no longer fly.\n\n"
        "“I have not heard people in the council admit yet that they have a problem,” he said."
    )
    document = RawDocument(path="0.txt", text=text, title=None, published="2010-02-20")
    quotes = brief_from_documents([document], Options(), models).quotes
    said = next(q for q in quotes if q.text.startswith("I have not heard"))
    assert said.speaker is not None and "Vik" in said.speaker


def test_a_family_name_two_people_share_goes_to_the_one_its_honorific_or_the_entities_name(models) -> None:  # type: ignore[no-untyped-def]
    """ "Hillary and Bill Clinton earned …" then "“…,” Clinton said in a statement": the full name written last was
    Bill's, and "Mrs. Clinton said" after "Mr. Clinton earned …" went to Bill too (editor read #17, BASIL 6e502405)."""
    texts = [
        "Anna and Paul Varnholt earned $9 million over eight years, according to tax returns released Friday.\n\n"
        "“We have come a long way from my days as a young teacher in Keld,” Varnholt said in a statement.\n\n"
        "In May, Anna Varnholt filed a disclosure with the election board.",
        "Anna Varnholt on Friday released her tax returns, showing that she and former Governor Paul Varnholt earned "
        "$9 million.\n\nMrs. Varnholt has spent months on the campaign trail. Mr. Varnholt earned most of the money "
        "from speeches, and Mr. Varnholt gave 41 of them.\n\nIn all, Mr. Varnholt earned $2 million in 2013, the most "
        "in a year.\n\n“We owe it to the opportunities Keld gave us,” Mrs. Varnholt said in her statement.",
    ]
    quotes = brief_from_documents(_documents(texts), Options(), models).quotes
    assert {q.speaker for q in quotes} == {"Anna Varnholt"}


def test_an_opening_quotation_mark_goes_with_the_sentence_it_opens(models) -> None:  # type: ignore[no-untyped-def]
    """ "“One party will tax and spend,” he added at another point. '" was a fact: the next quotation's opening mark
    stayed with the sentence before (editor read #17, BASIL 6f95dcb9)."""
    from newsfuse.nlp.analyse import split_paragraphs

    paragraph = (
        '"One harbour will tax and spend," he added at another point. '
        "'One harbour won't tax and will spend. It is both of them together.\""
    )
    texts = [text for _, text, _ in split_paragraphs([paragraph], models)[0]]
    assert texts[0].endswith("point.")
    assert texts[1].startswith("'One harbour won't")


def test_a_clause_about_a_pronoun_before_a_pronoun_subject_names_nobody() -> None:
    """ "When he left, he was beaming, as the pope had cited an American Catholic whom Sanders had plenty of praise
    for." stood right after the lede (editor re-read #17, Multi-News row 108)."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("When he left, he was beaming, as the mayor had named a Keld fisherman he admired.")
    assert needs_context("If he passes a second background check, he could even sail the ferry.")
    assert not needs_context("When Varnholt left, she was beaming.")
    assert not needs_context("When he was arrested, Varnholt said nothing.")


def test_a_family_name_with_a_capital_inside_is_no_lower_case_tail() -> None:
    """ "Joseph diGenova" was cut to "Joseph", and three of his quotations went to Robert Mueller (the final tree's
    speakers bench, BASIL aab91277)."""
    from newsfuse.nlp.entities import LocatedMention, _without_tail

    assert _without_tail(LocatedMention("S1", 0, 0, 15, "Joseph diGenova", "PERSON")).text == "Joseph diGenova"
    assert _without_tail(LocatedMention("S1", 0, 0, 13, "Varnholt said", "PERSON")).text == "Varnholt"
