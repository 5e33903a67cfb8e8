"""An encyclopedia page among the news is background, not a report of the story (editor read, stop 35, Multi-News
row 106: a Wikipedia article gave 122 of 143 facts): it is listed as not an article and left out of the brief."""

from __future__ import annotations

from newsfuse.records import Article
from newsfuse.summarize.stories import encyclopedia_page, not_an_article


def _article(paragraphs: list[str]) -> Article:
    return Article("S9", "x", None, None, None, None, paragraphs)


def test_section_edit_links_or_reference_marks_make_an_encyclopedia_page() -> None:
    prose = "The harbour of Keld was built in 1820 and rebuilt after the storm of 1911. " * 8
    assert encyclopedia_page(_article(["History [ edit ]", prose, "Economy [ edit ]", prose]))
    assert encyclopedia_page(_article([prose + " ".join(f"[{k}]" for k in range(1, 6))]))
    assert not_an_article(_article(["History [ edit ]", prose, "Economy [ edit ]", prose]))


def test_a_news_report_with_a_bracket_or_two_stays() -> None:
    prose = "The mayor of Keld said on Monday the harbour would reopen [in May], after repairs. " * 8
    assert not encyclopedia_page(_article([prose, "Read the report [1] and the council's reply [2]."]))
    assert not not_an_article(_article([prose]))
