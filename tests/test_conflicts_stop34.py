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
