"""Lead fixes of stop 44 (editor reads #14 and #15). Invented text."""

from __future__ import annotations

from newsfuse.clean.rules import inline_labels
from newsfuse.nlp.dates import find_dates
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import Article, RawDocument, Sentence
from newsfuse.summarize.voice import classify

SURVEY = "Mayor Ada Brant on Wednesday published her survey of the storm-damaged harbour wall."


def _timeline(models, texts: list[str]):  # type: ignore[no-untyped-def]
    documents = [RawDocument(path=f"{k}.txt", text=t, title=None, published="2024-03-13") for k, t in enumerate(texts)]
    return brief_from_documents(documents, Options(), models).timeline


def test_an_unnamed_actors_other_act_that_reads_only_somewhat_alike_stays_its_own_event(models) -> None:  # type: ignore[no-untyped-def]
    """A named actor's act and another act of that day told without an actor are one event only when they read
    closely alike (``SAME_UNNAMED``, 0.6): "officials hoped the survey would speed the repairs" (cosine ~0.51 to the
    mayor's publishing it) is its own event, as the CIA's review and a spokesman's hope were (stop 43, BASIL 2013)."""
    hoped = "Officials on Wednesday hoped the survey of the storm-damaged harbour wall would speed the repairs."
    timeline = _timeline(models, [SURVEY, hoped])
    assert sorted(s for t in timeline for s in t.sources) == ["S1", "S2"] and len(timeline) == 2


def _article(paragraphs: list[str]) -> Article:
    return Article("S1", "S1.txt", None, None, None, None, paragraphs)


EXPLAINER = [
    "With a record jackpot up for grabs in Keld, plenty of folks are dreaming about how to spend the money.",
    "Q: What do I do with the ticket?",
    "A: Before anything else, sign the back of the ticket and lock a copy of it in a safe.",
    "Q: What next?",
    "A: Relax and take time to think about your next move before calling anyone.",
    "Q: Lump sum or annuity?",
    "A: Most winners take the lump sum, which is about half the advertised prize.",
]


def test_an_explainers_questions_and_answers_are_no_transcript() -> None:
    """AP's "Q: What do I do with the ticket? A: Before anything else, sign the back of the ticket." is the outlet's
    own voice (editor read, stop 44, Multi-News row 115: briefed as a transcript, all its facts left out)."""
    assert classify(_article(EXPLAINER)).kind != "transcript"


def test_an_interviews_questions_and_answers_stay_a_transcript() -> None:
    said = ["Q: How did it feel?", "A: I could not believe it, and I still check my ticket every morning."] * 2
    assert classify(_article(["Ilse Varga won the Keld jackpot in May.", *said])).kind == "transcript"
    introduced = ["Ilse Varga spoke with the Keld Herald about her win.", *EXPLAINER[1:]]
    assert classify(_article(introduced)).kind == "transcript"


def test_a_papers_section_headings_are_no_speaker_labels() -> None:
    """A structured abstract's "INTRODUCTION:", "RESULTS:" … are no speakers (editor read, stop 44, Multi-News row
    118: the study was briefed as a transcript and its headings listed as quote speakers)."""
    paper = [
        "INTRODUCTION: Falls from bicycles onto the face are common and poorly measured.",
        "MATERIALS AND METHODS: A video of one fall was split into frames and analysed.",
        "RESULTS: The impact force was about 1,900 newtons.",
        "DISCUSSION: Such an analysis of a recorded fall has not been reported before.",
    ]
    assert classify(_article(paper)).kind == "report"


def test_footnote_marks_are_deleted_and_listed() -> None:
    """ "… syndrome.[2] The year after …" is two sentences without the mark (editor read, stop 44, row 118)."""
    assert inline_labels("He retired because of the injury.[2] The year after, another player retired.") == (
        "He retired because of the injury. The year after, another player retired.",
        ["[2]"],
    )
    assert inline_labels("A list: [1] first, [2] second.") == ("A list: [1] first, [2] second.", [])


def _dates(text: str, published: str = "2013-06-08") -> list[tuple[str, str | None]]:
    article = Article("S1", "S1.txt", None, None, published, None, [text])
    return [(m.text, m.value) for m in find_dates(article, [Sentence("S1", 0, 0, text, 0, len(text))])]


def test_getting_ready_for_an_event_on_a_weekday_looks_ahead() -> None:
    """ "Liberal groups prepared for a women's march on Saturday" in a Friday article is the next day (editor read,
    stop 44, BASIL 2017: the timeline put the march a week before the inauguration)."""
    assert _dates("Groups prepared for a march on Saturday.", "2017-01-20") == [("on Saturday", "2017-01-21")]
    assert _dates("Police braced for protests on Saturday.", "2017-01-20") == [("on Saturday", "2017-01-21")]
    assert _dates("The march took place on Saturday.", "2017-01-20") == [("on Saturday", "2017-01-14")]
    # "next" never means publication day, with a cue or without (BASIL 2018, published on a Tuesday)
    assert _dates("It stokes fear in advance of next Tuesday's voting.", "2018-10-30") == [
        ("next Tuesday", "2018-11-06")
    ]


def test_a_day_naming_an_era_or_an_attack_is_no_date() -> None:
    """ "the post-Sept. 11 law" and "the Sept. 11 attacks" name no day of the story's years (editor read, stop 44,
    BASIL 2013: a 2011 briefing was dated 2012-09-11)."""
    assert _dates("Briefings came before the reauthorization of the Patriot Act, the post-Sept. 11 law.") == []
    assert _dates("Security was tight on the anniversary of the Sept. 11 attacks.") == []
    assert _dates("The Sept. 11, 2001, attacks killed thousands.") == [("Sept. 11, 2001", "2001-09-11")]
    assert _dates("The vote was on Sept. 11 in the House.") == [("Sept. 11", "2012-09-11")]
    # one attack of a day is a date the story may place (BASIL 2013's Benghazi stories: the attack of 2012)
    assert _dates("She took responsibility for the Sept. 11 attack.", "2013-01-23") == [("Sept. 11", "2012-09-11")]


def _aliases(fast_models, texts: list[list[str]]) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    from tests.test_lead_stop41 import _people

    return {e.name: {e.name, *e.aliases} for e in _people(fast_models, texts) if e.type == "PERSON"}


def test_a_family_name_with_the_other_sexs_honorific_is_another_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Mrs. Brandvold" is not Oskar Brandvold when the story writes "Mr. Brandvold" for him (editor read, stop 44,
    BASIL 2017: "Mrs. Trump" was an alias of Donald Trump, "Mr. Clinton" one of Hillary Clinton)."""
    people = _aliases(
        fast_models,
        [
            [
                "Mayor Oskar Brandvold opened the new harbour in Norvale on Friday. Mr. Brandvold cut the ribbon.",
                "His wife, Ingrid Brandvold, a former teacher, stood beside him. Mr. Brandvold thanked the builders.",
                "Mrs. Brandvold later toured the school.",
            ]
        ],
    )
    oskar = next(v for k, v in people.items() if "Oskar" in k)
    ingrid = next(v for k, v in people.items() if "Ingrid" in k)
    assert "Mr. Brandvold" in oskar and "Mrs. Brandvold" not in oskar
    assert "Mrs. Brandvold" in ingrid


def test_a_speaker_written_with_the_other_sexs_honorific_resolves_to_that_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities

    text = [
        "Mayor Oskar Brandvold opened the harbour. Mr. Brandvold cut the ribbon, and Mr. Brandvold spoke.",
        "His wife, Ingrid Brandvold, stood beside him. Mrs. Brandvold toured the school.",
    ]
    index = build_entities(analyse([Article("S1", "0.txt", None, None, None, None, text)], fast_models, embed=False))
    assert getattr(index.resolve("Mrs. Brandvold", "S1"), "name", None) == "Ingrid Brandvold"
    assert getattr(index.resolve("Mr. Brandvold", "S1"), "name", None) == "Oskar Brandvold"


def test_a_first_name_after_a_relative_noun_is_a_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "accompanied by his wife, Melania, in a powder-blue suit" tagged Melania a place (editor read, stop 44, BASIL
    2017); after "his wife," a capitalised word is the person."""
    people = _aliases(
        fast_models,
        [
            [
                "Donald Trump arrived wearing a dark suit and red tie and accompanied by his wife, Melania, in a "
                "powder-blue suit and matching gloves.",
                "Melania Trump waved to the crowd.",
            ]
        ],
    )
    assert any("Melania" in aliases and "Melania Trump" in aliases for aliases in people.values())


def test_an_attribution_after_a_nested_quotations_spaced_close_stays_with_its_quotation(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "… of the Department of Justice,’ ” Mr. Weich wrote." and "… subpoena,’ ” they said." were split after the
    marks and the attributions listed as facts (editor read, stop 44, BASIL 2013)."""
    from newsfuse.nlp.analyse import analyse

    text = [
        "“We are not operating under ‘secret opinions of the Department,’ ” Mr. Weich wrote. The letter was short.",
        "“Officials have said the authority is ‘like a subpoena,’ ” they said. The senators spoke on Friday.",
    ]
    story = analyse([Article("S1", "0.txt", None, None, None, None, text)], fast_models, embed=False)
    assert [s.text for s in story.sentences][:2] == [
        "“We are not operating under ‘secret opinions of the Department,’ ” Mr. Weich wrote.",
        "The letter was short.",
    ]
    assert "they said." not in [s.text for s in story.sentences]


def test_an_organisations_full_name_says_its_type_over_its_acronyms_votes() -> None:
    from collections import Counter

    from newsfuse.nlp.entities import _cluster_of, _Groups

    groups = _Groups()
    groups.add("national rifle association", "National Rifle Association", "ORG", "S1")
    for _ in range(3):
        groups.add("nra", "N.R.A.", "GPE", "S1")
    groups.union("national rifle association", "nra")
    cluster = _cluster_of(["national rifle association", "nra"], groups)
    assert (cluster.name, cluster.type) == ("National Rifle Association", "ORG")
    assert cluster.surfaces == Counter({"N.R.A.": 3, "National Rifle Association": 1})


def test_a_one_word_chant_joins_no_fact(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Trump!" (a chant) took the lede's unit at pair probability 0.99 before the outlet's own telling of the oath
    (0.98), so the main fact showed one outlet (editor read, stop 44, BASIL 2017). Scores given as decided."""
    import numpy as np

    from newsfuse.align.support import support_map
    from newsfuse.align.units import build_units
    from newsfuse.nlp.analyse import analyse
    from newsfuse.options import AlignOptions

    articles = [
        Article("S1", "0.txt", None, None, None, None, ["Ada Brant took office Friday as the 45th mayor of Keld."]),
        Article("S2", "1.txt", None, None, None, None, ["Ada Brant was sworn in as mayor on Friday.", "Brant!"]),
    ]
    story = analyse(articles, fast_models)
    assert [s.text for s in story.sentences] == [
        "Ada Brant took office Friday as the 45th mayor of Keld.",
        "Ada Brant was sworn in as mayor on Friday.",
        "Brant!",
    ]
    known = np.array([[1.0, 0.98, 0.99], [0.98, 1.0, 0.0], [0.99, 0.0, 1.0]])
    params = AlignOptions(same_fact="cosine", support_threshold=0.9)
    units = build_units(story, support_map(story, 0.9), params, known=known)
    assert units.unit_of[0] == units.unit_of[1] != units.unit_of[2]


def test_a_sentence_holding_two_quoted_pieces_is_shown_once_per_speaker() -> None:
    """Two pieces of one sentence, the second with another outlet's wording, printed the sentence twice (editor
    read, stop 44, BASIL 2013); then its words printed right under it (re-read): the sentence is shown once, with the
    second piece's other wording under it."""
    from newsfuse.records import Quote, QuoteVariant
    from newsfuse.render.markdown import quotes_by_speaker, shown_words

    sentence = 'He said the schools "are in the best position" to decide, "specifically whether a guard is needed."'
    first = Quote("are in the best position", "Ada Brant", ["S1"], [], context=sentence)
    second = Quote(
        "specifically whether a guard is needed.",
        "Ada Brant",
        ["S1"],
        [QuoteVariant("a guard adds a layer of security", ["S2"])],
        context=sentence,
    )
    [group] = quotes_by_speaker([first, second])
    assert [shown_words(q)[0] for q in group.remarks] == [sentence]
    assert [v.text for v in group.remarks[0].variants] == ["a guard adds a layer of security"]


def test_the_summary_orders_one_dates_sentences_by_the_time_of_day_they_give(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Donald and Melania Trump met with the Obamas earlier Friday morning" stood after the noon speech's lines
    (editor read, stop 44, BASIL 2017: the day ran backwards)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.summarize.select import arrange

    text = [
        "Ada Brant was sworn in as mayor of Keld on Friday.",
        "In her address on Friday, Brant promised to rebuild the harbour.",
        "Brant and her husband attended a church service earlier Friday morning.",
    ]
    story = analyse([Article("S1", "0.txt", None, None, "2024-03-15", None, text)], fast_models, embed=False)
    assert arrange(story, [0, 1, 2]) == [0, 2, 1]


def test_a_chamber_is_not_the_long_name_of_its_committee(fast_models) -> None:  # type: ignore[no-untyped-def]
    from tests.test_lead_stop41 import _people

    text = [
        "The Senate Intelligence Committee was briefed on the program in 2011.",
        "The Senate voted on the law before it expired, and the Senate Intelligence Committee met again.",
    ]
    entities = {e.name: set(e.aliases) for e in _people(fast_models, [text])}
    assert "Senate" not in entities.get("Senate Intelligence Committee", set())


def test_a_common_word_capitalised_only_at_a_sentence_start_is_no_name(fast_models) -> None:  # type: ignore[no-untyped-def]
    from tests.test_lead_stop41 import _people

    text = [
        "Metadata showed which numbers were called. The agency keeps metadata for five years.",
        "Rice said the plan was sound. Officials said Rice had seen the rice harvest figures.",
    ]
    names = {e.name for e in _people(fast_models, [text])}
    assert "Metadata" not in names and "Rice" in names


def test_a_short_quoted_piece_inside_anothers_quotation_is_the_same_quotation() -> None:
    """ "vowing … to restore prosperity and “fight” for the country “with every breath.”" and "“I will fight for you
    with every breath in my body …”" were the first two summary sentences (editor read, stop 44, BASIL 2017)."""
    from newsfuse.summarize.repeats import repeats, repeats_traits, same_quote, traits

    a = "Ada Brant took office, vowing to rebuild and “fight” for the town “with every breath.”"
    b = "“I will fight for you with every breath in my body,” Brant told the crowd."
    assert same_quote(a, b) and same_quote(b, a)
    assert repeats_traits(traits(a), traits(b)) and repeats(a, b)
    two_words = "Brant spoke of “the harbour” and its history."
    assert not same_quote(two_words, "“The harbour is our past,” she said.")
    assert not repeats_traits(traits(two_words), traits("“The harbour is our past,” she said."))


def test_a_family_name_two_people_share_credits_neither_to_an_outlet_naming_only_one(fast_models) -> None:  # type: ignore[no-untyped-def]
    """Melania Trump was credited to HuffPost, which names only her husband, through the bare "Trump" of her alias
    "Mrs. Trump" (editor re-read, stop 44, BASIL 2017)."""
    from tests.test_lead_stop41 import _people

    first = [
        "Mayor Oskar Brandvold opened the new harbour in Norvale on Friday. Mr. Brandvold cut the ribbon.",
        "His wife, Ingrid Brandvold, a former teacher, stood beside him. Mr. Brandvold thanked the builders.",
        "Mrs. Brandvold later toured the school.",
    ]
    second = ["Mayor Oskar Brandvold opened the harbour on Friday. Brandvold spoke for ten minutes."]
    ingrid = next(e for e in _people(fast_models, [first, second]) if "Ingrid" in e.name)
    assert ingrid.sources == ["S1"]
