"""Stop 35: sentences that stand alone (issue 14). The classes an editor's read of two roundups found passing the
stand-alone rules (editor read, stop 34, rows 86 and 88), each on invented text: an unnamed "he said" with a show's
title in quotation marks in its tail, a speaker given only by a definite description, "on the same show", a connective
giving a detail of what came before, a demonstrative as object or after an opening clause, a quotation that opens a
sentence with no speaker anywhere, a live blog's header and the writer's imperative to the reader."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.align.facts import wire_header
from newsfuse.records import AnalysedStory, Article, Mention, Sentence
from newsfuse.summarize.compress import compress
from newsfuse.summarize.select import continuations, shown_text
from newsfuse.summarize.standalone import (
    described_speaker,
    imperative_aside,
    needs_context,
    points_back,
    unattributed_quote,
    unnamed_speaker,
)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted title in the tail no longer hides the unnamed speaker
        '"The bridge is bent pretty badly," he said on "Harbour Hour Sunday" when asked if the ferry board was broken.',
        "“The bridge is bent,” she said on Keld Radio’s “State of the Harbour.”",
        "“The bridge is bent,” she told “Morning Keld” on Monday.",
    ],
)
def test_an_unnamed_speaker_with_a_quoted_title_in_the_tail(text: str) -> None:
    assert unnamed_speaker(text) and needs_context(text)


def test_a_second_quotation_is_no_title_in_the_tail() -> None:
    # the speaker's next sentence is a quotation of its own: the tail ends at "he said."
    text = '"It is bent," he said. "I mean, we were not perfect but the ferries sailed."'
    assert not unnamed_speaker(text)


@pytest.mark.parametrize(
    "text",
    [
        "“We show this lack of resolve on the ferries,” the North Keld Liberal said on “Harbour Hour Sunday.”",
        "“It is just stunningly naive,” the former harbour speaker and Liberal contender said on Keld Radio.",
        "“Now your cat can order ferry tickets just like you do,” says the company’s ad for the app.",
        "The ferry will sail again in May, the 35-year-old skipper said.",
        "The ferry will sail again in May, said the spokesman.",
        "The ferry will sail again in May, the president said.",
        "The ferry will sail again in May, the Conservative said on Monday.",
    ],
)
def test_a_speaker_given_by_a_definite_description_needs_context(text: str) -> None:
    assert described_speaker(text) and needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will sail again in May, the Harbour Office said.",
        "The ferry will sail again in May, the Foreign Ministry said.",
        "The ferry will sail again in May, a Harbour Office spokesman said.",
        "The ferry will sail again in May, the Keld governor said.",
        "The ferry will sail again in May, the Norwegian prime minister said on Monday.",
        "The ferry will sail again in May, said the Harbour Office spokesman.",
        "The ferry will sail again in May, the company said.",
        "“The ferry will sail again in May,” Mayor Piet Lunde said on “Harbour Hour Sunday.”",
    ],
)
def test_a_named_organisation_or_an_indefinite_role_says_who_speaks(text: str) -> None:
    assert not needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Ilsa Marrow, also appearing on same show, said the ferry repairs still had a way to go.",
        "Maybe ferry operators quietly realize that, because their timetables this year are pretty thin.",
        "The harbour board never explained this.",
        "Although the name rhymes with the very real Keld Ferry, this imagined harbour boat is designed to fly.",
    ],
)
def test_a_reference_inside_the_sentence_to_what_came_before(text: str) -> None:
    assert points_back(text) and needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board said that, because of the storm, no ferry would sail on Monday.",
        "When police arrived at the pier, they found the ferry empty.",
        "This week the ferry to Keld sailed again after a year.",
        "Ferries on the same route sailed at the same time on Monday.",
        # a quoted phrase in lower case is no show's title; a reported clause's subject after "said" is no speaker
        'Piet Lunde, 18, says he\'s "the slacker" of the ferry crew.',
        "A harbour official, who was not allowed to speak publicly, said the skipper — a Keld man — was arrested.",
    ],
)
def test_a_conjunction_or_a_clause_own_subject_is_no_back_reference(text: str) -> None:
    assert not needs_context(text)


def test_a_detail_connective_is_deleted_when_the_rest_stands() -> None:
    text = "Specifically, Marrow said she was opposed to shifting the ferry timetable."
    assert needs_context(text)
    assert shown_text(text) == "Marrow said she was opposed to shifting the ferry timetable."
    assert compress("For example, the harbour board spent its budget on two new piers.") == (
        "The harbour board spent its budget on two new piers."
    )


def test_a_quotation_with_no_speaker_anywhere_needs_context() -> None:
    assert unattributed_quote('"No one wants to talk honestly" about the state of the ferries.')
    assert needs_context('"No one wants to talk honestly" about the state of the ferries.')
    assert not unattributed_quote("“Fake ferries” is a term the mayor uses.")  # a scare quote as subject
    assert not unattributed_quote("“No one wants to talk honestly,” Mayor Piet Lunde said.")


def test_a_live_blog_header_and_an_imperative_aside_are_not_shown() -> None:
    assert wire_header("(AP) — The Latest on the April storm to hit the Keld harbour.")
    assert wire_header("The Latest: Ferries to Keld cancelled as the storm nears.")
    assert shown_text("(AP) — The Latest on the April storm to hit the Keld harbour.") is None
    assert not wire_header("The latest ferry to Keld sailed at noon.")
    assert imperative_aside("Take a break from the Norwegian lessons!")
    assert shown_text("Check out the full list of ferry pranks below.") is None
    assert not imperative_aside("Take-Two Interactive said the ferry game would ship in May.")
    assert not imperative_aside("“Take the ferry,” the mayor told residents.")


def _story(texts: list[str], people: set[int]) -> AnalysedStory:
    article = Article(id="S1", path="a.txt", title=None, outlet=None, published=None, url=None, paragraphs=texts)
    sentences = [
        Sentence(article_id="S1", index=k, paragraph=k, text=t, start=0, end=len(t)) for k, t in enumerate(texts)
    ]
    mentions = [Mention(article_id="S1", sentence_index=k, text="Piet Lunde", label="PERSON") for k in people]
    return AnalysedStory(articles=[article], sentences=sentences, mentions=mentions)


def test_a_described_speaker_follows_only_a_sentence_naming_a_person() -> None:
    texts = [
        "Mayor Piet Lunde said Sunday the ferry to Keld would sail again in May.",
        "“This shows a lack of resolve on the ferries,” the North Keld Liberal said on “Harbour Hour Sunday.”",
    ]
    values = np.ones(2)
    shown = {0: texts[0]}
    assert 1 in continuations(_story(texts, {0}), values, shown)
    assert 1 not in continuations(_story(texts, set()), values, shown)


def test_on_the_same_show_follows_only_a_sentence_naming_a_show() -> None:
    texts = [
        "The storm killed 24 people in Keld and injured hundreds more.",
        "Mayor Piet Lunde, also appearing on same show, said the piers were gone.",
    ]
    values = np.ones(2)
    assert 1 not in continuations(_story(texts, {1}), values, {0: texts[0]})
    texts[0] = "Governor Ilsa Marrow said on “Harbour Hour Sunday” the storm killed 24 people in Keld."
    assert 1 in continuations(_story(texts, {0, 1}), values, {0: texts[0]})
