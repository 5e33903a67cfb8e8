"""Quantities in news sentences: "14 agreements", "more than a dozen agreements", "$470 million
in aid", "tens of thousands of troops", "2 percent", "a three-day visit".

Each quantity is read as an interval of values (``low``..``high``) so that exact and approximate
reports can be compared: "14" is [14, 14], "more than a dozen" is [13, inf), "tens of thousands"
is [20 000, 99 999]. Two reports are *compatible* when their intervals overlap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a pair of": 2, "twin": 2,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3,
          "dozen": 12.0}  # fmt: skip
# Vague plurals: "dozens of", "tens of thousands", "hundreds of millions".
VAGUE = {"dozens": (24.0, 99.0), "scores": (40.0, 99.0), "tens": (20.0, 99.0), "hundreds": (200.0, 999.0),
         "thousands": (2e3, 9999.0), "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
         "several": (3.0, 9.0), "a few": (2.0, 5.0)}  # fmt: skip

_WORD = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
# "two dozen", "nearly two-dozen executive actions" (24, not two: BASIL 2013 gold tune, stop 44)
_SCALE = r"(?:thousand|million|billion|trillion|dozen|bn|m|k)\b"
_QUALIFIER = (
    r"(?P<qual>more than|over|at least|upwards of|nearly|almost|about|around|roughly|approximately|some|"
    r"up to|fewer than|less than|under|as many as|an estimated|estimated|just over|just under)\s+"
)
_NUMBER = (
    rf"(?P<cur>[$€£¥])?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_WORD})(?![\w]))"
    rf"(?:[\s-]?(?P<scale>{_SCALE}))?"
    r"(?:\s(?P<scale2>(?:thousand|million|billion)\b))?"
)
_VAGUE = (
    r"(?P<vague>dozens|scores|tens|hundreds|thousands|millions|billions|several|a few)\b"
    r"(?:\s+of\s+(?P<vscale>thousands|millions|billions))?"
)
QUANTITY = re.compile(
    rf"(?<![\w.$€£¥-])(?:{_QUALIFIER})?(?:{_VAGUE}|{_NUMBER})"
    r"(?P<pct>\s?(?:%|percent\b|per cent\b|percentage points?\b))?"
    r"(?P<dur>-(?:day|week|month|year|hour|minute)s?\b)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")  # a figure as written: its whole part and decimals
_HALF_WORD = re.compile(r"half|½|/", re.I)
_CURRENCIES = r"dollars?|euros?|pounds?|yuan|rubles?|roubles?"
_CURRENCY_WORD = re.compile(rf"\s(?:of\s)?({_CURRENCIES})\b", re.I)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_STOP_WORDS = (
    "a an the of in on for to and or but with by at from as than that this these those its it his her their our "
    "some other more most about around nearly over under up down new last next first second third mm "
    "is was were are be been being has have had will would could should may might can which who whom whose "
    "said says according year years old per each every both all"
)
STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Quantity:
    """One number in a sentence, its reading as an interval, and the words it counts."""

    text: str  # the phrase as written ("more than a dozen")
    low: float
    high: float
    exact: bool
    unit: str  # "count", "money", "percent", "duration"
    noun: str  # the counted thing, singular and lower case ("agreement"); "" when none was found
    start: int
    end: int

    def compatible(self, other: Quantity) -> bool:
        """The two readings can both be true: their intervals overlap (1% tolerance for rounding; none
        between two exact whole numbers under 1,000, where a writer does not round: "156 seats" is not
        "157 seats", NeuS story 46, stop 25)."""
        if self.unit != other.unit:
            return False
        tolerance = 0.01 * max(abs(self.low), abs(other.low), 1.0)
        if (
            self.exact
            and other.exact
            and max(self.low, other.low) < 1000
            and self.low.is_integer()
            and other.low.is_integer()
        ):
            tolerance = 0.0
        return self.low <= other.high + tolerance and other.low <= self.high + tolerance

    def same_value(self, other: Quantity) -> bool:
        return self.exact and other.exact and self.compatible(other)

    def apart_past_rounding(self, other: Quantity) -> bool:
        """Two exact figures written in digits that neither rounds to: further apart than half the last digit
        of the coarser one. ``compatible``'s 1% is for a round figure against the figure it rounds ("$43,000" /
        "$43,350", "$3.6 billion" / "$3.57 billion"); two figures given to their last digit ("8,027 metres" /
        "8,013 metres", 0.2% apart) are two measurements of one thing, and one of them is wrong."""
        if self.unit != other.unit or self.low == other.low:
            return False
        mine, theirs = self._last_digit(), other._last_digit()
        if mine is None or theirs is None:
            return False
        return abs(self.low - other.low) > max(mine, theirs) / 2

    def _last_digit(self) -> float | None:
        """The value of the figure's last written digit ("8,027": 1; "8,000": 1,000; "$3.6 billion": 100
        million; "4.50%": 0.01); None for a bound, a hedge, a number in words or a vague plural."""
        written = _DIGITS.search(self.text)
        if not self.exact or written is None or _HALF_WORD.search(self.text):
            return None  # "1 1/2 miles", "two and a half": a half says no last digit
        whole, fraction = written.group(1).replace(",", ""), written.group(2) or ""
        number = float(f"{whole}.{fraction}" if fraction else whole)
        if number == 0:
            return None
        place = 10.0 ** -len(fraction) if fraction else 10.0 ** (len(whole) - len(whole.rstrip("0")))
        return place * self.low / number  # times the scale word ("billion")


@lru_cache(maxsize=1 << 14)  # ~6,800 calls a brief for ~1,300 words (the counted things, the content words)
def singular(word: str) -> str:
    word = word.lower().strip("’'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _number_value(match: re.Match[str]) -> float | None:
    raw = match.group("num")
    if raw is None:
        return None
    raw_l = raw.lower()
    value = float(WORD_NUMBERS[raw_l]) if raw_l in WORD_NUMBERS else float(raw.replace(",", ""))
    for group in ("scale", "scale2"):
        scale = match.group(group)
        if scale:
            value *= SCALES[scale.lower()]
    return value


def _interval(match: re.Match[str], half: float = 0.0, scale: float = 1.0) -> tuple[float, float, bool] | None:
    value = _number_value(match)
    if value is None:
        vague = (match.group("vague") or "").lower()
        low, high = VAGUE[vague]
        vscale = (match.group("vscale") or "").lower()
        if vscale:  # "tens of thousands": tens x thousand
            unit = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}[vscale]
            low, high = low * unit, high * unit
        return low, high, False
    qualifier = (match.group("qual") or "").lower()
    word = (match.group("num") or "").lower()
    dozens = (match.group("scale") or "").lower() == "dozen"  # "two dozen" is a round figure, as "a dozen" is
    exact = not word.startswith(("a dozen", "dozen", "half a dozen", "a couple")) and not dozens
    return _bounds((value + half) * scale, qualifier, exact, raw_number(match) if not half else "")


def _bounds(value: float, qualifier: str, exact: bool, raw: str) -> tuple[float, float, bool]:
    """The interval a qualifier gives a value ("more than 30", "nearly half an hour", "about 1 1/2")."""
    if qualifier in ("more than", "over", "upwards of", "just over"):
        return math.nextafter(value, math.inf), _above(raw, value), False
    if qualifier == "at least":
        return value, math.inf, False
    if qualifier in ("nearly", "almost", "just under"):
        return value * 0.9, value, False
    if qualifier in ("up to", "as many as"):
        return 0.0, value, False
    if qualifier in ("fewer than", "less than", "under"):
        return 0.0, math.nextafter(value, -math.inf), False
    if qualifier or not exact:
        return value * 0.9, value * 1.1, False
    return value, value, True


def raw_number(match: re.Match[str]) -> str:
    return match.group("num") or ""


def _above(raw: str, value: float) -> float:
    """How far "more than X" reaches. Writers round a figure *down* to a lower bound: "more than 21
    years" is 21 and some months (a figure given to its last digit reaches 1.5 of that digit); a round
    figure reaches the next round figure or 1.3 times itself, whichever is higher ("more than 30" allows
    40, "more than 8,000" 9,100, "more than $20,000" $23,712; "more than 400" is not 550, "more than
    $15,000" not $25,000). Number words ("more than a dozen") and figures under 10 ("more than two")
    stay open: they are loose by use."""
    digits = raw.replace(",", "").replace(".", "").lstrip("0")
    if not digits.isdigit() or float(raw.replace(",", "")) < 10:
        return math.inf
    significant = digits.rstrip("0")
    unit = value / int(significant)  # the value of the last significant digit
    if len(significant) == 1 or significant.endswith("5"):
        step = unit if len(significant) == 1 else 5 * unit
        return max((int(significant) * unit // step + 1) * step, value * 1.3)
    return value + 1.5 * unit


_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "feet", "teeth", "police", "cattle"})
_PHRASE_END = re.compile(r"[,;:()!?\"“”]|\.(?!\d)")


def _counted_noun(text: str, end: int) -> str:
    """The thing counted: the first content word after the number within three words, skipping
    adjectives we cannot tell apart only by guessing ("two broad declarations" → declaration)."""
    # within the phrase: "80 feet long, the researchers wrote" counts feet, "twelve (so far!)" nothing
    words = _TOKEN.findall(_PHRASE_END.split(text[end : end + 60], maxsplit=1)[0])[:4]
    if words and words[0].lower() == "of":  # "30,000 of Russian troops", "tens of billions of dollars"
        words = words[1:]
    candidates = [
        w for w in words if w.lower() not in STOP and w.lower() not in WORD_NUMBERS and "-" not in w and len(w) > 2
    ]
    if candidates and candidates[0].lower() in _IRREGULAR_PLURALS:
        return candidates[0].lower()  # "125 people had died across Syria": people, not "across"
    plural = [
        w for w in candidates[:3] if w.lower().endswith("s") and not w.lower().endswith("ss") and not w[0].isupper()
    ]
    if plural:
        return singular(plural[0])
    return singular(candidates[0]) if candidates and not candidates[0][0].isupper() else ""


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` that reports an amount; years, ordinals, clock times and
    numbers inside names ("G7", "COVID-19", "F-16") are left out. A half is read with its number
    ("two and a half years", "1 1/2 miles", "a block and a half", "half an hour"): read alone, "three and
    a half hours" was three hours, and "a block and a half" nothing."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        num = match.group("num") or ""
        half = (
            _HALF_AFTER.match(text, match.end()) if num and not (match.group("scale") or match.group("pct")) else None
        )
        if half and match.group("dur"):
            half = None  # "two-day-and-a-half": not a form anyone writes; leave the figure as it was read
        end = half.end() if half else match.end()
        scaled = _SCALE_AFTER.match(text, end) if half else None
        if scaled:
            end = scaled.end()  # "two and a half million people"
        phrase = text[match.start() : end].strip()
        after = text[end : end + 3]
        before = text[max(0, match.start() - 2) : match.start()]
        if num and not match.group("cur"):
            if _YEAR.match(num) or re.match(r"(st|nd|rd|th)\b", after) or re.match(r"\d", after[:1]):
                continue
            if after[:1] in (":", "/") or before.endswith(("-", "/", ":")):
                continue  # "9/11", "24/7", clock times
            if (
                before.endswith("(")
                or re.match(r"-\d", after)
                or _MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            ):
                continue  # a vote tally "348-77"; a date "Sept. 11", "March 21"
            if re.match(r"\s?(a\.m\.|p\.m\.|am\b|pm\b)", after, re.I):
                continue
        if _COMPOUND_AFTER.match(text, match.end()) or _COMPOUND_BEFORE.search(
            text[max(0, match.start() - 20) : match.start()]
        ):
            continue  # "One hundred and three patients": a number in words this reader would take for 100 and 3
        if _RANGE_AFTER.match(text, match.end()) or _RANGE_BEFORE.search(
            text[max(0, match.start() - 20) : match.start()]
        ):
            continue  # "adults age 20 to 29", "between 155 million to 148 million": the ends of a range
        if num.lower() == "one" and not match.group("qual") and not half:
            continue  # "one of the", "one-on-one": almost never a count worth comparing
        if num.lower() == "twin" and not _TWIN_OF.match(text, match.end()):
            continue  # "twin car bombs" counts two bombs; "a twin sister", "the Twin Cities" count nothing
        scale = SCALES[scaled.group(1).lower()] if scaled else 1.0
        interval = _interval(match, 0.5 if half else 0.0, scale)
        if interval is None:
            continue
        low, high, exact = interval
        if match.group("pct"):
            unit = "percent"
        elif match.group("cur") or re.match(rf"\s(?:of\s)?({_CURRENCIES})\b", text[end:]):
            unit = "money"
        elif match.group("dur"):
            unit = "duration"
        elif _DURATION_WORD.match(text, end):
            unit = "duration"  # "21 years in prison": a length of time, not a count of years
        else:
            unit = "count"
        age = _age_of(text, match) if not half else None
        if age is not None:
            unit, noun = "age", age
        elif unit == "money":
            noun = _money_noun(text, end)
        elif unit == "duration":
            word = _DURATION_WORD.match(text, end)
            length = match.group("dur").strip("-") if match.group("dur") else word.group("length") if word else ""
            rest = word.end() if word and not match.group("dur") else end
            noun = _duration_noun(text, match.start(), length, rest)
        else:
            noun = _counted_noun(text, end)
        found.append(Quantity(phrase, low, high, exact, unit, noun, match.start(), end))
    found += [q for q in _halves(text) if not any(q.start < f.end and f.start < q.end for f in found)]
    return sorted(found, key=lambda q: q.start)


def _duration_noun(text: str, start: int, length: str, rest: int) -> str:
    """A length of time is named by its unit and what it is spent in ("in prison for 23 years": year:prison)."""
    held = _DURATION_BEFORE.search(text[max(0, start - 40) : start])
    what = singular(held.group(1)) if held else _counted_noun(text, rest)
    return singular(length.lower()) + ":" + what


# a half read with the number before it: "two and a half", "two-and-a-half", "1 1/2", "1½"
_HALF_AFTER = re.compile(r"(?:\s+and\s+a\s+half|-and-a-half|\s+1/2|\s?½)(?![\w/-])", re.I)
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I)
# a thing measured in halves without a figure: "a block and a half", "an hour and a half", "half a mile", "half an
# hour", "a half-hour"; "half a dozen" is a number word already, and "half a million" is half of a scale
_MEASURED = (
    r"blocks?|miles?|hours?|minutes?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|seasons?|inch(?:es)?|feet|"
    r"foot|yards?|meters?|metres?|kilometers?|kilometres?|pounds?|tons?|gallons?|liters?|litres?|million|billion"
)
_HALF_PHRASE = re.compile(
    rf"(?<![\w-])(?:{_QUALIFIER})?(?:an?\s+(?P<whole>{_MEASURED})\s+and\s+a\s+half|half\s+an?\s+(?P<part>{_MEASURED})"
    rf"|an?\s+half[\s-](?P<part2>{_MEASURED}))\b",
    re.IGNORECASE,
)


def _halves(text: str) -> list[Quantity]:
    """Quantities told in halves with no figure: 1.5 of "a block and a half", 0.5 of "half an hour"."""
    found = []
    for match in _HALF_PHRASE.finditer(text):
        measure = (match.group("whole") or match.group("part") or match.group("part2")).lower()
        value = 1.5 if match.group("whole") else 0.5
        end = match.end()
        if measure in ("million", "billion"):
            value *= SCALES[measure]
            measure = ""
        low, high, exact = _bounds(value, (match.group("qual") or "").lower(), True, "")
        currency = re.match(rf"\s(?:of\s)?({_CURRENCIES})\b", text[end:])
        word = _DURATION_WORD.match(" " + measure) if measure else None
        if currency:
            unit, noun = "money", _money_noun(text, end)
        elif word:
            unit, noun = "duration", _duration_noun(text, match.start(), word.group("length"), end)
        else:
            unit, noun = "count", singular(measure) if measure else _counted_noun(text, end)
        found.append(Quantity(match.group(0).strip(), low, high, exact, unit, noun, match.start(), end))
    return found


_RANGE_AFTER = re.compile(r"\s+to\s+\d", re.I)
_RANGE_BEFORE = re.compile(r"(?:\d|hundred|thousand|million|billion)\s+to\s+$", re.I)
_COMPOUND_AFTER = re.compile(rf"\s+and\s+(?:{_WORD})\b", re.I)
_COMPOUND_BEFORE = re.compile(r"\b(?:hundred|thousand)\s+and\s+$", re.I)
_TWIN_OF = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+s\b")  # a plural within two words: "twin (car) bombs"
_MONTH_BEFORE = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$", re.I)
_AGE_AFTER = re.compile(r"^-year-old\s+(?:(?:[a-z]+\s+){0,2})?(?P<name>(?:[A-Z][\w'’-]+\s?)+)")
_AGE_APPOSITION = re.compile(r"(?P<name>[A-Z][\w'’-]+),\s?$")
_DURATION_BEFORE = re.compile(r"\b(?:in|behind)\s+([a-z]+)\s+for\s+$")
_DURATION_WORD = re.compile(r"\s(?P<length>years?|months?|weeks?|days?|hours?)\b", re.I)


def _age_of(text: str, match: re.Match[str]) -> str | None:
    """The person whose age a number gives: "66-year-old Frank Macomber" / "Macomber, 65," →
    their last name (lower case); None when the number is not an age."""
    num = match.group("num") or ""
    if not num.isdigit() or match.group("cur") or match.group("qual") or int(num) > 120:
        return None
    after = text[match.end() : match.end() + 60]
    if match.group("dur") and match.group("dur").lower().startswith("-year"):
        found = _AGE_AFTER.match(match.group("dur") + after[: 60 - len(match.group("dur"))])
        if found:
            return found.group("name").split()[-1].lower()
        return None
    # "Kevin Deon Johnson, 24; Dwight Smith, 30; and Antheyst Jarrett, 27." (a list of suspects: editor read, stop 32,
    # row 161, where another outlet gave Johnson's age as 25 and no conflict was found)
    if after.startswith((",", ")", ";")) or re.match(r"\.(?:\s|$)", after):
        named = _AGE_APPOSITION.search(text[max(0, match.start() - 40) : match.start()])
        if named:
            return named.group("name").lower()
    return None


_BARE_CURRENCY = re.compile(rf"\s*(?:{_CURRENCIES})\b", re.I)
# "over ten years", "during the next decade": a span of time between the sum and what it pays for
_SPAN = re.compile(
    r"^\s*(?:over|during|across|within|for)\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+)?"
    r"(?:\w+\s+)?(?:years?|months?|decades?|weeks?)\b",
    re.IGNORECASE,
)


def _money_noun(text: str, end: int) -> str:
    """Money is named by what it pays for: "$470 million in aid" → aid, "worth $5 billion of trade",
    "2.1 billion euros on water treatment" → water, also after a span of time ("€2.4 billion over
    ten years in water treatment plants" → water)."""
    after = text[end : end + 90]
    currency = _BARE_CURRENCY.match(after)  # "2.1 billion euros on ...", not "billions of dollars"
    if currency:
        after = after[currency.end() :]
    span = _SPAN.match(after)
    if span:
        after = after[span.end() :]
    words = _TOKEN.findall(after[:50])[:5]
    if words and words[0].lower() in ("in", "of", "for", "worth", "to", "on"):
        rest = [w for w in words[1:] if w.lower() not in STOP]
        if rest and not rest[0][0].isupper():
            return singular(rest[0])
    return ""
