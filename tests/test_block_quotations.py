"""A page of block quotations (“Sentence. ... Sentence.” — Name, on ...): no sentence of a quotation nor its
attribution line is a fact or a summary sentence on its own; the quotation is in the Quotes section with its
speaker (editor read, stop 33, Multi-News row 10: ~55 quoted sentences listed as facts, 5 of 12 summary lines)."""

from __future__ import annotations

from newsfuse.options import Options

PAGE = "\n\n".join(
    [
        "Harbour workers in Keld ended their three-week strike on Monday after the port authority agreed to a new"
        " pay deal.",
        "“We are glad the strike is over. The ships can sail again. Our families waited long enough. Tomorrow we"
        " load the first grain ship of the season. Everyone is back at work on the quay.” — Mara Lind, asked how"
        " the strike at Keld ended",
        "“The deal is fair to both sides. It raises wages and keeps the port open. Nobody lost their job. The town"
        " can breathe again. We will sign it on Friday.” — Oskar Brand, on the new pay deal",
        "The pay deal raises dock workers' wages by 6 percent over two years.",
    ]
)

OTHER = """The strike at the port of Keld ended on Monday with a pay deal, the port authority said.

The deal raises dock workers' wages by 6 percent over two years, the union said.
"""


def test_block_quotations_are_quotes_not_facts_or_summary_lines(models, tmp_path):
    from newsfuse.pipeline import brief_from_paths

    (tmp_path / "page.txt").write_text(PAGE)
    (tmp_path / "other.txt").write_text(OTHER)
    brief = brief_from_paths([tmp_path], Options(), models)
    quoted = ("Tomorrow we load", "Everyone is back", "Nobody lost", "The town can breathe", "We will sign it")
    for text in [f.text for f in brief.facts] + [s.text for s in brief.summary]:
        assert not any(q in text for q in quoted), text
        assert "Mara Lind, asked" not in text and "Oskar Brand, on" not in text, text
    speakers = {q.speaker for q in brief.quotes if "Tomorrow we load" in q.text or "Nobody lost" in q.text}
    assert speakers == {"Mara Lind", "Oskar Brand"}
    assert any("6 percent" in f.text for f in brief.facts)
