"""A summary sentence cites no outlet that its own fact, held to who acts, does not (align/cited.py)."""

from __future__ import annotations


def test_a_summary_sentence_cites_no_outlet_its_fact_leaves_out(xi_brief) -> None:
    """Stop 27: "China's foreign ministry responded to Kishida's visit …" cited an outlet in the summary whose
    sentence is of Japan's ministry, though the fact list (held to the actor test) left that outlet out."""
    facts = {f.text: set(f.sources) for f in xi_brief.facts}
    compared = 0
    for item in xi_brief.summary:
        if item.text in facts:
            compared += 1
            assert set(item.sources) <= facts[item.text], item.text
            assert set(item.passages) <= set(item.sources)
    assert compared >= 3
