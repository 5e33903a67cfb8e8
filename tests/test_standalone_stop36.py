"""Stop 36: sentences that stand alone (issue 14). The classes two editor reads found in summaries and the Markdown
facts that no stand-alone rule caught (editor reads, stop 35, rows 96, 98, 102, 103, 104, 106), each on invented text:
a time counted from an event the summary left out, a member of a set a sentence before opened, an acronym never
introduced (and its introduction deleted by compression), a group's "he" in a reported clause, a described person who
"also" did something, an opening phrase whose "its" is nobody's, and "it" as a verb's object."""

from __future__ import annotations

import pytest

from newsfuse.records import AnalysedStory, Article, Fact, Sentence
from newsfuse.render.markdown import top_facts
from newsfuse.summarize.compress import compress
from newsfuse.summarize.select import shown_text, with_acronyms
from newsfuse.summarize.standalone import (
    Introductions,
    described_also,
    introduced_acronyms,
    needs_context,
    object_it,
    orphan_its,
    reported_person,
    set_member,
    shorten,
    time_connective,
)


@pytest.mark.parametrize(
    ("text", "compressed"),
    [
        (
            "Just days later, the harbour board announced that part of a new crane had arrived at Keld Pier.",
            "The harbour board announced that part of a new crane had arrived at Keld Pier.",
        ),
        ("The next day, police arrested the skipper of the ferry in Keldport.", "Police arrested ..."),
        ("Later that week, the council voted to close the old bridge for repairs.", "The council voted ..."),
        ("Hours later, the ferry company said it would refund every ticket sold.", "The ferry company said ..."),
    ],
)
def test_a_time_counted_from_an_event_left_out_is_deleted(text: str, compressed: str) -> None:
    assert time_connective(text) and needs_context(text)
    shown = compress(text)
    assert shown.startswith(compressed.removesuffix(" ..."))
    assert not needs_context(shown) and shown_text(text) == shown


def test_a_time_connective_with_a_number_stays_and_needs_context() -> None:
    text = "2 days later, the council voted to close the old bridge for repairs."
    assert compress(text) == text  # a digit is never deleted
    assert needs_context(text) and shown_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "One such liaison officer, Maj. Ilsa Marrow of the harbour guard, said the drill went well.",
        'Another prospective juror stood up and said, "I cannot believe what you did," to the judge.',
        "The other two skippers were named by the harbour police on Tuesday as local men.",
        "Still others avoid the ferry because they fear the winter storms on the lake.",
        "The rest of the mayor's speech was quite touching, describing how the pier was rebuilt.",
        "If so, then any of the ferry's passengers could have been on the bridge that night.",
        "In the more difficult test, the light turned on for only a moment before the door shut.",
    ],
)
def test_a_member_of_a_set_opened_before_needs_context(text: str) -> None:
    assert set_member(text) and needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The more than two dozen passengers on board the ferry were rescued by the coast guard.",
        "The more the ferry charges for a ticket, the less often the islanders use it.",
        "Another way to cross the lake is the old bridge at Keld, which reopened in May.",
        "“Another storm like that would sink the old ferry,” Mayor Piet Lunde said.",
    ],
)
def test_a_set_opened_in_the_sentence_itself_passes(text: str) -> None:
    assert not set_member(text)


def test_a_groups_he_in_a_reported_clause_needs_context() -> None:
    text = "Police said Tuesday he lived in the harbour district with his mother."
    assert reported_person(text) and needs_context(text)
    # the speaker's own "he" is the speaker
    assert not reported_person("Mayor Piet Lunde said he would reopen the pier in May.")
    assert not needs_context("Mayor Piet Lunde said he would reopen the pier in May.")
    assert not reported_person("Police said they had found the missing skipper near Keld.")


def test_a_described_person_who_also_did_something_needs_context() -> None:
    text = "The politically active author also served one term on the Keld harbour board."
    assert described_also(text) and needs_context(text)
    assert not described_also("The harbour board also voted to close the pier for the winter.")


def test_an_opening_phrase_whose_its_is_nobodys_is_deleted() -> None:
    text = "During its annual meeting, more than 1,500 members also voted to sell the old ferry."
    assert orphan_its(text) and needs_context(text)
    assert shorten(text) == "More than 1,500 members also voted to sell the old ferry."
    assert shown_text(text) == "More than 1,500 members also voted to sell the old ferry."
    # "its" that points forward to the clause's subject passes
    assert not orphan_its("During its annual meeting, the harbour board voted to sell the old ferry.")


def test_it_as_a_verbs_object_needs_context() -> None:
    text = "Keld's new council approved it after months of debate and public hand wringing."
    assert object_it(text) and needs_context(text)
    for fine in (
        "The minister made it clear that the bridge would stay closed until the spring.",
        "The council closed the bridge after a crack was found in one of its pillars.",
        "“We approved it after a long debate,” Mayor Piet Lunde said.",
        "The crane was “a steel giraffe over the harbour,” as one local reporter described it.",
    ):
        assert not object_it(fine), fine


def test_the_markdown_facts_leave_out_an_object_it() -> None:
    facts = [
        Fact(
            id="F1",
            text="Keld's new council approved it after months of debate and public hand wringing.",
            sources=["S1"],
            status="single_source",
        ),
        Fact(
            id="F2",
            text="Keld's new council approved the crane after months of debate and public hand wringing.",
            sources=["S1"],
            status="single_source",
        ),
    ]
    assert [f.id for f in top_facts(facts)] == ["F2"]


def test_an_acronym_a_source_introduced_needs_its_introduction_first() -> None:
    sources = [
        "Researchers looked at the effects of both THC and cannabidiol (CBD) on the rats' effort.",
        "The crane, called HKC, an acronym for Harbour Keld Crane, was the source of much controversy.",
        "Agents of the FBI were not involved in the inquiry into the ferry.",
    ]
    acronyms = introduced_acronyms(sources)
    assert set(acronyms) == {"CBD", "HKC"}
    intros = Introductions([], [], acronyms=acronyms)
    late = "CBD also didn't block the negative effects of THC on the rats."
    assert intros.unintroduced(("S1", 4), late, []) == ["CBD"]
    assert intros.unintroduced(("S1", 4), late, [sources[0]]) == []
    assert intros.unintroduced(("S1", 5), "The board argued that HKC was necessary.", []) == ["HKC"]
    assert intros.unintroduced(("S1", 5), "The board argued that HKC was necessary.", [sources[1]]) == []
    # an acronym no source introduces is taken as known
    assert intros.unintroduced(("S1", 6), "The FBI said it would not open an inquiry.", []) == []


def one_article_story(texts: list[str]) -> AnalysedStory:
    """One article whose sentences are ``texts``, one a paragraph (no model: what ``with_acronyms`` reads)."""
    article = Article(id="S1", path="a.txt", title=None, outlet=None, published=None, url=None, paragraphs=texts)
    sentences = [
        Sentence(article_id="S1", index=k, paragraph=k, text=t, start=0, end=len(t)) for k, t in enumerate(texts)
    ]
    return AnalysedStory(articles=[article], sentences=sentences, mentions=[])


def test_an_acronyms_introduction_is_put_back_only_where_another_summary_sentence_uses_it() -> None:
    texts = [
        "For the study, researchers looked at the effects of both THC and cannabidiol (CBD) on the rats.",
        "CBD also didn't block the negative effects of THC on the rats in the maze.",
        "The harbour board, the Keld Ferry Authority (KFA), closed the pier on Monday.",
    ]
    story = one_article_story(texts)
    shown = {i: compress(t) for i, t in enumerate(texts)}
    assert "(CBD)" not in shown[0] and "(KFA)" not in shown[2]  # compression deletes a bracket
    acronyms = introduced_acronyms(texts)
    restored = with_acronyms(story, [0, 1, 2], shown, acronyms)
    assert (
        restored[0] == "For the study, researchers looked at the effects of both THC and cannabidiol (CBD) on the rats."
    )
    assert restored[2] == shown[2]  # no other summary sentence uses KFA
    assert with_acronyms(story, [0, 2], shown, acronyms)[0] == shown[0]
