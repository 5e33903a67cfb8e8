"""A sentence the summary shows and the facts list shows whole cites the same outlets in both (summarize/select.py,
``fact_sources``): the facts list's citations are held to what the cited sentence states, and a brief must not call
one sentence "corroborated [1][2]" in its summary and "single source [1]" in its facts (editor read, stop 32, rows
151, 181, 211: 7 of 33 summary items)."""

from __future__ import annotations

from newsfuse.records import ClaimSpan, FactGraph, FactNode
from newsfuse.summarize.select import fact_sources


def _node(representative: int, claims: list[int], sources: list[str]) -> FactNode:
    return FactNode("F1", claims, claims, representative, sources, sources, "corroborated", 1.0, 1.0, {})


def test_a_summary_sentence_shown_as_a_fact_cites_what_the_fact_cites() -> None:
    claims = [ClaimSpan(k, f"S{k + 1}", f"sentence {k}", ((0, 10),)) for k in range(3)]
    graph = FactGraph(
        claims=claims,
        facts=[_node(0, [0, 2], ["S1", "S3"]), _node(1, [1], ["S2"])],
        fact_of_claim=[0, 1, 0],
        sentence_sources=[["S1"], ["S2"], ["S3"]],
    )
    whole = {0: 0, 1: 1, 2: 2}
    # sentence 2 is a member of the first fact but not its shown text: the summary keeps its own citation
    assert fact_sources(graph, whole, [0, 1, 2]) == {0: ["S1", "S3"], 1: ["S2"]}
    assert fact_sources(None, whole, [0]) == {}
    assert fact_sources(graph, {}, [0]) == {}  # a sentence split into claims is not shown whole as a fact


def test_the_example_brief_cites_each_sentence_one_way(example_brief) -> None:
    facts = {f.text: set(f.sources) for f in example_brief.facts}
    for item in example_brief.summary:
        if item.text in facts:
            assert set(item.sources) == facts[item.text], item.text


def test_the_shared_corpus_brief_cites_each_sentence_one_way(xi_brief) -> None:
    """The "no limits" friendship read [3][4] in the summary and [3][4][5] in the facts before."""
    facts = {f.text: set(f.sources) for f in xi_brief.facts}
    shown = [item for item in xi_brief.summary if item.text in facts]
    assert shown
    for item in shown:
        assert set(item.sources) == facts[item.text], item.text
