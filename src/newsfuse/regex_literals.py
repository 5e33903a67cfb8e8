"""Words a regular expression cannot match without: a cheap, exact test before a costly search.

The cleaner's line rules (``clean/rules.py``) are case-insensitive alternations of up to 106 phrases,
1,000-1,400 characters each. Python's ``re`` finds no literal prefix to scan for in such a pattern
(its first characters are cased, or ``\\b``), so ``search`` tries every alternative at every position
of the line: classifying the 145 lines of the shared corpus took ~0.05 s of the main thread's CPU at
the start of a cold brief, before the encoder can start (docs/speed.md, stop 43), though few lines
match anything.

``needed`` reads the parsed pattern and returns strings of which every match contains at least one
(or None when it finds no such condition): a literal run of the pattern that every match passes
through, or, for an alternation, the union of its branches' strings. ``fold`` maps a text so that a
plain substring test agrees with ``re``'s case-insensitive comparison: if a literal of the pattern
matches some characters of the text under ``re.IGNORECASE``, the folded literal is a substring of the
folded text. So "no needed string in the folded line" proves ``search`` finds nothing, and the search
is skipped; otherwise it runs as before. Which rule matches a line is exactly what it was.

Why this is exact (``tests/test_speed_regex_literals.py`` checks each point against ``re`` itself):

- a literal run is taken only from items every match consumes in order: literals at the sequence's
  level, groups, repeats with a minimum of at least one, and branches whose every alternative has a
  condition; lookarounds, back-references, optional items and character classes end a run and give
  no condition;
- an ASCII character is folded to lower case; under ``re.IGNORECASE`` (Unicode) an ASCII letter also
  matches İ (U+0130) and ı (U+0131) as "i", ſ (U+017F) as "s" and the Kelvin sign (U+212A) as "k"
  (``re``'s lower-case mapping and its ``_casefix`` table), which ``fold`` maps to those letters; no
  other character matches an ASCII character;
- a non-ASCII literal is kept only when ``re`` compiles it to an exact comparison (it has no case:
  ``_sre.unicode_iscased``), and ``fold`` leaves such characters alone.
"""

from __future__ import annotations

import _sre
import re
from re import _parser
from re import _parser as sre  # the parser's op codes (``re._constants``, star-imported there)

# every character that ``re.IGNORECASE`` lets match an ASCII letter, mapped to that letter in lower case
_FOLD = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_FOLD.update({0x130: ord("i"), 0x131: ord("i"), 0x17F: ord("s"), 0x212A: ord("k")})
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)


def fold(text: str) -> str:
    """``text`` with every character ``needed``'s strings may have matched case-insensitively folded
    to it (one character for one, so substrings correspond)."""
    return text.translate(_FOLD)


# the characters whose ``str.lower`` is no character ``fold`` gives and ``needed``'s strings may hold (İ lowers to two
# characters, ı and ſ stay themselves: ``fold`` maps the three to "i" and "s")
_LOWER_DIFFERS = ("\u0130", "\u0131", "\u017f")


def searchable(text: str) -> str:
    """A string in which every string of ``needed``'s that ``fold(text)`` holds is found, made faster than ``fold``
    (``str.translate`` reads a dict per character: 0.01 s for the shared corpus's articles in the serial tail):
    ``text.lower()`` when it holds none of ``_LOWER_DIFFERS``. Then each character lowers to one character, the
    one ``fold`` gives, except a cased letter outside ASCII, which no needed string holds (``_literal``); so the
    strings' matches are where they were (tests/test_speed_tail_stop44.py checks every character)."""
    if text.isascii() or not any(map(text.__contains__, _LOWER_DIFFERS)):
        return text.lower()
    return fold(text)


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (folded) of which any match of ``pattern`` contains one, or None if none were found."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    return tuple(dict.fromkeys(found)) if found else None


def _sequence(items: list[tuple[object, object]]) -> list[str] | None:
    """The condition of a sequence: the strongest (longest shortest string) of its items' conditions
    and of its runs of literals."""
    found: list[list[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and isinstance(value, int):
            char = _literal(value)
            if char is not None:
                run.append(char)
                continue
        if run:
            found.append(["".join(run)])
            run = []
        condition = _item(op, value)
        if condition:
            found.append(condition)
    if run:
        found.append(["".join(run)])
    return max(found, key=lambda strings: min(len(s) for s in strings), default=None)


def _item(op: object, value: object) -> list[str] | None:
    """The condition of one item that is not a literal, or None."""
    if op is sre.SUBPATTERN and isinstance(value, tuple):
        return _sequence(value[-1].data)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(value.data)  # type: ignore[attr-defined]
    if op in _REPEATS and isinstance(value, tuple) and value[0] >= 1:
        return _sequence(value[2].data)
    if op is sre.BRANCH and isinstance(value, tuple):
        branches = [_sequence(branch.data) for branch in value[1]]
        if any(not branch for branch in branches):
            return None
        return [s for branch in branches if branch for s in branch]
    return None


def _literal(code: int) -> str | None:
    """The folded character a literal of the pattern stands for, or None when it cannot be folded
    exactly (a cased character outside ASCII)."""
    if code < 128:
        return chr(code).lower()
    return None if _sre.unicode_iscased(code) else chr(code)


_UNREAD: tuple[str, ...] = ("",)  # ``_gates``'s mark for a pattern whose strings are not read yet
_gates: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def could_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``: the text holds none of the strings
    ``needed`` finds (then ``search``, ``match`` and ``findall`` find nothing either); True otherwise.

    For a pattern searched in many short texts in the brief's serial tail, with no literal prefix ``re``
    could scan for, most of which match nothing (an appeal to the reader, an opinion piece's stance
    adverbs): the test folds the text and looks for a few strings, 3-10x cheaper than the search it spares
    (docs/speed.md, stop 44). The strings are read on the first call, from the install's table when it
    holds them (``regex_cache.needed_strings``), not when the module defining the pattern is imported:
    the cold start would pay for patterns a brief never searches."""
    needs = _gates.get(pattern, _UNREAD)
    if needs is _UNREAD:
        from newsfuse.regex_cache import needed_strings

        needs = _gates[pattern] = needed_strings(pattern)
    if needs is None:
        return True
    return any(map(searchable(text).__contains__, needs))
