"""Stop 34 (issue 13, PolNeAR train error classes and an editor read): each test on invented text."""

from __future__ import annotations

import pytest


def _direct(found) -> dict[str, str | None]:
    return {a.text: a.speaker.name if a.speaker else None for a in found if a.kind == "direct"}


_REED = "put it, “Judges should remember that a compromise today may be far better than what they may get later.”"


@pytest.mark.parametrize(
    "apposition",
    [
        # the word rules find no subject across the apposition's commas, nor across a title's marks in it; the
        # quotation went to the speaker quoted before
        "professor of law at Keld and author of “The Quiet Court,”",
        # the quotation has its own frame with another named subject: not the second part of the first one
        # (joined, both were Lena Varga's)
        "professor of law at Keld,",
    ],
)
def test_as_a_named_person_put_it_frames_the_quotation_after_an_apposition(attribute_parsed, apposition) -> None:
    """'“A,” said X. As Y, <apposition>, put it, “B.”': B is Y's."""
    found = attribute_parsed([f"“It is a mess,” said Lena Varga, a historian. As Tom Reed, {apposition} {_REED}"])
    quotes = {text[:14]: name for text, name in _direct(found).items()}
    assert quotes.get("Judges should ") == "Tom Reed", quotes
    assert quotes.get("It is a mess") == "Lena Varga", quotes


def test_a_product_is_never_a_speaker(attribute_parsed) -> None:
    """A product review: the brewer that displays a message is no person, organisation or named role (an
    editor read printed the product's name as the speaker of the message)."""
    found = attribute_parsed(
        [
            "The Keurig 2.0 is the new brewer from Green Mountain. Reviewers were unhappy.",
            "When I tried an old pod, the Keurig 2.0 displayed a message: “My K-Cup.” It refused to brew.",
        ]
    )
    assert all(a.speaker is None or a.speaker.name != "Keurig 2.0" for a in found), [(a.text, a.speaker) for a in found]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the wh-clause's "what" was the speaker
        (
            "Former governor Ada Brant broke down exactly what was wrong with the plan to the Keld Post: “It was "
            "careless. It hurts everyone.”",
            "Ada Brant",
        ),
        # the restrictive relative clause's "a candidate" was the speaker
        (
            "Reporter Tom Velden tweeted back at the mayor pointing out how odd the remark was coming from a "
            "candidate who promised mass layoffs: “Your plan is to fire half the town.”",
            "Tom Velden",
        ),
    ],
)
def test_a_colon_frame_is_the_main_clause(attribute_parsed, paragraph, speaker) -> None:
    """The quotation after a colon is the main clause's subject's, not a wh-clause's or a relative clause's."""
    assert list(_direct(attribute_parsed([paragraph])).values()) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an infinitive "as to say" on an adverb of the main verb: the main verb's subject says it
        (
            ["The Keld Post columnist Ada Brant went so far as to say: “The harbour plan as we know it is over.”"],
            "Ada Brant",
        ),
        # a cue typed with a capital after the subject's comma (the words went to the person named before)
        (
            [
                "The head of the harbour fund backing Governor Ada Brant, Mike Lee, praised a donor on Friday.",
                "“Not us but we like it!” Lee, the head of Keld Harbour PAC, Tweeted on Friday with an image.",
            ],
            "Mike Lee",
        ),
        # an expletive "there" is no one: the subject of the clause on the noun it introduces is
        (
            [
                "Tom Velden won the harbour race. In her farewell, there were two words that Governor Ada Brant "
                "could not bring herself to utter: “Tom Velden.”"
            ],
            "Ada Brant",
        ),
    ],
)
def test_the_subject_of_an_odd_frame(attribute_parsed, paragraphs, speaker) -> None:
    """Frames the word rules misread: the speaker is the person named, not the nearest noun or a fragment."""
    names = list(_direct(attribute_parsed(paragraphs)).values())
    assert names[-1:] == [speaker], names
