"""An age the sentence gives apart from its name: "He was 35." after "Colin Kroll, a tech executive who co-founded
the HQ Trivia app, has died." (AP), "Kroll was 34." and "Colin Kroll Dead at 34 of Apparent Drug Overdose" (TMZ),
"died Monday at age 82", "aged 34".

``numbers`` reads an age only where the name stands right by the figure ("66-year-old Frank Macomber", "Macomber,
65,"); the closing line of an obituary or a crime report ("He was 35.") and the age of a death ("died at 82") were
counts of nothing, never compared, and two outlets that give one person two ages were no disagreement (Multi-News
validation row 73, stop 46). The person is

- the name that is the subject of "was" / "is" right before the figure ("Kroll was 34."), when the story names that
  person (a PERSON mention's last word anywhere in it);
- for "He was 35." / "She is 91.", the one person the article's previous sentence names (none when it names two);
- for "died ... at (age) 82", "dead at 34", "aged 34", the last person named before the figure in the sentence (in a
  headline, the name right before "Dead"), else the one person of the previous sentence; none when two people are
  named together before it ("Malia and Sasha Obama, aged 16 and 13").

The figure must close its clause ("He was 35." — not "He was 35 when he joined", "was 40 miles away") and be a whole
number up to 120. What is then compared is an ordinary age (``conflicts``: one person's age, ten years apart at most,
given names checked).
"""

from __future__ import annotations

import re

from newsfuse.align.numbers import Quantity

_PRONOUN = frozenset({"he", "she"})
# "<Name> was 34." / "He was 35." with the figure closing the clause
_WAS_BEFORE = re.compile(r"(?:^|[,;:—–]\s*|\band\s+)[“\"']?(?P<who>[A-Z][\w'’-]+)\s+(?:was|is)\s+$")
# "died Monday at age 82", "Dead at 34", "died at the age of 67", "aged 34"
_DIED_BEFORE = re.compile(
    r"\b(?:died|dies|dead|passed\s+away)\b(?:(?![.;!?])[^.;!?]){0,40}?\bat\s+(?:the\s+age\s+of\s+|age\s+)?$"
    r"|\baged\s+$",
    re.I,
)
# what may follow an age that closes its clause: the end, a stop, or a phrase that says no more of the figure; not
# a second age ("aged 16 and 13 respectively": two people's)
_CLOSES = re.compile(
    r"\s*(?:$|[.;,!?)”\"](?!\s*(?:and\s+)?\d)|—|–|\s*(?:at|in|on|of|after|from|following|while|but)\b"
    r"|\s*and\b(?!\s+\d))",
    re.I,
)
# two people named together before the figure ("Malia and Sasha Obama, aged 16 and 13"): whose age is not said
_PAIR = re.compile(
    r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:aged|[Dd]ied|[Dd]ies|[Dd]ead|[Pp]assed)\b"
)
# the name right before a headline's death word: "Devin Lima Dead at 41" (the model's mention ends on "Dead")
_NAME_DEAD = re.compile(r"([A-Z][\w'’-]+)\s+(?:Dead|Died|Dies)\b")
_DEATH_WORDS = frozenset({"dead", "died", "dies"})
MAX_AGE = 120


def age_owner(
    text: str,
    quantity: Quantity,
    here: list[tuple[int, str]],
    before: list[tuple[int, str]],
    people: frozenset[str],
) -> str | None:
    """The family name (lower case) of the person whose age ``quantity`` gives in ``text`` (module docstring), or
    None. ``here``: (offset, family name) of the people named in this sentence; ``before``: those of the article's
    previous sentence; ``people``: the family names of every person the story names."""
    if quantity.unit != "count" or not quantity.exact or not quantity.text.isdigit():
        return None
    if not 0 < quantity.low <= MAX_AGE or not _CLOSES.match(text, quantity.end):
        return None
    head = text[: quantity.start]
    was = _WAS_BEFORE.search(head)
    if was:
        who = was.group("who").lower()
        if who in _PRONOUN:
            return _one(before)
        return who if who in people else None
    died = _DIED_BEFORE.search(head)
    if died is None or _PAIR.search(head):
        return None
    headline = [m.group(1).lower() for m in _NAME_DEAD.finditer(head) if m.group(1).lower() in people]
    named = [name for at, name in here if at < quantity.start and name not in _DEATH_WORDS]
    return (headline or named or [_one(before)])[-1]


def _one(named: list[tuple[int, str]]) -> str | None:
    """The one person of a sentence (a family name named once or more), None when it names none or two."""
    names = {name for _, name in named}
    return next(iter(names)) if len(names) == 1 else None
