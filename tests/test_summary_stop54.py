"""Stop 54, h-sum54 (issue 14): a lede candidate told in a timeless present goes after one that tells something
happening. Invented text; fails on main 6169eda (no ``summarize/timeless.py``, no ``timeless`` in ``lede_first``).
The branch's other rule (a lede gives way to its own article's first sentence in the summary) was taken out at the
merge: it put "The quiz app Parley was once the most downloaded game in the country." before the founder's death
(tests/test_lead_stop48.py, editor read #18's rows 47 and 73)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np


def _story(*articles: int) -> SimpleNamespace:
    """Sentences of articles S1, S2, … with the given counts, in order."""
    rows = [SimpleNamespace(article_id=f"S{k + 1}", index=i) for k, n in enumerate(articles) for i in range(n)]
    return SimpleNamespace(sentences=rows)


_TEXTS = {
    0: "Lakeside approved a new harbour on Monday after a ten-year fight over the old quay.",
    1: "The vote was 7-2.",
    2: "Soon after the council met, he said the works would start in May.",
    3: "Harbour engineers from Brindle said the quay had been closed since 2019.",
    4: "“We waited long enough,” the mayor said.",
    5: "When the storm hit the coast in 2019, the quay was closed.",
}


def test_a_line_told_in_a_timeless_present_is_no_development(models) -> None:  # type: ignore[no-untyped-def]
    """ "Hunger motivates people to consume food, …" led Multi-News row 6, whose news was a study's finding that hungry
    shoppers buy more of everything."""
    from newsfuse.summarize.select import development
    from newsfuse.summarize.timeless import timeless_lines

    texts = {
        0: "Thirst drives people to drink water, for which finding a tap is a prerequisite.",
        1: "Children with the condition tend to be social and friendly.",
        2: "Thirsty shoppers spent 40 per cent more on drinks, researchers in Brindle found.",
        3: "The council will vote on the plan next week.",
        4: "Lakeside approved a new harbour on Monday.",
        5: "A new study suggests thirst makes people buy more of everything.",
        6: "The mayor says the harbour is a gift to the town.",
    }
    assert timeless_lines(texts, list(texts), models.parse, development) == {0, 1}


def test_the_lede_pool_puts_a_timeless_line_after_one_that_tells_something_happening() -> None:
    from newsfuse.summarize.select import lede_first

    story = _story(3, 2)
    story.articles = [SimpleNamespace(id="S1", published=None), SimpleNamespace(id="S2", published=None)]
    story.dates = []
    units = SimpleNamespace(
        units=[SimpleNamespace(members=[i]) for i in range(5)],
        unit_of={i: i for i in range(5)},
        sources_for=lambda i, _story: [story.sentences[i].article_id],
    )
    texts = [
        "Thirst drives people to drink water, for which finding a tap is a prerequisite.",
        "Children with the condition tend to be social and friendly.",
        "The mayor says the harbour is a gift to the town.",
        "Thirsty shoppers spent 40 per cent more on drinks in the Brindle test.",
        "The council met in the old hall.",
    ]
    for s, t in zip(story.sentences, texts, strict=True):
        s.text, s.key = t, (s.article_id, s.index)
    values = np.array([1.0, 0.9, 0.8, 0.95, 0.5])
    order = [0, 3, 1, 2, 4]
    assert lede_first(story, units, order, {}, values)[0] == 0  # type: ignore[arg-type]
    assert lede_first(story, units, order, {}, values, {0})[0] == 3  # type: ignore[arg-type]
