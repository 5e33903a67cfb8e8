"""Two members of one fact that give the two sides of a disagreement do not back each other (stop 60, issue 12
item 4: align/values_apart.py). Fails on main bbf8adf7: the module is absent there, and the fact graph cited the
outlet of the other side through its own sentence of that side (conflicts57 tune, BASIL 2010: "Norwalk" /
"Norfolk")."""

from __future__ import annotations

import numpy as np

from newsfuse.align.values_apart import carried_values, tells_other_value, written_values
from newsfuse.records import Claim, Conflict

PLACE = Conflict(
    topic="place: event",
    claims=[
        Claim(text="He spoke to veterans gathered in Norwalk in March.", value="Norwalk", sources=["S1"]),
        Claim(text="He spoke at an event in Norfolk in March.", value="Norfolk", sources=["S2"]),
    ],
)
STATUS = Conflict(
    topic="done or still to come",
    claims=[
        Claim(text="He is expected to be charged.", value="still to come", sources=["S1"]),
        Claim(text="He has been charged.", value="done", sources=["S2"]),
    ],
)
TEXTS = [
    "“We have learned something,” he told the group gathered in Norwalk in March.",  # one side, not its claim
    "The remarks came at a 2008 event in Norfolk, the campaign said.",  # the other side
    "Reports placed the event in Norwalk, though one said Norfolk.",  # both sides
    "He served six months on Parris Island.",  # neither
]


def test_each_item_names_the_values_it_carries() -> None:
    carried = carried_values([PLACE], TEXTS)
    assert carried == {0: {0: frozenset({0})}, 1: {0: frozenset({1})}, 2: {0: frozenset({0, 1})}}


def test_a_member_naming_only_the_other_side_does_not_back() -> None:
    carried = carried_values([PLACE], TEXTS)
    assert tells_other_value(carried, 0, 1) and tells_other_value(carried, 1, 0)
    assert not tells_other_value(carried, 0, 2)  # it reports both sides
    assert not tells_other_value(carried, 2, 1)
    assert not tells_other_value(carried, 0, 3) and not tells_other_value(carried, 3, 1)  # it names no value


def test_a_label_that_its_claim_does_not_print_is_not_read() -> None:
    assert written_values(STATUS) is None
    assert carried_values([STATUS], ["What he has done is still to come, he said.", "It is done."]) == {}


def test_the_graph_does_not_cite_the_other_side(fast_models) -> None:  # type: ignore[no-untyped-def]
    """A two-member unit whose members give the two places of an emitted conflict cites only the shown one's
    outlet; without the conflict it cites both."""
    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    first = "The senator told veterans gathered in Norwalk in March 2008 that he had served in Vietnam."
    second = "The senator told veterans at a March 2008 event in Norfolk that he had served in Vietnam."
    documents = [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    units = UnitMap([Unit([0, 1])], [0, 0], [quantities_of(t) for t in texts], np.ones((2, 2)), 0.9)
    backing = Backing.of(story)
    assert len(fact_sources(story, units, [0, 1], 0, backing)) == 2
    units.carried = carried_values([PLACE], texts)
    assert fact_sources(story, units, [0, 1], 0, backing) == [story.sentences[0].article_id]


def test_a_member_dated_to_another_weekday_does_not_back() -> None:
    """align/other_days.py: two sentences that each name weekdays and share none tell two days; a weekday inside a
    speaker's quotation is the speaker's, and one shared weekday is enough."""
    from newsfuse.align.other_days import other_weekdays, weekdays

    shown = "The governor said Wednesday that he has no plans to resign."
    assert other_weekdays(shown, "The governor opened the door Tuesday to an early exit.")
    assert not other_weekdays(shown, "The governor, who spoke Tuesday, said on Wednesday he would stay.")
    assert not other_weekdays(shown, "The governor has no plans to resign.")  # no day: nothing to compare
    assert weekdays('"We will decide by Friday," the governor said on Monday.') == {"monday"}


def test_the_graph_does_not_cite_a_member_of_another_day(fast_models) -> None:  # type: ignore[no-untyped-def]
    """With ``AlignOptions.other_days`` the citation check (facts.Backing.states) refuses the member of another weekday,
    and keeps it on the same."""
    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    def cited(first: str, second: str, on: bool = True) -> int:
        documents = [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)]
        story = story_from_documents(documents, Options(), fast_models, [])
        texts = [s.text for s in story.sentences]
        units = UnitMap([Unit([0, 1])], [0, 0], [quantities_of(t) for t in texts], np.ones((2, 2)), 0.9)
        backing = Backing.of(story)
        backing.other_days = on  # AlignOptions.other_days, off by default
        return len(fact_sources(story, units, [0, 1], 0, backing))

    shown = "Governor Alden Marsh said on Wednesday that he would not resign from the governorship."
    other = "Governor Alden Marsh said on Tuesday that he might resign from the governorship early."
    assert cited(shown, other) == 1
    assert cited(shown, other, on=False) == 2
    assert cited(shown, "Governor Alden Marsh said Wednesday that he would not resign from the governorship.") == 2


def test_a_part_of_the_day_against_a_clock_time_outside_it() -> None:
    """align/other_days.py: "afternoon" against only "11am" is two times; against "3 p.m." or a morning at "11am"
    one; a night may run to 1 a.m.; a sentence that names its own part of the day is left alone."""
    from newsfuse.align.other_days import other_time_of_day

    shown = "The senator made the announcement Tuesday afternoon at his old high school."
    assert other_time_of_day(shown, "The senator will make the announcement today at 11am.")
    assert other_time_of_day("The senator will make the announcement today at 11am.", shown)
    assert not other_time_of_day(shown, "The senator made the announcement at 3 p.m. Tuesday.")
    assert not other_time_of_day("The announcement came in the morning.", "It came at 11am.")
    assert not other_time_of_day("The crash came late Saturday night.", "The crash came at 1 a.m.")
    assert not other_time_of_day(shown, "He spoke at 11am on Tuesday morning and left.")
