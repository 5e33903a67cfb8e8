"""The same event told again in other words (summarize/events.py): what the align stage's same-fact
score and fact nodes say, held to the event's rare words and figures; and the summary keeps one
telling of each event, the others standing by as its alternatives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsfuse.align.units import Unit, UnitMap
from newsfuse.options import Options
from newsfuse.records import ClaimSpan, FactGraph, FactNode
from newsfuse.summarize.events import SameEvent, figures

STORY = Path(__file__).parent / "fixtures" / "story"

TEXTS = [
    "Officials arrested and charged 21-year-old Charisse Stinson with first-degree murder in the death of her son.",
    "The boy died, and Charisse Stinson was arrested Tuesday and charged with first-degree murder.",
    "Charisse Stinson is being held without bail at the Pinellas County Jail, her lawyer said.",
    "At least three people were killed in the fighting in Damascus on Monday.",
    "Security forces killed at least nine people in the fighting in Damascus on Monday.",
    "“We will cooperate with the state committee and respond to the subpoenas,” Sheridan said.",
    "“We can confirm that the state committee received subpoenas from the office,” Sheridan said.",
    "Weather in the region was mild for the season.",
    "Union City coach Jonathon Magwood broke two vertebrae after landing incorrectly in a foam pit.",
    "“He jumped into a foam pit and landed incorrectly and broke two vertebrae,” Eberhart said.",
    "Magwood has not been charged with breaking two vertebrae in the foam pit.",
    "Actress America Ferrera's first appearance at the Cannes Film Festival was interrupted by a Ukrainian prankster.",
    "A man rushed onto the red carpet at the Cannes Film Festival and dove beneath the dress of America Ferrera.",
]


def unit_map(similarity: np.ndarray) -> UnitMap:
    n = len(similarity)
    return UnitMap(
        units=[Unit([i]) for i in range(n)],
        unit_of=list(range(n)),
        quantities=[[] for _ in range(n)],
        similarity=similarity,
        threshold=0.9,
    )


def same_event(
    pairs: dict[tuple[int, int], float],
    graph: FactGraph | None = None,
    cosines: dict[tuple[int, int], float] | None = None,
) -> SameEvent:
    similarity = np.zeros((len(TEXTS), len(TEXTS)))
    for (i, j), value in pairs.items():
        similarity[i, j] = similarity[j, i] = value
    # sentences 8-10 are of one article, the rest each of its own; cosines given per pair
    articles = [f"S{k}" if k < 8 else "S8" for k in range(len(TEXTS))]
    embeddings = np.eye(len(TEXTS))
    for (i, j), value in (cosines or {}).items():  # unit vectors with the given cosine between i and j
        embeddings[j] = value * embeddings[i] + np.sqrt(1 - value**2) * np.eye(len(TEXTS))[j]
    return SameEvent.of(unit_map(similarity), graph, TEXTS, articles, embeddings)


def test_a_likely_same_fact_pair_sharing_the_events_rare_words_is_one_event():
    rule = same_event({(0, 1): 0.9})
    assert rule(0, 1) and rule(1, 0)


def test_the_same_fact_score_alone_is_not_enough():
    # same person, same story thread, another event (the model scores such pairs 0.8-0.98 too)
    assert not same_event({(0, 2): 0.95})(0, 2)


def test_where_the_model_is_sure_fewer_shared_words_suffice():
    rule = same_event({})
    cover, shared = rule.cover(11, 12)
    assert 0.3 <= cover < 0.4 and shared >= 3
    assert same_event({(11, 12): 0.95})(11, 12)
    assert not same_event({(11, 12): 0.85})(11, 12)


def test_below_the_score_the_shared_words_do_not_decide():
    assert not same_event({(0, 1): 0.5})(0, 1)


def test_two_counts_that_differ_are_two_events():
    assert figures(TEXTS[3]) == {"three"} and figures(TEXTS[4]) == {"nine"}
    assert not same_event({(3, 4): 0.95})(3, 4)


def test_two_different_quotations_are_two_things_said():
    assert not same_event({(5, 6): 0.95})(5, 6)


def test_one_fact_node_counts_as_the_score_and_is_held_to_the_same_words():
    claims = [ClaimSpan(i, "S1", t, ((0, len(t)),)) for i, t in enumerate(TEXTS)]
    nodes = [FactNode(f"F{k}", [k], [k], k, ["S1"], ["S1"], "single_source", 1.0) for k in range(len(TEXTS))]
    fact_of = list(range(len(TEXTS)))
    fact_of[1] = 0  # the two tellings of the charge share a node (two sentences of one article: no score)
    fact_of[7] = 2  # the weather sentence's claim joined the fact of sentence 2
    graph = FactGraph(claims=claims, facts=nodes, fact_of_claim=fact_of, sentence_sources=[["S1"]] * len(TEXTS))
    rule = same_event({}, graph)
    assert rule(0, 1)
    assert not rule(2, 7)  # a node joining sentences that share no word of the event is not enough
    assert not same_event({})(0, 1)


def test_two_sentences_of_one_article_are_judged_by_their_cosine():
    # the same-fact model never scores a pair of one article
    assert same_event({}, cosines={(8, 9): 0.63})(8, 9)
    assert not same_event({}, cosines={(8, 9): 0.3})(8, 9)
    assert not same_event({(0, 8): 0.0}, cosines={(0, 8): 0.9})(0, 8)  # two articles: the score decides


def test_a_negation_on_one_side_is_another_event():
    assert not same_event({}, cosines={(8, 10): 0.8})(8, 10)


@pytest.fixture(scope="module")
def ranked(models):
    from newsfuse.align.alignment import align
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import story_from_documents
    from newsfuse.summarize.select import rank

    options = Options()
    documents, skipped = read_paths([STORY], options)
    story = story_from_documents(documents, options, models, skipped)
    alignment = align(story, options, models)
    rule = SameEvent.of(
        alignment.units,
        alignment.graph,
        [s.text for s in story.sentences],
        [s.article_id for s in story.sentences],
        story.embeddings,
    )
    return rank(story, alignment.units, options, story.copy_of, alignment.graph), rule


def test_the_ranking_keeps_one_telling_of_each_event(ranked):
    result, rule = ranked
    order = result.order
    assert order
    assert not [(i, j) for k, i in enumerate(order) for j in order[k + 1 :] if rule(i, j)]
    for i in order:  # every stand-in has a text to show
        assert all(j in result.texts for j in result.alternatives[i])


def test_a_quotation_is_never_the_lede_when_a_statement_ranks_close(models, example_dir):
    from newsfuse.align.alignment import align
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import story_from_documents
    from newsfuse.summarize.select import lede_first

    options = Options()
    documents, skipped = read_paths([example_dir], options)
    story = story_from_documents(documents, options, models, skipped)
    units = align(story, options, models).units
    quoted = [i for i, s in enumerate(story.sentences) if s.text.startswith(("“", '"'))]
    stated = [i for i, s in enumerate(story.sentences) if s.text[:1].isupper() and "“" not in s.text]
    assert quoted and stated
    values = np.ones(len(story.sentences))
    for q in quoted:  # whichever is dated, better backed or newer
        for n in stated:
            assert lede_first(story, units, [q, n], story.copy_of, values)[0] == n
    # ... but a statement scoring far below the quotation does not take the lede from it
    values[stated[0]] = 0.1
    assert lede_first(story, units, [quoted[0], stated[0]], story.copy_of, values)[0] == quoted[0]


def test_multi_outlet_facts_are_the_fact_nodes_two_independent_outlets_report():
    from newsfuse.summarize.select import multi_outlet_facts

    claims = [ClaimSpan(i, "S1", t, ((0, len(t)),)) for i, t in enumerate(TEXTS[:4])]
    claims.append(ClaimSpan(1, "S1", TEXTS[1], ((0, 10),)))  # a second clause of sentence 1
    outlets = [["S1", "S2"], ["S1"], ["S1", "S2", "S3"], ["S1"]]
    nodes = [
        FactNode(f"F{k}", [k], [k], k, o, o, "corroborated" if len(o) > 1 else "single_source", 1.0)
        for k, o in enumerate(outlets)
    ]
    graph = FactGraph(claims=claims, facts=nodes, fact_of_claim=[0, 1, 2, 3, 2], sentence_sources=[["S1"]] * 4)
    assert multi_outlet_facts(graph, 4) == {0: {0}, 1: {2}, 2: {2}}
    assert multi_outlet_facts(None, 4) == {}


def test_no_summary_sentence_names_someone_by_one_word_before_the_summary_introduces_them(models):
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import brief_from_story, story_from_documents
    from newsfuse.summarize.standalone import Introductions

    options = Options()
    documents, skipped = read_paths([STORY], options)
    story = story_from_documents(documents, options, models, skipped)
    intros = Introductions(story.entities, story.mentions)
    keys = {s.text: s.key for s in story.sentences}
    for words in (30, 60, 120, 400):
        shown: list[str] = []
        for item in brief_from_story(story, options.with_(words=words), models, []).summary:
            key = next((k for t, k in keys.items() if item.text in t), ("", -1))
            assert not intros.unintroduced(key, item.text, shown), item.text
            shown.append(item.text)


def test_a_scene_setting_opener_does_not_become_the_lede_to_introduce_a_name():
    """Editor read, stop 22 (row 226): "When speaking about his ... star, LeBron James, ..." moved up
    as the lede to introduce "James"; a plain sentence giving the full name introduces instead."""
    from newsfuse.api import brief

    first = (
        "Port Reopens\n\nWhen speaking about her harbour, Keld mayor Ada Brant has a line: ships come first, "
        "always.\n\nBrant reopened the port of Keld on Monday after a nine-day strike by dock workers ended "
        "with a pay deal.\n\nThe union said its members would return to work on Tuesday morning."
    )
    second = (
        "Keld port open again\n\nThe port of Keld reopened on Monday after a nine-day strike by dock workers "
        "ended with a pay deal, Mayor Brant said.\n\nDock workers will return on Tuesday, the union said.\n\n"
        "Ada Brant, the mayor of Keld since 2019, had called for talks on Friday."
    )
    summary = brief([first, second], words=80).summary
    assert summary and not summary[0].text.startswith("When speaking")


def test_an_outlets_own_lede_reporting_a_development_leads_over_background(models, example_dir):
    """Stop 23 (Multi-News row 158): "The city ... is built on a hill above a vast iron ore mine"
    (two outlets) led over "Kiruna ... was back in the news this week with reports that it would be
    moving", an outlet's first sentence ranked 7th."""
    from newsfuse.align.alignment import align
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import story_from_documents
    from newsfuse.summarize.furniture import no_lead
    from newsfuse.summarize.select import OPENER_POOL, OPENER_SHARE, development, lede_first

    options = Options()
    documents, skipped = read_paths([example_dir], options)
    story = story_from_documents(documents, options, models, skipped)
    units = align(story, options, models).units
    dated = {(d.article_id, d.sentence_index) for d in story.dates if d.granularity == "day"}
    plain = [
        i
        for i, s in enumerate(story.sentences)
        if s.index > 0 and s.key not in dated and s.text[:1].isupper() and not no_lead(s.text) and "“" not in s.text
    ]
    openers = [i for i, s in enumerate(story.sentences) if s.index == 0 and development(s.text)]
    assert len(plain) >= 5 and openers
    order = [*plain[:5], openers[0]]
    values = np.ones(len(story.sentences))
    values[openers[0]] = OPENER_SHARE + 0.05
    assert lede_first(story, units, order, story.copy_of, values)[0] == openers[0]
    # ... not when it scores far below the best, nor below the rank the pool reaches
    values[openers[0]] = OPENER_SHARE - 0.05
    assert lede_first(story, units, order, story.copy_of, values)[0] != openers[0]
    values[openers[0]] = 1.0
    late = [*plain[: OPENER_POOL + 1], openers[0]]
    if len(plain) > OPENER_POOL:
        # below the rank the pool reaches, an outlet's own lede joins only when no candidate of the pool is any
        # outlet's first sentence (stop 60, h-sum60: row 97's finding ranked 16th); here none is, so it leads
        assert lede_first(story, units, late, story.copy_of, values)[0] == openers[0]
        values[openers[0]] = OPENER_SHARE - 0.05
        assert lede_first(story, units, late, story.copy_of, values)[0] != openers[0]


def test_a_development_is_news_not_a_description():
    from newsfuse.summarize.select import development, last

    assert development("The northernmost city, Tessel, was in the news this week with reports that it would move.")
    assert development("Scientists at Osterlund University have discovered a way to tell the birds apart.")
    assert not development("Tessel Church is a church building in Tessel and one of the largest wooden buildings.")
    assert not development("Varnholt Lines is no fan of its biggest rival.")
    assert not development("Web crawl with initial seed list from March 2011.")
    # the sentence a benchmark's exact budget cut goes last, as a summary cut at N words ends
    assert last([4, 9, 2, 7], {9}) == [4, 2, 7, 9]
    assert last([4, 2], set()) == [4, 2]


def test_a_redundant_unit_is_shown_by_another_wording_only_when_it_adds_a_multi_outlet_fact():
    from newsfuse.summarize.select import other_wording

    multi = {4: {7}, 5: {7, 8}, 6: {9}}

    def redundant(i: int) -> bool:
        return i == 6

    # 3 reports no multi-outlet fact, 4 only one the summary has told; 5 adds fact 8
    assert other_wording([3, 4, 5], set(), multi, {7}, redundant) == 5
    # a wording that needs the sentence before it, or is itself redundant, is passed over
    assert other_wording([5], {5}, multi, {7}, redundant) is None
    assert other_wording([6], set(), multi, set(), redundant) is None
    assert other_wording([], set(), multi, set(), redundant) is None


def test_a_polls_method_note_is_neither_title_nor_lede():
    """Editor read, stop 25 (row 177): the poll's method note was both title and lede; the news is who
    leads the poll."""
    from newsfuse.summarize.furniture import no_lead
    from newsfuse.summarize.title import headline_like

    for note in (
        "The Coast-Gazette poll was conducted Nov. 14-17 among a random national sample of 1,006 adults, "
        "including interviews on landlines and with cellphone-only respondents.",
        "The overall margin of sampling error is plus or minus 3.5 percentage points.",
    ):
        assert no_lead(note) and headline_like(note) is None
    news = "Ines Roe would beat Paul Verhoef 49 percent to 45 percent in a rematch, a new Coast-Gazette poll finds."
    assert not no_lead(news) and headline_like(news) == news


# A heavy lead (the event with its background) and another outlet's full retelling of the event: the
# retelling shares seven content words, but the lead's background keeps the cover low (stop 30, issue 14).
RETOLD = [
    "Senator Dana Whitlock's attorney confirmed late Friday that federal prosecutors plan to file criminal charges "
    "against the senator over donations a Halden shipping firm routed through straw donors in 2019 and 2020.",
    "A lawyer for Ms. Whitlock, Corin Abbey, confirmed in a statement that prosecutors intended to file criminal "
    "charges against his client.",
    "A lawyer for Ms. Whitlock confirmed in a statement that prosecutors intended to file criminal charges against "
    "his client and called the inquiry “a partisan crusade.”",
    "The Senate voted Wednesday to override the governor's veto of the Halden harbor bill, a stinging blow to "
    "a governor whose allies had spent weeks lobbying undecided members.",
    "The Assembly voted later on Wednesday to override the veto of the bill after its speaker came back early "
    "from a trade mission to Norway and Denmark.",
    "Whitlock was first elected in 2012 and sits on the finance committee.",
    "The shipping firm has denied wrongdoing.",
    "“We can confirm that prosecutors intend to file criminal charges against Senator Whitlock, in addition to the "
    "records request the ethics panel sent her office in March,” Corin Abbey of Abbey Marsh LLP said.",
]


def retold(pairs: dict[tuple[int, int], float]) -> SameEvent:
    similarity = np.zeros((len(RETOLD), len(RETOLD)))
    for (i, j), value in pairs.items():
        similarity[i, j] = similarity[j, i] = value
    return SameEvent.of(unit_map(similarity), None, RETOLD, [f"S{k}" for k in range(len(RETOLD))])


def test_a_retelling_sharing_many_words_with_a_heavy_lead_is_one_event():
    rule = retold({(0, 1): 0.85})
    cover, shared = rule.cover(0, 1)
    assert cover < 0.45 and shared >= 6  # the cover alone would keep both
    assert rule(0, 1) and rule(1, 0)
    assert not retold({(0, 1): 0.5})(0, 1)  # the align stage must still relate them


def test_a_retelling_that_also_quotes_someone_adds_what_was_said():
    rule = retold({(0, 2): 0.85})
    assert rule.cover(0, 2)[1] >= 6
    assert not rule(0, 2)


def test_two_acts_of_one_thread_sharing_a_few_words_stay_two():
    rule = retold({(3, 4): 0.85})
    assert rule.cover(3, 4)[1] < 6
    assert not rule(3, 4)


def test_a_quotation_that_restates_the_report_is_the_same_event_told_again():
    # the statement itself (it opens with the quotation), sharing six or more words with the report
    rule = retold({(0, 7): 0.85})
    cover, shared = rule.cover(0, 7)
    assert cover < 0.45 and shared >= 6
    assert rule(0, 7) and rule(7, 0)
    assert not retold({(2, 7): 0.85})(2, 7)  # the report that quotes someone still adds what was said


LEDES = [
    "A former Keld harbour pilot accused of faking a distress call and a collision was found dead in his home "
    "Thursday.",
    "The harbour pilot who was fired after he was accused of staging a collision that closed the port last summer "
    "has died.",
    "A Keld harbour pilot — indicted last week on charges of staging the accident — was found in his home before "
    "dawn on Thursday, the coast guard said.",
]


def ledes(pairs: dict[tuple[int, int], float], opening: frozenset[int] = frozenset({0, 1, 2})) -> SameEvent:
    similarity = np.zeros((len(LEDES), len(LEDES)))
    for (i, j), value in pairs.items():
        similarity[i, j] = similarity[j, i] = value
    articles = [f"S{k}" for k in range(len(LEDES))]
    return SameEvent.of(unit_map(similarity), None, LEDES, articles, None, opening)


def test_two_outlets_ledes_the_model_relates_tell_one_news():
    """Each lede packs the main news with its own background (editor read, stop 31, row 246: three ledes of one death
    were three of the summary's first five sentences): their shared words cover too little of either, but two ledes
    of one story that the same-fact model relates report its one main news."""
    rule = ledes({(0, 1): 0.84, (0, 2): 0.74, (1, 2): 0.78})
    assert all(rule.cover(i, j)[0] < 0.45 for i, j in [(0, 1), (0, 2), (1, 2)])
    assert rule(0, 1) and rule(0, 2) and rule(1, 2)
    assert not ledes({(0, 1): 0.5})(0, 1)  # the model must still relate them
    assert not ledes({(0, 1): 0.84}, opening=frozenset({0}))(0, 1)  # a later sentence is held to the cover


def test_the_anonymity_formula_negates_nothing_the_sentence_reports():
    """Editor re-read #7b, stop 37, Multi-News row 110: an official "who was not authorized to publicly release
    details" told the arrest again; the negation held the two tellings apart."""
    from newsfuse.summarize import events

    texts = [
        "Tomas Reyne, a 24-year-old Estrellan, was detained on Sunday in Keld after he apparently shot himself by "
        "accident and called an ambulance.",
        "A security official, who was not authorized to publicly release details of the arrest, said the suspect was "
        "arrested Sunday after he apparently shot himself by accident and called for an ambulance.",
        "The suspect has not been charged after he apparently shot himself by accident and called an ambulance.",
    ]
    similarity = np.full((3, 3), 0.9)
    rule = events.SameEvent.of(unit_map(similarity), None, texts)
    assert rule(0, 1)
    assert not rule(0, 2)  # a real negation still holds them apart
