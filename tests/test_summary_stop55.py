"""Stop 55, h-sum55 (issue 14): a lede candidate told as a present state goes after one that tells an event, and one
every outlet tells only deep in its article goes after the others before the day it names is asked. Invented text;
fails on main f25a297 (no ``present_states`` in summarize/timeless.py, no ``states`` in ``lede_first``, and the
dated deep sentence led)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np


def test_a_line_told_as_a_present_state_is_no_event(models) -> None:  # type: ignore[no-untyped-def]
    """ "The Community of Christ … is based in Independence and has about 250,000 members." led Multi-News row 106,
    whose news was the delegates' vote; "Today, nearly all ethanol fuel is made from corn …" led row 56."""
    from newsfuse.summarize.timeless import present_states

    texts = {
        0: "The Brindle Guild, formerly known as the Quay Order, is based in Lakeside and has about 9,000 members.",
        1: "Today, nearly all the town's bread is made from imported wheat, which needs long voyages.",
        2: "The ferry is now in service on the north and south routes.",
        3: "Guild delegates met in Lakeside over the weekend and have recommended opening the quay.",
        4: "The council voted 7-2 to build a new harbour.",
        5: "A new study suggests thirst makes people buy more of everything.",
        6: "Camera footage appears to show the ferry leaving before the storm.",
        7: "The mayor is to appear in a Lakeside court on Tuesday.",
        8: "The guild is losing members, its chairman says.",
        9: "The harbour will open in May.",
        10: "The town's bakers are the best in the region, according to a survey.",
    }
    assert present_states(texts, list(texts), models.parse) == {0, 1, 2}


def _lede(
    rows: list[tuple[str, int, int]],
    values: list[float],
    states: frozenset[int] = frozenset(),
    dated: int | None = None,
) -> int:
    """``lede_first``'s lede of candidates (text, article, index in the article), ranked in the order given; ``dated``:
    the candidate that names a day."""
    from newsfuse.summarize.select import lede_first

    sentences = [SimpleNamespace(article_id=f"S{a}", index=i, text=t, key=(f"S{a}", i)) for t, a, i in rows]
    ids = sorted({s.article_id for s in sentences})
    story = SimpleNamespace(
        sentences=sentences,
        articles=[SimpleNamespace(id=a, published=None) for a in ids],
        dates=[]
        if dated is None
        else [SimpleNamespace(article_id=sentences[dated].article_id, sentence_index=sentences[dated].index,
                              granularity="day", value=None)],
    )  # fmt: skip
    units = SimpleNamespace(
        units=[SimpleNamespace(members=[i]) for i in range(len(rows))],
        unit_of={i: i for i in range(len(rows))},
        sources_for=lambda i, _story: [sentences[i].article_id],
    )
    order = list(range(len(rows)))
    return lede_first(story, units, order, {}, np.array(values), frozenset(), states)[0]  # type: ignore[arg-type]


def test_the_lede_pool_puts_a_present_state_after_an_event() -> None:
    rows = [
        ("The Brindle Guild is based in Lakeside and has about 9,000 members.", 1, 3),
        ("Guild delegates met in Lakeside over the weekend and have recommended opening the quay.", 2, 1),
        ("The quay was closed in the storm of the year before.", 1, 4),
    ]
    assert _lede(rows, [1.0, 0.9, 0.5]) == 0
    assert _lede(rows, [1.0, 0.9, 0.5], states=frozenset({0})) == 1


def test_a_dated_sentence_told_only_deep_in_its_article_does_not_lead() -> None:
    """ "On Saturday, three suicide bombings in Damascus killed 27 people.", the 26th sentence of its article, led
    Multi-News row 76, the brief of Monday's fighting that the articles open with."""
    rows = [
        ("Guards fought gunmen for three hours in the harbour district of Lakeside, residents said.", 1, 2),
        ("At least 18 guards were wounded, the town's hospital said.", 2, 3),
        ("On Saturday, two fires in Lakeside destroyed 27 boats.", 1, 25),
    ]
    assert _lede(rows, [1.0, 0.95, 0.9], dated=2) == 0
    # the same sentence told near its article's top leads, as a dated event did before
    assert _lede([*rows[:2], (rows[2][0], 1, 3)], [1.0, 0.95, 0.9], dated=2) == 2


def test_a_pool_of_descriptions_takes_the_best_development_ranked_next() -> None:
    """ "The Good Country Index doesn't measure what countries do at home." was Multi-News row 0's only lede candidate;
    "The latest edition of the Good Country Index has crowned Sweden …" ranked next at 0.6 of its score."""
    rows = [
        ("The Brindle Index doesn't measure what towns do at home.", 1, 0),
        ("The latest edition of the Brindle Index has crowned Lakeside as the region's best town.", 2, 6),
        ("The index uses 35 categories.", 2, 9),
    ]
    assert _lede(rows, [1.0, 0.6, 0.55], states=frozenset({0})) == 1
    assert _lede(rows, [1.0, 0.4, 0.35], states=frozenset({0})) == 0  # below the openers' share of the best
    assert _lede(rows, [1.0, 0.6, 0.55]) == 0  # a pool holding an event is not widened
