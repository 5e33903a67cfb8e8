"""Stop 60, h-sum60 (issue 14): how the summary spends its words. Colour (a sentence mostly quoted, or one outlet's
detail that no fact node of several outlets holds) takes at most a share of the budget while a fact several outlets
report waits further down. Invented text; fails on main bbf8adf7, which has no ``summarize/budget.py`` and no
``SummaryOptions.colour_share``."""

from __future__ import annotations

import pytest

from newsfuse.errors import OptionsError
from newsfuse.options import Options
from newsfuse.summarize.budget import colour_kind, multi_before_colour, quoted_share

_TEXTS = {
    0: "The city council approved the new stadium on Monday by a vote of seven to two.",
    1: "“This is the best day this town has had in fifty years, and we will build it fast,” said Mayor Ann Smith.",
    2: "The old stadium, a brick building from 1931, once held a circus and a papal visit.",
    3: "“I never thought I would see it,” said one fan who waited outside the hall for six hours.",
    4: "Construction is to begin in March and cost 400 million dollars, the council said.",
    5: "The team's owner pledged to pay half of the cost.",
}
# sentence -> the multi-outlet fact nodes it tells: 0, 4 and 5 are facts several outlets report
_MULTI = {0: {10}, 4: {11}, 5: {12}}
_COLOUR = {1, 2, 3}


def test_colour_is_a_quotation_or_one_outlets_detail(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfuse.summarize.budget as budget

    assert colour_kind(_TEXTS[2], backers=1, multi_nodes=0) is None  # by default only quotations are colour
    monkeypatch.setattr(budget, "COLOUR_KINDS", ("quote", "single"))
    assert quoted_share(_TEXTS[1]) > 0.5
    assert colour_kind(_TEXTS[1], backers=3, multi_nodes=1) == "quote"
    assert colour_kind(_TEXTS[2], backers=1, multi_nodes=0) == "single"
    # a fact two outlets back, or one in a fact node of several outlets, is no colour
    assert colour_kind(_TEXTS[2], backers=2, multi_nodes=0) is None
    assert colour_kind(_TEXTS[4], backers=1, multi_nodes=1) is None


def test_colour_past_its_share_goes_after_the_facts_still_waiting() -> None:
    order = [0, 1, 2, 3, 4, 5]
    # 60 words, colour at most 0.4 of them (24): the quotation (21 words) keeps its place, the rest wait
    assert multi_before_colour(order, _TEXTS, _COLOUR, _MULTI, budget=60, share=0.4) == [0, 1, 4, 5, 2, 3]
    # no cap: the ranked order
    assert multi_before_colour(order, _TEXTS, _COLOUR, _MULTI, budget=60, share=1.0) == order


def test_the_lede_and_a_continuation_keep_their_places_and_nothing_moves_when_no_fact_waits() -> None:
    assert multi_before_colour([1, 2, 0, 4], _TEXTS, _COLOUR, _MULTI, budget=40, share=0.0) == [1, 0, 4, 2]
    assert multi_before_colour([0, 2, 4], _TEXTS, _COLOUR, _MULTI, budget=40, share=0.0, fixed={2}) == [0, 2, 4]
    # the facts come first already: colour after them stays where it is
    assert multi_before_colour([0, 4, 5, 1, 3], _TEXTS, _COLOUR, _MULTI, budget=40, share=0.0) == [0, 4, 5, 1, 3]


def test_the_share_is_an_option_in_the_unit_interval() -> None:
    assert Options().summary.colour_share == pytest.approx(Options().with_(colour_share=0.3).summary.colour_share + 0.7)
    with pytest.raises(OptionsError):
        Options().with_(colour_share=1.5)


def _lede(rows: list[tuple[str, int, int]], scores: list[float]) -> int:
    """``lede_first``'s lede of one-sentence units (text, article, index in the article) ranked by ``scores``."""
    from types import SimpleNamespace

    import numpy as np

    from newsfuse.summarize.select import lede_first

    sentences = [SimpleNamespace(article_id=f"S{a}", index=i, text=t, key=(f"S{a}", i)) for t, a, i in rows]
    story = SimpleNamespace(
        sentences=sentences,
        articles=[SimpleNamespace(id=a, published=None) for a in sorted({s.article_id for s in sentences})],
        dates=[],
    )
    unit_map = SimpleNamespace(
        units=[SimpleNamespace(members=[i]) for i in range(len(rows))],
        unit_of={i: i for i in range(len(rows))},
        sources_for=lambda i, _story: [sentences[i].article_id],
    )
    order = sorted(range(len(rows)), key=lambda i: -scores[i])
    return lede_first(story, unit_map, order, {}, np.array(scores))[0]  # type: ignore[arg-type]


def test_an_outlets_lede_ranked_below_the_openers_pool_leads_when_no_candidate_is_any_outlets_lede() -> None:
    """Editor read #33, Multi-News row 97: the review's finding, its one article's first sentence, ranked 16th at 0.68
    of the best behind quotations and body sentences, and a side finding (the eighth sentence) led the brief."""
    body = [(f"The panel also noted that factor number {k} matters less than others.", 1, 20 + k) for k in range(15)]
    rows = [
        ("Just one glass of wine a day raises the risk of breast cancer, a review of studies found.", 1, 0),
        ("For the first time, researchers concluded that running reduces the risk.", 1, 7),
        *body,
    ]
    scores = [0.68, 0.84] + [0.95 - 0.01 * k for k in range(15)]
    assert _lede(rows, scores) == 0
    # when a candidate of the pool is an outlet's lede, a deep one does not join: the pool's own lede leads
    rows_with_lede = [*rows[:2], ("The city council approved a budget on Monday.", 2, 0), *body[1:]]
    assert _lede(rows_with_lede, scores) == 2


def test_a_page_thanking_its_reader_is_no_summary_sentence() -> None:
    """Editor read #33, Multi-News row 91: a petition page's thanks led and titled the brief."""
    from newsfuse.summarize.status import appeal

    assert appeal("Thank you for supporting the campaign to make Midsummer a national holiday.")
    assert appeal("Thank you for your support of our station.")
    # someone's thanks, quoted or reported, is news the summary may tell
    assert not appeal("“Thank you for supporting us,” the coach said after the final.")
    assert not appeal("The mayor said thank you for supporting the bond to the volunteers.")
