"""Stop 44 (issue 12 item 4, branch h-conf44): disagreements an editor found and the brief missed, on invented text.

- one count told in other words: what the parse says the figure counts (``align/counted.py``: the counted noun's
  phrase, its verb and that verb's subject) may meet where the words right around the figures do not, and nouns of
  one kind share a slot ("bills" / "measures", "steps" / "actions");
- a hedge on a small count that is no round figure is the count it names ("some 16" against "15");
- "two dozen" is 24;
- one act told in one source's words right before two days is one event, however the rest of the sentences differs.
Each test of a new rule fails on main a946344; the guards (no conflict) pass on both.
"""

from __future__ import annotations

import pytest

from newsfuse.align.conflicts import hedged_count
from newsfuse.align.disagreements import told_alike
from newsfuse.align.numbers import find_quantities
from newsfuse.options import Options
from newsfuse.records import RawDocument


def _brief(models, texts: list[tuple[str | None, str]]):
    from newsfuse.pipeline import brief_from_documents

    documents = [
        RawDocument(path=f"{k}.txt", text=text, published=published) for k, (published, text) in enumerate(texts)
    ]
    return brief_from_documents(documents, Options(), models)


def _values(brief) -> list[list[str]]:
    return [sorted(c.value for c in conflict.claims) for conflict in brief.conflicts]


def test_one_count_in_other_words_is_a_conflict(models):
    """Editor read of stop 43 (BASIL 2011): "some 16 House-passed measures" against "15 bills", both the bills the
    Senate ignores; no word within four of either figure is shared, the nouns differ and "some 16" read as 14 to 17."""
    brief = _brief(
        models,
        [
            (
                "2021-05-04",
                "In response to the mayor, Harbour Party members said the Labour-run council should take up some 16 "
                "assembly-passed measures on housing.",
            ),
            (
                "2021-05-04",
                "They say they have brought up 15 bills that they contend would help build homes but have been ignored "
                "by the Labour-run council.",
            ),
        ],
    )
    assert _values(brief) == [["15", "some 16"]]
    assert brief.conflicts[0].topic == "number of bills"


def test_one_count_of_steps_and_actions_is_a_conflict(models):
    """Gold tune BASIL 2013: "19 separate actions the mayor could take" against "23 executive actions that will be
    taken immediately"; the nouns are the same and the words around the figures are not: the parse's description (the
    relative clause's "take") meets."""
    brief = _brief(
        models,
        [
            (
                "2021-05-02",
                "Mayor Ilse Varga will lay out 19 separate actions she could take by invoking the power of her office, "
                "council members said.",
            ),
            (
                "2021-05-04",
                "Because these plans need council approval, Mayor Varga is backing her proposal with 23 executive "
                "actions that will be taken at once.",
            ),
        ],
    )
    assert _values(brief) == [["19", "23"]]


@pytest.mark.parametrize(
    "pair",
    [
        # two counts of one sentence: never a rival figure for each other
        (
            "The council passed 15 bills and rejected 16 measures on Tuesday, the clerk said.",
            "The council passed 15 bills on Tuesday and sent the rest back, the clerk said.",
        ),
        # a part against its whole: 10 of the 33 members
        (
            "All 33 members of the assembly voted for the rent bill on Tuesday.",
            "Ten of them gathered outside the assembly after they voted for the rent bill on Tuesday.",
        ),
        # a unit conversion given in one sentence
        (
            "The new pipeline will run 30 km (19 miles) along the shore of the lake.",
            "The new pipeline will run 19 miles along the shore of the lake, officials said.",
        ),
        # two different things counted with one verb: bills the council took up, staff the mayor took on
        (
            "The council took up 16 bills on housing at its first meeting.",
            "The mayor took on 15 new staff members at her first meeting.",
        ),
        # a round hedge is still ten percent either side: "about 15" holds 16
        (
            "Harbour Party members said the council should take up about 15 measures passed by the assembly.",
            "Harbour Party members have brought up 16 bills that the council has ignored.",
        ),
        # "nearly two dozen" holds 23 (two dozen is 24)
        (
            "The mayor signed nearly two-dozen executive actions after her speech on Wednesday.",
            "The mayor's plan includes 23 executive actions she signed after her speech on Wednesday.",
        ),
    ],
    ids=["one-sentence", "part-whole", "conversion", "other-things", "round-hedge", "two-dozen"],
)
def test_counts_of_one_sentence_parts_conversions_and_other_things_are_no_conflict(models, pair):
    brief = _brief(models, [("2021-05-04", pair[0]), ("2021-05-04", pair[1])])
    assert brief.conflicts == []


def test_a_hedge_on_a_small_count_is_the_count_it_names():
    read = {q.text: hedged_count(q) for q in find_quantities("some 16 bills, about 15 bills, around 13 ships")}
    assert (read["some 16"].low, read["some 16"].high, read["some 16"].exact) == (16.0, 16.0, True)
    assert (read["around 13"].low, read["around 13"].high) == (13.0, 13.0)
    assert not read["about 15"].exact  # a round figure stays a round figure
    big = hedged_count(find_quantities("some 160 bills")[0])
    assert not big.exact and big.low < 160 < big.high


def test_two_dozen_is_twenty_four():
    (q,) = find_quantities("signed nearly two-dozen executive actions")
    assert (q.low, q.high, q.noun) == (21.6, 24.0, "action")
    (r,) = find_quantities("two dozen people")
    assert r.low < 24 < r.high and not r.exact


def test_one_act_told_in_one_sources_words_dates_one_event(models):
    """Gold tune Multi-News 141: "struck the child in the face with the back of her hand Saturday night" against
    "hitting him in the face with the back of her hand early Sunday morning" (cosine 0.48, under the 0.6 of one event):
    the run of words right before the two days is one source's account of one act."""
    brief = _brief(
        models,
        [
            (
                None,
                "Mara Lind told police she struck the boy in the face with the back of her hand Saturday night, "
                "causing his head to hit a wall in her flat.",
            ),
            (
                None,
                "In the affidavit, officers said Ms. Lind admitted growing angry with her son after he broke a vase "
                "and hitting him in the face with the back of her hand early Sunday morning.",
            ),
        ],
    )
    assert [c.topic.split(":")[0] for c in brief.conflicts] == ["day"]
    assert sorted(c.value for c in brief.conflicts[0].claims) == ["Saturday night", "early Sunday morning"]


def test_a_shared_run_away_from_the_days_is_no_sign_of_one_event():
    """The run must be what the day dates: "apologized for a post that mocked the mayor's daughters" shared by an
    apology on Friday and a resignation on Monday is no one act (stop 29's false pair)."""
    assert told_alike(
        "struck the boy in the face with the back of her hand", "hitting him in the face with the back of her hand"
    )
    assert not told_alike("according to the police report on the case", "said, according to the police report on")
    assert not told_alike("A Harbour Party staffer", "A young Harbour Party aide resigned")
