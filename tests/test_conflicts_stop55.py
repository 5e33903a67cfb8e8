"""Stop 55 (issue 12 item 4, branch h-conf55): a named person's rank or academic title, told differently by two
outlets in sentences of different facts, on invented text.

Editor read #26 found "Matthew Kanan, an assistant professor of chemistry" (Multi-News row 56, S3) against "Matthew
Kanan, an associate professor of chemistry" (S4), and "Lt. Colonel Packard (Samuel L. Jackson)" (row 46, S2) against
"an irascible lieutenant (Samuel L. Jackson)" (S3): each in a fact of its own, no rule comparing them
(``align/titles.py``). The two conflict tests and the citation test fail on main f25a297 (no conflict; the reading
tests import a module main does not have); the brief-level guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop44 import _brief

from newsfuse.align.titles import agree, titles_in

_A = (
    "Researchers at Carden University said on Monday they had found a copper catalyst that turns carbon monoxide into "
    "ethanol at room temperature. The team published its results in the journal Catalysis Letters. {title}"
)
_B = (
    "A copper catalyst that makes ethanol from carbon monoxide could one day cut the cost of clean fuel, a study from "
    "Carden University suggests. {title} The method still needs far cheaper electricity to compete with maize."
)


def _values(brief) -> list[tuple[str, list[str]]]:
    return [(c.topic, sorted(claim.value for claim in c.claims)) for c in brief.conflicts]


def _two(models, first: str, second: str):
    return _brief(models, [(None, _A.format(title=first)), (None, _B.format(title=second))])


def test_titles_are_read_bound_to_a_name():
    read = [(t.person, t.rank, t.text) for t in titles_in("said Helena Marsh, an associate professor of chemistry.")]
    assert read == [("helena marsh", "associate professor", "associate professor")]
    read = [(t.person, t.rank) for t in titles_in("an escort led by Lt. Col. Packard (Samuel L. Jackson), who fumes")]
    assert read == [("samuel jackson", "lieutenant colonel")]
    assert [(t.person, t.rank) for t in titles_in("Maj. Gen. Ivo Brandt said")] == [("ivo brandt", "major general")]


def test_a_rank_word_that_is_no_rank_is_not_read():
    """Guard: another noun after the rank, a rank of another time, a lower-case word that is often no rank."""
    assert titles_in("Jane Okafor, a lieutenant governor, said.") == []
    assert titles_in("Tom Ferris, the general manager, said.") == []
    assert titles_in("Ann Ruiz, a former colonel, said.") == []
    assert titles_in("Ann Ruiz, a visiting professor at Yale, said.") == []
    assert titles_in("Lt. Gov. Dan Patrick said.") == []


def test_a_short_form_agrees_with_its_rank():
    assert agree("lieutenant colonel", "colonel") and agree("associate professor", "professor")
    assert not agree("lieutenant colonel", "lieutenant") and not agree("assistant professor", "associate professor")


def test_two_academic_ranks_of_one_person_disagree(models):
    brief = _two(
        models,
        '"It is a difficult reaction," said Helena Marsh, an assistant professor of chemistry at Carden.',
        '"You get the same fuel," says Helena Marsh, an associate professor of chemistry at Carden.',
    )
    assert _values(brief) == [("rank of Helena Marsh", ["assistant professor", "associate professor"])]


def test_a_rank_in_a_cast_list_disagrees_with_another(models):
    brief = _brief(
        models,
        [
            (
                None,
                "The film follows a survey team to an island in 1973. The team includes a military escort led by Lt. "
                "Col. Preston Hale (Samuel L. Jackson), who is still angry about the war.",
            ),
            (
                None,
                "The island film is set in 1973 and follows a survey team. The scientists are protected by a "
                "helicopter squadron led by an irascible lieutenant (Samuel L. Jackson) fresh from the war.",
            ),
        ],
    )
    assert _values(brief) == [("rank of Samuel L. Jackson", ["Lt. Col.", "lieutenant"])]


def test_a_sentence_giving_one_rank_is_not_cited_for_the_other(models):
    brief = _two(
        models,
        '"It is a difficult reaction," said Helena Marsh, an assistant professor of chemistry at Carden.',
        '"It is a difficult reaction," said Helena Marsh, an associate professor of chemistry at Carden.',
    )
    assert _values(brief) == [("rank of Helena Marsh", ["assistant professor", "associate professor"])]
    for fact in brief.facts:
        if "Helena Marsh" in fact.text:
            assert len(fact.sources) == 1, (fact.text, fact.sources)


def test_a_short_form_two_people_or_a_promotion_is_no_conflict(models):
    """Guards: "professor" is any professor's; two people of one rank word; an outlet telling both ranks."""
    said = '"It is a difficult reaction," said {name}, {rank} of chemistry at Carden.'
    for first, second in [
        (("Helena Marsh", "a professor"), ("Helena Marsh", "an associate professor")),
        (("Helena Marsh", "an assistant professor"), ("Joel Brandt", "an associate professor")),
    ]:
        one = said.format(name=first[0], rank=first[1])
        other = said.format(name=second[0], rank=second[1])
        assert _values(_two(models, one, other)) == [], (first, second)
    both = said.format(name="Helena Marsh", rank="an assistant professor") + (
        " Helena Marsh, an associate professor at Carden since May, led the work."
    )
    assert _values(_two(models, both, said.format(name="Helena Marsh", rank="an associate professor"))) == []


_CHASE = (
    "The van sped off after the sedan toward Halvorsen Street and Birch Avenue, which is {first} away, witnesses said."
)
_SHOT = (
    "According to police, Marcus Dell was shot {second} away near the corner of Halvorsen Street and Birch Avenue, "
    "where the sedan stopped."
)


def test_a_distance_to_one_place_told_in_two_facts_disagrees(models):
    """Editor read #24 (Multi-News row 32): "which is a block and a half away" of the two streets against "Smith was
    shot two blocks away near the intersection of" them. The parse gave the second figure its subject's owner (the
    man shot) and the first the streets', so the owner gate set them apart; a distance is now measured to the
    place its "away" names (``same_thing._measured_from``)."""
    brief = _brief(
        models,
        [(None, _CHASE.format(first="a block and a half")), (None, _SHOT.format(second="two blocks"))],
    )
    assert [values for _, values in _values(brief)] == [["a block and a half", "two"]]


def test_a_distance_to_another_place_is_no_conflict(models):
    """Guard: the two figures measured to two places stay apart."""
    chase = (
        "The van sped off after the sedan toward Halvorsen Street, which is a block and a half away, witnesses said."
    )
    shot = "According to police, Marcus Dell was shot two blocks away near Marlow Park, where the sedan stopped."
    assert _values(_brief(models, [(None, chase), (None, shot)])) == []
