"""An outlet whose sentence tells the shown sentence's act, done to the same things, is cited for it from outside
the fact's unit (issue 12, stop 45; align/head_act.py, align/facts.py ``backers``).

Invented story of two outlets. The second outlet tells the blow in a sentence that also says what followed, so the
pair model puts it at the unit threshold with the shown sentence while the unit builder gives it to another fact,
and it holds less than half of the shown sentence's word weight (the first outlet frames it with a report and the
quarrel before it): on main the fact cited the first outlet only (gold tune multinews-141's "back of her hand")."""

from __future__ import annotations

import numpy as np

from newsfuse.options import Options

FIRST = (
    "A harbour worker of Keld was arrested on Sunday after a fight on the ferry pier. "
    "According to a harbour police report, Ada Brant quarrelled with the ferry captain and struck the deckhand "
    "across the face with a steel oar. "
    "The ferry left Keld an hour late."
)
SECOND = (
    "Ada Brant, a harbour worker, was arrested at Keld on Sunday. "
    "She told officers she struck the deckhand in the face with a steel oar on Saturday night, causing him to fall "
    "into the water beside the pier. "
    "The deckhand was pulled out by fishermen and taken to hospital."
)
SWAPPED = (
    "Ada Brant, a harbour worker, was arrested at Keld on Sunday. "
    "She told officers the deckhand struck her in the face with a steel oar on Saturday night, causing her to fall "
    "into the water beside the pier. "
    "The deckhand was pulled out by fishermen and taken to hospital."
)
SHOWN = "According to a harbour police report"
TOLD = "She told officers"


def _sources(fast_models, second: str) -> tuple[list[str], bool]:  # type: ignore[no-untyped-def]
    """The outlets :func:`fact_sources` cites for the shown sentence, alone in its unit, with the second outlet's
    sentence in another unit at pair score 0.95 (the unit threshold 0.9); and whether that sentence holds half of
    the shown one's word weight (the word-share route that was the only one before)."""
    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    documents = [RawDocument(path="0.txt", text=FIRST), RawDocument(path="1.txt", text=second)]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    rep = next(i for i, t in enumerate(texts) if t.startswith(SHOWN))
    other = next(i for i, t in enumerate(texts) if t.startswith(TOLD))
    units = [Unit([rep])] + [Unit([i]) for i in range(len(texts)) if i != rep]
    unit_of = [0] * len(texts)
    for u, unit in enumerate(units):
        for i in unit.members:
            unit_of[i] = u
    similarity = np.zeros((len(texts), len(texts)))
    similarity[rep, other] = similarity[other, rep] = 0.95
    np.fill_diagonal(similarity, 1.0)
    unit_map = UnitMap(units, unit_of, [quantities_of(t) for t in texts], similarity, 0.9)
    backing = Backing.of(story)
    backing.parse = fast_models.parse
    backing.read_actors(story, [rep, other], fast_models.parse)
    return fact_sources(story, unit_map, [rep], rep, backing), backing.holds(other, rep)


def test_an_outlet_telling_the_same_blow_to_the_same_person_is_cited(fast_models) -> None:
    sources, holds = _sources(fast_models, SECOND)
    assert not holds  # the word share alone would not cite it
    assert sources == ["S1", "S2"]


def test_the_same_verb_with_the_roles_swapped_is_no_source(fast_models) -> None:
    """The words "the deckhand struck her" have the verb, the face and the oar, but the deckhand is who strikes,
    not who is struck: the shown act's object must be the cited verb's own."""
    sources, _ = _sources(fast_models, SWAPPED)
    assert sources == ["S1"]


def test_head_acts_read_the_main_clause_and_the_reported_one(fast_models) -> None:
    from newsfuse.align.head_act import head_acts, tells_head_act

    parse = fast_models.parse
    shown, told, swapped, other = parse(
        [
            "Ada Brant quarrelled with the captain and struck the deckhand across the face with a steel oar.",
            "She told officers she struck the deckhand in the face with a steel oar.",
            "She told officers the deckhand struck her in the face with a steel oar.",
            "The council said the harbour would allow the import of steel oars from Varna.",
        ]
    )
    acts = {verb: (objects, others) for verb, objects, others in head_acts(shown)}
    assert acts["strike"] == (frozenset({"deckhand"}), frozenset({"face", "oar"}))  # objects, prepositions' objects
    assert tells_head_act(shown, told)
    assert not tells_head_act(shown, swapped)
    assert not tells_head_act(shown, other)
    # a speech verb's reported clause is the act: "allow" done to "import"
    assert {verb: objects for verb, objects, _ in head_acts(other)}.get("allow") == frozenset({"import"})


def test_two_figures_with_none_in_common_tell_two_events() -> None:
    """Both kill people, and "at least three" can be 27, but no figure is the same: two bombings."""
    from newsfuse.align.head_act import same_figures
    from newsfuse.align.units import quantities_of

    shown = quantities_of("A car bomb in Varna killed at least three people on Sunday.")
    other = quantities_of("Twin car bombs ripped through two streets of Keld on Saturday, killing 27 people.")
    same = quantities_of("Three people were killed when a car bomb went off in Varna, officials said.")
    assert not same_figures(shown, other)
    assert same_figures(shown, same)
    assert same_figures(shown, quantities_of("A car bomb went off in Varna, killing people."))
    assert not same_figures(shown, quantities_of("More than 40 people were killed in Keld on Saturday."))
