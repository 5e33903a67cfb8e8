"""When the outlets disagree about the day, and dates that are no dates (editor read, stop 43: BASIL 2011's House vote
"on Tuesday" in two outlets and "On Wednesday" in the third was two timeline events and no conflict; BASIL 2013's
"17 February Brigade" was dated; Multi-News row 109 had no timeline although it names years; one endorsement and one
speech were each listed twice). Invented text."""

from __future__ import annotations

from newsfuse.nlp.dates import find_dates
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import Article, RawDocument, Sentence
from newsfuse.summarize.select import without_disputed_day
from newsfuse.summarize.timeline import telling


def _brief(models, texts: list[tuple[str | None, str]]):  # type: ignore[no-untyped-def]
    documents = [
        RawDocument(path=f"{k}.txt", text=text, title=None, published=published)
        for k, (published, text) in enumerate(texts)
    ]
    return brief_from_documents(documents, Options(), models)


VOTE = [
    (
        "2024-03-13",
        "The Keld council on Wednesday pressed the province for money to repair the harbour wall.\n\n"
        "Councillors mocked the provincial assembly for passing a resolution on Tuesday reaffirming the town's old "
        "motto instead of paying for repairs.\n\n"
        "The harbour wall was damaged in the winter storms.",
    ),
    (
        "2024-03-13",
        "The assembly resolution on the town motto passed Tuesday was introduced by Ilse Varga, a member from Keld.\n\n"
        "It passed in a 51-3 vote.\n\n"
        "The harbour wall was damaged in the winter storms, and repairs will cost 4 million crowns.",
    ),
    (
        "2024-03-13",
        "On Wednesday, the provincial assembly voted 51-3 on a resolution that reaffirmed the town motto and "
        "asked that it be shown in all schools.\n\n"
        "The harbour wall was damaged in the winter storms, and repairs will cost 4 million crowns.",
    ),
]


def test_one_act_dated_to_two_days_is_a_day_conflict_and_one_timeline_event(models) -> None:  # type: ignore[no-untyped-def]
    """The day opening its sentence ("On Wednesday, the assembly voted …") has no words before it; the parse gives
    its act (vote = pass) and thing (the motto), so it is set against the two outlets that say Tuesday. The timeline
    shows the vote once, on the day two outlets give, and no sentence is cited to an outlet that gives the other day."""
    brief = _brief(models, VOTE)
    days = [c for c in brief.conflicts if c.topic.startswith("day:")]
    assert len(days) == 1
    sides = {c.value.lower().removeprefix("on ").strip(): set(c.sources) for c in days[0].claims}
    assert sides == {"tuesday": {"S1", "S2"}, "wednesday": {"S3"}}
    votes = [t for t in brief.timeline if "51-3" in t.text or "passed Tuesday" in t.text or "voted" in t.text]
    assert [t.date for t in votes] == ["2024-03-12"]
    for item in brief.timeline:
        if "On Wednesday, the provincial assembly voted" in item.text:
            assert item.sources == ["S3"]
    # the summary states no disputed day as settled: the minority's day is deleted from its sentence
    assert not [s for s in brief.summary if "On Wednesday, the provincial assembly" in s.text]


def test_a_disputed_day_is_deleted_from_a_summary_sentence() -> None:
    assert (
        without_disputed_day("On Wednesday, the House voted 396-9 on a bill.", "On Wednesday")
        == "The House voted 396-9 on a bill."
    )
    assert without_disputed_day("The House voted Wednesday on a bill.", "Wednesday") == "The House voted on a bill."
    assert without_disputed_day('He said "we voted on Wednesday" to reporters.', "on Wednesday") == (
        'He said "we voted on Wednesday" to reporters.'
    )


def test_two_acts_on_two_days_are_no_conflict(models) -> None:  # type: ignore[no-untyped-def]
    """Precision first: the council's vote on fireworks on Tuesday and its vote on parking fees on Wednesday are two
    events, not one event dated twice."""
    brief = _brief(
        models,
        [
            ("2024-03-13", "The Keld council voted on Tuesday to ban fireworks in the old harbour from next year."),
            ("2024-03-13", "On Wednesday, the Keld council voted to raise parking fees in the town centre by a third."),
        ],
    )
    assert not [c for c in brief.conflicts if c.topic.startswith("day:")]
    assert len(brief.timeline) == 2


def test_a_day_and_month_before_a_name_word_is_a_name_not_a_date() -> None:
    one = "The cable warned that the 17 February Brigade, which guards the compound, was compromised."
    two = "Members of the April 6 Youth Movement marched on 17 February in the capital."
    article = Article("S1", "a.txt", None, None, "2013-05-13", None, [one, two])
    sentences = [
        Sentence("S1", 0, 0, one, 0, len(one)),
        Sentence("S1", 1, 1, two, len(one) + 2, len(one) + 2 + len(two)),
    ]
    found = find_dates(article, sentences)
    assert [(d.text, d.value) for d in found] == [("17 February", "2013-02-17")]
    assert found[0].sentence_index == 1


def test_years_are_placed_when_no_source_is_dated(fast_models) -> None:  # type: ignore[no-untyped-def]
    """No publication date: "on Sunday" cannot be placed, but "in 2007" and "in July of 1986" can."""
    text = (
        "The rhino Nola died on Sunday at the Keld Safari Park.\n\n"
        "The park bought its first northern white rhinos in July of 1986 from a zoo in Tessel.\n\n"
        "The last male of the herd, Noti, died in 2007 after a long illness."
    )
    timeline = brief_from_documents([RawDocument(path="a.txt", text=text)], Options(), fast_models).timeline
    assert [(t.date, t.text[:20]) for t in timeline] == [
        ("1986-07", "The park bought its "),
        ("2007", "The last male of the"),
    ]


def test_years_stay_background_in_a_dated_story(fast_models) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rhino Nola died on Sunday at the Keld Safari Park.\n\n"
        "The last male of the herd, Noti, died in 2007 after a long illness."
    )
    document = RawDocument(path="a.txt", text=text, published="2015-11-23")
    timeline = brief_from_documents([document], Options(), fast_models).timeline
    assert [t.date for t in timeline] == ["2015-11-22"]


def test_an_appearance_and_the_same_actors_words_that_day_are_one_event(fast_models) -> None:  # type: ignore[no-untyped-def]
    """'Brant on Wednesday visited the harbour' and '…, Mayor Ada Brant said Wednesday in a speech' are one day of
    one person (editor read, stop 43, BASIL 2011: Obama's bridge visit and his speech there were two items)."""
    brief = _brief(
        fast_models,
        [
            (
                "2024-03-13",
                "Mayor Ada Brant on Wednesday visited the damaged harbour wall in Keld to press the province for "
                "repair money.",
            ),
            (
                "2024-03-13",
                "The assembly's motto vote is 'not fixing a single stone,' Mayor Ada Brant said Wednesday in a speech "
                "by the harbour.",
            ),
        ],
    )
    assert len([t for t in brief.timeline if t.date == "2024-03-13"]) == 1


def test_a_dateline_is_not_the_actor(fast_models) -> None:  # type: ignore[no-untyped-def]
    doc = fast_models.parse(["KELD — Ada Brant on Wednesday visited the damaged harbour wall."])[0]
    assert telling(doc, {"ada brant": "Ada Brant"}).actor == "Ada Brant"


def test_a_date_in_a_relative_clause_dates_no_event_unless_the_clause_is_the_event(fast_models) -> None:  # type: ignore[no-untyped-def]
    """'… seized on figures that became public on Friday' dates the figures, not the signing (editor read, stop 43,
    BASIL 2013: the Wednesday release dated the Friday before); 'The ferry is a service that starts on Monday' has
    no act but the clause's."""
    text = (
        "Mayor Ada Brant signed the harbour contract after councillors seized on figures that became public on "
        "Friday.\n\n"
        "The new Keld ferry is a daily service that starts on Monday."
    )
    document = RawDocument(path="a.txt", text=text, published="2024-03-13")
    timeline = brief_from_documents([document], Options(), fast_models).timeline
    assert [(t.date, t.text[:13]) for t in timeline] == [("2024-03-11", "The new Keld ")]
