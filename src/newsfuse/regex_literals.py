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
