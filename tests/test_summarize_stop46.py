"""Stop 46 (issue 14, the summary an editor would sign): a continuation may follow a continuation. A chain of
sentences that each need the one before them is shown in its article's order, each link right after the one it
needs (summarize/select.py ``continuations``, ``choose``, ``glue``). Invented text."""

from __future__ import annotations

import numpy as np

from newsfuse.records import AnalysedStory, Article, Sentence
from newsfuse.summarize.select import continuations, glue

_TWINS = [
    "Ilse and Marta Varga, the twins who run the Keld ferry, were honoured by the harbour board on Monday.",
    "Each was born on April 28, 1990, at the same hospital in Keld.",
    "The two grew up in villages a few miles apart and met at the harbour school.",
    "The ferry will sail again in May.",
]


def _story(texts: list[str]) -> AnalysedStory:
    article = Article(id="S1", path="a.txt", title=None, outlet=None, published=None, url=None, paragraphs=texts)
    sentences = [
        Sentence(article_id="S1", index=k, paragraph=k, text=t, start=0, end=len(t)) for k, t in enumerate(texts)
    ]
    return AnalysedStory(articles=[article], sentences=sentences, mentions=[])


def test_a_continuation_may_follow_a_continuation() -> None:
    # Multi-News row 66 (stop 45): "The two grew up ..." needs "Each was born ...", which needs the sentence naming
    # the two; main showed only the first link
    story = _story(_TWINS)
    shown = {0: _TWINS[0], 3: _TWINS[3]}
    found = continuations(story, np.ones(4), shown)
    assert set(found) == {1, 2}


def test_a_chain_needs_its_first_link_to_stand_alone() -> None:
    # with nothing before it that stands alone, no link of the chain is shown
    story = _story(_TWINS)
    assert continuations(story, np.ones(4), {3: _TWINS[3]}) == {}
    # nor after a link that is never shown at all
    assert 2 not in continuations(story, np.array([1.0, -np.inf, 1.0, 1.0]), {0: _TWINS[0], 3: _TWINS[3]})


def test_a_chain_is_glued_in_its_articles_order() -> None:
    story = _story(_TWINS)
    assert glue(story, [3, 2, 0, 1], {1, 2}) == [3, 0, 1, 2]
