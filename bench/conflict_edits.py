"""Conflict recall by class, on controlled edits of real sentences (issue 12 item 4; stop 50).

Real disagreements between outlets are rare in natural text, so the gold sets hold a handful per class and a rule
tuned on them says little about unseen stories. This bench makes its own: at run time it takes real sentences of
``../shared`` (Multi-News validation rows 0-124 and the BASIL articles, both tune material) that carry a value of one
class the issue names, and writes a second outlet's sentence by a controlled edit:

- a **real** edit gives the same quantity another value (a count or a sum misreported, another day, denied or not
  confirmed for confirmed, another named actor for the same act, not yet charged / found for charged / found);
- a **trap** edit keeps the value in other words: the figure in words or digits, a rounded figure ("about 2,400" for
  2,437), "more than N" / "nearly N" around it, a part of the whole ("three of the 12"), a unit conversion (two weeks
  as 14 days, $2.4 million as 2.4 million dollars), the day with a time of day, "acknowledged" for "confirmed", the
  same actor by the surname alone, the same status in another tense.

Each original and its edit go into two small documents of a story: the original after the sentence before it in its
article, the edit before the sentence after it (two different context sentences, so the two short documents are not
read as copies; a case whose documents the product still reads as copies is counted apart, as invalid). The
documents run through the product's own cleaning, analysis and ``align``; a real case is found when a conflict holds
the two documents on two sides of claims made of the two sentences; any conflict made of the two sentences on a trap
is a false conflict.

Sentences are split into a ``tune`` and a ``held-out`` half by the SHA-1 of their text (fixed before any result was
looked at); the values of the edits come from ``random.Random(SEED)``. Nothing is copied into the project: the
sentences are read from ``$NEWSFUSE_SHARED`` when the bench runs. ``--verbose`` (tune half only) prints each case.

``python -m bench.conflict_edits [--split tune|held-out] [--per-class N] [--verbose]``
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from bench.paths import shared_dir

SEED = 50
MULTINEWS_ROWS = 125  # rows 0-124: the tune rows (125-249 are held out from every stop)
PER_CLASS = 40  # original sentences per class and half
SPLITS = ("tune", "held-out")
# rarest first: a sentence serves the first class that can edit it
# ("share", stop 51) comes last so that it takes no sentence an older class took: their cases stay as they were
CLASSES = ("actor", "confirmed", "status", "day", "amount", "duration", "count", "share", "initiative")
# the class of the list each bench class stands for
CLASS_NAMES = {
    "count": "a count",
    "duration": "a duration",
    "amount": "an amount of money",
    "day": "a date or weekday",
    "confirmed": "confirmed vs denied / could not confirm",
    "actor": "a different actor for the same act",
    "status": "a status later overturned",
    "share": "all / none of a group vs some of it",
    "initiative": "on one's own vs at another's request",
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# a full stop that ends an abbreviation, not a sentence ("three close aides to Mr. Trump")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|No|Mt|Ft|U\.S|[A-Z])\.$")
_QUOTE = re.compile(r"[\"“”‘’]|'(?=\w)")  # a quotation is a speaker's words, no outlet's report
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Passage:
    """A sentence of a real article with the sentences around it."""

    origin: str  # "multinews-12/3" or "basil/<file>"
    before: str  # one or two sentences
    sentence: str
    after: str  # one or two sentences


@dataclass(frozen=True)
class Edit:
    kind: str  # "real" or the trap's name ("reworded", "rounded", "bound", "part", "conversion", ...)
    text: str
    original: str = ""  # the first outlet's sentence when it too is edited (whose initiative: "on their own")


@dataclass(frozen=True)
class Case:
    cls: str
    passage: Passage
    edit: Edit

    @property
    def real(self) -> bool:
        return self.edit.kind == "real"


# ---------------------------------------------------------------- real sentences


def _articles() -> Iterator[tuple[str, str]]:
    """(origin, text) of every Multi-News document of rows 0-124 and every BASIL article."""
    csv.field_size_limit(1 << 30)
    path = shared_dir() / "bench" / "multinews" / "validation.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if number >= MULTINEWS_ROWS:
                break
            for k, document in enumerate(d for d in ast.literal_eval(row["documents"]) if d.strip()):
                yield f"multinews-{number}/{k}", document
    for file in sorted((shared_dir() / "bench" / "basil" / "articles").glob("*/*.json")):
        raw = json.loads(file.read_text(encoding="utf-8"))
        yield f"basil/{file.name}", "\n".join(" ".join(p) for p in raw["body-paragraphs"])


def _usable(sentence: str) -> bool:
    """A plain reported sentence: 8-45 words, no quotation, ends with a full stop."""
    words = len(_WORDS.findall(sentence))
    return 8 <= words <= 45 and sentence.endswith(".") and not _QUOTE.search(sentence) and sentence[:1].isupper()


def _split(paragraph: str) -> list[str]:
    """A paragraph's sentences: split after a full stop, question or exclamation mark, not after an abbreviation."""
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        if not _ABBREVIATION.search(paragraph[start : m.start()]):
            sentences.append(paragraph[start : m.start()].strip())
            start = m.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def passages() -> Iterator[Passage]:
    """Every usable sentence with context around it in its article: the one or two sentences before it and after it,
    each side at least as long as the sentence (two short documents that share one sentence and little else are read
    as copies: ``DedupParams.containment``)."""
    seen: set[str] = set()
    for origin, text in _articles():
        sentences = [s for line in text.splitlines() for s in _split(line.strip())]
        for k in range(1, len(sentences) - 1):
            sentence = sentences[k]
            if sentence in seen or not _usable(sentence):
                continue
            size = len(_WORDS.findall(sentence))
            before = _context(sentences[max(0, k - 2) : k], size)
            after = _context(sentences[k + 1 : k + 3], size)
            if before and after:
                seen.add(sentence)
                yield Passage(origin, before, sentence, after)


def _context(sentences: list[str], size: int) -> str:
    """The sentences joined, when they are of 3-60 words each and hold at least ``size`` words together."""
    if not sentences or not all(3 <= len(_WORDS.findall(s)) <= 60 for s in sentences):
        return ""
    text = " ".join(sentences)
    return text if len(_WORDS.findall(text)) >= size else ""


def half_of(sentence: str) -> str:
    """The half a sentence belongs to, by the SHA-1 of its text: fixed before any result is seen."""
    return SPLITS[int(hashlib.sha1(sentence.encode()).hexdigest(), 16) % 2]


# ---------------------------------------------------------------- edits by class

_WORD_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve"]  # fmt: skip
_NUMBER_OF = {w: k for k, w in enumerate(_WORD_NUMBERS)}


def _written(value: int, like: str) -> str:
    """``value`` written the way ``like`` is: a word (capitalised as it is) up to twelve, else digits with commas."""
    if like.lower() in _NUMBER_OF and value <= 12:
        word = _WORD_NUMBERS[value]
        return word.capitalize() if like[:1].isupper() else word
    return f"{value:,}"


def _round_down(value: int) -> int:
    """A round figure under ``value`` a writer would bound it with ("more than 500" for 550)."""
    step = 10 ** max(0, len(str(value)) - 1)
    low = value // step * step
    return low if low < value else low - step


def _other_value(value: int, rng: random.Random) -> int:
    """Another value of one quantity, as outlets misreport it: 2 against 3, 400 against 550, 11,000 against 17,000
    (at most 1.8 times apart; never within rounding)."""
    if value <= 5:
        return value + rng.choice((1, 2))
    if value <= 20:
        return value + rng.choice((2, 3, 4, 5))
    other = int(value * rng.uniform(1.3, 1.8))
    step = 10 ** max(0, len(str(other)) - 2)
    return other // step * step


_PLAIN_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_WORD_NUMBERS[2:]) + r")$", re.I)
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")


def _one_figure(sentence: str, unit: str) -> Any | None:
    """The sentence's one figure of ``unit``, written as a plain number, when it gives no other figure."""
    from newsfuse.align.numbers import find_quantities

    found = find_quantities(sentence)
    if len(found) != 1 or found[0].unit != unit or not found[0].exact:
        return None
    q = found[0]
    if unit != "money" and (not _PLAIN_NUMBER.match(q.text) or _YEARISH.match(q.text) or not q.noun):
        return None
    if q.noun in ("time", "percent") or sentence[q.end : q.end + 1] == "-" or re.fullmatch(r"\d{5,}", q.text):
        return None  # a multiplier, a compound adjective ("a 4,000-pound animal"), an identifier
    if _NO_REPORT_AFTER.match(sentence, q.end) or _NO_REPORT_BEFORE.search(sentence[: q.start]):
        return None  # a ratio, an age, a time ago, a window the writer chose: no quantity the product compares
    start = sentence.find(q.text, max(0, q.start - 3))
    if start < 0:
        return None
    q = replace(q, start=start, end=start + len(q.text))
    if re.search(r"\d", sentence[: q.start].replace(q.text, "")) or re.search(r"\d", sentence[q.end :]):
        return None  # another number (a date, a year, a score) in the sentence
    return q


# figures the product holds to be no report of a quantity (align/conflicts.py: "one in six" a ratio, "91 years old" an
# age read elsewhere, "35 years ago" a time, "the next 72 hours" a window the writer chose): an edit of them says
# nothing of a class's recall
_NO_REPORT_AFTER = re.compile(
    r"\s+(?:in\s+\d|in\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b|\w+\s+(?:old|ago)\b)"
)
_NO_REPORT_BEFORE = re.compile(r"\b(?:next|previous|past|first|last|final|initial)\s+$", re.I)


def _replace(sentence: str, start: int, end: int, text: str) -> str:
    """``sentence`` with its span replaced by ``text`` (capitalised when it opens the sentence)."""
    return sentence[:start] + (text[:1].upper() + text[1:] if start == 0 else text) + sentence[end:]


def count_edits(sentence: str, rng: random.Random, unit: str = "count") -> list[Edit]:
    q = _one_figure(sentence, unit)
    if q is None or not 2 <= q.low <= 5_000_000 or not q.low.is_integer():
        return []
    value = int(q.low)
    at = sentence[max(0, q.start - 12) : q.start].lower()
    if re.search(r"\b(the|these|those|its|his|her|their|of)\s+$", at):
        return []  # "the 12 people", "of 40 votes": a reference or a share, no figure reported on its own
    edits = [Edit("real", _replace(sentence, q.start, q.end, _written(_other_value(value, rng), q.text)))]
    if value <= 12:
        other_form = str(value) if q.text.lower() in _NUMBER_OF else _written(value, "two")
        if sentence[: q.start].strip() == "" and other_form.isdigit():
            other_form = ""  # a figure opening a sentence is written in words
        if other_form:
            edits.append(Edit("reworded", _replace(sentence, q.start, q.end, other_form)))
    elif value % 1000 == 0 and value >= 1000:
        edits.append(Edit("reworded", _replace(sentence, q.start, q.end, f"{value // 1000:,} thousand")))
    if value >= 20 and str(value)[-1] != "0":
        step = 10 ** max(1, len(str(value)) - 2)
        rounded = round(value / step) * step
        if rounded != value and abs(rounded - value) <= value * 0.1:
            edits.append(Edit("rounded", _replace(sentence, q.start, q.end, f"about {rounded:,}")))
    if value >= 8:
        edits.append(Edit("bound", _replace(sentence, q.start, q.end, f"more than {_round_down(value):,}")))
    if value >= 6 and q.unit == "count":
        part = max(2, value // 3)
        whole = q.text.lower() if q.start == 0 else q.text
        of_the = f"{_written(part, 'Two' if q.start == 0 else 'two')} of the {whole}"
        edits.append(Edit("part", _replace(sentence, q.start, q.end, of_the)))
    return edits


_DURATION_CONVERSIONS = {"week": ("days", 7), "year": ("months", 12), "day": ("hours", 24), "hour": ("minutes", 60)}


def duration_edits(sentence: str, rng: random.Random) -> list[Edit]:
    edits = count_edits(sentence, rng, unit="duration")
    edits = [e for e in edits if e.kind != "part"]
    q = _one_figure(sentence, "duration")
    if edits and q is not None:
        length = q.noun.split(":", 1)[0]
        unit_word = re.match(r"\s*(?:-|\s)?(\w+)", sentence[q.end :])
        if length in _DURATION_CONVERSIONS and unit_word and q.low <= 10:
            name, factor = _DURATION_CONVERSIONS[length]
            end = q.end + unit_word.end()
            hyphen = "-" in sentence[q.end : q.end + 2]
            written = f"{int(q.low) * factor}-{name[:-1]}" if hyphen else f"{int(q.low) * factor} {name}"
            edits.append(Edit("conversion", _replace(sentence, q.start, end, written)))
    return edits


_MONEY = re.compile(r"\$(\d+(?:\.\d+)?) (million|billion)\b")


def amount_edits(sentence: str, rng: random.Random) -> list[Edit]:
    q = _one_figure(sentence, "money")
    m = _MONEY.search(sentence)
    if q is None or m is None or not (q.start <= m.start() < q.end):
        return []
    number, scale = m.group(1), m.group(2)
    value = float(number)
    other = round(value * rng.uniform(1.3, 1.8), 1)
    edits = [Edit("real", _replace(sentence, m.start(), m.end(), f"${other:g} {scale}"))]
    edits.append(Edit("conversion", _replace(sentence, m.start(), m.end(), f"{number} {scale} dollars")))
    if value >= 2:
        edits.append(Edit("bound", _replace(sentence, m.start(), m.end(), f"more than ${int(value * 0.9):,} {scale}")))
    return edits


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ON_WEEKDAY = re.compile(r"\bon (" + "|".join(_WEEKDAYS) + r")\b(?!,? (?:[A-Z][a-z]+\.? )?\d)")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_ON_DATE = re.compile(r"\bon (" + "|".join(_MONTHS) + r") (\d{1,2})\b(?!,? \d{4})")


# a day right after or before a word of speech dates a statement, which the product does not compare (two statements
# on two days are no disagreement: ``disagreements._STATEMENT``)
_STATEMENT_DAY = re.compile(
    r"\b(?:said|says|told|announced|reported|statement|interview|report|reports|tweeted|wrote)\s+(?:\w+\s+)?on\s+\w+day"
    r"|\bon\s+\w+day\s+(?:\w+\s+)?(?:said|says|told|announced)\b"
)


def day_edits(sentence: str, rng: random.Random) -> list[Edit]:
    if _STATEMENT_DAY.search(sentence):
        return []
    days = _ON_WEEKDAY.findall(sentence)
    dates = _ON_DATE.findall(sentence)
    weekday_words = re.findall("|".join(_WEEKDAYS), sentence)
    if len(days) == 1 and not dates and len(weekday_words) == 1:
        m = _ON_WEEKDAY.search(sentence)
        assert m is not None
        day = _WEEKDAYS.index(m.group(1))
        other = _WEEKDAYS[(day + rng.choice((2, 3, 4, 5))) % 7]
        return [
            Edit("real", _replace(sentence, m.start(1), m.end(1), other)),
            Edit("reworded", _replace(sentence, m.start(), m.end(), f"on {m.group(1)} night")),
        ]
    if len(dates) == 1 and not weekday_words:
        m = _ON_DATE.search(sentence)
        assert m is not None
        day = int(m.group(2))
        if not 1 <= day <= 28:
            return []
        other = day + rng.choice((3, 4, 5, 6, 7, 8)) if day <= 14 else day - rng.choice((3, 4, 5, 6, 7, 8))
        return [
            Edit("real", _replace(sentence, m.start(2), m.end(2), str(other))),
            Edit("reworded", _replace(sentence, m.start(2), m.end(2), f"{day}th" if day > 3 else str(day))),
        ]
    return []


_CONFIRM = re.compile(r"\b(confirmed|confirms|denied|denies)\b")
_OTHER_SIDE = {"confirmed": "denied", "confirms": "denies", "denied": "confirmed", "denies": "confirms"}
_DENY_WORDS = re.compile(r"\b(not confirm|unconfirmed|declined|neither|could not|would not)\b", re.I)


def confirmed_edits(sentence: str, rng: random.Random) -> list[Edit]:
    """Confirmed against denied or could not confirm (and a denial against a confirmation); traps: the same
    answer in another verb, a neutral "said that"."""
    found = list(_CONFIRM.finditer(sentence))
    if len(found) != 1 or _DENY_WORDS.search(sentence):
        return []
    m = found[0]
    word = m.group(1)
    before = sentence[: m.start()]
    if re.search(r"\b(was|were|been|be|is|are)\s+$", before):
        return []  # a passive ("was confirmed by"): the edit would not read
    perfect = bool(re.search(r"\b(has|have|had)\s+$", before))
    other = _OTHER_SIDE[word]
    if word == "confirmed" and not perfect and rng.random() < 0.5:
        other = "could not confirm"
    same = {"confirmed": "acknowledged", "confirms": "acknowledges", "denied": "rejected", "denies": "rejects"}[word]
    edits = [
        Edit("real", _replace(sentence, m.start(), m.end(), other)),
        Edit("reworded", _replace(sentence, m.start(), m.end(), same)),
    ]
    if sentence[m.end() :].startswith(" that") and word == "confirmed" and not perfect:
        edits.append(Edit("neutral", _replace(sentence, m.start(), m.end(), "said")))
    return edits


# invented people for another actor of one act (a name the story never writes)
_OTHER_PEOPLE = ["Dana Whitlock", "Marcus Ferreira", "Helen Osgood", "Tomas Varga", "Ruth Adeyemi", "Paul Lindqvist"]
# a full name (two or three capitalised words) right before a verb in the past tense, not after another capitalised
# word (the whole name), anywhere in the sentence: "Sen. John Smith voted", "..., and Jane Doe signed"
_NAME_VERB = re.compile(r"(?<![\w.] )(?<![\w])((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) ([a-z]+ed)\b")
_NOT_NAME = frozenset(
    {"The", "A", "An", "In", "On", "At", "But", "And", "As", "After", "Before", "When", "While", "Last", "This", "That",
     "Since", "For", "Under", "Police", "Officials", "Authorities", "President", "Senator", "Sen", "Rep", "Gov",
     "Mr", "Mrs", "Ms", "Dr", "New", "North", "South", "East", "West", "United", "White", "Republican", "Democratic",
     "Democrats", "Republicans", "Federal", "State", "Supreme", "Court", "House", "Senate"}
    | set(_WEEKDAYS) | set(_MONTHS)
)  # fmt: skip
_SPEECH = frozenset(
    {"said", "told", "added", "noted", "stated", "asked", "explained", "replied", "wrote", "tweeted", "argued",
     "claimed", "insisted", "warned", "suggested", "believed", "seemed", "appeared", "declared", "announced"}
)  # fmt: skip


_TITLED_VERB = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\. ([A-Z][a-z]+) ([a-z]+ed)\b")


def actor_edits(sentence: str, rng: random.Random) -> list[Edit]:
    """Another named person for one act ("Sen. Smith voted" / "Sen. Whitlock voted"); trap: the same person by the
    surname alone."""
    found = [m for m in _NAME_VERB.finditer(sentence) if m.group(2) not in _SPEECH]
    titled = [m for m in _TITLED_VERB.finditer(sentence) if m.group(2) not in _SPEECH]
    if not found and len(titled) == 1 and sentence.count(titled[0].group(1)) == 1:
        m = titled[0]
        other = rng.choice([p.split()[-1] for p in _OTHER_PEOPLE if p.split()[-1] != m.group(1)])
        return [
            Edit("real", _replace(sentence, m.start(1), m.end(1), other)),
            Edit("reworded", _replace(sentence, m.start(), m.end(1), m.group(1))),
        ]
    if len(found) != 1:
        return []
    m = found[0]
    name = m.group(1)
    words = name.split()
    if any(w in _NOT_NAME for w in words):
        return []
    surname = words[-1]
    if sentence.count(surname) > 1:
        return []  # the name again later in the sentence would be left behind
    other = rng.choice([p for p in _OTHER_PEOPLE if p.split()[-1] != surname])
    return [
        Edit("real", _replace(sentence, m.start(1), m.end(1), other)),
        Edit("reworded", _replace(sentence, m.start(1), m.end(1), surname)),
    ]


_STATUS = re.compile(
    r"\b(was|were|has been|have been|had been) ((?:later |formally |eventually )?)"
    r"(charged|arrested|indicted|found|convicted|detained|released|located|identified|sentenced|rescued)\b"
)


def status_edits(sentence: str, rng: random.Random) -> list[Edit]:
    found = _STATUS.findall(sentence)
    m = _STATUS.search(sentence)
    if len(found) != 1 or m is None or re.search(r"\b(not|never|no)\s+$", sentence[: m.start()], re.I):
        return []
    plural = m.group(1) in ("were", "have been")
    auxiliary, act = ("have" if plural else "has"), m.group(3)
    after = sentence[m.end() :]
    if act == "found" and not re.match(r"\s+(dead|alive|guilty|in|at|on|near|inside|safe|by)\b", after):
        return []  # "was found to be ...", "found that ...": no finding of someone
    if act == "found" and re.match(r"\s+guilty\b", after):
        return []  # a verdict, not a search
    if re.match(r"(?:\s+\S+){0,3}?\s+(?:on|last|this|early|late|" + "|".join(_WEEKDAYS) + r")\b", after):
        return []  # "was arrested Sunday": a time the act not done would not have
    if re.search(r"\b(?:1[89]\d\d|20\d\d|times|since|after|before|when)\b", after):
        return []  # "was sentenced ... in late 2007", "arrested four times since 1982": the edit would not read
    other = "yet been found" if act == "found" else f"yet been {act}"
    if act == "found" and re.match(r"\s+(dead|alive|safe)\b", after):
        return [
            Edit("real", sentence[: m.start()] + f"{'are' if plural else 'is'} still missing."),
            Edit("reworded", _replace(sentence, m.start(1), m.end(1), "had been")),
        ]
    return [
        Edit("real", _replace(sentence, m.start(), m.end(), f"{auxiliary} not {other}")),
        Edit("reworded", _replace(sentence, m.start(1), m.end(1), "had been" if m.group(1) != "had been" else "was")),
    ]


# the bench reads its groups with its own pattern, not the product's (``align/in_words.py``), so that main's tree, which
# has no such module, runs the same cases: a whole or a share, then one lower-case modifier at most and a plural noun
_GROUP_PHRASE = re.compile(
    r"\b(?P<q>[Aa]ll of the|[Aa]ll the|[Aa]ll|[Ee]very|[Ss]ome of the|[Ss]ome|[Mm]ost of the|[Mm]ost|[Aa] few of the"
    r"|[Aa] few)"
    r"\s+(?P<named>(?:[a-z]+\s+)?(?P<head>[a-z]{3,}))\b"
)
_SHARES = ("some of the", "only a few of the", "most of the")
# groups another edit may name instead (a share of another group is no disagreement)
_OTHER_GROUPS = ("officials", "residents", "students", "workers", "lawmakers", "officers", "voters", "members")
_NEGATED = re.compile(r"\b(?:not|never|no|none|nobody|nothing|nearly|almost)\b|n't\b", re.I)
_NO_HEAD = frozenset(
    {"time", "way", "day", "year", "week", "month", "other", "others", "things", "while", "same", "since", "such"}
)


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def _a_plural(word: str) -> bool:
    return word in ("people", "children", "men", "women") or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
    )


def share_edits(sentence: str, rng: random.Random) -> list[Edit]:
    """All of a group against some, a few or most of it (and some against all); traps: the whole in other words
    ("all the" for "all of the", "all members" for "every member"), a hedged whole ("nearly all of the"), a share of
    another group, and (when the group opens the sentence) the same share of the group doing another act."""
    found = list(_GROUP_PHRASE.finditer(sentence))
    if len(found) != 1 or _NEGATED.search(sentence):
        return []
    from newsfuse.align.numbers import STOP

    m = found[0]
    quantifier, named, head = m.group("q").lower(), m.group("named"), m.group("head")
    first = named.split()[0]
    if " " in named and (quantifier == "every" or (_a_plural(first) and not _a_plural(head))):
        # one noun: "every day since" is no "day since", "all of the men are" no "men are"
        named = head = first
        m = re.compile(re.escape(m.group("q")) + r"\s+" + re.escape(named) + r"\b").search(sentence, m.start())
        assert m is not None
    if any(w in _NO_HEAD or w in STOP or w in _NUMBER_OF for w in named.split()):
        return []
    if sentence[m.end() : m.end() + 1] == "-":
        return []
    bare = not quantifier.endswith(("of the", "the", "every"))
    if bare and (" " in named or re.search(r"\b(?:the|a|an|two|three|its|their|his|her)\s+$", sentence[: m.start()])):
        return []  # "the most permissive options", "some seventy injuries": no share of a group
    groups = [g for g in _OTHER_GROUPS if g.rstrip("s") != head.rstrip("s") and g not in sentence]
    other = rng.choice(groups)
    if quantifier == "every":
        if _a_plural(head) or head.endswith(("ed", "ing", "ly")):
            return []
        many = " ".join([*named.split()[:-1], _plural(head)])
        share = rng.choice(("some", "only a few", "most"))
        real = f"{share} {many}"
        traps = [("reworded", f"all {many}"), ("hedged", f"almost every {named}")]
    elif not _a_plural(head):
        return []
    elif quantifier.startswith("all"):
        bare = quantifier == "all"  # "all families": a share without "of the" ("some families")
        share = rng.choice(_SHARES)
        share = share.removesuffix(" of the") if bare else share
        real = f"{share} {named}"
        same = "all the" if quantifier == "all of the" else "all of the"
        traps = [("reworded", f"{same} {named}"), ("hedged", f"nearly all {'' if bare else 'of the '}{named}")]
    else:
        bare = not quantifier.endswith("of the")
        share = "all" if bare else "all of the"
        real = f"{share} {named}"
        traps = [("reworded", f"several {'' if bare else 'of the '}{named}")]
    traps.append(("other group", f"{share} {other}"))
    edits = [Edit("real", _replace(sentence, m.start(), m.end(), real))] + [
        Edit(kind, _replace(sentence, m.start(), m.end(), text)) for kind, text in traps
    ]
    # another act of the same group: the real edit's share with a predicate of its own ("Some of the senators later
    # declined to comment.")
    if m.start() == 0:
        edits.append(Edit("other act", f"{real[:1].upper()}{real[1:]} {rng.choice(_OTHER_ACTS)}."))
    return edits


_OTHER_ACTS = (
    "later declined to comment on the matter",
    "could not be reached for comment",
    "attended a separate meeting later that week",
    "have since left their posts",
)


# a doer and a past-tense act opening the sentence: "Mr. Morell removed ...", "The agency released ..."
_DOER_ACT = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}([a-z]{3,}ed)\s|^The\s+[a-z]+\s+([a-z]{3,}ed)\s")
_NOT_ACT = frozenset({"based", "used", "named", "called", "located", "aged", "wanted", "seemed", "appeared", "needed"})
_ASKERS = ("the White House", "the agency's director", "the committee chairman", "party leaders", "the governor")


def initiative_edits(sentence: str, rng: random.Random) -> list[Edit]:
    """A named person's act done on their own in one outlet, at another's request in the other ("... removed the
    line on their own initiative." / "... removed the line at the request of the White House."); both outlets'
    sentences are edits of the real one. Traps: the same initiative in other words ("of their own accord"), the act
    with no word of whose idea it was, and another act of the article (its next sentence) done at a request."""
    m = _DOER_ACT.match(sentence)
    if m is None or m.group(1) in _SPEECH or m.group(1) in _NOT_ACT or sentence.split()[0] in _NOT_NAME - {"The"}:
        return []
    if (
        not sentence.endswith(".")
        or not sentence[-2:-1].isalpha()
        or re.search(r"\b(?:own|request|behest)\b", sentence)
    ):
        return []
    stem = sentence[:-1]
    asker = rng.choice(_ASKERS)
    own = f"{stem} on their own initiative."
    return [
        Edit("real", f"{stem} at the request of {asker}.", own),
        Edit("reworded", f"{stem} of their own accord.", own),
        Edit("plain", sentence, own),
    ]


EDITS: dict[str, Callable[[str, random.Random], list[Edit]]] = {
    "count": count_edits,
    "duration": duration_edits,
    "amount": amount_edits,
    "day": day_edits,
    "confirmed": confirmed_edits,
    "actor": actor_edits,
    "status": status_edits,
    "share": share_edits,
    "initiative": initiative_edits,
}


def cases(split: str, per_class: int = PER_CLASS) -> list[Case]:
    """Every class's cases of one half: up to ``per_class`` original sentences each (a sentence serves the first
    class, in ``CLASSES`` order, that can edit it), chosen and edited with ``random.Random(SEED)``."""
    pool = [p for p in passages() if half_of(p.sentence) == split]
    random.Random(SEED).shuffle(pool)
    chosen: list[Case] = []
    taken: Counter[str] = Counter()
    for passage in pool:
        for cls in CLASSES:
            if taken[cls] >= per_class:
                continue
            rng = random.Random(f"{SEED}:{passage.sentence}")  # an edit does not depend on the pool's order
            edits = EDITS[cls](passage.sentence, rng)
            if not edits or edits[0].kind != "real":
                continue
            taken[cls] += 1
            chosen += [Case(cls, passage, e) for e in edits]
            break
    return chosen


# ---------------------------------------------------------------- running the product


def documents_of(case: Case) -> list[str]:
    """The two outlets' documents: the original after its article's sentence before it, the edit before the one
    after it."""
    p = case.passage
    return [f"{p.before}\n\n{case.edit.original or p.sentence}", f"{case.edit.text}\n\n{p.after}"]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@dataclass
class Outcome:
    case: Case
    copies: bool  # the product read the two documents as copies: the case says nothing
    conflict: bool  # a conflict made of the two sentences, with the two documents on two sides
    topics: list[str]


def outcome(case: Case, story: Any, conflicts: list[Any]) -> Outcome:
    """Whether ``conflicts`` (the product's, of the case's story) set the original against the edit."""
    copies = any(a.copy_of for a in story.articles)
    ids = [a.id for a in story.articles]
    mine = (_words(case.edit.original or case.passage.sentence)[:60], _words(case.edit.text)[:60])
    hit, topics = False, []
    for conflict in conflicts:
        sides: list[set[str]] = []
        for claim in conflict.claims:
            text = _words(claim.text)
            if any(text.startswith(m[:40]) or m.startswith(text[:40]) for m in mine):
                sides.append(set(claim.sources))
        both = len(ids) == 2 and any(ids[0] in s for s in sides) and any(ids[1] in s for s in sides)
        if both and not any(ids[0] in s and ids[1] in s for s in sides):
            hit = True
            topics.append(conflict.topic)
    return Outcome(case, copies, hit, topics)


def run(selected: list[Case]) -> list[Outcome]:
    from bench.data import Cluster, analysed_stories
    from newsfuse.align import align
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    options = Options()
    models = Models(options)
    clusters = [Cluster(id=f"edit-{k}", documents=documents_of(c), reference="") for k, c in enumerate(selected)]
    outcomes = []
    for (_cluster, story), case in zip(analysed_stories(clusters, options, models), selected, strict=True):
        if story is None or len(story.articles) != 2:
            outcomes.append(Outcome(case, True, False, []))
            continue
        found = align(story, options, models)
        outcomes.append(outcome(case, story, found.conflicts))
    return outcomes


# ---------------------------------------------------------------- report


def report(outcomes: list[Outcome]) -> str:
    """Per class: real edits found, traps set against their original (false conflicts), cases read as copies."""
    rows = ["class                                      real found       traps false     copies"]
    totals: Counter[str] = Counter()
    for cls in CLASSES:
        mine = [o for o in outcomes if o.case.cls == cls and not o.copies]
        real = [o for o in mine if o.case.real]
        traps = [o for o in mine if not o.case.real]
        found, false = sum(o.conflict for o in real), sum(o.conflict for o in traps)
        copies = sum(o.copies for o in outcomes if o.case.cls == cls)
        totals.update(real=len(real), found=found, traps=len(traps), false=false, copies=copies)
        share = f"{100 * found / len(real):5.1f} %" if real else "    - "
        rows.append(
            f"{CLASS_NAMES[cls]:<42} {found:>3}/{len(real):<3} {share}   {false:>3}/{len(traps):<4}   {copies:>6}"
        )
    share = f"{100 * totals['found'] / totals['real']:5.1f} %" if totals["real"] else "    - "
    rows.append(
        f"{'all':<42} {totals['found']:>3}/{totals['real']:<3} {share}   {totals['false']:>3}/{totals['traps']:<4}"
        f"   {totals['copies']:>6}"
    )
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        if not o.case.real and not o.copies:
            kinds[o.case.edit.kind].update(n=1, false=int(o.conflict))
    rows.append("traps by kind: " + ", ".join(f"{k} {c['false']}/{c['n']}" for k, c in sorted(kinds.items())))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--per-class", type=int, default=PER_CLASS)
    parser.add_argument("--classes", nargs="*", choices=CLASSES, default=list(CLASSES))
    parser.add_argument("--verbose", action="store_true", help="print every case (tune half only)")
    args = parser.parse_args(argv)
    selected = [c for c in cases(args.split, args.per_class) if c.cls in args.classes]
    outcomes = run(selected)
    print(f"conflict edits, {args.split} half (seed {SEED}, up to {args.per_class} sentences a class)")
    print(report(outcomes))
    if args.verbose and args.split == "tune":
        for o in outcomes:
            mark = "COPY" if o.copies else ("HIT " if o.conflict else "--  ")
            print(f"\n{mark} {o.case.cls} {o.case.edit.kind} {o.case.passage.origin} {o.topics}")
            print(f"  A: {o.case.edit.original or o.case.passage.sentence}\n  B: {o.case.edit.text}")


if __name__ == "__main__":
    main()
