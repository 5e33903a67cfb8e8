"""Stop 34 lead fixes from the editor read of never-tuned stories (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.clean.rules import classify_line
from newsfuse.nlp.analyse import split_paragraphs
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.dates import find_dates
from newsfuse.nlp.models import Models
from newsfuse.options import Options
from newsfuse.records import Article, Entity, Mention, Sentence
from newsfuse.summarize.select import development, shown_text
from newsfuse.summarize.standalone import Introductions, needs_context

TUESDAY = dt.date(2031, 4, 15)


def _dated(sentence: str) -> list[str | None]:
    article = Article("S1", "a.txt", None, None, TUESDAY.isoformat(), None, [sentence])
    return [d.value for d in find_dates(article, [Sentence("S1", 0, 0, sentence, 0, len(sentence))])]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a negated future further back in the clause puts the day ahead ...
        ("The mayor is too old, even though she won't turn 40 until after the race on Oct. 2.", "2031-10-02"),
        ("The old ferry will not sail again until the repairs end on Oct. 2.", "2031-10-02"),
        # ... but not across a relative clause or a time preposition that opens a past event
        ("He will be sentenced for the theft that he committed on Oct. 2.", "2030-10-02"),
        ("He will not run again after losing the primary on Oct. 2.", "2030-10-02"),
    ],
)
def test_a_future_cue_in_the_dates_clause_puts_it_ahead(sentence: str, value: str) -> None:
    assert _dated(sentence) == [value]


@pytest.mark.parametrize(
    "line",
    [
        "Disclosure: The author has no positions in any stocks mentioned, and no plans to initiate any positions.",
        "Additional disclosure: The writer holds shares of a rival brewer.",
        "The author is long KELD and holds no other positions in the stocks mentioned.",
    ],
)
def test_a_writers_disclosure_is_a_credit_line(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "The author of the report has no doubt that the brewer will recover, analysts said.",
        "Full disclosure of the payments was ordered by the court on Monday.",
    ],
)
def test_prose_about_an_author_or_a_disclosure_stays(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a connective that weighs or sums up what came before is deleted: the claim stands alone ...
        (
            "In short, the new brewer isn't the phone of coffee makers.",
            "The new brewer isn't the phone of coffee makers.",
        ),
        (
            "Rather, the firm will cut prices for its pods next year.",
            "The firm will cut prices for its pods next year.",
        ),
        ("That said, the council has not yet voted on the ferry.", "The council has not yet voted on the ferry."),
        (
            "All things considered, the quarter was not bad on the face of it.",
            "The quarter was not bad on the face of it.",
        ),
        # ... unless what is left needs context too, or it is a condition or points back
        ("Rather, it is more like wearing a seat belt on a short drive.", None),
        ("Otherwise, the council will sell the old ferry next year.", None),
        ("With that, the chief executive did what he had to do.", None),
        ("At least that's what the company says about its new brewer.", None),
        ("For this reason, the ferry was sold to a rival line.", None),
    ],
)
def test_a_connective_answering_the_sentence_before_is_deleted_or_needs_it(text: str, shown: str | None) -> None:
    assert needs_context(text)
    assert shown_text(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "With the vote over, the council went home for the summer.",
        "For the first time, the company reported a quarterly loss.",
        "In this election, turnout fell to 40 percent across the county.",
    ],
)
def test_a_leading_phrase_that_names_its_own_referent_stands_alone(text: str) -> None:
    assert not needs_context(text)


def test_a_pronoun_left_by_deleting_the_opening_but_needs_context() -> None:
    assert shown_text("But it could be a costly mistake for the company, analysts warned.") is None
    assert shown_text("Still, the firm cut its guidance for the year on Wednesday.") == (
        "The firm cut its guidance for the year on Wednesday."
    )


def test_a_hyphenated_word_split_by_the_segmenter_is_one_sentence() -> None:
    text = (
        "For the first time, the panel concluded that brisk walking lowers the risk. Pre-school children who "
        "walked the most had a 12 percent lower risk than the least active, while older children had 8 percent."
    )
    split = split_paragraphs([text], Models(Options()))[0]
    assert [s for _, s, _ in split] == [
        "For the first time, the panel concluded that brisk walking lowers the risk.",
        text[text.index("Pre-school") :],
    ]


def test_a_product_the_ner_took_for_a_person_introduces_nobody() -> None:
    """The NER tagged a brewer "Kettle 2.0" PERSON; the company's lede "Kettle Blue Ridge Inc. ... cut its
    guidance" then waited for "Kettle" to be introduced as that person and was dropped (stop 33 read, row 61)."""
    entities = [
        Entity("Kettle 2.0", "PERSON", ["Kettle"], ["A"]),
        Entity("Kettle Blue Ridge Inc.", "ORG", [], ["B"]),
    ]
    intros = Introductions(entities, [Mention("A", 0, "Kettle 2.0", "PERSON")])
    lede = "Kettle Blue Ridge Inc. on Wednesday cut its guidance for the year as earnings fell 4%."
    assert intros.unintroduced(("B", 0), lede, []) == []


def test_a_surname_starting_a_longer_name_is_no_one_word_mention() -> None:
    entities = [Entity("Ada Mosby", "PERSON", ["Mosby"], ["A"])]
    intros = Introductions(entities, [Mention("A", 0, "Ada Mosby", "PERSON")])
    assert intros.unintroduced(("B", 3), "Mosby Grain Partners said on Friday it would close two mills.", []) == []
    assert intros.unintroduced(("B", 4), "Mosby said on Friday she would close two mills.", []) == ["Mosby"]
    assert intros.unintroduced(("B", 5), "Mosby Friday said she would close two mills.", []) == ["Mosby"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("(HealthDay News) -- Babies keep what they learn when they nap soon after.", "Babies keep what they learn"),
        ("(Reuters) - Oil rose on Monday after the pipeline closed.", "Oil rose on Monday"),
        ("(This is an aside) the ferry sailed at noon.", "(This is an aside)"),
    ],
)
def test_a_wires_name_in_brackets_before_the_dash_is_a_dateline(text: str, shown: str) -> None:
    assert display_text(text).startswith(shown)


@pytest.mark.parametrize(
    "line",
    [
        "Visit the Keld Sleep Institute's website for more about sleep, learning and memory.",
        "The seed for this crawl was a list of every host in the archive",
        "This crawl was run at a level 1 (URLs including their embeds)",
        "The WARC files associated with this crawl are not currently available to the general public.",
        'Crawls of supported "No More 404" sites.',
    ],
)
def test_a_pointer_to_another_site_and_a_crawl_notice_are_boilerplate(line: str) -> None:
    assert classify_line(line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Officials urged residents to visit the county website for more information on shelters.",
        "Visitors to the site for more than an hour were counted, the agency said.",
    ],
)
def test_prose_about_visiting_a_site_stays(line: str) -> None:
    assert classify_line(line) is None


def test_a_studys_suggested_finding_is_a_development() -> None:
    assert development("Babies keep what they learn during their naps, a new study suggests.")
    assert not development("Human infants spend most of their time asleep.")
