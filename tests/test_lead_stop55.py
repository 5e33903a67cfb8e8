"""Stop 55, lead: what editor reads #28 (Multi-News rows 23, 86, 88, 102, 104) and #29 (rows 47, 58, 103, 108,
112) found, fixed where it arises. Each test fails on stop 54's tree."""

from __future__ import annotations

from newsfuse.records import Article, Brief, BriefWarning, SummaryItem
from newsfuse.render.markdown import to_markdown


def _article(number: int) -> Article:
    return Article(
        id=f"S{number}",
        path=f"harbour-{number}.txt",
        title=None,
        outlet=None,
        published=None,
        url=None,
        paragraphs=["The harbour board voted on Tuesday to close the north quay."],
    )


def test_a_source_warned_of_for_its_voice_is_still_counted_as_compared() -> None:
    """A letter's, transcript's or opinion piece's source stays in the brief and is compared: row 23 read "None
    detected among the 2 independent sources" of three, one of them printing a letter in full."""
    summary = [SummaryItem("The harbour board voted on Tuesday to close the north quay.", ["S1"])]
    letter = BriefWarning("letter", "this source is a letter", ["S2"])
    brief = Brief("Harbour board closes quay", [_article(1), _article(2), _article(3)], [], summary, warnings=[letter])
    assert "None detected among the 3 independent sources" in to_markdown(brief)
