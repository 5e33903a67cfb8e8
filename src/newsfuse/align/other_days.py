"""A member dated to other weekdays than the shown item does not back it (issue 12 item 4, stop 60).

A sentence that dates what it tells to other weekdays than the shown one, and to none of the shown one's, tells
another event, or the same event on another day; either way it does not back it, and citing it shows two outlets
agreeing where they tell two days. The fact graph showed "Maine Gov. Paul LePage (R) said Wednesday that he has no
plans to resign." citing the outlet whose sentence is "LePage opened the door Tuesday to making an early exit ..."
(BASIL 2016, conflicts57 tune: the two statuses the set labels a disagreement). Weekday names are compared as
written, unresolved: two outlets name one event's weekday alike, whatever day each was published.

A part of the day against a clock time is read the same way (:func:`other_time_of_day`): "Christie made a public
announcement Tuesday afternoon ..." cited the outlet whose "... today at 11am" is a morning (BASIL 2015, conflicts54
tune). ``units.backs`` already keeps two clock times apart; a part of the day named against no clock time, or two
parts of the day, are left alone (a "morning" and a "night" report can both tell a night that ran into the morning).
"""

from __future__ import annotations

import re

from newsfuse.align.units import clock_times, quoted_part

_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)


def weekdays(text: str) -> frozenset[str]:
    """The weekdays a sentence names outside quotation marks (a speaker's "tomorrow" or "Friday" counts from the
    day they spoke, which the outlet does not give)."""
    quoted = quoted_part(text)
    return frozenset(m.group(1).lower() for m in _WEEKDAY.finditer(text) if m.group() not in quoted)


def other_weekdays(shown: str, cited: str) -> bool:
    """Whether both sentences name a weekday and share none."""
    mine, theirs = weekdays(shown), weekdays(cited)
    return bool(mine) and bool(theirs) and not mine & theirs


# the minutes after midnight each part of the day covers (a night runs past midnight: two ranges)
_PARTS = {
    "morning": ((300.0, 720.0),),
    "afternoon": ((720.0, 1080.0),),
    "evening": ((1020.0, 1320.0),),
    "night": ((1200.0, 1440.0), (0.0, 300.0)),
    "tonight": ((1200.0, 1440.0), (0.0, 300.0)),
}
_PART = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b", re.I)


def parts_of_day(text: str) -> frozenset[str]:
    """The parts of the day a sentence names outside quotation marks."""
    quoted = quoted_part(text)
    return frozenset(m.group(1).lower() for m in _PART.finditer(text) if m.group() not in quoted)


def _outside(parts: frozenset[str], text: str) -> bool:
    """Whether ``text`` gives clock times, names no part of the day, and none of its times falls in ``parts``."""
    times = clock_times(text)
    if not parts or not times or parts_of_day(text):
        return False
    return not any(lo <= t.low < hi for t in times for part in parts for lo, hi in _PARTS[part])


def other_time_of_day(shown: str, cited: str) -> bool:
    """Whether one sentence names a part of the day and the other gives only clock times outside it."""
    return _outside(parts_of_day(shown), cited) or _outside(parts_of_day(cited), shown)
