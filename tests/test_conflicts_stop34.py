"""Stop 34 (issue 12): a share move of one session reported with two values is a conflict; backing that shares the
topic but not the fact. Invented stories, run through the real pipeline (docs/synthesis.md, "Stop 34 — conflicts")."""

from __future__ import annotations

import pytest

from newsfuse.options import Options
from newsfuse.records import RawDocument


def _brief(models, texts: list[str]):
    from newsfuse.pipeline import brief_from_documents

    documents = [RawDocument(path=f"{k}.txt", text=text) for k, text in enumerate(texts)]
    return brief_from_documents(documents, Options(), models)


_LEAD = "Harrowgate Kettle Co. on Tuesday lowered its forecast after sales of its new toaster line fell short.\n\n"
_OTHER = (
    "The Harrowgate toaster line, launched in March, drew complaints from buyers about its price and its size.\n\n"
    "Analysts had warned for months that the new toasters would not sell as well as the old ones.\n\n"
)


def _share_topics(brief) -> list[list[str]]:
    return [[c.value for c in conflict.claims] for conflict in brief.conflicts if "share" in conflict.topic]


def test_a_share_move_of_one_session_given_with_values_apart_is_a_conflict(models):
    """ "fell less than 1%" is a bound; 10 lies outside it: one session's move of one company's shares, two values."""
    brief = _brief(
        models,
        [
            _LEAD + "Shares fell less than 1% in late after-hours trading.\n\nThe company said demand would recover.",
            _OTHER + "Its stock price fell 10 percent in after hours trading, a sharp drop for the toaster maker.",
        ],
    )
    assert _share_topics(brief) == [["less than 1%", "10 percent"]]
    assert brief.conflicts[0].topic == "move of the share price"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # within the bound: no disagreement
        ("Shares fell less than 1% in after-hours trading.", "Its stock price fell 0.8 percent in after hours trade."),
        # after hours against the close: two sessions, two figures
        ("Shares fell 10% in after-hours trading.", "Its shares closed down 2 percent on the day."),
        # a span longer than a session, each outlet its own
        ("Shares fell 10% in after-hours trading.", "Its stock has fallen 30 percent this year."),
        # a fall and a rise are two moves
        ("Shares fell 4% in after-hours trading.", "Its shares rose 6 percent in after-hours trading."),
        # the market, not the company's shares
        ("Shares fell 4% in after-hours trading.", "Stocks fell 1 percent in after-hours trading across the board."),
        # a bound of the day's swing, not the move
        ("Shares fell 3% in after-hours trading.", "Its shares fell as much as 9 percent in after-hours trading."),
        # two moves in one sentence: never two figures of one sentence against a third
        (
            "Shares fell 12% in after-hours trading before recovering to trade down 3%.",
            "Its stock price fell 10 percent in after-hours trading.",
        ),
    ],
)
def test_share_moves_of_other_sessions_spans_directions_or_bounds_are_no_conflict(models, first, second):
    brief = _brief(models, [_LEAD + first, _OTHER + second])
    assert _share_topics(brief) == []


# ---------------------------------------------------------------- backing that shares only the names


def _facts(models, texts: list[str]) -> dict[str, list[str]]:
    brief = _brief(models, texts)
    return {f.text: list(f.sources) for f in brief.facts}


def _names_only(shown: str, cited: str, names: list[str], acts: tuple[set[str], set[str]]) -> bool:
    from newsfuse.align import citation_check, story_pairs

    words = (story_pairs.content_words(shown), story_pairs.content_words(cited))
    name_words = frozenset(w for n in names for w in story_pairs.content_words(n))
    return citation_check.names_only((frozenset(acts[0]), frozenset(acts[1])), words, name_words, shown)


def test_a_sentence_without_an_act_is_not_backed_by_one_that_shares_only_its_names():
    """ "In short, <product> 2.0 isn't the iPhone." was cited to an outlet telling when the product came out
    (Multi-News validation row 61, stop 34): the two share the product's name and nothing it says of it."""
    shown = "In short, the Brindle 3.0 isn't the Walkman."
    cited = "In May 2014, when Harrowgate launched its Brindle 3.0 line, it stopped selling the old crumb trays."
    names = ["Brindle 3.0", "Walkman", "Harrowgate"]
    assert _names_only(shown, cited, names, (set(), {"launch", "stop", "sell"}))
    # a shown sentence of names alone says nothing more to miss; one word of its own shared backs it
    assert not _names_only("This is Brindle 3.0.", "This is Brindle 3.0.", names, (set(), set()))
    assert not _names_only(shown, "Brindle 3.0 isn't a hit, in short.", names, (set(), set()))
    # one that gives every name the shown sentence puts together tells what it says of them (row 176)
    quoted = "“I am in Norvik and not in Tessel."
    told = "The leader appeared on television to say he was in the capital Norvik and to deny he had fled to Tessel."
    assert not _names_only(quoted, told, ["Norvik", "Tessel"], (set(), {"appear", "say", "deny", "flee"}))


def test_the_writers_first_person_is_not_backed_by_a_sentence_sharing_only_the_company_name():
    """A column's "The problem was exactly what I was concerned about in my previous <company> article, ...,
    following the Q4 results." was cited to an outlet telling that the company cut its guidance as earnings fell 4%
    (row 61): the "4" of "Q4" is a name's (the parse's mention), and the column's acts are not told."""
    shown = (
        "The trouble was just what I was worried about in my last Harrowgate Kettle column, following the Q3 results."
    )
    cited = "Harrowgate Kettle Co. on Tuesday lowered its outlook as profit fell 3% on weak demand."
    names = ["Harrowgate Kettle", "Q3", "Harrowgate Kettle Co."]
    acts = ({"worri", "worry", "follow"}, {"lower", "fell", "fall"})
    assert _names_only(shown, cited, names, acts)
    # the same words in a quotation, or told by the outlet itself, are no writer's first person
    assert not _names_only(shown.replace("I was", "analysts were").replace("my", "their"), cited, names, acts)
    assert not _names_only(f"“{shown}” he wrote.", cited, names, acts)


def test_names_with_an_act_told_in_other_words_still_back(models):
    """Guard: outlets retell one act with other verbs and share only the names ("<country> has objected vehemently
    to the bill" / "the bill, which <country> has fiercely opposed": gold tune cites it)."""
    facts = _facts(
        models,
        [
            "Norland has objected vehemently to the Tessel fishing bill.\n\nThe vote is due next week.",
            "The Tessel fishing bill, which Norland has fiercely opposed, now goes to the Senate.\n\n"
            "Lobbyists were hired to fight it.",
        ],
    )
    shown = next(t for t in facts if "Norland" in t)
    assert facts[shown] == ["S1", "S2"]
