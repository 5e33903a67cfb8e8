"""Whether two summary sentences say the same thing: the same quotation, or the same fact.

Text-only on purpose, so ``newsfuse bench rouge`` can count repeats for every system (baselines
have no embeddings or units) with the same rule the summary obeys. Same quotation: a run of
``QUOTE_RUN`` words inside quotation marks in both, or a shorter quoted piece (``MIN_PIECE`` words
or more) of one inside a quotation of the other. Same fact: most content words of the shorter
sentence are in the longer one (overlap coefficient ≥ ``FACT_OVERLAP``, at least ``MIN_SHARED``
words) — the way an outlet's rewrite of a wire sentence keeps its words — or the same figure: both
give the same number (not a year; "10%" = "10 percent", "$250,000") and share at least
``FIGURE_SHARED`` other content words ("seeking a stake as large as 10% in American" / "designs on a
stake as large as 10%, American said"), or two such numbers and ``FIGURES_SHARED`` words; or the same year and
``YEAR_SHARED`` other content words, one of them the same past tense. Or the same person's same act told in other
words (``same_act``): a name both give and a word of one act in both ("Kathy Griffin issued a formal apology …" /
"Ms. Griffin went online on Tuesday night to express regret."), done to the same thing when the act has an object
("… decrying the leak" / "after denouncing the leak of the data …, Mr. Clapper insisted …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsfuse.summarize.features import content_words

QUOTE_RUN = 6
FACT_OVERLAP = 0.6
MIN_SHARED = 5
FIGURE_SHARED = 3
# two figures in common need fewer words: a quotation's "40 to 60 hours of training" and a report's "a 40-60 hour
# training program" share only the speaker and "training" (editor read, stop 44, BASIL 2013: shown one after the other)
FIGURES_SHARED = 2
# the same year and this many other content words: "Excavated in 1998 by an expedition from the University of Kansas,
# … "Bigfoot" was discovered …" and "The foot was excavated in 1998 by an expedition team from the University of
# Kansas …" (editor read #19c, Multi-News row 33: the dig told four times in ten sentences). A year alone says too
# little ("in 2016"), hence more words than a figure needs.
YEAR_SHARED = 4
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_FIGURE = re.compile(r"(\$?)(\d[\d,.]*\d|\d)(?:\s*(%|percent\b|per cent\b))?")
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


# The summary compares each candidate with every sentence chosen so far (thousands of pairs for one
# story): each text's quote runs, words and figures are computed once (memoised; pure functions of
# the text), which took a warm brief of the shared corpus from 1.9 s to ~1 s.
_CACHE = 65_536


@lru_cache(maxsize=_CACHE)
def _quote_runs(text: str) -> frozenset[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for inner in _QUOTED.findall(text):
        tokens = _TOKEN.findall(inner.lower())
        runs.update(tuple(tokens[k : k + QUOTE_RUN]) for k in range(len(tokens) - QUOTE_RUN + 1))
    return frozenset(runs)


@lru_cache(maxsize=_CACHE)
def _words(text: str) -> frozenset[str]:
    return frozenset(content_words(text))


# a short quoted piece ("fight" for the country "with every breath") is the same quotation as a longer one that holds
# it word for word ("I will fight for you with every breath in my body"): editor read, stop 44, BASIL 2017, the first
# two summary sentences. Three words at least, so a quoted name or a scare-quoted word is no quotation of its own.
MIN_PIECE = 3


@lru_cache(maxsize=_CACHE)
def _quotations(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the short quoted pieces, every quotation), each as its tokens between spaces (" with every breath ")."""
    spans = [tuple(_TOKEN.findall(inner.lower())) for inner in _QUOTED.findall(text)]
    whole = tuple(f" {' '.join(t)} " for t in spans)
    return tuple(f" {' '.join(t)} " for t in spans if MIN_PIECE <= len(t) < QUOTE_RUN), whole


def _piece_within(pieces: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """A short quoted piece stands word for word inside a quotation of the other text."""
    return any(piece in quotation for piece in pieces for quotation in whole)


def _piece_of(a: str, b: str) -> bool:
    return _piece_within(_quotations(a)[0], _quotations(b)[1])


def same_quote(a: str, b: str) -> bool:
    return bool(_quote_runs(a) & _quote_runs(b)) or _piece_of(a, b) or _piece_of(b, a)


def same_fact(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    shared = len(wa & wb)
    return shared >= MIN_SHARED and shared / max(1, min(len(wa), len(wb))) >= FACT_OVERLAP


_MONTH_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?:,\s*\d{4})?", re.IGNORECASE
)


@lru_cache(maxsize=_CACHE)
def _figures(text: str) -> frozenset[str]:
    """Numbers that count or measure something: not a year, a single digit or a day of a month."""
    found = set()
    for money, number, percent in _FIGURE.findall(_MONTH_DAY.sub(" ", text)):
        value = number.rstrip(".,")
        if not money and not percent and (len(value) < 2 or re.fullmatch(r"(?:19|20)\d\d", value)):
            continue  # a year or a single digit says too little on its own
        found.add(f"{money}{value}{'%' if percent else ''}")
    return frozenset(found)


def same_figure(a: str, b: str) -> bool:
    figures, shared = len(_figures(a) & _figures(b)), len(_words(a) & _words(b))
    return (shared >= FIGURE_SHARED and figures >= 1) or (shared >= FIGURES_SHARED and figures >= 2)


@lru_cache(maxsize=_CACHE)
def _years(text: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(text))


# One act told in other words (editor reads #20, #21, stops 49-50: Griffin's apology four times in ten sentences,
# Clapper "decrying the leak" then "after denouncing the leak"). Each family is the words news uses for one act; a
# family marked True is done to something, so two sentences must also share another content word (its object: "the
# leak"), or "Clapper condemned the leak" and "Clapper condemned the senator" would be one act.
_ACTS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (name, re.compile(words, re.IGNORECASE), transitive)
    for name, words, transitive in (
        # an apology or a resignation told as done, not asked for or passed by: "called on Mr. Berlusconi to step
        # down", "calls for Lehmkuhl's resignation", "even after resigning" are no resignation (Multi-News rows 4, 78
        # and 124 lost a second fact to a first rule that took every form)
        (
            "apology",
            r"\b(?:apologi[sz](?:ed|es)|regretted|(?:issued|offered|made|posted|tweeted|delivered)\s+(?:a|an|his|her|"
            r"their)\s+(?:[\w-]+\s+)?apology|express(?:ed|es)?\s+(?:[\w-]+\s+)?(?:regret|remorse))\b",
            False,
        ),
        (
            "resignation",
            r"\b(?:resign(?:ed|s)|stepped\s+down|steps\s+down|(?:announced|submitted|tendered|offered)\s+(?:his|her|"
            r"their)\s+resignation)\b",
            False,
        ),
        (
            "condemnation",
            r"\b(?:decr(?:y|ies|ied|ying)|denounc\w*|condemn\w*|castigat\w*|assail\w*|lambast\w*|rebuk\w*)\b",
            True,
        ),
        ("denial", r"\b(?:den(?:y|ies|ied|ying|ial))\b", True),
        # a court's or a prosecutor's dropping of charges told three ways: "Judge … dismissed the first-degree murder
        # charges Tuesday against Dr. Kermit Gosnell", "… convince the judge to drop three first-degree murder charges
        # against Gosnell" (editor read #31, Multi-News row 119: one fact three times in the summary)
        ("dismissal", r"\b(?:dismiss(?:ed|es|al)|(?:threw|thrown|throws|throw)\s+out|drop(?:ped|s)?)\b", True),
        ("endorsement", r"\b(?:endors(?:e|es|ed|ing|ement))\b", True),
        # withdrawing from something told three ways: "is pulling out of his own Dec. 27th debate", "is bowing out as
        # the moderator for a Republican presidential debate", "was bowing out of the Newsmax debate" (editor read
        # #34, BASIL 2011: one act four times in the summary); done to something, so the debate must be shared too
        (
            "withdrawal",
            r"\b(?:(?:pull|bow|drop|back)(?:s|ed|ped|ing|ping)?\s+out|withdr(?:aw|aws|ew|awn|awing|awal))\b",
            True,
        ),
    )
)
# a capitalised word that may name someone: not a weekday, a month or a word that opens a sentence
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:['’]s)?\b")
_NOT_NAME_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september "
    "october november december the this that these those and but for with after when while his her their its she "
    "they mrs mr ms sen rep gov president"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


@lru_cache(maxsize=_CACHE)
def _acts(text: str) -> frozenset[tuple[str, str]]:
    """(name, act family) of every name the text gives outside quotations and every act family it tells there."""
    outside = _QUOTED.sub(" ", text)
    families = [name for name, words, _ in _ACTS if words.search(outside)]
    if not families:
        return frozenset()
    names = {m.group().lower().removesuffix("'s").removesuffix("’s") for m in _NAME.finditer(outside)}
    return frozenset((n, f) for n in names - _NOT_NAMES for f in families)


_TRANSITIVE = frozenset(name for name, _, transitive in _ACTS if transitive)
# where and when it was said is no object ("… in a statement late Thursday", "in an interview"): nor are the words
# of the act itself
_ACT_WORDS = re.compile("|".join(words.pattern for _, words, _ in _ACTS), re.IGNORECASE)
_SETTING_WORD_LIST = (
    "statement statements interview tweet tweets twitter post posted video remarks speech said says told late early "
    "earlier later night morning afternoon evening day week today yesterday issued released"
)
_SETTING_WORDS = frozenset(_SETTING_WORD_LIST.split()) | _NOT_NAMES


def _same_act(acts_a: frozenset[tuple[str, str]], acts_b: frozenset[tuple[str, str]], shared: frozenset[str]) -> bool:
    both = acts_a & acts_b
    if not both:
        return False
    names = {n for n, _ in both}
    objects = {w for w in shared if w not in names and w not in _SETTING_WORDS and not _ACT_WORDS.fullmatch(w)}
    return any(family not in _TRANSITIVE or objects for _, family in both)


@dataclass(frozen=True, slots=True)
class Traits:
    """What ``repeats`` compares of one text, read once: the summary asks ``repeats`` of each candidate
    against every sentence chosen so far (~9,000 pairs for the shared corpus), and four memoised look-ups
    and three calls per pair were most of that loop's time (docs/speed.md, stop 44)."""

    runs: frozenset[tuple[str, ...]]
    words: frozenset[str]
    figures: frozenset[str]
    pieces: tuple[str, ...]  # short quoted pieces (``MIN_PIECE``)
    quotations: tuple[str, ...]
    years: frozenset[str] = frozenset()
    acts: frozenset[tuple[str, str]] = frozenset()  # (name, act family): ``_acts``


def traits(text: str) -> Traits:
    pieces, quotations = _quotations(text)
    return Traits(_quote_runs(text), _words(text), _figures(text), pieces, quotations, _years(text), _acts(text))


def repeats_traits(a: Traits, b: Traits) -> bool:
    """``repeats`` of the two texts these are the traits of: ``same_quote``, ``same_fact`` or ``same_figure``,
    written out on the traits (one shared-word count serves the last two)."""
    if a.runs & b.runs or _piece_within(a.pieces, b.quotations) or _piece_within(b.pieces, a.quotations):
        return True
    shared = len(a.words & b.words)
    if shared >= MIN_SHARED and shared / max(1, min(len(a.words), len(b.words))) >= FACT_OVERLAP:
        return True
    figures = len(a.figures & b.figures)
    return (
        (shared >= FIGURE_SHARED and figures >= 1)
        or (shared >= FIGURES_SHARED and figures >= 2)
        or (shared >= YEAR_SHARED and bool(a.years & b.years) and _past_tense(a.words & b.words))
        or _same_act(a.acts, b.acts, a.words & b.words)
    )


def _past_tense(shared: frozenset[str]) -> bool:
    """A past tense among the shared words ("excavated"): the same act, not two of one year ("a dispute between 2014
    and 2015 … the board" and "In 2015, Madsen had sent a text message to … the board", Multi-News row 38)."""
    return any(len(w) > 4 and w.endswith("ed") for w in shared)


def same_year(a: str, b: str) -> bool:
    shared = _words(a) & _words(b)
    return len(shared) >= YEAR_SHARED and bool(_years(a) & _years(b)) and _past_tense(shared)


def same_act(a: str, b: str) -> bool:
    return _same_act(_acts(a), _acts(b), _words(a) & _words(b))


def _families(text: str) -> frozenset[str]:
    outside = _QUOTED.sub(" ", text)
    return frozenset(name for name, words, _ in _ACTS if words.search(outside))


def same_act_unnamed(a: str, b: str) -> bool:
    """One act of one family told in both, done to the same thing when the act has an object, whether or not both
    name who did it: an outlet's lede "A judge has thrown out three murder charges against a Philadelphia abortion
    provider …" and its next sentence "Common pleas court Judge Jeffrey Minehart dismissed the first-degree murder
    charges Tuesday against Dr. Kermit Gosnell." (``same_act`` asks for a name in both)."""
    both = _families(a) & _families(b)
    if not both:
        return False
    objects = {
        w for w in _words(a) & _words(b) if w not in _SETTING_WORDS and not _ACT_WORDS.fullmatch(w) and len(w) > 2
    }
    return any(family not in _TRANSITIVE or objects for family in both)


def repeats(a: str, b: str) -> bool:
    return same_quote(a, b) or same_fact(a, b) or same_figure(a, b) or same_year(a, b) or same_act(a, b)


def repeated_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if repeats(texts[i], texts[j])]
