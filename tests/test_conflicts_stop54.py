"""Stop 54 (issue 12 item 4, branch h-conf54): a half read with its number, on invented text.

- "three and a half hours" was read as three hours, "two-and-a-half years" as two (of "combing"), "1 1/2 years" as
  "about 1" of "before", and "a block and a half" / "half an hour" as nothing: a figure told with a half in words
  was set against, or agreed with, a figure it is not. ``numbers.find_quantities`` now reads the half with its
  number (2.5, 3.5, 1.5, 0.5), names the thing measured after the whole phrase, and says no last digit for it.
- So "two blocks" / "a block and a half" from one place (the editor's read of stop 54: a fact cited both outlets)
  and "three hours" / "three and a half hours" of one wait are conflicts, and "two and a half years" / "2.5 years"
  (the same figure in words and in digits) is none.
- Guards: a conversion ("half an hour" / "30 minutes", two units), "half a dozen" (six, as before), a half-scale
  ("half a million people"), and the figures the rule never reads ("one of the", a clock time).
On main 6169eda the three reading tests and the two brief-level conflict tests fail (main read "half a million" as
nothing, too); the "2.5 years" and conversion guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop50 import _conflicts, _story

from newsfuse.align.numbers import find_quantities


def _read(text: str) -> list[tuple[str, float, float, str, str]]:
    return [(q.text, q.low, q.high, q.unit, q.noun.split(":")[0]) for q in find_quantities(text)]


def test_a_half_is_read_with_its_number():
    assert _read("They waited three and a half hours for the bus.") == [
        ("three and a half", 3.5, 3.5, "duration", "hour")
    ]
    assert _read("He spent two-and-a-half years in the archive.") == [("two-and-a-half", 2.5, 2.5, "duration", "year")]
    assert _read("The race ran 1 1/2 miles.") == [("1 1/2", 1.5, 1.5, "count", "mile")]
    assert _read("It cost two and a half million dollars.")[0][1:4] == (2.5e6, 2.5e6, "money")


def test_a_measure_told_in_halves_without_a_figure_is_read():
    assert _read("The car stopped a block and a half away.") == [("a block and a half", 1.5, 1.5, "count", "block")]
    assert _read("She lived half a mile from the school.") == [("half a mile", 0.5, 0.5, "count", "mile")]
    assert _read("The talks lasted an hour and a half.") == [("an hour and a half", 1.5, 1.5, "duration", "hour")]
    ((_text, low, high, unit, noun),) = _read("He waited at least half an hour.")
    assert (low, unit, noun) == (0.5, "duration", "hour") and high == float("inf")


def test_halves_the_reader_already_had_or_never_reads_are_unchanged():
    """Guard: "half a dozen" is six; "half a million" is half of a scale; "one of" and a clock time stay out."""
    assert _read("Half a dozen boats sank.")[0][1:3] == (5.4, 6.6000000000000005)
    assert _read("Half a million people marched.") == [("Half a million", 500000.0, 500000.0, "count", "people")]
    assert _read("One of the boats sank at 3:30 p.m.") == []


def test_two_blocks_and_a_block_and_a_half_from_one_place_disagree(models):
    brief = _story(
        models,
        "Police said the gunman opened fire on the crowd two blocks from the Halvorsen Street courthouse.",
        "Police said the gunman opened fire on the crowd a block and a half from the Halvorsen Street courthouse.",
    )
    assert [values for _, values in _conflicts(brief)] == [["a block and a half", "two"]]


def test_three_hours_and_three_and_a_half_hours_of_one_wait_disagree(models):
    brief = _story(
        models,
        "Passengers of the stranded Vell Airways flight waited three hours on the runway before buses came.",
        "Passengers of the stranded Vell Airways flight waited three and a half hours on the runway before buses came.",
    )
    assert [values for _, values in _conflicts(brief)] == [["three", "three and a half"]]


def test_one_figure_in_words_and_in_digits_agrees(models):
    """Guard: "two and a half years" is 2.5 years, not two."""
    brief = _story(
        models,
        "The restoration of the Vell chapel organ took two and a half years to finish, the parish said.",
        "The restoration of the Vell chapel organ took 2.5 years to finish, the parish said.",
    )
    assert _conflicts(brief) == []


def test_half_an_hour_and_thirty_minutes_is_no_conflict(models):
    """Guard: a unit conversion is one figure."""
    brief = _story(
        models,
        "Passengers of the stranded Vell Airways flight waited half an hour on the runway before buses came.",
        "Passengers of the stranded Vell Airways flight waited 30 minutes on the runway before buses came.",
    )
    assert _conflicts(brief) == []


# A year of one past event (``align/years.py``): the labels of stop 54 hold three real disagreements of a year among
# the ten of their tune part that main missed (Multi-News row 105 "in 1899" / "in 1900", BASIL 2013 "from 1966 to
# 1978" / "from 1967 to 1979", and conflicts52's "2012 memoir" / "2011 autobiography"), each fact shown citing both.
_HEIST = "The coins were stolen from the Harlow Mint in {} by a clerk who was never caught, the historians said."
_SEAT = "Ilse Varga became the first woman to hold the seat since Mara Lunde, who held the seat {}, the party said."


def test_two_years_of_one_event_are_a_conflict(models):
    brief = _story(models, _HEIST.format(1899), _HEIST.format(1900))
    assert _conflicts(brief) == [("year", ["in 1899", "in 1900"])]


def test_two_spans_of_one_tenure_are_a_conflict(models):
    brief = _story(models, _SEAT.format("from 1966 to 1978"), _SEAT.format("from 1967 to 1979"))
    assert _conflicts(brief) == [("year", ["from 1966 to 1978", "from 1967 to 1979"])]


def test_a_fact_is_not_cited_for_an_outlet_giving_another_year(models):
    brief = _story(models, _HEIST.format(1899), _HEIST.format(1900))
    for fact in brief.facts:
        if "stolen" in fact.text:
            assert len(fact.sources) == 1, (fact.text, fact.sources)


def test_years_further_apart_than_a_slip_are_two_events(models):
    """Guard: "in 1899" / "in 1906" — another theft, not a slip."""
    assert _conflicts(_story(models, _HEIST.format(1899), _HEIST.format(1906))) == []


def test_an_outlet_that_gives_both_years_tells_both(models):
    """Guard: an article that names the other year too ("Was it 1899, or 1900?") reports the discrepancy itself."""
    first = _HEIST.format(1899) + " Some records give the year as 1900, the historians added."
    assert _conflicts(_story(models, first, _HEIST.format(1900))) == []


def test_a_sentence_with_two_years_tells_a_sequence(models):
    """Guard: "elected in 2010 and re-elected in 2012" / "elected in 2011" is left out (two years, one sentence)."""
    first = "Mara Lunde was elected to the Harlow council in 2010 and re-elected in 2012, the party said."
    second = "Mara Lunde was elected to the Harlow council in 2011, the party said."
    assert _conflicts(_story(models, first, second)) == []


def test_a_year_before_two_nouns_is_left_alone(models):
    """Guard (and the documented miss): "his 2012 memoir" / "his 2011 autobiography" share no noun; an artist's
    "2012 album" / "2011 album" may be two albums, so only the same noun after the year, or "in", is compared."""
    first = "Lunde described the fire in his 2012 memoir about the years he spent at the Harlow works."
    second = "Lunde described the fire in his 2011 autobiography about the years he spent at the Harlow works."
    assert _conflicts(_story(models, first, second)) == []


def test_a_year_counted_from_another_tells_a_sequence(models):
    """Guard (Multi-News row 21, conflicts52's tune story, found by the rule's first run): "released their first demo
    in 1992 ..., which they followed up a year later with their debut" gives the debut's year as 1993, as the other
    outlet does; the sentence's one written year is the demo's."""
    first = "The pair released their debut album, Harlow Nights, in 1993, after changing their name."
    second = (
        "The pair released their first demo together in 1992, which they followed up a year later with their debut "
        "album, Harlow Nights, after changing their name."
    )
    assert _conflicts(_story(models, first, second)) == []


def test_years_of_two_acts_are_no_conflict(models):
    """Guard (Multi-News row 152, gold tune, found by the rule's first run): "convicted in 1992" / "accused them in
    1991" date two acts of one case; the words before the two years share nothing."""
    first = "The Harlow couple was convicted in 1992 of sexually abusing a three-year-old girl at their day care."
    second = (
        "The Harlow case made national news after three children accused them in 1991 of sexually abusing a "
        "three-year-old girl at their day care."
    )
    assert _conflicts(_story(models, first, second)) == []
