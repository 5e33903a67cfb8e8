"""Stop 57, h-sum57 (issue 14): a fact two outlets open their articles with leads over one outlet's dated body
sentence, and the ledes57 check reads a lede as an editor would. Invented text; the first fails on main 66e5725 (the
dated body sentence led), the second needs ``bench/ledes57.py``, which main does not have."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

import numpy as np


def _lede(
    rows: list[tuple[str, int, int]], units: list[list[int]], order: list[int], dated: int, scores: Sequence[float] = ()
) -> int:
    """``lede_first``'s lede of sentences (text, article, index in the article) grouped in ``units``, ranked in
    ``order`` (values falling by 0.05 a place, or ``scores``); ``dated``: the sentence that names a day."""
    from newsfuse.summarize.select import lede_first

    sentences = [SimpleNamespace(article_id=f"S{a}", index=i, text=t, key=(f"S{a}", i)) for t, a, i in rows]
    unit_of = {m: u for u, members in enumerate(units) for m in members}
    story = SimpleNamespace(
        sentences=sentences,
        articles=[SimpleNamespace(id=a, published=None) for a in sorted({s.article_id for s in sentences})],
        dates=[SimpleNamespace(article_id=sentences[dated].article_id, sentence_index=sentences[dated].index,
                               granularity="day", value=None)],
    )  # fmt: skip
    unit_map = SimpleNamespace(
        units=[SimpleNamespace(members=members) for members in units],
        unit_of=unit_of,
        sources_for=lambda i, _story: sorted({sentences[m].article_id for m in units[unit_of[i]]}),
    )
    values = np.array(scores, dtype=float) if len(scores) else np.zeros(len(rows))
    for place, i in enumerate(order if not len(scores) else []):
        values[i] = 1.0 - 0.05 * place
    return lede_first(story, unit_map, order, {}, values)[0]  # type: ignore[arg-type]


_ROWS = [
    ("Jane Roe, 28, was charged Wednesday with luring a child, a police report shows.", 1, 1),
    ("Police say a Lakeside teacher who left her post this month was obsessed with one of her pupils.", 1, 0),
    ("A Lakeside teacher was obsessed with a pupil of hers, police say.", 2, 0),
]


def test_a_fact_two_outlets_open_with_leads_over_one_outlets_dated_body_sentence() -> None:
    """Multi-News row 4: "Geraldine Alcorn, 28, was charged Wednesday with …", one outlet's second sentence, led over
    the teacher and her 11-year-old student, which all three outlets open with and the human summary opens with."""
    assert _lede(_ROWS, [[0], [1, 2]], order=[0, 1], dated=0) == 1
    # one outlet's opening joined to another's body sentence is no shared opening: the dated sentence leads, as before
    body = [*_ROWS[:2], (_ROWS[2][0], 2, 7)]
    assert _lede(body, [[0], [1, 2]], order=[0, 1], dated=0) == 0


def test_the_ledes57_check_reads_a_lede_as_an_editor_would() -> None:
    from bench.ledes57 import LedeLabel, states

    label = LedeLabel(
        row=0,
        split="tune",
        development="the Lakeside mayor resigned",
        ways=((("mayor", "smith"), ("resign", "quit", "stepp(ed|ing) down")),),
        rejects=(r"^here we",),
    )
    assert states(label, "Lakeside Mayor Ann Smith resigned on Monday after a week of protests.")
    # a quotation opens no story (stop 58 made the check stricter: tests/test_ledes58.py)
    assert not states(label, "“Enough,” said Ann Smith, who quit as mayor on Monday.")
    assert not states(label, "The mayor's office is on the second floor of the town hall.")  # background
    assert not states(label, "She resigned on Monday, the mayor's office said.")  # leans on a sentence before
    assert not states(label, "But the mayor resigned on Monday.")
    assert not states(label, "Here we show that the mayor resigned.")
    assert not states(label, "The remayoral candidate resigned.")  # a regex is found only at a word's start
