"""Stop 40 (issue 14, the summary an editor would sign): a reader's address that opens a sentence is deleted so
what it hands the reader can stand (and the sentence after it in its article may follow it), and a sentence whose
every date lies long before the news is background (summarize/select.py ``background``). Invented text."""

from __future__ import annotations

from newsfuse.records import AnalysedStory, Article, DateMention, Sentence
from newsfuse.summarize.select import shown_text
from newsfuse.summarize.standalone import shorten


def test_a_readers_address_opening_the_sentence_is_deleted() -> None:
    text = "If you follow harbour politics, then you know that the Keld board meets on the first Tuesday."
    assert shorten(text) == "The Keld board meets on the first Tuesday."
    assert shown_text(text) == "The Keld board meets on the first Tuesday."
    assert shorten("As you may know, the Keld board voted 5-2 to close the quay.") == (
        "The Keld board voted 5-2 to close the quay."
    )


def test_an_address_that_hands_nothing_over_still_goes() -> None:
    assert shown_text("If you want to help, call the harbour office.") is None
    assert shorten("If you follow harbour politics, you will love this.") is None


def _story(published: str | None, dates: list[DateMention]) -> AnalysedStory:
    texts = [
        "The Keld board voted on Tuesday to close the north quay.",
        "The board was founded in November 2012 after the flood.",
        "The quay will close in June 2024, the board said.",
        "Its chairman was elected in 2023.",
    ]
    article = Article("S1", "keld.txt", None, None, published, None, [" ".join(texts)])
    sentences = [Sentence("S1", k, 0, t, 0, 0) for k, t in enumerate(texts)]
    return AnalysedStory([article], sentences, [], dates=dates)


DATES = [
    DateMention("S1", 0, "on Tuesday", "2024-05-14", "day", True),
    DateMention("S1", 1, "November 2012", "2012-11", "month", False),
    DateMention("S1", 2, "June 2024", "2024-06", "month", False),
    DateMention("S1", 3, "2023", "2023", "year", False),
]


def test_a_sentence_dated_years_before_the_news_is_background() -> None:
    from newsfuse.summarize.select import background

    assert background(_story("2024-05-16", DATES)) == {1}


def test_without_a_publication_date_the_newest_day_of_the_story_is_the_news() -> None:
    from newsfuse.summarize.select import background

    assert background(_story(None, DATES)) == {1}
    # with no day, the newest month or year of a sentence that tells no future stands in (stop 42, editor read #13,
    # row 111): 2023 for November 2012; "will close in June 2024" is no "now"
    assert background(_story(None, DATES[1:])) == {1}
    assert background(_story(None, DATES[2:3])) == set()  # nothing to count from but a future
