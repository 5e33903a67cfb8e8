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
        ("“You don't need to be at the pier every Sunday to love it,” the ad says.", "Sunday"),
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


def _dated_sources(fast_models, cited: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sources of the event "On March 5, the council emailed ..." (a dated article) when its unit holds an
    undated outlet's ``cited`` sentence, close enough to be cited."""
    import numpy as np

    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument
    from newsfuse.summarize.timeline import dated_sources

    first = "The Orlen bridge stays closed. On March 5, the council emailed the closure order to the bridge builder."
    documents = [
        RawDocument(path="0.txt", text=first, published="2024-03-10"),
        RawDocument(path="1.txt", text="The Orlen bridge stays closed. " + cited),
    ]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    event = next(i for i, t in enumerate(texts) if t.startswith("On March 5"))
    other = next(i for i, t in enumerate(texts) if t == cited)
    unit_of = [0 if i in (event, other) else 1 for i in range(len(texts))]
    units = UnitMap([Unit([event, other])], unit_of, [quantities_of(t) for t in texts], np.ones((4, 4)), 0.9)
    return dated_sources(story, units, event, "2024-03-05")


def test_a_sentence_of_another_date_does_not_back_a_dated_event(fast_models) -> None:
    """Row 34 (editor read, stop 36): "On Feb. 28, Cohen emailed the restraining order ..." cited an outlet by "...
    the restraining order, dated Feb. 27, ..."; a different day is not the same dated event."""
    assert _dated_sources(fast_models, "The builder said the closure order, dated March 4, was not valid.") == ["S1"]


def test_a_sentence_of_the_same_or_no_date_backs_a_dated_event(fast_models) -> None:
    same = "The builder said the council emailed the closure order on March 5."
    assert _dated_sources(fast_models, same) == ["S1", "S2"]
    assert _dated_sources(fast_models, "The council emailed the closure order to the bridge builder.") == ["S1", "S2"]
