"""Dates and time frames: which date of a sentence is its event's date (summarize/timeline.py), and a
title without a leading "On Thursday," (summarize/title.py)."""

from __future__ import annotations

import pytest

from newsfuse.summarize.timeline import background_date
from newsfuse.summarize.title import headline_like


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The harbour board said it wants records dating to September 2013, when the pier opened.", "September 2013"),
        ("The ferry line has been under sanctions since July 2014.", "July 2014"),
        ("She cited Ada Brant, who was jailed in December 1955 for refusing to move.", "December 1955"),
        ("The mayor recalled the flood, when the river rose on March 3, 2019.", "March 3, 2019"),
        ("Talks may run until May 30.", "May 30"),
        (
            "“Also, if you were parked at the Keld pier on May 3, 2019, we would like to talk to you,” police said.",
            "May 3, 2019",
        ),
        ("Police asked anyone who saw the van near the pier on May 3 to call them.", "May 3"),
        ("Before the storm on May 3, 2019, the pier was a quiet place.", "May 3, 2019"),
        ("The pier remains as busy today as it was in the days of sail.", "today"),
        ("The drill follows the Keld Treaty, signed Oct. 1, 1953.", "Oct. 1, 1953"),
    ],
)
def test_a_date_of_another_clause_is_background(sentence: str, mention: str) -> None:
    assert background_date(sentence, mention)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("On March 3, 2019, the river rose above the old pier.", "March 3, 2019"),
        ("The council voted on June 18, 2014, to close the pier.", "June 18, 2014"),
        ("Ministers, who met in Keld, signed the pact on May 2.", "May 2"),
        ("The pier closed today as the storm reached the coast.", "today"),
        ("The pier closed on May 2 before the storm.", "May 2"),
    ],
)
def test_the_date_of_the_news_is_kept(sentence: str, mention: str) -> None:
    assert not background_date(sentence, mention)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Earlier on Thursday, the harbour board tried to explain its vote on the pier.",
            "The harbour board tried to explain its vote on the pier.",
        ),
        (
            "On Monday night, Keld dock workers ended their nine-day strike.",
            "Keld dock workers ended their nine-day strike.",
        ),
        ("Dock workers in Keld ended their strike on Monday.", "Dock workers in Keld ended their strike on Monday."),
    ],
)
def test_a_title_drops_a_leading_time_frame(sentence: str, title: str) -> None:
    assert headline_like(sentence) == title


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        # editor read, stop 32 (row 191): a date naming an earlier event by its noun is not the news's date
        ("Parents of the children killed in the December 2012 shooting have opened estates.", "December 2012"),
        ("Families of victims of the Dec. 14, 2012, attack on the pier have notified the courts.", "Dec. 14, 2012"),
    ],
)
def test_a_date_naming_an_earlier_event_is_background(sentence: str, mention: str) -> None:
    assert background_date(sentence, mention)


def test_a_dated_subject_keeps_its_date() -> None:
    assert not background_date("The May 2 vote closed the pier for a year.", "May 2")
    assert not background_date("The ferry sank on the night of May 2, police said.", "May 2")
