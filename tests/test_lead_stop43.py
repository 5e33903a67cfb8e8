"""The lead's fixes of stop 43 (editor read #13's leftovers and #14). All text here is invented."""

from __future__ import annotations

from tests.test_lead_stop41 import _people

from newsfuse.records import Article


def _kinds(entities) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def test_a_two_word_title_and_an_apposition_after_a_role_make_a_person(fast_models) -> None:
    # Multi-News row 100: "Consul General Ajit Kumar — ORG" beside "Kumar — PERSON"; row 111: "The band's
    # publicist, Alaina Bendi, told Billboard" typed Bendi an organisation and Billboard a person
    kinds = _kinds(
        _people(
            fast_models,
            [
                ["Norvale's governor met Consul General Ravi Kumaran on Monday in Dunmore.", "Kumaran thanked him."],
                ["The band's publicist, Alaina Bentro, told Billboard in 2017 that the singer was recovering."],
            ],
        )
    )
    assert kinds.get("Ravi Kumaran") == "PERSON", kinds
    assert not any("Consul" in name or name == "General" for name in kinds), kinds
    assert kinds.get("Alaina Bentro") == "PERSON", kinds
    assert kinds.get("Billboard") != "PERSON", kinds


def test_a_headline_word_a_nickname_and_an_interjection_make_no_entity(fast_models) -> None:
    # Multi-News row 111: "Devin Lima Dead" (the headline "LFO's Devin Lima Dead at 41"), "Harold 'Devin" (from
    # "Harold 'Devin' Lima") and "RIP" were entities of their own
    entities = _people(
        fast_models,
        [
            ["Kestrel's Devon Marlo Dead at 41", "Devon Marlo died on Wednesday, the band said. RIP."],
            ["\"It is with a broken heart that I confirm that Harald 'Devon' Marlo passed away,\" the drummer wrote."],
        ],
    )
    names = {n for e in entities for n in (e.name, *e.aliases)}
    assert not any(n.endswith("Dead") or "'" in n or n == "RIP" for n in names), names
    marlos = [e for e in entities if any("Marlo" in n for n in (e.name, *e.aliases))]
    assert len(marlos) == 1 and marlos[0].type == "PERSON", [(e.name, e.aliases) for e in marlos]


def test_an_empty_summary_says_why_and_notes_stay_apart(fast_models) -> None:
    # Multi-News row 101: a blurb whose every sentence needs its video gave "## Summary" over nothing, unexplained
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import BriefWarning, RawDocument
    from newsfuse.render.markdown import to_markdown

    text = (
        "Harbour Lights: Every Lantern\n\n"
        "In honour of the show's last episode this Sunday, our video team cut together this dreamy montage of "
        "every lantern the series lit, in order. Enjoy!"
    )
    brief = brief_from_documents([RawDocument(path="0.txt", text=text)], Options(), fast_models)
    assert not brief.summary and brief.facts
    assert [w.kind for w in brief.warnings] == ["empty_summary"]
    two = brief.__class__(**{**brief.__dict__, "warnings": [*brief.warnings, BriefWarning("rewrite", "Other.", [])]})
    lines = to_markdown(two).splitlines()
    notes = [k for k, line in enumerate(lines) if line.startswith("> **Note:**")]
    assert len(notes) == 2 and lines[notes[0] + 1] == ">", lines[:8]


def test_the_headline_of_a_piece_days_older_than_most_is_not_the_title(fast_models) -> None:
    # BASIL 2013: Fox's headline of 13 May, on the cable, titled a brief of the e-mails released on the 15th
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    body = (
        "The harbour council of Norvale released the flood e-mails on Wednesday. The e-mails show the harbour "
        "council argued over the flood warnings for weeks. Harbour engineers had warned of flood risk in August."
    )
    documents = [
        RawDocument(
            path=f"{k}.json",
            text=body,
            title=title,
            published=published,
        )
        for k, (title, published) in enumerate(
            [
                ("Harbour flood e-mails show council warned of flood risk", "2021-05-13"),
                ("Norvale council releases e-mails", "2021-05-15"),
                ("Council papers show jostling", "2021-05-15"),
            ]
        )
    ]
    brief = brief_from_documents(documents, Options(), fast_models)
    assert brief.title in ("Norvale council releases e-mails", "Council papers show jostling"), brief.title


def test_a_visitor_review_is_no_article_and_a_broken_first_line_no_title() -> None:
    # Multi-News row 109: a zoo visitor's review gave the title "The San Diego Zoo Safari Park is absolutely" and
    # eight facts beside the news of the zoo's rhino
    from newsfuse.ingest.text_reader import split_title
    from newsfuse.summarize.stories import not_an_article

    review = (
        "I spent 4 hours with Tomas as our guide for the Harbour Tour and cannot rave enough about it. I was able to "
        "feed the seals and see the lighthouse up close. It was amazing and worth every single penny. Would highly "
        "recommend him as a guide. I am planning for my next visit already because I love this place."
    )
    report = (
        "The Norvale harbour reopened on Monday after a two-year repair that cost $4 million, the council said. "
        '"I would highly recommend a visit," said Mayor Ines Kolar, who cut the ribbon. The tour boats return in '
        "June, and the lighthouse museum, closed since the storm, opens on Saturday with a new exhibit on the fleet."
    )
    assert not_an_article(Article("S1", "0.txt", None, None, None, None, [review]))
    assert not not_an_article(Article("S2", "1.txt", None, None, None, None, [report]))
    assert split_title("The Norvale Harbour Tour is absolutely\n\nincredible, and the staff were kind.")[0] is None
    assert split_title("Norvale Harbour Reopens After Repair\n\nThe harbour reopened.")[0] == (
        "Norvale Harbour Reopens After Repair"
    )


def test_an_update_label_and_a_bulleted_contact_line_are_page_furniture() -> None:
    # BASIL 2013: "UPDATE: 9 p.m. -- White House spokesman ..." opened a fact; Multi-News row 109: the reporter's
    # "address ▪ (619) phone" line was a fact
    from newsfuse.clean.rules import classify_line, leading_label

    assert leading_label("UPDATE: 9 p.m. -- Harbour spokesman Piet Molnar said the vote was final.") == (
        "UPDATE: 9 p.m. --",
        "Harbour spokesman Piet Molnar said the vote was final.",
    )
    assert leading_label("Updates to the harbour plan were approved on Monday by the council.") is None
    assert classify_line("jane.roe@example.com ▪ (619) 555-0100") == "credit"


def test_an_also_that_points_back_is_deleted_from_a_summary_sentence() -> None:
    # BASIL 2011: "Mr. Arpaio is also a polarizing figure." stood in the summary without what it adds to
    from newsfuse.summarize.compress import compress

    assert compress("Sheriff Piet Molnar is also a polarizing figure in the county.") == (
        "Sheriff Piet Molnar is a polarizing figure in the county."
    )
    assert compress("The council voted to also close the harbour on Monday.") == (
        "The council voted to close the harbour on Monday."
    )
    for kept in (
        "The plant, also known as Unit 3, closed after the storm.",
        "The harbour is also known as the old port of Norvale.",
        "Not only did she win the race she also broke the record.",
        "“We are also ready for the storm,” the mayor said.",
    ):
        assert compress(kept) == kept


def test_a_sentence_standing_in_for_a_headline_is_cut_to_a_headlines_length(fast_models) -> None:
    # Multi-News rows 0-39: 27 of 40 titles (the lede standing in) ran past 20 words; editor read #13, row 100
    from newsfuse.summarize.headline import HEADLINE_WORDS, shortened

    lede = (
        "Harbour master Piet Molnar suggested on Sunday that he was not interested in running the Norvale port "
        "authority, including as chairman of the new harbour board."
    )
    short = shortened(lede, fast_models.parse)
    assert len(short.split()) <= HEADLINE_WORDS, short
    assert short.startswith("Harbour master Piet Molnar suggested") and "not interested" in short, short
    kept = iter(lede.split())
    assert all(any(w.strip(",.") == k.strip(",.") for k in kept) for w in short.split()), short  # deletion only
    assert shortened("Piet Molnar resigned on Sunday.", fast_models.parse) == "Piet Molnar resigned on Sunday."


def test_a_name_in_apposition_after_an_organisations_role_is_the_speaker(fast_models) -> None:
    # BASIL 2013: '“…,” said a White House spokesman, Eric Schultz.' printed the role "White House spokesman"
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    text = (
        "The harbour council met on Monday to discuss the storm damage and the repairs.\n\n"
        "“In recent days, these reports have been read out of context,” said a Norvale council spokesman, Piet "
        "Molnar. The council will vote on Friday."
    )
    brief = brief_from_documents([RawDocument(path="0.txt", text=text)], Options(), fast_models)
    assert [q.speaker for q in brief.quotes] == ["Piet Molnar"], [(q.speaker, q.text) for q in brief.quotes]


def test_a_family_name_after_al_is_not_another_familys_name(fast_models) -> None:
    # gold tune multinews-076: with "al-" split off every name, "Col. Riad al-Asaad" met "Assad" and his quote went to
    # Bashar Assad; "al-Qa'ida" and "Al Qaeda" (one word after the article) stay one
    from newsfuse.nlp.aliases import name_key

    assert name_key("al-Qa'ida") == name_key("Al Qaeda")
    assert name_key("Riad al-Asaad").split()[-1] != "asaad"
