"""The paired-events error listing (bench/paired_events.py ``errors``) on a hand-made clustering."""

from __future__ import annotations

import numpy as np
from bench.paired_events import (
    Event,
    PairedDoc,
    errors,
    kind_pairs,
    retell,
    separability,
    separating,
    source,
    story_names,
)


def _doc(story: str, k: int, pair: int) -> PairedDoc:
    return PairedDoc(f"{story}-{k}", "An invented sentence about a harbour fire.", story, pair)


def test_errors_counts_merges_pairs_and_splits() -> None:
    # pair 0: two Multi-News events; pair 1: two BASIL events; pair 2: two NeuS events
    docs = [
        *(_doc("mn1", k, 0) for k in range(3)),
        *(_doc("mn2", k, 0) for k in range(2)),
        *(_doc("basil-aa", k, 1) for k in range(3)),
        *(_doc("basil-bb", k, 1) for k in range(3)),
        *(_doc("neus-7", k, 2) for k in range(2)),
        *(_doc("neus-8", k, 2) for k in range(2)),
    ]
    predicted = [
        "s1", "s1", "s1",  # mn1 whole
        "s1", "s2",  # mn2: one article merged into mn1's story, one alone
        "s3", "s3", "s3",  # basil-aa whole
        "s4", "s4", "s3",  # basil-bb: two apart, one in basil-aa's story
        "s5", "s5",  # neus-7 whole
        "s1", "s6",  # neus-8: one chained into mn1's story (cross), one alone
    ]  # fmt: skip
    lines = errors(predicted, docs)
    text = "\n".join(lines)
    assert "  pair  mn           couples    1  article pairs     3" in text  # mn1 (3) x mn2 (1)
    assert "  pair  basil        couples    1  article pairs     3" in text  # basil-aa (3) x basil-bb (1)
    assert "  cross mn+neus      couples    2  article pairs     4" in text  # neus-8 with mn1 (3) and mn2 (1)
    assert "pairs with both events in one predicted story: basil 1/1, mn 1/1, neus 0/1" in text
    assert "  basil          1 lone +   0 parts of   2 stories  article pairs     2" in text
    assert "  mn             1 lone +   0 parts of   2 stories  article pairs     1" in text
    assert "  neus           1 lone +   0 parts of   2 stories  article pairs     1" in text


def test_errors_of_a_perfect_clustering_list_nothing() -> None:
    docs = [_doc("mn1", 0, 0), _doc("mn1", 1, 0), _doc("mn2", 0, 0), _doc("mn2", 1, 0)]
    lines = errors(["a", "a", "b", "b"], docs)
    assert not any(line.startswith("  pair") or line.startswith("  cross") for line in lines)
    assert "pairs with both events in one predicted story: mn 0/1" in lines
    assert "  mn             0 lone +   0 parts of   2 stories  article pairs     0" in lines
    assert source("basil-1f2e") == "basil" and source("neus-12") == "neus" and source("mn40") == "mn"


def test_errors_count_a_couple_once_and_every_article_pair_it_joins() -> None:
    # both events split across the same two predicted stories: one couple, two wrongly joined pairs
    docs = [_doc("mn1", 0, 0), _doc("mn1", 1, 0), _doc("mn2", 0, 0), _doc("mn2", 1, 0)]
    lines = errors(["a", "b", "a", "b"], docs)
    assert "  pair  mn           couples    1  article pairs     2" in lines
    assert "  mn             2 lone +   0 parts of   2 stories  article pairs     2" in lines


def test_errors_tell_a_straggler_from_an_event_merge() -> None:
    # mn1 (3) took in one mn2 article (straggler) and two basil-aa articles (a cross event merge)
    docs = [
        *(_doc("mn1", k, 0) for k in range(3)),
        *(_doc("mn2", k, 0) for k in range(2)),
        *(_doc("basil-aa", k, 1) for k in range(2)),
        *(_doc("basil-bb", k, 1) for k in range(2)),
    ]
    predicted = ["s1", "s1", "s1", "s1", "s2", "s1", "s1", "s3", "s3"]
    shapes = next(line for line in errors(predicted, docs) if line.startswith("article pairs joined wrongly, by shape"))
    # mn1 x mn2: 3 x 1 (straggler); mn1 x basil-aa: 3 x 2 (event); mn2 x basil-aa: 1 x 2 (straggler)
    assert shapes.endswith("cross event 6, cross straggler 2, pair straggler 3")


def test_separability_names_the_story_an_article_is_nearest() -> None:
    # two events of one pair (mn1, mn2) and a story of another pair (mn3); article 4 (of mn2) is
    # more alike to mn1's articles than to its own story's others, article 6 (of mn3) too
    docs = [
        _doc("mn1", 0, 0), _doc("mn1", 1, 0),
        _doc("mn2", 0, 0), _doc("mn2", 1, 0), _doc("mn2", 2, 0),
        _doc("mn3", 0, 1), _doc("mn3", 1, 1),
    ]  # fmt: skip
    sims = np.full((7, 7), 0.1)
    sims[np.ix_([0, 1], [0, 1])] = 0.8
    sims[np.ix_([2, 3], [2, 3])] = 0.8
    sims[4, [0, 1]] = sims[[0, 1], 4] = 0.5  # article 4: 0.5 to mn1, 0.1 to mn2's others
    sims[np.ix_([5, 6], [5, 6])] = 0.8
    sims[6, [0, 1]] = sims[[0, 1], 6] = 0.9  # article 6: 0.9 to mn1, 0.8 to its own story
    np.fill_diagonal(sims, 1.0)
    lines = separability(docs, sims, sims)
    assert lines[1] == "  tfidf     0.714  mn 5/1/1"  # 5 of 7 right, one for its partner, one for a cross story
    assert lines[2] == lines[1].replace("tfidf    ", "embedding") and len(lines) == 4


def _event(key: str, texts: list[str], date: str | None = None) -> Event:
    return Event(key, tuple(texts), (None,) * len(texts), (date,) * len(texts))


def test_kind_pairs_pair_one_kind_with_other_names_and_never_one_actor_twice() -> None:
    def quake(town: str, region: str) -> list[str]:
        return [
            f"A strong earthquake struck {town} in {region} overnight, collapsing homes; rescuers in {town} "
            f"searched the rubble as aftershocks shook {region}.",
            f"Rescuers pulled survivors from collapsed homes in {town} after the earthquake; {region} "
            f"officials in {town} said aftershocks hampered the search of the rubble.",
        ]

    def vote(mayor: str, city: str) -> list[str]:
        return [
            f"Mayor {mayor} of {city} won the budget vote in the council; {mayor} said {city} would hire "
            "teachers and repave roads with the money.",
            f"The {city} council passed mayor {mayor}'s budget, and {mayor} promised {city} new teachers "
            "and repaved roads next year.",
        ]

    events = [
        _event("a", quake("Vellmar", "Ostria")),
        _event("b", vote("Ilse Farrow", "Quenby")),
        _event("c", quake("Dunmere", "Kaltia")),
        _event("d", vote("Ilse Farrow", "Quenby")),  # the same mayor and city again: never a pair
        _event("e", quake("Sorrel", "Maravia"), "2020-03-01"),
        _event("f", quake("Tallow", "Brennia"), "2020-03-03"),  # two days after e: within a window
    ]
    pairs = {(a.key, b.key) for a, b, _cosine in kind_pairs(events, min_cosine=0.1)}
    # two quakes in other places; not the one mayor's two votes, nor two quakes two days apart, nor a
    # quake with a vote (their topic words differ)
    assert pairs == {("a", "c")}
    assert "quenby" in story_names(events[1])[0] and "quenby" in story_names(events[3])[1]


def test_retell_swaps_names_moves_years_and_changes_figures() -> None:
    text = "Marla Voss left Pinecrest in 2019 after 45 days; Voss thanked Pinecrest."
    told = retell(text, {"Marla Voss": "Dara Quell", "Voss": "Quell", "Pinecrest": "Silverbrook"}, 2)
    assert told == "Dara Quell left Silverbrook in 2021 after 48 days; Quell thanked Silverbrook."


def test_separating_classes_the_wrongly_joined_parts_by_names_and_year() -> None:
    fire = "Marta Quenby said the fire at Haldor began in 2019. Marta Quenby saw it from Haldor."
    flood = "Osric Pellam said the flood at Vantry began in 2021. Osric Pellam saw it from Vantry."
    shared = "Marta Quenby and Osric Pellam spoke in 2019 about Haldor. Marta Quenby spoke again."
    blank = "a small fire burned for an hour and nobody was hurt, the crews said on the day."
    docs = [
        PairedDoc("f0", fire, "fire", 0),
        PairedDoc("f1", fire, "fire", 0),
        PairedDoc("w0", flood, "flood", 0),
        PairedDoc("w1", flood, "flood", 0),
        PairedDoc("s0", fire, "quake", 1),
        PairedDoc("s1", fire, "quake", 1),
        PairedDoc("t0", shared, "storm", 1),
        PairedDoc("b0", fire, "blaze", 2),
        PairedDoc("b1", fire, "blaze", 2),
        PairedDoc("n0", blank, "note", 2),
    ]
    # fire + flood: two events naming different people and years; quake + storm: a straggler
    # naming the others' people too, same year; blaze + note: a straggler that names no one
    predicted = ["a", "a", "a", "a", "b", "b", "b", "c", "c", "c"]
    lines = separating(predicted, docs)
    text = "\n".join(lines)
    assert "event     names disjoint" in text and "event     year differ" in text
    assert "straggler key names shared                       parts   1  article pairs    2" in text
    assert "straggler year same" in text
    assert "straggler no key names on a side                 parts   1  article pairs    2" in text
    assert "straggler year no year on a side" in text
    assert separating(["a", "a", "b", "b"], docs[:4]) == lines[:1]
