"""Markdown and HTML say why a section is empty (no conflict found, no date to place events on) and
list the entities a reader scans, not every place one outlet names once (render/markdown.py)."""

from __future__ import annotations

from tests.fakes import harbour_article as _article

from newsfuse.records import Article, Brief, DateMention, Entity, Quote, SummaryItem, TimelineEvent
from newsfuse.render.html import to_html
from newsfuse.render.markdown import TOP_ENTITIES, to_markdown, top_entities


def _brief(*articles: Article, dates: list[DateMention] | None = None, **kw: object) -> Brief:
    summary = [SummaryItem("The harbour board voted on Tuesday to close the north quay.", ["S1"])]
    return Brief("Harbour board closes quay", list(articles), [], summary, dates=dates or [], **kw)  # type: ignore[arg-type]


TUESDAY = DateMention("S1", 0, "on Tuesday", None, "day", True)


def test_empty_conflicts_are_said_to_be_checked_across_independent_sources() -> None:
    brief = _brief(_article(1), _article(2), _article(3, copy_of="S1"))
    md, html = to_markdown(brief), to_html(brief)
    assert "## Where sources disagree\n\nNone detected among the 2 independent sources: newsfuse compares" in md
    assert "<h2>Where sources disagree</h2><p>None detected among the 2 independent sources" in html


def test_one_source_and_its_copy_have_nothing_to_disagree_on() -> None:
    md = to_markdown(_brief(_article(1), _article(2, copy_of="S1")))
    assert "Where sources disagree" not in md


def test_relative_dates_without_a_publication_date_explain_the_missing_timeline() -> None:
    md = to_markdown(_brief(_article(1), _article(2), dates=[TUESDAY]))
    assert (
        "## Timeline\n\nNo timeline: the sources give no publication date, so relative dates such as “on Tuesday”"
        in (md)
    )
    assert "No timeline" in to_html(_brief(_article(1), _article(2), dates=[TUESDAY]))


def test_a_timeline_or_dates_that_resolved_need_no_note() -> None:
    resolved = DateMention("S1", 0, "on Tuesday", "2024-05-14", "day", True)
    assert "No timeline" not in to_markdown(_brief(_article(1, published="2024-05-16"), dates=[resolved]))
    # one dated source: the note would be wrong ("the sources give no publication date")
    assert "No timeline" not in to_markdown(_brief(_article(1), _article(2, published="2024-05-16"), dates=[TUESDAY]))
    event = TimelineEvent("2024-05-14", "The harbour board voted on Tuesday to close the north quay.", ["S1"])
    md = to_markdown(_brief(_article(1), dates=[TUESDAY], timeline=[event]))
    assert "**2024-05-14**" in md and "No timeline" not in md


def test_entities_list_what_several_sources_name_speakers_and_people_named_in_full() -> None:
    entities = [
        Entity("Harbour Board", "ORG", [], ["S1", "S2"]),
        Entity("North Quay", "FAC", [], ["S1", "S2"]),
        Entity("Ada Brant", "PERSON", [], ["S2"]),
        Entity("Port Authority", "ORG", [], ["S1"]),  # speaks in a quote
        Entity("Lisbon", "GPE", [], ["S1"]),  # a place one outlet names once
        Entity("Portuguese", "NORP", [], ["S2"]),
        Entity("Monopoly", "PERSON", [], ["S2"]),  # a game the small model calls a person
        Entity("DDR3 SDRAM 8GB", "PERSON", [], ["S2"]),
    ]
    quotes = [Quote("We will reopen the quay in May", "Port Authority", ["S1"])]
    assert [e.name for e in top_entities(entities, quotes)] == [
        "Harbour Board",
        "North Quay",
        "Ada Brant",
        "Port Authority",
    ]
    md = to_markdown(_brief(_article(1), _article(2), entities=entities, quotes=quotes))
    assert "- Ada Brant — PERSON" in md and "Lisbon" not in md and "Monopoly" not in md
    assert "- … 4 more in the JSON (`--format json`)" in md
    assert "4 more in the JSON" in to_html(_brief(_article(1), _article(2), entities=entities, quotes=quotes))


def test_the_entity_list_is_capped() -> None:
    many = [
        Entity(f"Person {chr(65 + n % 26)}{chr(97 + n // 26)}", "PERSON", [], ["S1", "S2"])
        for n in range(TOP_ENTITIES + 5)
    ]
    assert len(top_entities(many)) == TOP_ENTITIES


def test_a_single_source_fact_cited_with_its_copies_says_they_republish_it() -> None:
    from newsfuse.records import Fact

    # (worded apart from the summary's sentence, which the facts section does not repeat)
    fact = Fact(
        "The harbour board voted on Tuesday to close the north quay, its chair said.", ["S1", "S2"], "single_source"
    )
    brief = _brief(_article(1), _article(2, copy_of="S1"), _article(3), facts=[fact])
    md, html = to_markdown(brief), to_html(brief)
    assert "- **single source (republished by [2])**: The harbour board" in md
    assert "single source (republished by [2])</span>" in html
    assert "(republishes [1]); 0 lines removed" in md
    own = Fact("The harbour board voted on Tuesday to close the north quay, its chair said.", ["S3"], "single_source")
    assert "- **single source**: The harbour" in to_markdown(_brief(_article(1), _article(3), facts=[own]))


def test_nationality_adjectives_are_not_listed_as_who_and_what() -> None:
    names = [("Norvane", "GPE"), ("Norvanian", "NORP"), ("Western", "NORP"), ("Greens", "NORP")]
    entities = [Entity(n, t, [], ["S1", "S2"]) for n, t in names]
    assert [e.name for e in top_entities(entities)] == ["Norvane", "Greens"]


def test_sources_left_out_of_the_brief_are_not_counted_as_compared() -> None:
    from newsfuse.records import BriefWarning

    other = BriefWarning("several_stories", "the input holds 2 stories", ["S3"])
    md = to_markdown(_brief(_article(1), _article(2), _article(3), warnings=[other]))
    assert "None detected among the 2 independent sources" in md
    alone = BriefWarning("several_stories", "the input holds 2 stories", ["S2"])
    assert "Where sources disagree" not in to_markdown(_brief(_article(1), _article(2), warnings=[alone]))


def test_a_single_source_fact_another_outlet_prints_word_for_word_says_so() -> None:
    """A blog quoting a wire story's sentence adds no report of its own (align/units.py, one_per_telling): the fact
    is single-source, cited with both, and the label says why (editor read, stop 31, row 245)."""
    from newsfuse.records import Fact

    fact = Fact(
        "The harbour board voted on Tuesday to close the north quay, its chair said.", ["S1", "S3"], "single_source"
    )
    brief = _brief(_article(1), _article(2, copy_of="S1"), _article(3), facts=[fact])
    assert "- **single source (word for word in [3])**: The harbour board" in to_markdown(brief)
    assert "single source (word for word in [3])</span>" in to_html(brief)
