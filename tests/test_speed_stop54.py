"""Stop 54's cuts of the brief's tail (docs/speed.md, stop 54): work asked again of the same text is done once, and
every answer is the one the plain computation gives."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsfuse.records import Article
from newsfuse.summarize import standalone, stories, title

TEXTS = [
    "“We did it,” she said after the vote.",
    'He told reporters afterward that "the deal is done" and left.',
    "The result is that a president who promised change now stands exposed.",
    "I was there when it happened, and my view has not changed.",
    "If you know your history, then you know that June 19 is known as Juneteenth.",
    "Rep. Ana Lund, also appearing on the same show, said the plan would fail.",
    "Senate leaders, for instance, praised the plan “for its boldness.”",
    "“It is a travesty of justice,” the mayor said, calling it unfair.",
    "The city council approved the budget on Tuesday by a vote of 7-2.",
    "  “Nobody wants to talk honestly” about the widespread nature of the threat.  ",
]


class _CountingPattern:
    """``_QUOTED_SPAN`` with its ``sub`` calls counted by text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.subs: dict[str, int] = {}

    def sub(self, repl: str, text: str) -> str:
        self.subs[text] = self.subs.get(text, 0) + 1
        return self.pattern.sub(repl, text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _fresh_caches() -> None:
    standalone.needs_context.cache_clear()
    blanked = getattr(standalone, "_blanked", None)
    if blanked is not None:
        blanked.cache_clear()


def test_needs_context_blanks_each_texts_quotations_once(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_caches()
    plain = [standalone.needs_context(t) for t in TEXTS]
    counting = _CountingPattern(standalone._QUOTED_SPAN)
    monkeypatch.setattr(standalone, "_QUOTED_SPAN", counting)
    _fresh_caches()
    try:
        assert [standalone.needs_context(t) for t in TEXTS] == plain
        assert counting.subs and max(counting.subs.values()) == 1, counting.subs
    finally:
        monkeypatch.undo()
        _fresh_caches()


def test_the_blanked_text_is_the_plain_substitution() -> None:
    blanked = standalone._blanked
    for text in TEXTS:
        for variant in (text, text.strip()):
            assert blanked(variant) == standalone._QUOTED_SPAN.sub(" ", variant)


def _article(paragraphs: list[str], article_id: str = "a1") -> Article:
    return Article(
        id=article_id, path="", title="Title", outlet="Outlet", published=None, url=None, paragraphs=paragraphs
    )


def test_not_an_article_is_answered_once_per_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    review = stories.review_page

    def counted(article: Article) -> bool:
        read.append(1)
        return review(article)

    monkeypatch.setattr(stories, "review_page", counted)
    stories._NOT_AN_ARTICLE.clear()
    report = [
        "The city council approved the budget on Tuesday by a vote of 7-2, ending a month of talks over the "
        "police department's funding and the new library's opening hours.",
        "The mayor said the vote was a relief. Council members who voted against it said the plan cut too deep.",
    ]
    widget = ["Please log in to continue reading. Subscribe now for full access."]
    first = _article(report)
    answers = [stories.not_an_article(first), stories.not_an_article(_article(list(report), "a2"))]
    answers.append(stories.not_an_article(first))
    assert answers == [False, False, False]
    assert len(read) == 1  # the same paragraphs: read once, whichever article holds them
    assert stories.not_an_article(_article(widget)) is True
    assert len(read) == 2  # other paragraphs are read
    first.paragraphs = widget  # a paragraph list changed in place is another key
    assert stories.not_an_article(first) is True
    stories._NOT_AN_ARTICLE.clear()


def test_the_titles_counts_of_the_articles_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    bodies = [
        "The couple released her most recent eight years of tax returns on Friday.",
        "Over the eight year span they earned $139 million, the returns show.",
    ]
    headlines = [
        "Varnholts Report Earnings of $9 Million in Seven Years",
        "Varnholts Report Earnings of $9 Million in Eight Years",
        "Varnholts Report Earnings Over Two Decades",
    ]
    plain = [title._miscounts(h, bodies) for h in headlines]
    assert plain == [True, False, False]
    read: list[str] = []
    counts = title._counts

    def counted(text: str) -> set[tuple[int, str]]:
        read.append(text)
        return counts(text)

    monkeypatch.setattr(title, "_counts", counted)
    told = title._told_counts(bodies)
    assert [title._miscounts(h, told) for h in headlines] == plain
    assert read == [*bodies, *headlines]  # each body once, then only the headlines


_CLAIMS = [
    "The Kessel council approved the new harbour budget on Monday, and the mayor said that port fees would rise "
    "in June.\n\nThe budget includes money for the pier, which a January storm damaged.",
    "Port fees will rise in June, the mayor of Kessel said on Monday after the council approved the harbour budget."
    "\n\nThe council also voted to repair the storm-damaged pier before the summer.",
]


def test_align_cuts_the_claims_after_the_conflicts(fast_models: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim story (whose encoder call the brief's encoder thread is often still running when the tail starts)
    is made after the conflicts, which need no claim vector, and once however many passes the graph takes."""
    from newsfuse.align import alignment
    from newsfuse.nlp import analyse
    from newsfuse.options import Options
    from newsfuse.pipeline import clean_documents
    from newsfuse.records import RawDocument

    articles, _ = clean_documents([RawDocument(path=f"{k}.txt", text=t) for k, t in enumerate(_CLAIMS)])
    story = analyse(articles, fast_models)
    order: list[str] = []
    find_conflicts, claim_story = alignment.find_conflicts, alignment.claim_story

    def conflicts(*args: Any, **kwargs: Any) -> Any:
        order.append("conflicts")
        return find_conflicts(*args, **kwargs)

    def cut(*args: Any, **kwargs: Any) -> Any:
        order.append("claims")
        return claim_story(*args, **kwargs)

    monkeypatch.setattr(alignment, "find_conflicts", conflicts)
    monkeypatch.setattr(alignment, "claim_story", cut)
    monkeypatch.setattr(alignment, "find_rewrites", lambda *a, **k: {articles[1].id: articles[0].id})  # two passes
    result = alignment.align(story, Options(), fast_models)
    assert order == ["conflicts", "claims", "conflicts"]
    assert result.retells and len(result.graph.claims) > len(story.sentences)  # the claims were cut and used
