"""Stop 49 (issue 12 item 4, branch h-conf49): two rules from a new tune list of BASIL triplets, on invented text.

- Another sentence of a source keeps its figure out of a conflict only when it gives the other source's value
  (``conflicts.gives_a_value``): "going through tens of thousands of pages of correspondence" kept the Times's
  "50,000 pages of printed emails" from Fox's "received 55,000 pages of Clinton's emails" (BASIL 2015 a4edca3f).
- Two counts of people harmed in different ways are not one count (``counted.harm_done``): "striking four people" /
  "Six people ... were injured" (BASIL 2017 58f414e5: the people hit and everyone hurt) was a false conflict.
The tests of the two rules fail on main c7cc9a7; the guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop44 import _brief, _values

from newsfuse.align.numbers import find_quantities

_DAY = "2015-03-05"
_FIFTY = (
    _DAY,
    "In December, crates holding 50,000 pages of printed letters from Minister Ilse Varga's private account were "
    "delivered to the ministry.",
)


def _fifty_five(other: str) -> tuple[str, str]:
    return (
        _DAY,
        "The ministry said late Monday that it had received 55,000 pages of Minister Ilse Varga's letters as part of a "
        f"request to former ministers.\n\n{other}",
    )


def test_a_scale_word_elsewhere_does_not_hide_a_figure_that_differs(models):
    """BASIL 2015 a4edca3f: the second source also says its aides went through "tens of thousands of pages", which
    holds 50,000 and 55,000 alike; it is no value of the first source's, and the two figures disagree."""
    brief = _brief(
        models,
        [
            _FIFTY,
            _fifty_five(
                "Her aides chose which letters to hand over after going through tens of thousands of pages of "
                "correspondence."
            ),
        ],
    )
    assert _values(brief) == [["50,000", "55,000"]]
    assert brief.conflicts[0].topic == "number of pages"


def test_a_value_given_elsewhere_still_keeps_the_figure_out(models):
    """Guard: when the second source gives the first's value itself ("about 50,000 pages"), the two agree on it and
    its 55,000 counts something else of the kind (stop 45's rule, unchanged)."""
    brief = _brief(
        models,
        [_FIFTY, _fifty_five("Her aides chose which letters to hand over from about 50,000 pages of correspondence.")],
    )
    assert _values(brief) == []


def test_what_gives_a_value():
    from newsfuse.align.conflicts import gives_a_value

    def first(text: str):
        return find_quantities(text)[0]

    assert gives_a_value(first("received 55,000 pages"))
    assert gives_a_value(first("about 50,000 pages"))
    assert gives_a_value(first("more than 400 delegates"))
    assert gives_a_value(first("three of the eight murder charges"))
    assert not gives_a_value(first("tens of thousands of pages"))
    assert not gives_a_value(first("dozens of boxes"))
    assert not gives_a_value(first("several charges"))
    assert not gives_a_value(first("at least three charges"))


_HIT = (
    "2017-06-15",
    "A gunman opened fire on members of the assembly's football team at a practice in Tessel on Wednesday, striking "
    "four people, including Senator Piet Lunde.",
)
_HURT = (
    "2017-06-14",
    "Six people, including two senators, two police officers, an aide and a lobbyist, were injured when a gunman "
    "opened fire on the assembly's football team at a practice in Tessel on Wednesday.",
)


def test_the_people_hit_and_everyone_hurt_are_no_one_count(models):
    """BASIL 2017 58f414e5: four people struck by the gunman's shots against six hurt in the attack (one of them a
    congressman who hurt his leg diving into the dugout)."""
    assert _values(_brief(models, [_HIT, _HURT])) == []


def test_one_harm_in_two_counts_is_still_a_conflict(models):
    """Guard: both outlets count the people the gunman struck."""
    hit = (
        "2017-06-15",
        "A day earlier, on another ball field, a gunman had opened fire on members of the assembly's football team, "
        "striking four people, including Senator Piet Lunde, who were there for a practice.",
    )
    other = (
        "2017-06-14",
        "A gunman opened fire on members of the assembly's football team at a practice in Tessel, striking six people, "
        "including Senator Piet Lunde.",
    )
    assert _values(_brief(models, [hit, other])) == [["four", "six"]]


def test_shot_dead_is_a_death(models):
    """Guard: "shot dead 12 people" and "killed 15 people" count the dead alike."""
    brief = _brief(
        models,
        [
            ("2020-03-02", "Gunmen shot dead 12 people at the cattle market in Tessel on Sunday, the police said."),
            ("2020-03-02", "Gunmen killed 15 people at the cattle market in Tessel on Sunday, the police said."),
        ],
    )
    assert _values(brief) == [["12", "15"]]


def test_harm_done_reads_the_verb_that_takes_the_count(models):
    from newsfuse.align.counted import harm_done
    from newsfuse.align.same_thing import SameThing
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    texts = [
        "The gunman was striking four people at the practice.",
        "Six people, including an aide, were injured in the attack.",
        "Gunmen shot dead 12 people at the market.",
        "Two people died in the fire.",
        "Four people hit the ground when the shots rang out.",
        "Four people were shot to death at the market.",
        "The team signed four players.",
    ]
    story = story_from_documents([RawDocument(path="0.txt", text="\n\n".join(texts))], Options(), models, [])
    index = {s.text: i for i, s in enumerate(story.sentences)}
    gate = SameThing(story, models.parse)
    got = [harm_done(gate, index[t], find_quantities(t)[0]) for t in texts]
    assert got == ["hit", "injury", "death", "death", None, "death", None]
