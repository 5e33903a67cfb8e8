"""Stop 50 (issue 12): an outlet is cited for a shown sentence only where its sentence tells that sentence's fact
(align/shown_citations.py), in the summary and in the fact graph alike. Invented sentences of one invented story,
read by the product's own parser."""

from __future__ import annotations

from typing import Any

import pytest

from newsfuse.records import SummaryItem

# the story's word weights: the names and the topic are in many of its sentences
IDF = {"varga": 0.1, "okonjo": 0.1, "parliament": 0.5, "pact": 0.3, "water": 0.2}

DEFENDED = "President Ilse Varga on Friday forcefully defended the water pact, saying parliament was fully briefed."
HEARINGS = (
    "Meanwhile, senior officials of the Varga government have held 13 closed hearings for members of parliament "
    "since 2019, an aide said Saturday."
)


@pytest.fixture(scope="module")
def parse(fast_models: Any) -> Any:
    return fast_models.parse


def held(shown: str, cited: str, parse: Any) -> bool:
    """The whole check on a pair, as the brief runs it."""
    from newsfuse.align.shown_citations import held

    return held([(shown, cited)], parse, IDF)[0]


def signed(shown: str, cited: str, parse: Any) -> bool:
    """One pair read by :func:`tells` on its own parses."""
    from newsfuse.align.shown_citations import tells
    from newsfuse.nlp.clarity import display_text

    a, b = parse([display_text(shown), display_text(cited)])
    return tells(shown, cited, (a, b), IDF)


def test_the_same_people_at_another_act_are_not_cited(parse: Any) -> None:
    """Editor read #21, e4's lede: Obama defending the programs cited to another outlet's hearings held by his
    officials."""
    assert not held(DEFENDED, HEARINGS, parse)


def test_the_same_act_by_the_same_actor_in_other_words_is_cited(parse: Any) -> None:
    assert signed(
        "Okonjo signed the water agreements at a ceremony in Tessel City on Thursday.",
        "On Thursday, President Tomas Okonjo signed eleven accords with Norvane beside the lake.",
        parse,
    )


def test_a_quotation_both_give_is_cited(parse: Any) -> None:
    assert signed(
        "“Water must unite us, not divide us,” Okonjo told the crowd after the signing.",
        "Okonjo said the agreements showed that water must unite us, not divide us.",
        parse,
    )


def test_a_light_verbs_noun_is_the_act(parse: Any) -> None:
    """ "made an announcement" tells the act "announcement", which the other outlet gives as its noun."""
    assert signed(
        "Varga made a public announcement on Tuesday at the school in Keld where she once taught.",
        "Varga is expected to make the announcement at 11 a.m. on Tuesday in her home town of Keld.",
        parse,
    )


def test_a_figure_and_a_name_both_give_are_cited(parse: Any) -> None:
    assert signed(
        "“Okonjo is probably the only leader who can win 100 votes in the assembly,” an ally said.",
        "Several deputies said Okonjo could count on 100 votes if the pact came before the assembly.",
        parse,
    )


def test_the_summary_keeps_only_the_outlets_whose_passage_tells_it(parse: Any) -> None:
    from newsfuse.align.shown_citations import held_summary

    item = SummaryItem(
        text=DEFENDED,
        sources=["S1", "S2", "S3"],
        passages={
            "S1": DEFENDED,
            "S2": HEARINGS,
            "S3": "Varga on Friday defended the water pact and said parliament had been fully briefed on it.",
        },
    )
    [checked] = held_summary([item], parse, IDF)
    assert checked.sources == ["S1", "S3"]
    assert set(checked.passages) == {"S1", "S3"}
    assert checked.text == DEFENDED


def test_a_fact_the_summary_shows_cites_what_the_summary_sentence_cites(parse: Any) -> None:
    """One sentence is cited one way in the summary and under Facts; a corroborated fact left with one outlet is
    single-source, and a fact the summary does not show keeps its outlets."""
    from newsfuse.align.shown_citations import held_brief
    from newsfuse.records import Fact

    item = SummaryItem(text=DEFENDED, sources=["S1", "S2"], passages={"S1": DEFENDED, "S2": HEARINGS})
    other = Fact(text=HEARINGS, sources=["S2", "S1"], status="corroborated", id="F2")
    facts = [Fact(text=DEFENDED, sources=["S1", "S2"], status="corroborated", id="F1"), other]
    summary, checked = held_brief([item], facts, parse, IDF, {"S1": None, "S2": None})
    assert summary[0].sources == ["S1"]
    assert (checked[0].sources, checked[0].status) == (["S1"], "single_source")
    assert checked[1] == other


def test_the_option_holds_the_example_briefs_summary_and_its_facts(models: Any, example_dir: Any) -> None:
    """``align.shown_citations`` on: the bundled example's "Farmers … blamed each other …" no longer cites the two
    outlets whose sentence tells only the drought ("The drought of 2019 cut the lake's level …"), and every fact the
    summary shows cites what its summary sentence cites."""
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_paths

    brief = brief_from_paths([str(example_dir)], Options().with_(shown_citations=True), models)
    farmers = next(item for item in brief.summary if item.text.startswith("Farmers on both sides"))
    assert farmers.sources == ["S1"]
    facts = {f.text: f.sources for f in brief.facts}
    assert all(set(item.sources) == set(facts[item.text]) for item in brief.summary if item.text in facts)
