"""The publication date an article prints about itself, when the input has no metadata: precision
first (a wrong date misdates the whole timeline). Made-up texts only."""

from __future__ import annotations

import pytest

from newsfuse.clean.cleaner import clean_document
from newsfuse.ingest.published import dateline_year, published_in_text
from newsfuse.records import RawDocument

BODY = "The ferry to Keld resumed sailings on Tuesday after a week of storms."


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        (["Published: March 21, 2021", BODY], "2021-03-21"),
        (["Published on Apr 29, 2019", BODY], "2019-04-29"),
        (["Posted on 03/21/2021", BODY], "2021-03-21"),
        (["Updated 10:42 AM ET, Tue March 23, 2021", BODY], "2021-03-23"),
        (["Last updated at 6:04 PM on 20th October 2020", BODY], "2020-10-20"),
        (["By Ines Calloway, Harbour Desk / Published March 24, 2017", BODY], "2017-03-24"),
        (["Coastline Wire Tue Feb 19, 2013 7:44 PM", BODY], "2013-02-19"),
        (["Ferry Back in Service", "By Ines Calloway", "Sunday, July 31, 2011 21:39 EDT", BODY], "2011-07-31"),
        (["(Harbour Daily Online) 09:25, November 27, 2012", BODY], "2012-11-27"),
        (["Published 2022-05-06", BODY], "2022-05-06"),
        # a publication stamp beats an update stamp
        (["Published: March 21, 2021", "Updated: March 25, 2021", BODY], "2021-03-21"),
        # "Posted on" under the article
        ([BODY] * 12 + ["Posted on June 2, 2018"], "2018-06-02"),
        (
            [BODY, "Read or Share this story: https://news.example/story/local/2017/07/08/ferry-keld/1234/"],
            "2017-07-08",
        ),
        # a dateline with month and day, the year from a caption a few days before
        (
            ["KELD, Norland, March 21 (Coastline Wire) - " + BODY, "In this March 18, 2019, photo, a ferry docks."],
            "2019-03-21",
        ),
        # the weekday of a dateline agrees with the wire's copyright year
        (
            ["MONDAY, July 2 (Harbour News) -- " + BODY, "Copyright © 2012 Harbour News. All rights reserved."],
            "2012-07-02",
        ),
        # a released text's header
        (
            [
                "Full transcript of the mayor's remarks on the ferry, Tuesday, March 23, 2021, in the council "
                "chamber, as released by the city:",
                "THE MAYOR: Thank you all for coming.",
            ],
            "2021-03-23",
        ),
    ],
)
def test_a_stamp_gives_the_date(lines: list[str], published: str) -> None:
    assert published_in_text(lines) == published


@pytest.mark.parametrize(
    "lines",
    [
        [BODY],
        # the body's events are not the publication date
        ["In March 2014, the ferry company bought two ships.", "On March 3, 2014, the first one sailed."],
        ["The ferry first sailed on June 17, 1972, the harbour master said."],
        # a caption's date and an embedded post date what happened, not the article
        ["In this Saturday, July 1, 2017, photo, a ferry docks at Keld.", BODY],
        ["Back at sea! — Ines Calloway (@icalloway) June 20, 2017", BODY],
        # corrections and reviews date something else
        [BODY, "Correction: December 1, 2010"],
        ["Reviewed at the Keld Film Festival, March 8, 2013.", BODY],
        # a weekday that disagrees with the date
        ["Monday, July 31, 2011", BODY],
        # numeric dates that read both ways
        ["Posted on 03/04/2021", BODY],
        ["Posted on 21/03/2021", BODY],
        # two different stamps of the same strength
        ["Published: March 21, 2021", "Published: March 29, 2021", BODY],
        # a bare date in the tail is more often a reader comment's
        [BODY] * 12 + ["Ines Calloway March 3, 2015"],
        # a dateline without a year in the text, and one whose only full date is years older
        ["KELD, Norland, March 21 (Coastline Wire) - " + BODY],
        ["KELD, Norland, March 21 (Coastline Wire) - " + BODY, "The pier opened on Sept. 11, 2001."],
        # a later date (an event the story looks forward to) gives no year
        ["KELD, Norland, March 21 (Coastline Wire) - " + BODY, "The vote is set for April 2, 2019."],
        # a site footer of another name is not the wire's copyright
        ["MONDAY, July 2 (Harbour News) -- " + BODY, "© 2012 Keld Media Group"],
        # a transcript's header whose weekday disagrees, or that names no weekday
        ["Full transcript of the mayor's remarks, Monday, March 23, 2021:", "THE MAYOR: Thank you."],
        ["Text of the treaty signed on March 23, 2021:", BODY],
        # a date in the future is a typo or a schedule
        ["Published: March 21, 2099", BODY],
        [],
        ["", "   "],
    ],
)
def test_no_stamp_gives_no_date(lines: list[str]) -> None:
    assert published_in_text(lines) is None


def test_a_dateline_year_needs_one_year_that_fits() -> None:
    caption = "In this March 18, 2019, photo, a ferry docks."
    assert dateline_year(3, 21, [caption]) == 2019
    # December's caption for a January dateline: the year after
    assert dateline_year(1, 3, ["In this Dec. 30, 2018, photo, a ferry docks."]) == 2019
    # two years fit: no year
    assert dateline_year(3, 21, [caption, "In this March 19, 2020, photo, a ferry docks."]) is None


def test_the_cleaner_fills_an_empty_date_from_the_text_and_keeps_metadata() -> None:
    text = "Published: March 21, 2021\n" + BODY
    article = clean_document(RawDocument(path="a.txt", text=text), "S1")
    assert article.published == "2021-03-21"
    # the stamp line itself is still removed and listed
    assert article.paragraphs == [BODY]
    assert any(r.text.startswith("Published:") for r in article.removed)
    given = clean_document(RawDocument(path="a.txt", text=text, published="2021-03-22T08:00:00"), "S1")
    assert given.published == "2021-03-22T08:00:00"


def test_a_stamp_taken_as_the_title_still_counts() -> None:
    article = clean_document(RawDocument(path="a.txt", text=BODY, title="Published on Apr 29, 2019"), "S1")
    assert article.published == "2019-04-29"
