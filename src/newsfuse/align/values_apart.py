"""Two members of one fact that give the two sides of a disagreement do not back each other (issue 12 item 4).

A conflict the product emits names each side's value as its outlet wrote it ("Norwalk" / "Norfolk", "on Friday" /
"Saturday", "125" / "At least 144"). ``Conflicts.contradicted`` keeps the outlets of one side from being cited for
the very sentences of the other side, but another sentence of that side is no such sentence: the fact graph showed
"... Mr. Blumenthal said to the group gathered in Norwalk in March 2008." citing the outlet that places the event in
Norfolk, through its Norfolk sentence (BASIL 2010 Blumenthal, conflicts57 tune, stop 59's ``agreed`` column), so the
brief listed the conflict and, under Facts, the two outlets agreeing on one side of it. A reader trusts the second
more than the first.

Here each item (a sentence, or a claim of one) is read for the disputed values it names, per conflict, and a member
that names only values of one side never backs an item that names only values of another: the fact is split (the
refused member is a fact of its own, ``facts.unbacked_members``) instead of citing both sides as agreeing. Only
conflicts whose every value is written in its own claim are read (a status's "done" / "still to come" is a label,
not words of the article).

A day is read where no conflict was emitted too (align/other_days.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsfuse.records import Conflict

# item -> conflict (its index in the story's list) -> the claims (indices) whose value the item names
Carried = dict[int, dict[int, frozenset[int]]]


def _pattern(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(value.lower())}(?!\w)")


def written_values(conflict: Conflict) -> list[re.Pattern[str]] | None:
    """A pattern per claim of the value as written, or None when a value is a label its claim does not print."""
    if any(not c.value.strip() or c.value.lower() not in c.text.lower() for c in conflict.claims):
        return None
    return [_pattern(c.value) for c in conflict.claims]


def carried_values(conflicts: Sequence[Conflict], texts: Sequence[str]) -> Carried:
    """For each item of ``texts`` that names a disputed value, the claims of each conflict whose value it names."""
    patterns = [(k, p) for k, c in enumerate(conflicts) if (p := written_values(c)) is not None]
    found: Carried = {}
    for n, text in enumerate(texts):
        lowered = text.lower()
        for k, claims in patterns:
            named = frozenset(m for m, p in enumerate(claims) if p.search(lowered))
            if named:
                found.setdefault(n, {})[k] = named
    return found


def tells_other_value(carried: Mapping[int, Mapping[int, frozenset[int]]], shown: int, member: int) -> bool:
    """Whether ``member`` names only values of a conflict that ``shown`` does not name, where ``shown`` names one
    of its values too: the two give two sides of one disagreement (a member that names both sides reports both,
    and backs either)."""
    theirs = carried.get(member)
    if not theirs:
        return False
    for k, mine in carried.get(shown, {}).items():
        other = theirs.get(k)
        if other is not None and not mine & other:
            return True
    return False
