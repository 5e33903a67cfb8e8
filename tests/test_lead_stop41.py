"""The lead's fixes from editor read #12 (stop 41, BASIL 2018 and 2014): a post cut by a line break, a speaker who
names himself, "He said … Mr. X", a partial quote followed by the next sentence's speaker, one person under two
forms of a full name, outlets shown by their codes, a lede that points back, a status a later report overturned, and
an update's lede. All text here is invented."""

from __future__ import annotations

from tests.test_lead_stop40 import _said

from newsfuse.records import Article, Entity


def test_a_quotation_cut_by_a_line_break_is_one_quote_of_the_name_after_it(attribute_parsed) -> None:
    # Fox, BASIL 2018: the first line of a tweet was left unattributed and the tweets after it went to the man the
    # tweet spoke of
    found = attribute_parsed(
        [
            "The mayor played down the news on Saturday, saying he had never met Arno Velden.",
            '"Arno Velden, who I do not know, was hired by the last council in 2015.',
            'Was supposed to leave in February but he just quit before leaving," Molnar posted.',
            '"Grandstander? The press is making such a big deal about this nothing event!"',
            '"If anybody but your favorite mayor, Piet Molnar, had opened the harbour, that person would be a hero," '
            "he continued in a second post.",
        ]
    )
    first = next(a for a in found if a.text.startswith("Arno Velden, who I do not know"))
    assert "Was supposed to leave" in first.text
    assert _said(found, "Arno Velden, who I do not know") == "Piet Molnar"
    assert _said(found, "If anybody but") in ("Piet Molnar", None)


def test_he_is_nobody_his_sentence_names_after_him(attribute_parsed) -> None:
    # NYT, BASIL 2018: the letter's words were given to the president the letter criticised
    found = attribute_parsed(
        [
            "Mayor Piet Molnar's letter did not single out any decision. Instead, it condemned Mr. Velden's approach "
            "to the harbour.",
            "He said the town's interests lay in “keeping faith with our neighbours,” a pact Mr. Velden has often "
            "derided.",
        ]
    )
    assert _said(found, "keeping faith") != "Velden"


def test_a_partial_quote_ending_its_sentence_is_not_the_next_sentences_speaker(attribute_parsed) -> None:
    # HuffPost, BASIL 2018: what "authorities" called the packages was credited to the director named after it
    found = attribute_parsed(
        [
            "Authorities were at first vague about the packages, calling them simply “suspected harbour devices.” "
            "Velden elaborated at Friday's briefing that each device held a small clock and some wiring.",
        ]
    )
    assert _said(found, "suspected harbour devices") is None


def _people(fast_models, texts: list[list[str]]) -> list[Entity]:
    """Every entity of the story (test_lead_stop40's helper keeps the people only)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities

    articles = [Article(f"S{i + 1}", f"{i}.txt", None, None, None, None, p) for i, p in enumerate(texts)]
    return build_entities(analyse(articles, fast_models, embed=False)).records()


def test_one_person_under_a_generation_or_a_two_word_family_name(fast_models) -> None:
    entities = _people(
        fast_models,
        [
            ["Police arrested Oskar Brandvold Jr. in Norvale on Friday, and Rep. Ada Berg Lindqvist spoke."],
            ["Oskar Brandvold was held in Norvale. Berg Lindqvist said the town was safe."],
        ],
    )
    people = {e.name: {e.name, *e.aliases} for e in entities if e.type == "PERSON"}
    brandvolds = [names for names in people.values() if any("Brandvold" in n for n in names)]
    assert len(brandvolds) == 1, people
    lindqvists = [names for names in people.values() if any("Lindqvist" in n for n in names)]
    assert len(lindqvists) == 1, people


def test_a_father_and_his_son_in_one_article_stay_two_people(fast_models) -> None:
    entities = _people(
        fast_models,
        [["Oskar Brandvold Jr. released the messages, which his father, Oskar Brandvold, had not seen."]],
    )
    assert len([e for e in entities if e.type == "PERSON" and "Brandvold" in e.name]) == 2


def test_joined_names_lower_case_words_and_a_party_are_no_people(fast_models) -> None:
    entities = _people(
        fast_models,
        [
            [
                "A rift between Molnar and Velden grew after the vote, and a manila envelope came by post.",
                "Democratic Rep. Ada Berg said NATO would meet in Norvale.",
            ]
        ],
    )
    by_name = {e.name: e.type for e in entities}
    assert "Molnar and Velden" not in by_name, by_name
    assert "manila" not in by_name, by_name
    assert by_name.get("Democratic") in (None, "NORP"), by_name
    assert by_name.get("NATO") in (None, "ORG"), by_name


def test_an_outlet_given_as_a_code_or_an_address_is_shown_by_its_name() -> None:
    from newsfuse.ingest.fields import record_to_document

    def outlet(record: dict[str, str]) -> str | None:
        document = record_to_document("x.json", record)
        return document.outlet if document else None

    assert outlet({"text": "The harbour reopened.", "source": "hpo"}) == "HuffPost"
    assert outlet({"text": "The harbour reopened.", "url": "https://www.foxnews.com/politics/x"}) == "Fox News"
    assert outlet({"text": "The harbour reopened.", "source": "The Norvale Courier"}) == "The Norvale Courier"


def test_a_sentence_opening_with_a_noun_that_points_back_needs_context() -> None:
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("The development came hours after two more packages were found in Norvale.")
    assert needs_context("The move comes as the council weighs the harbour plan.")
    assert not needs_context("The news that Molnar will leave sooner than expected came on Sunday.")


def test_a_charge_overturns_no_charge_yet() -> None:
    from newsfuse.summarize.status import _CHARGED, _UNCHARGED

    assert _UNCHARGED.search("Although no formal charges have been filed yet in the case, officials spoke.")
    assert _UNCHARGED.search("Velden has not yet been charged.")
    assert _CHARGED.search("Velden has been charged with five federal crimes.")
    assert not _CHARGED.search("Velden has a long record that includes theft charges.")


def test_a_thing_named_by_a_demonstrative_needs_context() -> None:
    # Fox, BASIL 2018: "Investigators were likely relying on that system …" was a summary sentence
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("Investigators were likely relying on that system to find where the packages were mailed.")
    assert not needs_context("The council adopted a new voting system for Norvale in 2019.")


def test_a_participant_named_only_as_the_suspect_is_no_lede() -> None:
    from newsfuse.summarize.furniture import no_lead

    assert no_lead("Several sources identified the suspect to reporters as Arno Velden of Norvale.")
    assert no_lead("A search of the archive turned up the news of the theft.")
    assert not no_lead("Police arrested the suspect in the Norvale harbour bombings on Friday.")


def test_an_updates_lede_leads_over_the_older_reports_status(models) -> None:
    # BASIL 2018: Thursday's "would be retiring at the end of February" led, and Sunday's "will be leaving … on
    # January 1, weeks earlier than planned" was in no summary sentence
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    thursday = (
        "Mayor Piet Molnar announced on Thursday that he would retire at the end of June, after a long dispute with "
        "the council over the Norvale harbour plan.\n\n"
        "Molnar, who has led the town since 2009, said the harbour plan would ruin the fishing fleet.\n\n"
        "The council voted last week to sell the harbour to a developer, Arno Velden."
    )
    thursday_2 = (
        "Norvale's mayor, Piet Molnar, said on Thursday that he would retire at the end of June, over the council's "
        "harbour plan.\n\n"
        "The council voted last week to sell the harbour to the developer Arno Velden.\n\n"
        "Molnar has led Norvale since 2009."
    )
    sunday = (
        "The Norvale council announced Sunday that Mayor Piet Molnar will be leaving office on April 1, weeks earlier "
        "than planned, days after his letter condemned the harbour plan.\n\n"
        "Deputy mayor Ada Berg will lead the town from April 1, the council said.\n\n"
        "Molnar had said on Thursday that he would stay until the end of June."
    )
    documents = [
        RawDocument(path="a.txt", text=thursday, published="2031-03-06"),
        RawDocument(path="b.txt", text=thursday_2, published="2031-03-06"),
        RawDocument(path="c.txt", text=sunday, published="2031-03-09"),
    ]
    brief = brief_from_documents(documents, Options(), models)
    assert brief.summary and "April 1" in brief.summary[0].text, [s.text for s in brief.summary]


def test_a_name_before_a_role_and_an_appositive_speaks(attribute_parsed) -> None:
    # BASIL 2018 (speakers tune): "Representative Jim Jordan, Republican of Ohio, a founder of …, asked if …, said,
    # “…”" printed "Republican of Ohio" once the next sentence's frame no longer took the quote
    found = attribute_parsed(
        [
            "Representative Piet Molnar, Republican of Norvale, a founder of the Harbour Caucus, asked if the council "
            "should sell the harbour, said, “I'll leave that to the mayor.” Arno Velden said the mayor had already "
            "been clear about the harbour and the fleet.",
        ]
    )
    assert _said(found, "I'll leave that") in ("Piet Molnar", None)


def test_a_pronoun_in_an_opening_clause_may_be_the_name_after_it(attribute_parsed) -> None:
    # PolNeAR dev (the CI gate): "In a statement …, presidential nominee Hillary Clinton was more circumspect … Though
    # she called Wells Fargo's behavior “outrageous” …, Clinton restricted comments" went to a senator quoted before
    found = attribute_parsed(
        [
            "“They should go to jail,” Senator Piet Molnar said of the bankers.",
            "In a statement on Tuesday, the mayor, Ada Berg, was more careful than the senator. Though she called the "
            "bank's behavior “outrageous and shameful” in a statement, Berg restricted her comments to the harbour.",
        ]
    )
    assert _said(found, "outrageous and shameful") == "Ada Berg"
