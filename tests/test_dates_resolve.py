"""Date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.nlp.dates import find_dates, publication_date, resolve
from newsfuse.records import Article, Sentence

TUESDAY = dt.date(2031, 4, 15)  # a Tuesday


@pytest.mark.parametrize(
    ("expression", "value", "granularity"),
    [
        ("on Tuesday", "2031-04-15", "day"),  # the day of publication, as news writes it
        ("Monday", "2031-04-14", "day"),
        ("last Tuesday", "2031-04-08", "day"),
        ("next Friday", "2031-04-18", "day"),
        ("Sunday night", "2031-04-13", "day"),
        ("yesterday", "2031-04-14", "day"),
        ("tomorrow", "2031-04-16", "day"),
        ("last month", "2031-03", "month"),
        ("earlier this month", "2031-04", "month"),
        ("next year", "2032", "year"),
        ("last year", "2030", "year"),
        ("this week", "2031-W16", "week"),
        ("two days ago", "2031-04-13", "day"),
        ("April 2", "2031-04-02", "day"),
        ("March 3, 2029", "2029-03-03", "day"),
        ("May 2030", "2030-05", "month"),
        # news style abbreviates months before a day
        ("Feb. 19", "2031-02-19", "day"),
        ("Sept. 9, 2029", "2029-09-09", "day"),
        ("Dec. 30", "2030-12-30", "day"),
        # a weekday beside a calendar date is dated by the date
        ("Friday, Dec. 30", "2030-12-30", "day"),
        ("on Monday, March 5, 2029", "2029-03-05", "day"),
    ],
)
def test_resolves_against_publication_date(expression: str, value: str, granularity: str) -> None:
    got, got_granularity, _relative = resolve(expression, TUESDAY)
    assert (got, got_granularity) == (value, granularity)


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    assert resolve("last month", None) == (None, "month", True)
    assert resolve("March 3, 2029", None) == ("2029-03-03", "day", False)


def test_find_dates_in_an_article() -> None:
    article = Article(
        "S1", "a.txt", None, None, "2031-04-15T09:30:00Z", None, ["The ferry sank on Monday. Talks resume next week."]
    )
    sentences = [
        Sentence("S1", 0, 0, "The ferry sank on Monday.", 0, 25),
        Sentence("S1", 1, 0, "Talks resume next week.", 26, 49),
    ]
    found = find_dates(article, sentences)
    assert [(d.text, d.value, d.sentence_index) for d in found] == [
        ("on Monday", "2031-04-14", 0),
        ("next week", "2031-W17", 1),
    ]
    assert publication_date("15 April 2031") == TUESDAY
    assert publication_date(None) is None


def test_a_weekday_with_its_date_is_one_mention_an_undated_article_can_resolve() -> None:
    text = "The ferry sank on Monday, March 5, 2029, off Keld. Talks resume on Sept. 9."
    article = Article("S1", "a.txt", None, None, None, None, [text])
    found = find_dates(article, [Sentence("S1", 0, 0, text, 0, len(text))])
    assert [(d.text, d.value) for d in found] == [("on Monday, March 5, 2029", "2029-03-05"), ("Sept. 9", None)]


def test_an_undated_article_dates_a_month_day_by_the_latest_date_it_prints() -> None:
    """Editor read, stop 36, Multi-News row 34: "On Feb. 28, Cohen emailed …" in an undated article that prints "Oct.
    28, 2016" and "February 27, 2018" was left out of the timeline."""
    text = (
        "The pact of Oct. 28, 2016, is void, the suit says. On or about February 27, 2029, the firm went to court. "
        "On Feb. 28, the firm wrote to the harbour. The pier opened on June 1."
    )
    article = Article("S1", "a.txt", None, None, None, None, [text])
    found = find_dates(article, [Sentence("S1", 0, 0, text, 0, len(text))])
    assert [(d.text, d.value) for d in found] == [
        ("Oct. 28, 2016", "2016-10-28"),
        ("February 27, 2029", "2029-02-27"),
        ("Feb. 28", "2029-02-28"),
        ("June 1", None),  # more than three months from the latest printed date: of which year?
    ]


def _dated(sentence: str) -> list[str | None]:
    """The values of the date mentions of one sentence, an article of its own published on ``TUESDAY``."""
    article = Article("S1", "a.txt", None, None, TUESDAY.isoformat(), None, [sentence])
    return [d.value for d in find_dates(article, [Sentence("S1", 0, 0, sentence, 0, len(sentence))])]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a bare weekday in the past by default ...
        ("The ferry sank on Monday.", "2031-04-14"),
        ("The harbour master said Thursday the ferry will sail again.", "2031-04-10"),
        ("The ferry will sail again, the harbour master said Thursday.", "2031-04-10"),
        # ... ahead when the words before it put it there
        ("The council will vote on the harbour plan on Thursday.", "2031-04-17"),
        ("The vote on the plan, scheduled for Monday, is not a done deal.", "2031-04-21"),
        ("The council will vote on the plan on Tuesday.", "2031-04-15"),
        ("The pair is due to be arraigned in court on Thursday morning.", "2031-04-17"),
        ("The pair is scheduled to be arraigned Thursday morning.", "2031-04-17"),
        # "due to" a cause is no look ahead
        ("The ferry stayed in port due to the storm on Monday.", "2031-04-14"),
        # a scheduled act whose cue stands far back in the clause, a broadcast to come, a request's act
        (
            "The mayor is expected to announce her plans for the harbour during a meeting with the board on Monday.",
            "2031-04-21",
        ),
        ("In an interview with the radio station, to be aired on Friday, the mayor defends the plan.", "2031-04-18"),
        ('In a letter, she asked members to meet her "for a private talk" Thursday evening.', "2031-04-17"),
        ("I look forward to seeing you all on Friday.", "2031-04-18"),
        # ... but a past form after the cue dates that verb, and a request to a thing is no act
        ("The mayor is expected to defend the budget that the council approved on Monday.", "2031-04-14"),
        ("She invited reporters to a briefing on Thursday.", "2031-04-10"),
    ],
)
def test_a_weekday_the_sentence_puts_ahead_is_the_next_one(sentence: str, value: str) -> None:
    assert _dated(sentence) == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a month-day without a year days after publication is the coming one, not last year's
        ("The governor gives her budget address on April 20.", "2031-04-20"),
        ("The festival opens May 1 in the old harbour.", "2031-05-01"),
        # far ahead, it is the one that passed
        ("The plant closed on Nov. 5 after the flood.", "2030-11-05"),
        ("Dec. 30 was the last day of the sale.", "2030-12-30"),
        ("Officers arrested the pair on April 3.", "2031-04-03"),
        # a sentence that puts it ahead takes the next one, however far
        ("The trial is scheduled for Nov. 5 in the county court.", "2031-11-05"),
    ],
)
def test_a_month_day_without_a_year_takes_the_year_nearest_publication(sentence: str, value: str) -> None:
    assert _dated(sentence) == [value]


def test_a_weekday_a_week_back_is_the_next_day_when_the_story_was_told_then() -> None:
    # editor read #11 (stop 40, BASIL 2017): a page dated Wednesday, updated Thursday, says "on Thursday"
    wednesday = dt.date(2031, 4, 16)
    text = "The mayor was still in hospital on Thursday after the storm on Wednesday. Last Thursday she spoke."
    article = Article("S1", "a.txt", None, None, wednesday.isoformat(), None, [text])
    sentences = [Sentence("S1", 0, 0, text, 0, len(text))]
    later = [(d.text, d.value) for d in find_dates(article, sentences, newest=dt.date(2031, 4, 17))]
    assert later == [("on Thursday", "2031-04-17"), ("on Wednesday", "2031-04-16"), ("Last Thursday", "2031-04-10")]
    # no article of the story is that late: the week before, as written
    alone = [(d.text, d.value) for d in find_dates(article, sentences, newest=wednesday)]
    assert alone[0] == ("on Thursday", "2031-04-10")
