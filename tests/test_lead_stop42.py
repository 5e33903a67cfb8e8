"""The lead's fixes of stop 42 (from editor read #12's leftovers and #13): a nickname in quotation marks is no
other person. All text here is invented."""

from __future__ import annotations

from tests.test_lead_stop41 import _people

from newsfuse.options import Options
from newsfuse.records import Brief, RawDocument


def _brief(models, texts: list[str]) -> Brief:
    from newsfuse.pipeline import brief_from_documents

    return brief_from_documents([RawDocument(path=f"{k}.txt", text=t) for k, t in enumerate(texts)], Options(), models)


def test_a_nickname_in_quotation_marks_is_no_other_person(fast_models) -> None:
    # HuffPost, BASIL 2018: 'nicknamed "Mad Dog Mattis"' became a person of its own, and it took the family name's
    # later mentions and a quote with them
    entities = _people(
        fast_models,
        [
            [
                "Harbour Minister Oskar Brandvold resigned on Thursday.",
                "The minister, nicknamed “Mad Dog Brandvold” during his time as a sailor, backed the new fleet.",
                "Brandvold told cadets in June that the fleet was ready.",
            ]
        ],
    )
    people = {e.name: {e.name, *e.aliases} for e in entities if e.type == "PERSON"}
    assert not any("Mad Dog" in n for names in people.values() for n in names), people
    assert any("Oskar Brandvold" in names for names in people.values()), people


def test_no_clause_of_a_question_is_a_fact(models) -> None:
    # Fox, BASIL 2014: "So who is Dave Brat, and how did he pull off such a stunning win?" was cut into clauses,
    # and its first, with no question mark left, was listed as a corroborated fact
    texts = [
        "Mara Velden won the Norvale council race on Tuesday night, beating the mayor by nine points.\n\n"
        "So who is Mara Velden, and how did she pull off such a stunning win?\n\n"
        "The 49-year-old teaches history at a small college north of Norvale.",
        "Political novice Mara Velden beat the mayor in the Norvale council race on Tuesday.\n\n"
        "So who is Mara Velden, and how did the teacher win so easily?\n\n"
        "Velden raised just $20,000 for her campaign.",
    ]
    brief = _brief(models, texts)
    assert not [f.text for f in brief.facts if f.text.lower().startswith("so who is")], [f.text for f in brief.facts]


def test_an_attribution_alone_after_an_ellipsis_or_a_quotation_stays_with_it(fast_models) -> None:
    # TMZ's house style and NYT's quotation, Multi-News row 111 and BASIL 2013: the attribution was a sentence and a
    # fact of its own ("TMZ has learned.", "according to a family member.", "Mr. Jordan said.")
    from newsfuse.nlp.analyse import split_paragraphs

    for paragraph in (
        "Harbour pilot Ada Brant has died after a long illness ... the Keld Courier has learned.",
        "Brant died early Wednesday morning ... according to a family member.",
        "“Nine visits and it never came up in conversation?” Mr. Molnar said.",
    ):
        assert len(split_paragraphs([paragraph], fast_models)[0]) == 1, paragraph
    # a sentence of its own after a plain full stop stays one
    assert len(split_paragraphs(["The vote failed. Mr. Molnar said."], fast_models)[0]) == 2


def test_an_app_promotion_and_a_file_link_are_page_furniture() -> None:
    from newsfuse.clean.rules import classify_line

    assert classify_line("Want stories like these delivered straight to your phone? Download the Keld Post app now!")
    assert classify_line("Download the Keld Post iPhone app now!")
    assert classify_line("Read Gov. Molnar's letter.pdf")
    assert classify_line("The app was downloaded by 3,000 people in its first week, the harbour board said.") is None


def test_a_first_line_of_two_sentences_is_no_title() -> None:
    # Us Weekly, Multi-News row 111: a lede naming many people read as a title-cased headline and was lost from the body
    from newsfuse.ingest.text_reader import split_title

    lede = "Keld Post singer Ada Brant died on Wednesday, November 21, Us Weekly confirms. She was 41."
    title, body = split_title(lede + "\n\nHer mother said she died at home.")
    assert title is None and body.startswith(lede)
    title, body = split_title("Keld Post Singer Ada Brant Dead at 41\n\nHer mother said she died at home.")
    assert title == "Keld Post Singer Ada Brant Dead at 41"


def test_a_fact_dated_years_before_the_news_does_not_lead_in_any_wording(models) -> None:
    # Multi-News row 111 (no publication dates): the band's 2010 death, told undated by two outlets and dated by the
    # third, led the brief of its singer's death
    texts = [
        "Harbour Lights singer Ada Brant died on Wednesday after a long battle with cancer, her mother said.\n\n"
        "The band's first singer, Piet Molnar, died at age 36 in September 2010 after a long battle with leukemia.\n\n"
        "Brant had been diagnosed with cancer in October 2017.",
        "The band was originally a trio, but its first singer, Piet Molnar, died after a long fight with leukemia.\n\n"
        "Harbour Lights are best known for their 1999 single Summer Girls.\n\n"
        "The band released a new song in July 2017.",
        "The band was a trio until its first singer, Piet Molnar, died after a long fight with leukemia.\n\n"
        "Harbour Lights are best known for the single Summer Girls.\n\n"
        "Brant leaves three children.",
    ]
    brief = _brief(models, texts)
    assert "Molnar" not in brief.summary[0].text, [s.text for s in brief.summary]


def test_a_relative_date_inside_someones_words_dates_no_timeline_event(models) -> None:
    # NYT, BASIL 2017: '“Already did that earlier today,” Mr. Trump said in response.' answered a message of October
    # 2016 and was dated the report's own day
    from newsfuse.pipeline import brief_from_documents

    texts = [
        "The harbour board released its messages with the pilots' union on Monday.\n\n"
        "“Already did that earlier today,” Mr. Molnar said in response to the union's request in a 2016 message.\n\n"
        "The board voted on Tuesday to publish the rest.",
        "The harbour board on Monday released its messages with the pilots' union.\n\n"
        "Mr. Molnar answered the union: “Already did that earlier today.”\n\n"
        "The board's vote to publish the rest came on Tuesday.",
    ]
    documents = [RawDocument(path=f"{k}.txt", text=t, published="2017-11-14") for k, t in enumerate(texts)]
    brief = brief_from_documents(documents, Options(), models)
    assert brief.timeline, "the dated events are listed"
    assert not [e for e in brief.timeline if "earlier today" in e.text], [(e.date, e.text) for e in brief.timeline]


def test_names_that_differ_by_a_number_are_two_things() -> None:
    # BASIL 2013: "Fifth Amendment — LAW (also: First Amendment)"
    from newsfuse.nlp.aliases import similar_names

    assert not similar_names("fifth amendment", "first amendment")
    assert not similar_names("world war i", "world war ii")
    assert similar_names("vlodomyr zelensky", "volodymyr zelensky")  # a misspelling still merges


def test_a_preview_from_the_day_before_is_neither_title_nor_lede(models) -> None:
    # BASIL 2013: HuffPost's "Lois Lerner, IRS Scandal Figure, Will Invoke Fifth Amendment At Oversight Hearing" of
    # the day before was the title, and its "The Wednesday hearing would have been ..." the lede, of a hearing the
    # other two outlets reported as held
    from newsfuse.pipeline import brief_from_documents

    documents = [
        RawDocument(
            path="0.txt",
            title="Harbour Chief Ada Brant Will Refuse To Testify At Council Hearing",
            published="2013-05-21",
            text="Harbour chief Ada Brant plans to refuse to answer questions at Wednesday's council hearing, her "
            "lawyer said in a letter to the council.\n\nThe Wednesday hearing would have been Brant's first public "
            "appearance under oath since the harbour fees scandal broke.",
        ),
        RawDocument(
            path="1.txt",
            title="Harbour Chief Refuses to Testify at Hearing",
            published="2013-05-22",
            text="Harbour chief Ada Brant refused to answer questions at a council hearing on Wednesday, citing her "
            "right to remain silent.\n\nBrant denied that she had misled the council about the harbour fees.",
        ),
        RawDocument(
            path="2.txt",
            title="Harbour chief who refused to testify faces more scrutiny",
            published="2013-05-23",
            text="Harbour chief Ada Brant, who refused to testify at a council hearing on Wednesday, faces more "
            "scrutiny over the harbour fees.\n\nCouncil members said they would call her back to the council.",
        ),
    ]
    brief = brief_from_documents(documents, Options(), models)
    assert "Will Refuse" not in brief.title
    assert "would have been" not in brief.summary[0].text and "plans to" not in brief.summary[0].text


def test_an_owner_before_a_name_and_a_family_name_with_its_generation(fast_models) -> None:
    # BASIL 2011: "Twitter's Adam Sharp" was a person and a speaker; BASIL 2017: "Trump Jr" and "Donald Trump Jr"
    # were two people
    entities = _people(
        fast_models,
        [
            ["Keldnet's Oskar Brandvold said the accounts were safe. Harbour chief Piet Molnar Jr. spoke on Monday."],
            ["Molnar Jr. released the messages on Tuesday. Oskar Brandvold declined to comment."],
        ],
    )
    people = {e.name: {e.name, *e.aliases} for e in entities if e.type == "PERSON"}
    assert not any("Keldnet" in n for names in people.values() for n in names), people
    molnars = [name for name, names in people.items() if any("Molnar" in n for n in names)]
    assert molnars == ["Piet Molnar Jr."] or molnars == ["Piet Molnar Jr"], people


def test_two_sentences_glued_after_a_closing_bracket_are_two(fast_models) -> None:
    # Multi-News row 100: "severly injured (left partially paralyzed).Patel underwent surgery ..." was one sentence
    from newsfuse.nlp.analyse import split_paragraphs

    paragraph = "He was forced down and injured (left partially paralyzed).Molnar underwent surgery the next day."
    assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == [
        "He was forced down and injured (left partially paralyzed).",
        "Molnar underwent surgery the next day.",
    ]


def test_a_quotation_with_no_word_is_no_quote() -> None:
    # BASIL 8abec8d9 (h-attr42, stop 42): a quote whose whole text was a closing mark, under a speaker
    from newsfuse.nlp.who_said_what import with_words
    from newsfuse.records import Quote

    quotes = [Quote(text="”", speaker="Piet Molnar", sources=["S2"]), Quote(text="Never", speaker=None, sources=["S1"])]
    assert [q.text for q in with_words(quotes)] == ["Never"]


def test_a_speaker_cut_at_a_small_word_is_the_organisation_so_named(attribute_parsed) -> None:
    # BASIL 2018 (gold tune 1ed4f378): '“…,” said Democracy for America' printed the speaker "Democracy"
    from tests.test_lead_stop40 import _said

    found = attribute_parsed(
        [
            "Several groups criticised the harbour deal on Monday.",
            "“Today’s deal was a stunning display of cowardice,” said Alliance for Keld Harbour, one of the groups.",
        ]
    )
    assert _said(found, "Today’s deal was") == "Alliance for Keld Harbour"


def test_a_bracket_that_states_something_is_not_deleted() -> None:
    # Multi-News row 100: "severly injured (left partially paralyzed)." lost the story's key injury to the deletion
    from newsfuse.summarize.compress import _drop_parentheticals

    kept = "Molnar was forced to the ground and injured (left partially paralyzed)."
    assert _drop_parentheticals(kept) == kept
    # a party tag stays since stop 49 (tests/test_lead_stop49.py)
    assert _drop_parentheticals("Sen. Ada Brant (R-Keld) spoke.") == "Sen. Ada Brant (R-Keld) spoke."
    assert _drop_parentheticals("She lives in Keld (or Norvale).") == "She lives in Keld."
