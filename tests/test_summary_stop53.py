"""A summary sentence the parser reads as a fragment (summarize/fragments.py): no verb at its root and no finite verb
or modal anywhere. Another wording of its unit stands in, else it is passed over (``select.without_fragments``)."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.summarize.fragments import verbless
from newsfuse.summarize.select import Ranked, without_fragments


@pytest.mark.parametrize(
    "text",
    [
        "Crawls of supported archive sites from the spring of 2011.",
        "Too many reports of owners having trouble with the new ovens.",
        "With: Ansel Nordby, Ilse Varga, Dana Whitfield, Mara Kolar.",
    ],
)
def test_a_line_without_a_verb_is_a_fragment(models, text: str) -> None:
    assert verbless(models.parse([text])) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield underwent surgery the next day at the county hospital.",
        "The council approved the plan for the river park on Monday.",
        "She is a nurse at the county hospital.",
        "Residents could see the smoke from the bridge.",
        # a noun head with a verb in a clause it governs: a misparse of a sentence as often as a fragment
        "The bakery money that was going to pay for the new ovens.",
        "Ovens.",
    ],
)
def test_a_sentence_is_no_fragment(models, text: str) -> None:
    assert verbless(models.parse([text])) == [False]


def _ranked(texts: dict[int, str], order: list[int], alternatives: dict[int, list[int]]) -> Ranked:
    return Ranked(order=order, scores=np.zeros(len(texts)), texts=texts, alternatives=alternatives)


def test_a_fragment_gives_way_to_another_wording_or_is_passed_over(models) -> None:
    texts = {
        0: "The council approved the plan for the river park on Monday.",
        1: "Crawls of supported archive sites from the spring of 2011.",
        2: "Too many reports of owners having trouble with the new ovens.",
        3: "Owners reported trouble with the new ovens at the bakery.",
        4: "Dana Whitfield said the ovens would be replaced by the summer.",
    }
    ranked = _ranked(texts, [0, 1, 2, 4], {0: [], 1: [], 2: [3], 4: []})
    assert without_fragments(ranked, models.parse) == [0, 3, 4]
    assert ranked.alternatives[3] == []
