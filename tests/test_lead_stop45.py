"""Lead fixes of stop 45 (editor re-read of stop 44, editor read #16). Invented text."""

from __future__ import annotations

from newsfuse.clean.rules import trailing_chrome
from newsfuse.records import Article, SummaryItem
from newsfuse.render.markdown import summary_bullets
from newsfuse.summarize.compress import compress
from newsfuse.summarize.repeats import repeats
from newsfuse.summarize.voice import classify


def _article(paragraphs: list[str]) -> Article:
    return Article("S1", "S1.txt", None, None, None, None, paragraphs)


ASKED = [
    "With a record jackpot up for grabs in Keld, plenty of folks are dreaming about how to spend the money.",
    "Q: What do I do with the ticket once I have checked my numbers?",
    "A: Before anything else, sign the back of the ticket and lock a copy of it in a safe.",
    "Q: Whom should I tell first about my win, and when?",
    "A: Relax and take time to think about the next move before calling anyone at all.",
    "Q: Should I take the cash payout or the annual payments?",
    "A: Most winners take the lump sum, which is about half of the advertised prize.",
    "Q: How much will I pay in taxes on my prize?",
    "A: The federal government withholds a quarter of the prize before anything is paid out.",
]


def test_an_explainers_questions_in_the_readers_first_person_make_no_opinion_piece() -> None:
    """ "Q: Should I take the cash payout?" asks in the reader's voice (editor re-read, stop 44, Multi-News row 115:
    nine such questions labelled AP's explainer an opinion piece and kept its plain facts out of the summary)."""
    assert classify(_article(ASKED)).kind == "report"
    columnist = [p.removeprefix("A: ").replace("Most winners", "I think most winners") for p in ASKED[::2]]
    mine = [
        *columnist,
        "I bought my own ticket on Friday, and I will not tell my family if I win.",
        "My advice is simple, and I have given it to every friend who asked me about the draw.",
    ]
    assert classify(_article(mine)).kind == "opinion"


def test_an_explainers_answer_label_is_deleted_from_a_summary_sentence() -> None:
    assert compress("A: Most winners take the lump sum, which is about half of the advertised prize.") == (
        "Most winners take the lump sum, which is about half of the advertised prize."
    )


def test_two_figures_in_common_are_the_same_fact_with_fewer_shared_words() -> None:
    """ "40 to 60 hours of training" in a quotation and "a 40-60 hour training program" were shown one after the other
    (editor read, stop 44, BASIL 2013); one figure and two words stay apart."""
    said = '"Staff willing to go through 40 to 60 hours of training should be armed," Ilse Varga said.'
    assert repeats(said, "Ilse Varga called for a 40-60 hour training program for armed guards.")
    assert not repeats(said, "Ilse Varga hired 40 guards for the schools in May.")


def test_so_far_and_yet_another_keep_their_first_word() -> None:
    """ "So far, the federal government …" lost "So" and read "Far, the federal government …" (editor read, stop 45)."""
    assert compress("So far, the federal government has taken a hands-off approach to the state laws.").startswith(
        "So far"
    )
    assert compress("Yet another storm hit the coast on Monday morning, officials said.").startswith("Yet another")
    assert (
        compress("But the council voted for the harbour plan on Monday.")
        == "The council voted for the harbour plan on Monday."
    )


def test_a_reporters_video_lead_in_and_a_journals_closing_reference_are_removed() -> None:
    """ "NBC10's Lu Ann Cahn has the details." was a summary sentence, "Clin. Anat. 28:551–556, 2015." and
    "© 2015 Wiley Periodicals, Inc." were listed as facts (editor read, stop 45, Multi-News rows 119 and 123)."""
    video = "The judge threw out three of the charges. KXYZ's Jo Lund has the details. (Published Tuesday, May 7, 2013)"
    abstract = (
        "The ratio may indicate the severity of symptoms. Clin. Res. 12:101–109, 2015. © 2015 Example Press, Inc."
    )
    prose = "The Copyright Office has not ruled on the matter. Copyright law changed in 2015."
    kept = [_without_tails(text) for text in (video, abstract, prose)]
    assert kept == [
        ("The judge threw out three of the charges.", 2),
        ("The ratio may indicate the severity of symptoms.", 2),
        (prose, 0),
    ]


def _without_tails(line: str) -> tuple[str, int]:
    removed = 0
    while (tail := trailing_chrome(line)) is not None:
        line, removed = tail[0], removed + 1
    return line, removed


def test_a_bare_quotation_goes_on_in_the_bullet_of_the_sentence_before_it() -> None:
    """ "“They are followers of a false prophet.”" stood alone on its line under the sentence naming who said it
    (editor read, stop 45, BASIL 2016)."""
    said = SummaryItem("“I would like to know who those voters are,” Mr. Lund said.", ["S1"])
    rest = SummaryItem("“They are followers of a false prophet.”", ["S1"])
    other = SummaryItem("“The wall will not be built,” Ms. Varga said.", ["S2"])
    assert summary_bullets([said, rest, other]) == [[said, rest], [other]]
    assert summary_bullets([other, rest]) == [[other], [rest]]


def _entities(fast_models, paragraphs: list[str]) -> dict[str, tuple[str, set[str]]]:  # type: ignore[no-untyped-def]
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities

    index = build_entities(analyse([_article(paragraphs)], fast_models, embed=False))
    return {c.name: (c.type, set(c.surfaces)) for c in index.clusters}


def test_an_honorific_makes_a_person_after_a_place_and_a_comma(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Like many officials in Colorado, Mr. Suthers had opposed …" made "Suthers — GPE" beside "John Suthers", and
    his quotes had two speakers (editor read, stop 45, BASIL 2014)."""
    found = _entities(
        fast_models,
        [
            "Colorado’s attorney general, Oskar Varnholt, a Republican, said he would defend the law.",
            "Like many elected officials in Colorado, Mr. Varnholt had opposed the amendment.",
        ],
    )
    assert "Mr. Varnholt" in found["Oskar Varnholt"][1] and found["Oskar Varnholt"][0] == "PERSON"


def test_two_committees_of_two_chambers_are_two_things() -> None:
    from newsfuse.nlp.aliases import similar_names

    assert not similar_names("senate foreign relations committee", "house foreign relations committee")
    assert not similar_names("north dakota", "south dakota")
    assert similar_names("senate foreign relations committee", "senate foreign relation committee")


def test_a_word_capitalised_only_inside_a_longer_name_is_no_name_of_its_own() -> None:
    """ "Smart Approaches to Marijuana" and "the Marijuana Industry Group" made "Marijuana — PERSON" and "marijuana
    arrests — PERSON" (editor read, stop 45, BASIL 2014); "said Rice" and "Ilsa Varga" are names."""
    from newsfuse.nlp.entities import CapitalisedNames, _capitalised_elsewhere

    names = CapitalisedNames.of(
        [
            "Kevin Sabet, president of Smart Approaches to Marijuana, spoke. The Marijuana Industry Group agreed.",
            "Officials said marijuana arrests rose, said Rice. Reporters met Ilsa Varga on Friday.",
        ]
    )
    assert not _capitalised_elsewhere("marijuana", names)
    assert not _capitalised_elsewhere("marijuana arrests", names)
    assert _capitalised_elsewhere("rice", names)
    assert _capitalised_elsewhere("ilsa varga", names) and _capitalised_elsewhere("varga", names)
    assert "Marijuana" not in names.alone and "Rice" in names.alone


def test_initials_two_places_share_join_neither(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "D.C." was an alias of "Deuel County" (editor read, stop 45, BASIL 2014): the story named the District of
    Columbia too."""
    found = _entities(
        fast_models,
        [
            "Sheriff Adam Holt of Deuel County, Neb., said the drug came from Colorado.",
            "Voters in the District of Columbia approved the measure, though the D.C. law is under review.",
        ],
    )
    county = next(v for k, v in found.items() if k == "Deuel County")
    assert not any(s.startswith("D.C") for s in county[1])


def test_a_participle_set_off_by_a_comma_dates_its_noun_not_the_sentence(models) -> None:  # type: ignore[no-untyped-def]
    """ "Clinton repeatedly cited the classified version of the review …, distributed to lawmakers last month." was the
    timeline's event of December for a hearing of January (editor read, stop 45, BASIL 2013)."""
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    texts = [
        "Speaking at the council, Mayor Ada Brant repeatedly cited the harbour survey, distributed to members last "
        "month, as the reason for the delay.",
        "Mayor Ada Brant won just six percent support, according to a harbour poll released Saturday.",
    ]
    documents = [RawDocument(path=f"{k}.txt", text=t, title=None, published="2024-03-13") for k, t in enumerate(texts)]
    dates = [event.date for event in brief_from_documents(documents, Options(), models).timeline]
    assert "2024-02" not in dates and "2024-03-09" in dates


def test_an_attribution_with_how_it_was_said_stays_with_its_quotation(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "… does it make?” Mrs. Clinton said, her voice rising." was split after the mark, and "Mrs. Clinton said, her
    voice rising." listed as a fact (editor read, stop 45, BASIL 2013)."""
    from newsfuse.nlp.analyse import analyse

    text = ["“What difference, at this point, does it make?” Mrs. Brant said, her voice rising. The hearing went on."]
    story = analyse([_article(text)], fast_models, embed=False)
    assert [s.text for s in story.sentences] == [
        "“What difference, at this point, does it make?” Mrs. Brant said, her voice rising.",
        "The hearing went on.",
    ]


def test_an_outlets_person_is_a_person() -> None:
    """ "Fox News’ Megyn Kelly — ORG" (editor read, stop 45, BASIL 2016)."""
    from newsfuse.nlp.entities import without_owner

    assert without_owner("Fox News’ Megyn Kelly") == "Megyn Kelly"
    assert without_owner("Fusion’s Jorge Ramos") == "Jorge Ramos"


def test_a_value_both_sources_give_is_no_disagreement(models) -> None:  # type: ignore[no-untyped-def]
    """ "A judge has thrown out three murder charges" (S1) against "Seven first-degree murder charges were for
    accusations …" (S2) was listed as a disagreement, though S2 also says "threw out three of the eight murder
    charges" (editor read, stop 45, Multi-News row 119)."""
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    texts = [
        "A judge has thrown out three murder charges against a Keld harbour builder accused of fraud and killings.",
        "The judge threw out three of the eight murder charges against the Keld harbour builder on Tuesday. Seven "
        "first-degree murder charges against the Keld harbour builder were for accusations that he killed seven "
        "workers.",
    ]
    documents = [RawDocument(path=f"{k}.txt", text=t, title=None, published="2024-03-13") for k, t in enumerate(texts)]
    assert brief_from_documents(documents, Options(), models).conflicts == []


def test_a_court_case_is_a_law_and_a_name_with_a_digit_no_person() -> None:
    """ "Gonzales v. Raich 2005 — PERSON", "NBC10 — PERSON" (editor read, stop 45, BASIL 2014, Multi-News row 119)."""
    from newsfuse.nlp.entities import LocatedMention, _label_by_what_follows

    def label(surface: str) -> str:
        mention = LocatedMention("S1", 0, 0, len(surface), surface, "PERSON")
        return _label_by_what_follows("PERSON", mention, surface + " said.")

    assert [label("Gonzales v. Raich 2005"), label("NBC10"), label("Ada Brant")] == ["LAW", "ORG", "PERSON"]


def test_a_claim_ending_on_an_abbreviation_gets_no_second_point() -> None:
    from newsfuse.align.claims import joined

    text = "The hearing began for Sen. Ada Brant, D-Mass., who was tapped to lead the department."
    head = text.index(", who")
    assert joined(text, [(0, head), (len(text) - 1, len(text))]) == ("The hearing began for Sen. Ada Brant, D-Mass.")


def test_a_day_of_the_month_a_sentence_names_first_dates_it(models) -> None:  # type: ignore[no-untyped-def]
    """ "With the Senate set to debate gun control this month, a … task force released a 225-page report on Tuesday"
    was the timeline's item of April, not Tuesday's (editor re-read, stop 44, BASIL 2013)."""
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument

    text = "With the council set to debate the budget this month, Mayor Ada Brant released a harbour report on Tuesday."
    documents = [RawDocument(path="0.txt", text=text, title=None, published="2024-03-13")]
    assert [event.date for event in brief_from_documents(documents, Options(), models).timeline] == ["2024-03-12"]
