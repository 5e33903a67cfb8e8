"""Stop 51 (issue 12): an outlet whose cited passage does not tell a summary sentence is read again for another of
its sentences that tells the same event (align/shown_citations.py ``repicked``, ``tells_event``), and dropped only
when none does. Invented sentences of one invented story, read by the product's own parser."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from newsfuse.records import SummaryItem

IDF = {"whitlow": 0.1, "rally": 0.4, "volunteer": 0.6, "okonjo": 0.1, "apology": 1.5, "shoving": 1.5}

APOLOGY = "Senator Dana Whitlow issued an apology on Monday for shoving a volunteer at the harbour rally."
APOLOGISED = "Ms. Whitlow has apologized for her behaviour at the rally in a statement released by her office."
SHOVE_TOLD = "Whitlow, a first-term senator, is seen on a phone video pushing a volunteer who asked about the budget."


@pytest.fixture(scope="module")
def parse(fast_models: Any) -> Any:
    return fast_models.parse


def event_told(shown: str, cited: str, parse: Any) -> bool:
    from newsfuse.align.shown_citations import tells_event

    a, b = parse([shown, cited])
    return bool(tells_event(a, b))


def test_an_act_a_light_verb_makes_is_told_by_its_verb(parse: Any) -> None:
    """ "issued an apology" and "has apologized", by the same senator: one event in two wordings."""
    assert event_told(APOLOGY, APOLOGISED, parse)


def test_an_act_told_as_not_done_is_another_event(parse: Any) -> None:
    assert not event_told(APOLOGY, "Whitlow told reporters she has not apologized to the volunteer himself.", parse)


def test_the_act_done_by_someone_else_is_another_event(parse: Any) -> None:
    """The act's stem and the actor's name are both in the cited sentence, but another person does it there."""
    assert not event_told(
        "Ms. Whitlow can be seen on the video repeatedly asking the volunteer to give his name.",
        "When the volunteer asks Whitlow to let go of his arm, the senator pushes him away.",
        parse,
    )


def test_the_act_done_to_something_else_is_another_event(parse: Any) -> None:
    """ "running for governor" is not told by running a campaign that sells a personality."""
    assert not event_told(
        "Harbour Mayor Tomas Okonjo announced he is running for governor next year.",
        "More than any rival, Mr. Okonjo is poised to run a campaign that sells his temper.",
        parse,
    )


def test_an_act_a_wish_carries_is_told_by_that_act(parse: Any) -> None:
    """ "wanted that line removed": the act is the removal, by the one who wanted it."""
    assert event_told(
        "Officials said Okonjo also wanted that paragraph removed from the draft.",
        "Mr. Okonjo later removed the entire paragraph from the draft.",
        parse,
    )


def _vectors(texts: list[str]) -> dict[str, np.ndarray]:
    """Hand-set sentence vectors: the first text's own, then each other at a cosine of 0.6 to it (below the check's
    paraphrase cosine), the later ones a little further."""
    vectors = {texts[0]: np.array([1.0, 0.0, 0.0])}
    for k, t in enumerate(texts[1:]):
        cos = 0.6 - 0.05 * k
        vectors[t] = np.array([cos, (1 - cos**2) ** 0.5 * (k % 2), (1 - cos**2) ** 0.5 * (1 - k % 2)])
    return vectors


def test_a_failed_passage_is_repicked_from_the_same_outlet(parse: Any) -> None:
    """The aligner cited S2's sentence on the video for the apology; S2 tells the apology in another sentence:
    S2 stays cited, with that sentence as its passage."""
    from newsfuse.align.shown_citations import held_summary

    item = SummaryItem(text=APOLOGY, sources=["S1", "S2"], passages={"S1": APOLOGY, "S2": SHOVE_TOLD})
    outlets = {"S2": [SHOVE_TOLD, "The budget vote is set for June.", APOLOGISED]}
    (out,) = held_summary([item], parse, IDF, _vectors([APOLOGY, SHOVE_TOLD, APOLOGISED]), outlets)
    assert out.sources == ["S1", "S2"]
    assert out.passages["S2"] == APOLOGISED


def test_an_outlet_with_no_sentence_telling_it_is_dropped(parse: Any) -> None:
    from newsfuse.align.shown_citations import held_summary

    item = SummaryItem(text=APOLOGY, sources=["S1", "S2"], passages={"S1": APOLOGY, "S2": SHOVE_TOLD})
    outlets = {"S2": [SHOVE_TOLD, "The budget vote is set for June."]}
    (out,) = held_summary([item], parse, IDF, _vectors([APOLOGY, SHOVE_TOLD]), outlets)
    assert out.sources == ["S1"]
    assert "S2" not in out.passages


def test_repicked_passages_are_labelled_without_text() -> None:
    """bench/gold/citations_repicked.jsonl: the passages a re-pick chose, read by hand, for stories of the labelled
    citations and in their split."""
    from bench.citations import REPICKED_FILE, load

    first = {c.story: c.split for c in load()}
    repicked = load(REPICKED_FILE)
    assert len(repicked) >= 10
    assert all(first[c.story] == c.split and c.shown == "summary" for c in repicked)
