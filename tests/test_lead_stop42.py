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
