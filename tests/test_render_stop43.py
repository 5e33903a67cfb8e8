"""What a reader of the Markdown and HTML sees of a source without a title, a path with a sign Markdown escapes, a
source the brief left out, and a facts or names section that shows none (editor read #14, stop 43). Invented text."""

from __future__ import annotations

from dataclasses import replace

from tests.test_render_notes import _article, _brief

from newsfuse.records import BriefWarning, Entity, Fact
from newsfuse.render.html import to_html
from newsfuse.render.markdown import to_markdown


def _source_line(md: str, number: int) -> str:
    return next(line for line in md.splitlines() if line.startswith(f'{number}. <a id="source-{number}">'))


def test_a_path_is_printed_once_and_as_written() -> None:
    # d1: "`stories/d1/doc1.json\#1`" (an escape inside a code span is printed); r101: "path — `path`"
    titled = replace(_article(1), path="stories/d1/doc1.json#1", title="Quay closes", outlet="Harbour Post")
    brief = _brief(titled, _article(2))
    md = to_markdown(brief)
    assert "Harbour Post — Quay closes — `stories/d1/doc1.json#1`, " in _source_line(md, 1)
    assert _source_line(md, 2).count("harbour-2.txt") == 1, _source_line(md, 2)
    assert to_html(brief).count("harbour-2.txt") == 1
    odd = replace(_article(2), path="odd`name.txt")
    assert "``odd`name.txt``" in _source_line(to_markdown(_brief(_article(1), odd)), 2)


def test_a_source_left_out_whole_says_so_instead_of_its_removed_lines() -> None:
    # r101: the note said the item was left out; its source line said "0 lines removed"
    note = BriefWarning("not_an_article", "1 item(s) are not articles and were left out of the brief", ["S2"])
    brief = _brief(_article(1), _article(2), warnings=[note])
    md = to_markdown(brief)
    assert _source_line(md, 2).endswith("; left out of the brief: not an article"), _source_line(md, 2)
    assert _source_line(md, 1).endswith("; 0 lines removed")
    assert "left out of the brief: not an article" in to_html(brief)


def test_a_section_that_shows_nothing_says_why_not_how_many_more() -> None:
    # r101: "## Facts" held only "… 2 more facts in the JSON", "## Who and what" only "… 4 more in the JSON"
    facts = [Fact("She was 89.", ["S1"], "single_source"), Fact("He said so on Tuesday.", ["S1"], "single_source")]
    names = [Entity(n, t, [], ["S1"]) for n, t in [("Quay", "ORG"), ("Dunmore", "GPE"), ("Harbour", "PERSON")]]
    brief = _brief(_article(1), facts=facts, entities=names)
    md = to_markdown(brief)
    assert "more facts" not in md and "more in the JSON" not in md, md
    assert "- 2 facts in the JSON, none shown here: " in md, md
    assert "- 3 names in the JSON, none shown here: " in md, md
    html = to_html(brief)
    assert "3 names in the JSON, none shown here" in html and "2 facts in the JSON, none shown here" in html
