"""A sentence cut into claims that no other outlet's sentence is cited for is shown whole (align/shown_whole.py).
Invented text."""

from __future__ import annotations

from types import SimpleNamespace

from newsfuse.align.shown_whole import show_whole
from newsfuse.records import ClaimSpan, FactGraph, FactNode, Sentence

WHOLE = "Last week, the council drew up a rule on harbour fees, which carries a fine of 500 euros."
REST = "Last week, the council drew up a rule on harbour fees."
CLAUSE = "harbour fees, which carries a fine of 500 euros"
OTHER = "The council of Keld wrote a new rule on fees for the harbour."


def test_pieces_that_cite_no_other_outlet_are_one_fact_shown_whole() -> None:
    """Row 120 (editor read, stop 36): the main clause's unit held another outlet's sentence that the checks did not
    let it cite, so the piece was not taken for lonely and stayed a fact beside its own sentence shown whole."""
    story = SimpleNamespace(
        sentences=[Sentence("S1", 0, 0, WHOLE, 0, len(WHOLE)), Sentence("S2", 0, 0, OTHER, 0, len(OTHER))]
    )
    claims = [
        ClaimSpan(0, "S1", REST, ((0, 54),)),
        ClaimSpan(0, "S1", CLAUSE, ((37, len(WHOLE) - 1),), WHOLE, ((0, len(WHOLE)),)),
        ClaimSpan(1, "S2", OTHER, ((0, len(OTHER)),)),
    ]
    facts = [
        FactNode("F1", [0, 2], [0, 1], 0, ["S1"], ["S1"], "single_source", 2.0),
        FactNode("F2", [1], [0], 1, ["S1"], ["S1"], "single_source", 1.0),
    ]
    graph = show_whole(FactGraph(claims, facts, [0, 1, 0], [["S1"], ["S2"]]), story, [False, False, True])  # type: ignore[arg-type]
    assert len(graph.facts) == 1
    node = graph.facts[0]
    assert graph.claims[node.representative].display == WHOLE
    assert node.claims == [0, 1, 2] and node.sentences == [0, 1]
