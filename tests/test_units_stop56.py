"""Stop 56 (h-multi56): a sentence that states a figure in a few words joins the same sentence of another outlet.

"He was 89." in both obituaries of Multi-News row 96 (pair score 1.0) never joined: the word floor that keeps a chant
out of the lede's unit (stop 44) counted no content word in it, so each outlet's telling of the age was listed
single-source (docs/synthesis.md, "Stop 56 — h-multi56"). Such a sentence joins only its like: let into any unit, its
one rare figure drew a longer sentence out of another fact's unit. On main's ``src`` ``bare_figure`` does not exist
(the import fails) and the two ages stay in units of their own (the unit test's assertion fails)."""

from __future__ import annotations

import numpy as np
import pytest

from newsfuse.records import Article


@pytest.mark.parametrize(
    ("a", "b", "joins"),
    [
        ("He was 89.", "He was 89.", True),
        ("He was 41.", "Devin was 41.", False),  # one names him, the other does not
        ("He was 41.", "He was 42.", False),
        ("In 2013.", "In 2013.", False),  # a bare year says when, not what
        ("Brant!", "Brant!", False),  # a chant
        ("18.", "18.", False),  # a list's number left alone
        ("Ada Brant resigned.", "Ada Brant resigned.", False),  # over the word floor: the ordinary pairs
    ],
)
def test_two_bare_figures_join_when_they_say_the_same(a: str, b: str, joins: bool) -> None:
    from newsfuse.align.units import same_bare_figure

    assert same_bare_figure(a, b) is joins


def test_an_age_told_alone_by_two_outlets_joins_one_unit_and_no_other(fast_models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.align.support import support_map
    from newsfuse.align.units import build_units
    from newsfuse.nlp.analyse import analyse
    from newsfuse.options import AlignOptions

    articles = [
        Article(
            "S1", "0.txt", None, None, None, None, ["Ada Brant, the mayor of Keld, died on Tuesday.", "He was 89."]
        ),
        Article(
            "S2", "1.txt", None, None, None, None, ["The 89-year-old former mayor Ada Brant has died.", "He was 89."]
        ),
    ]
    story = analyse(articles, fast_models)
    assert [s.text for s in story.sentences][1::2] == ["He was 89.", "He was 89."]
    # the bare figure scores high with the other outlet's longer sentence too (its one rare figure), and must not
    # take that sentence from the death's unit
    known = np.array([[1.0, 0.0, 0.95, 0.0], [0.0, 1.0, 0.99, 1.0], [0.95, 0.99, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0]])
    params = AlignOptions(same_fact="cosine", support_threshold=0.9)
    units = build_units(story, support_map(story, 0.9), params, known=known)
    assert units.unit_of[1] == units.unit_of[3] != units.unit_of[0]
    assert units.unit_of[0] == units.unit_of[2]
