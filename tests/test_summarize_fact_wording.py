"""A fact shown by a sentence that needs context is shown by a backing source's wording that stands alone
(summarize/fact_wording.py; editor read, stop 37, Multi-News row 122)."""

from __future__ import annotations

from newsfuse.records import ClaimSpan, Fact, FactGraph, FactNode
from newsfuse.summarize.fact_wording import standing_wording

PAGE = "On November 3, our beloved Tomas was given a peanut cookie at his nursery, despite his allergy."
REPORT = "Tomas Reyne, 3, was given a peanut cookie at the Brennick Nursery on Nov. 3 despite his allergy."
OTHER = "The nursery was closed on Friday by the city's health department after an inspection."


def _claim(k: int, source: str, text: str) -> ClaimSpan:
    return ClaimSpan(sentence=k, article_id=source, text=text, spans=((0, len(text)),))


def _graph(backers: dict[str, int]) -> FactGraph:
    claims = [_claim(0, "page", PAGE), _claim(1, "report", REPORT), _claim(2, "wire", OTHER)]
    node = FactNode(
        id="F1",
        claims=[0, 1],
        sentences=[0, 1],
        representative=0,
        sources=["page", "report"],
        independent=["page", "report"],
        status="corroborated",
        importance=1.0,
        backers=backers,
    )
    return FactGraph(claims=claims, facts=[node], fact_of_claim=[0, 0, -1], sentence_sources=[[], [], []])


def test_a_fact_that_needs_context_is_shown_by_its_backers_standing_wording() -> None:
    fact = Fact(text=PAGE, sources=["page", "report"], status="corroborated", id="F1", importance=1.0)
    (shown,) = standing_wording([fact], _graph({"report": 1}), set())
    assert shown.text == REPORT
    assert shown.sources == ["report", "page"]


def test_it_keeps_its_text_without_such_a_backer_or_when_another_fact_shows_that_wording() -> None:
    fact = Fact(text=PAGE, sources=["page", "report"], status="corroborated", id="F1", importance=1.0)
    assert standing_wording([fact], _graph({}), set()) == [fact]
    twin = Fact(text=REPORT, sources=["report"], status="single_source", id="F2", importance=0.5)
    assert standing_wording([fact, twin], _graph({"report": 1}), set())[0] == fact
    assert standing_wording([fact], _graph({"report": 1}), {1}) == [fact]  # the report's line is someone's words


def test_a_fact_that_stands_alone_keeps_its_wording() -> None:
    graph = _graph({"page": 0})
    graph.facts[0].representative = 1
    fact = Fact(text=REPORT, sources=["report", "page"], status="corroborated", id="F1", importance=1.0)
    assert standing_wording([fact], graph, set()) == [fact]
