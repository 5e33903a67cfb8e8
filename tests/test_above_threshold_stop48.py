"""Stop 48 (issue 12): two citations the labelled pairs above the unit threshold showed wrong. Invented text.

- another figure as written: "more than 7,500 people" is read as up to 9,750, so an outlet giving "9,000 people"
  agreed with it and was cited for the first figure (editor read #18, Multi-News row 47: the UN's 7,500 dead cited
  to the opposition network's 9,000), align/above_threshold.py ``gives_other_figure``;
- one shared word is half of a one-word shown sentence: "He should pay for it." was cited to outlets whose
  sentences say "I'm not going to pay for that wall" (editor read #16, BASIL d4a4bc34), ``Backing.holds``.
"""

from __future__ import annotations

from newsfuse.align.units import quantities_of

DEAD = "More than 7,500 people have died in the Keld floods since March, officials said."
OTHER_COUNT = "Officials said on Tuesday that 9,000 people have died in the Keld floods since March."


def _sources(fast_models, first: str, second: str, similarity: float, one_unit: bool) -> list[str]:  # type: ignore[no-untyped-def]
    """The outlets cited for the first article's sentence, the second article's sentence at ``similarity`` to it
    (threshold 0.9), in one unit with it or in a unit of its own."""
    import numpy as np

    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    documents = [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    assert len(texts) == 2, texts
    units = [Unit([0, 1])] if one_unit else [Unit([0]), Unit([1])]
    unit_of = [0, 0] if one_unit else [0, 1]
    sim = np.eye(2)
    sim[0, 1] = sim[1, 0] = similarity
    unit_map = UnitMap(units, unit_of, [quantities_of(t) for t in texts], sim, 0.9)
    backing = Backing.of(story)
    backing.parse = fast_models.parse
    backing.read_actors(story, [0, 1], fast_models.parse)
    return fact_sources(story, unit_map, units[0].members, 0, backing)


def test_an_outlet_giving_another_figure_is_not_cited(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert _sources(fast_models, DEAD, OTHER_COUNT, 0.93, one_unit=True) == ["S1"]


def test_the_same_figure_with_another_qualifier_is_cited(fast_models) -> None:  # type: ignore[no-untyped-def]
    same = OTHER_COUNT.replace("9,000", "about 7,500")
    assert _sources(fast_models, DEAD, same, 0.93, one_unit=True) == ["S1", "S2"]


def test_written_figures() -> None:
    from newsfuse.align.above_threshold import gives_other_figure, written_value

    def value(text: str) -> float | None:
        (q,) = quantities_of(text)
        return written_value(q)

    assert abs((value("more than 7,500 people died") or 0) - 7500) < 1
    assert value("nearly 1,600 points were lost") == 1600
    assert value("roughly $141 million was earned") == 141e6
    assert value("dozens of people were hurt") is None
    pairs = [
        ("more than 7,500 people died", "9,000 people died", True),
        ("nearly 1,600 points were lost", "as much as 1,500 points were lost", True),
        ("it earned $139 million", "it earned roughly $141 million", True),
        ("at least $10,000 was given", "more than $10,000 was given", False),  # one figure, two bounds
        ("they paid $13.6 million", "they paid $13,625,777", False),  # rounded
        ("it costs $4 billion", "they spent $15 million", False),  # figures of two things
        ("four people were hurt", "four cars were hit", False),  # other counted things
        ("it opened in 1976", "it opened in 1981", False),  # years are no figures here
    ]
    for shown, cited, other in pairs:
        assert gives_other_figure(quantities_of(shown), quantities_of(cited)) is other, (shown, cited)


WALL = "“He should pay for it."
NOT_PAYING = "“We are not going to pay for that bridge,” the mayor of Keld told reporters on Friday."


def test_one_shared_word_does_not_hold_a_shown_sentence(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert _sources(fast_models, WALL, NOT_PAYING, 0.95, one_unit=False) == ["S1"]


def test_two_shared_words_still_hold_it(fast_models) -> None:  # type: ignore[no-untyped-def]
    sank = "The Keld ferry sank."
    told = "The Keld ferry sank off the harbour wall on Sunday after its engine failed, the coastguard said."
    assert _sources(fast_models, sank, told, 0.95, one_unit=False) == ["S1", "S2"]
