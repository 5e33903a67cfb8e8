"""Stop 50 (issue 12 item 4, branch h-conf50): the classes the edit bench (``bench/conflict_edits.py``) found
failing, on invented text.

- A weekday before its act ("Lunde on Monday signed ...") in articles with no publication date: the day rule reads
  the words before a day, and a bare weekday needs two plain words there; the act is now read from the parse for
  weekday names too (``disagreements._act_days``).
- Another named person for one act ("Senator Joan Pike signed the measure" / "Senator Tomas Varga signed the
  measure"): two people are of one kind when the sentences tell one event (``other_party.PEOPLE_SIMILARITY``), and a
  written-out title is no name word.
- A status a later report overturns, for the acts beyond charged / arrested / found: "has not yet been identified" /
  "was identified as".
- Guard: a sentence giving a span ("between January 1 and December 31") in two outlets sets no start against its end.
The tests of the rules fail on main 26c8f92; the guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop44 import _brief

_CONTEXT_A = (
    "The assembly in Harlow voted this week on a long-debated plan to rebuild the river embankment before the winter "
    "floods, after months of talks between the city's two largest parties."
)
_CONTEXT_B = (
    "Work on the embankment is to start in the spring, and the city expects the first stretch along the old harbour to "
    "be finished within the year, officials of the works department said."
)


def _story(models, first: str, second: str, published: str | None = None):
    return _brief(models, [(published, f"{_CONTEXT_A}\n\n{first}"), (published, f"{second}\n\n{_CONTEXT_B}")])


def _conflicts(brief) -> list[tuple[str, list[str]]]:
    return [(c.topic, sorted(claim.value for claim in c.claims)) for c in brief.conflicts]


def test_a_weekday_before_its_act_is_compared(models):
    brief = _story(
        models,
        "Mayor Ilse Varga on Monday signed the embankment plan into law at a short ceremony in the council chamber.",
        "Mayor Ilse Varga on Friday signed the embankment plan into law at a short ceremony in the council chamber.",
    )
    assert [values for _, values in _conflicts(brief)] == [["on Friday", "on Monday"]]


def test_a_weekday_of_a_statement_is_not_compared(models):
    """Guard: two statements on two days are no disagreement about when something happened (stop 24's rule)."""
    brief = _story(
        models,
        "Mayor Ilse Varga said on Monday that the embankment plan would be signed at a short ceremony.",
        "Mayor Ilse Varga said on Friday that the embankment plan would be signed at a short ceremony.",
    )
    assert _conflicts(brief) == []


def test_another_person_for_one_act_is_a_conflict(models):
    brief = _story(
        models,
        "Senator Joan Pike signed the embankment measure at a short ceremony in the council chamber on the river.",
        "Senator Tomas Varga signed the embankment measure at a short ceremony in the council chamber on the river.",
    )
    assert _conflicts(brief) == [("who signed measure", ["Senator Joan Pike", "Senator Tomas Varga"])]


def test_one_person_named_two_ways_is_no_conflict(models):
    """Guard: the same senator by her surname alone."""
    brief = _story(
        models,
        "Senator Joan Pike signed the embankment measure at a short ceremony in the council chamber on the river.",
        "Pike signed the embankment measure at a short ceremony in the council chamber on the river.",
    )
    assert _conflicts(brief) == []


def test_two_people_in_sentences_of_two_events_are_no_conflict(models):
    """Guard: a person is a kind of party only between sentences that tell one event; two goals of a match are two
    acts of two players."""
    brief = _story(
        models,
        "Piet Lunde scored the first goal for Harlow in the ninth minute after a long run down the left wing.",
        "Late in the second half, with the crowd on its feet, Marta Osgood scored a goal from a corner kick.",
    )
    assert _conflicts(brief) == []


def test_identified_against_not_yet_identified_is_a_conflict(models):
    brief = _story(
        models,
        "The man who climbed the embankment wall in Harlow during the ceremony was later identified as Vitalii "
        "Brandt, a local prankster.",
        "The man who climbed the embankment wall in Harlow during the ceremony has not yet been identified.",
    )
    assert [topic for topic, _ in _conflicts(brief)] == ["done or still to come"]


def test_a_span_told_by_two_outlets_sets_no_start_against_its_end(models):
    brief = _story(
        models,
        "The yearly survey of the works department counted 1,600 workers hired between January 1 and December 31, "
        "2014, across the whole of the river district.",
        "The works department survey counted 1,600 workers hired between January 1 and December 31, 2014, across the "
        "river district.",
    )
    assert _conflicts(brief) == []


def test_two_counts_of_one_part_named_alike_are_a_conflict(models):
    brief = _story(
        models,
        "The council session came hours after two additional packages were found at the embankment office in Harlow.",
        "The council session came hours after four additional packages were found at the embankment office in Harlow.",
    )
    assert _conflicts(brief) == [("number of packages", ["four", "two"])]


def test_a_part_of_the_whole_is_still_no_rival_count(models):
    """Guard: "three of the workers" is a part of the whole another outlet counts (the issue's "two broad
    declarations" of the 14 agreements)."""
    brief = _story(
        models,
        "Police said three of the workers were injured when the embankment wall in Harlow gave way on the river side.",
        "Police said eleven workers were injured when the embankment wall in Harlow gave way on the river side.",
    )
    assert _conflicts(brief) == []


def test_a_duration_of_one_event_is_compared(models):
    brief = _story(
        models,
        "The embankment closures, which lasted for four days, caused long traffic jams across the centre of Harlow.",
        "The embankment closures, which lasted for six days, caused long traffic jams across the centre of Harlow.",
    )
    assert _conflicts(brief) == [("number of days", ["four", "six"])]


def test_a_duration_in_other_units_is_no_conflict(models):
    """Guard: two weeks told as 14 days (a unit conversion) is one value."""
    brief = _story(
        models,
        "The embankment closures, which lasted for two weeks, caused long traffic jams across the centre of Harlow.",
        "The embankment closures, which lasted for 14 days, caused long traffic jams across the centre of Harlow.",
    )
    assert _conflicts(brief) == []


def test_durations_of_two_events_are_not_compared(models):
    """Guard: a duration with no word of what lasted is compared only between sentences of one event."""
    brief = _story(
        models,
        "Last spring a strike at the Harlow docks lasted for four days before the union accepted a new offer.",
        "Repairs to the old lighthouse on the north shore are expected to take about six days, the works office said.",
    )
    assert _conflicts(brief) == []


def test_a_weekday_of_two_meetings_told_with_places_alone_is_no_conflict(models):
    """Guard (the shared corpus: Xi and Putin met on Monday and on Tuesday): the act and two places in common are no
    sign of one meeting; a weekday name needs two plain words of what happened in common."""
    brief = _story(
        models,
        "Mayor Ilse Varga and Governor Piet Lunde met Tuesday in Harlow, in a summit closely watched by neighbours "
        "worried about the ties between Harlow and Tessel.",
        "On Monday, Governor Piet Lunde met with his old friend Ilse Varga in Harlow, seeking closer trade with an "
        "ally while promoting Tessel as a peacemaker.",
    )
    assert _conflicts(brief) == []
