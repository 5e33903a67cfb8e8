"""Information units: the sentences of all articles that state the same fact in different words.

Two sentences join when their MiniLM embeddings are close; shared named entities and shared
numbers raise the similarity a little (they are strong evidence of the same fact), so paraphrases
such as "signed 14 agreements" / "resulted in more than a dozen agreements" can meet. A unit holds
at most one sentence per article: an article repeating itself is not extra support.
Grouping is greedy average-linkage over pairs in a fixed order, so it is deterministic.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from newsfuse.align import same_fact, story_pairs
from newsfuse.align.numbers import STOP, Quantity, find_quantities, singular
from newsfuse.align.support import SupportMap
from newsfuse.align.values_apart import tells_other_value
from newsfuse.nlp.quoted import mostly_quoted
from newsfuse.options import AlignOptions
from newsfuse.records import AnalysedStory, Quote

_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW"})


@dataclass
class Unit:
    """One fact and the sentences (one per article at most) that report it."""

    members: list[int]  # sentence indices, in story order

    def articles(self, story: AnalysedStory) -> list[str]:
        order = [a.id for a in story.articles]
        present = {story.sentences[i].article_id for i in self.members}
        return [a for a in order if a in present]


@dataclass
class UnitMap:
    units: list[Unit]
    unit_of: list[int]  # sentence index -> unit index
    quantities: list[list[Quantity]]  # per sentence
    similarity: np.ndarray  # combined pair similarity the units were built from
    threshold: float
    # sentence -> articles that report a value conflicting with one of its claims: given when the
    # map is built by ``align`` (from align.conflicts), never written afterwards
    contradicted: dict[int, set[str]] = field(default_factory=dict)
    # sentence -> conflict -> the claims whose disputed value it names (align/values_apart.py): a member naming
    # another side's value only does not back it; given by ``align``, never written afterwards
    carried: dict[int, dict[int, frozenset[int]]] = field(default_factory=dict)
    # the support map the units were built from (``build_units``): ``align``, given sentence units made
    # before (``grouped``), reads it instead of making it again (~0.02 s a brief, docs/speed.md stop 42)
    support: SupportMap | None = field(default=None, repr=False, compare=False)

    def typicality(self) -> np.ndarray:
        """How well each sentence stands for its unit: mean similarity to the unit's other
        members (1 for a unit of one). The wording the sources share beats one that adds its
        own details."""
        result = np.ones(len(self.unit_of))
        for unit in self.units:
            if len(unit.members) < 2:
                continue
            block = self.similarity[np.ix_(unit.members, unit.members)]
            mean = (block.sum(axis=1) - np.diag(block)) / (len(unit.members) - 1)
            result[unit.members] = np.clip(mean, 0.0, 1.0)
        return result

    def sources_for(self, i: int, story: AnalysedStory) -> list[str]:
        """Sources that back sentence ``i`` itself: its own article (first) and every unit member
        close enough to *it* (average linkage lets a unit hold members that only resemble the rest)."""
        backing = {story.sentences[i].article_id} | {story.sentences[j].article_id for j in self.backers_of(i, story)}
        backing -= self.contradicted.get(i, set())  # never cite a source for a number it disputes
        own = story.sentences[i].article_id
        # The article the sentence was taken from comes first: its text holds the sentence verbatim.
        return [own, *(a.id for a in story.articles if a.id in backing and a.id != own)]

    def backers_of(self, i: int, story: AnalysedStory) -> list[int]:
        """The members of ``i``'s unit close enough to ``i`` that agree with its numbers and back it
        (:meth:`sources_for` cites their articles)."""
        return [
            j
            for j in self.units[self.unit_of[i]].members
            if self.similarity[i, j] >= self.threshold
            and numbers_agree(self.quantities[i], self.quantities[j])
            and not tells_other_value(self.carried, i, j)
            and backs(story.sentences[j].text, story.sentences[i].text)
        ]

    def passages_for(self, i: int, story: AnalysedStory) -> dict[str, str]:
        """For each source ``sources_for`` cites for sentence ``i``, the sentence of that source that
        backs it: ``i`` itself in its own article, else the unit member there most similar to ``i``."""
        own = story.sentences[i].article_id
        best: dict[str, int] = {own: i}
        for j in self.units[self.unit_of[i]].members:
            article = story.sentences[j].article_id
            if article != own and (article not in best or self.similarity[i, j] > self.similarity[i, best[article]]):
                best[article] = j
        return {s: story.sentences[best[s]].text for s in self.sources_for(i, story) if s in best}

    def independent(self, u: int, story: AnalysedStory, copy_of: dict[str, str | None]) -> list[str]:
        """Supporting sources of unit ``u``, counting a copy and its original once."""
        return one_per_origin(self.units[u].articles(story), copy_of)


_QUESTION_END = re.compile(r"\?[\"'”’)\]]*\s*$")
_OPENING = "“„«"
_CLOSING = "”»"
_QUOTE_MARK = re.compile(f'[{_OPENING}{_CLOSING}"]')


def quoted_part(text: str) -> str:
    """The words of ``text`` inside double quotation marks. A sentence cut out of a longer quotation
    counts too: text before a first closing mark that nothing opened ('basics," he said.') and text
    after an opening mark that nothing closes."""
    parts: list[str] = []
    start: int | None = None
    seen = False
    for found in _QUOTE_MARK.finditer(text):  # the marks alone: a loop over every character cost ~0.05 s a brief
        k = found.start()
        ch = text[k]
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        opening = ch in _OPENING or (ch == '"' and start is None and not after.isspace() and not before.isalnum())
        if start is None and opening:
            start = k + 1
        elif start is not None and not opening:
            parts.append(text[start:k])
            start = None
        elif start is None and not seen and not before.isdigit():  # not an inch mark: 5" screen
            parts.append(text[:k])  # the sentence starts inside a quotation
        seen = True
    if start is not None:
        parts.append(text[start:])
    return " ".join(parts)


_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def _stems(text: str) -> list[tuple[str, bool]]:
    """Each word's light stem, and whether it is a plain content word (lower case, not a stop word,
    longer than two letters): what a phrase must hold to be more than a name or a frame."""
    return [
        (same_fact.stem(w), w[:1].islower() and len(w) > 2 and w.lower() not in same_fact.STOP_WORDS)
        for w in _WORDS.findall(text)
    ]


def _shares_phrase(quoted: str, other: str) -> bool:
    """``other`` repeats a phrase of ``quoted``: two plain content words in a row ("septic shock",
    "daily humanitarian"), or three words in a row with one of them ("asserts his innocence", "happy
    for them"). A shared name ("the Justice Against Sponsors of Terrorism Act") or "the president"
    is not enough."""
    words = _stems(quoted)
    theirs = [w for w, _ in _stems(other)]
    pairs = set(itertools.pairwise(theirs))
    triples = set(zip(theirs, theirs[1:], theirs[2:], strict=False))
    for k in range(len(words) - 1):
        (a, plain_a), (b, plain_b) = words[k], words[k + 1]
        if plain_a and plain_b and (a, b) in pairs:
            return True
        if k + 2 < len(words):
            c, plain_c = words[k + 2]
            if (plain_a or plain_b or plain_c) and (a, b, c) in triples:
                return True
    return False


def _quote_backed(shown: str, member: str) -> bool:
    """A shown text that is mostly quoted words (at least half of its content words) is backed by
    another outlet's sentence only if that one gives most of the quoted words (two thirds of the
    content words) or repeats a phrase of them (:func:`_shares_phrase`), with or without marks: a
    sentence about the same moment is no source for what someone said in it (editor read of row
    226: '"I was a selfish player," James said.' cited an outlet whose sentence was "After one game
    last year, Spoelstra revealed players were crying"). Only this way round: a member that quotes
    someone may well back a shown sentence that reports it ("prosecutors said Hunter and his wife
    mischaracterized the purchases" / '"... falsified F.E.C. campaign finance reports ...,"' the
    attorney said)."""
    quoted = quoted_part(shown)
    said = story_pairs.content_words(quoted)
    if not said or 2 * len(said) < len(story_pairs.content_words(shown)):
        return True
    if 3 * len(said & story_pairs.content_words(member)) >= 2 * len(said):
        return True
    return _shares_phrase(quoted, member)


def backs(member: str, shown: str) -> bool:
    """Whether a sentence of a fact can be cited for the text shown for it: a question asserts nothing
    ("Why would a town need to move?" is not a source for "By the next year, the town had already decided
    to move.", editor read of row 158; "Facebook bought what now?", "Are the allegations true?" on unseen
    rows 150-249), unless the shown text asks a question too (a quoted one: '"What just happened?" says
    Kimmel'); a quotation is backed only by a sentence that gives its words (:func:`_quote_backed`); and a sentence
    giving another time of day, other calendar days or another rank of one thing backs nothing (:func:`times_agree`,
    :func:`days_agree`, :func:`ranks_agree`)."""
    if "?" not in shown and _QUESTION_END.search(member):
        return False
    return (
        times_agree(member, shown)
        and days_agree(member, shown)
        and ranks_agree(member, shown)
        and _quote_backed(shown, member)
    )


# A short quotation: a label or phrase an outlet quotes ("a “no limits” friendship", the album “Surrealistic
# Pillow”), not a statement (those are longer, and align.quotes and ``_quote_backed`` read them)
TERM_WORDS = (2, 6)
_QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]")
_TERM_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=8192)
def quoted_terms(text: str) -> frozenset[str]:
    """The short quotations of ``text`` (:data:`TERM_WORDS` words, at least one a content word: a title
    such as “Smiles for Life” counts), as lower-case words joined by single spaces."""
    found = set()
    for m in _QUOTATION.finditer(text):
        words = _TERM_WORD.findall(m.group(1).lower())
        if TERM_WORDS[0] <= len(words) <= TERM_WORDS[1] and any(
            len(w) > 2 and w not in same_fact.STOP_WORDS for w in words
        ):
            found.add(" ".join(words))
    return frozenset(found)


def words_joined(text: str) -> str:
    """The words of ``text`` in lower case, joined and framed by single spaces (for a phrase search)."""
    return " " + " ".join(_TERM_WORD.findall(text.lower())) + " "


def one_per_origin(sources: list[str], copy_of: dict[str, str | None]) -> list[str]:
    """``sources`` in order, keeping only the first of each origin: a copy adds no support."""
    seen: set[str] = set()
    result = []
    for source in sources:
        root = copy_of.get(source) or source
        if root not in seen:
            seen.add(root)
            result.append(source)
    return result


# Two outlets printing one sentence word for word tell it once: a blog quoting a wire story at length ("From Asia &
# Japan Watch: ..."), two papers running one agency paragraph. Whole copies are ``copy_of`` (dedup/detect.py);
# this is the reuse of a passage, which dedup reports but never makes a copy (editor read, stop 31, row 245: a
# blog's facts were "corroborated" by the very sentences it quoted). At least ``VERBATIM_WORDS`` words, so two
# outlets' "The police declined to comment." stay two tellings.
VERBATIM_WORDS = 10
_VERBATIM_WORD = re.compile(r"[^\W_]+")


def verbatim_key(text: str) -> str:
    """The sentence's words, lower case, punctuation and spacing aside; "" when too short to tell a copy."""
    words = _VERBATIM_WORD.findall(text.lower().replace("’", "'"))
    return " ".join(words) if len(words) >= VERBATIM_WORDS else ""


def telling_key(text: str, quoted: list[str]) -> str:
    """:func:`verbatim_key`, or "" when the sentence is someone's words its outlet quotes (``quoted``: the
    verbatim keys of the quotations that outlet prints, ``Quote.text``). Two outlets that print one speaker's or
    one document's words report them each: a paper quoting lines of an open letter that another outlet prints
    whole, a column quoting a transcript (editor read, stop 35: row 103's three lines of the vice president's
    letter and row 102's "... this could have been my son." were single-source with two sources, while the same
    transcript's sentences that one outlet quoted with a stray mark, so not word for word, were corroborated)."""
    key = verbatim_key(text)
    if key and any(key in q for q in quoted):
        return ""
    # the speaker's words with their attribution ('"I remember how humiliating that was …," Holder said.'): two
    # outlets that quote one speaker word for word each report the remark (editor read #34, BASIL 2014: such a
    # sentence in two outlets was single-source with two sources)
    inner = [verbatim_key(found) for found in _QUOTATION.findall(text)]
    if key and inner and mostly_quoted(text) and all(k and any(k in q for q in quoted) for k in inner):
        return ""
    return key


def quoted_keys(quotes: list[Quote]) -> dict[str, list[str]]:
    """Per source id, the words (as :func:`verbatim_key` reads them, whatever their length) of each quotation it
    prints, a variant's too."""
    found: dict[str, list[str]] = {}
    for quote in quotes:
        for text, sources in [(quote.text, quote.sources), *((v.text, v.sources) for v in quote.variants)]:
            words = " ".join(_VERBATIM_WORD.findall(text.lower().replace("’", "'")))
            for source in sources:
                found.setdefault(source, []).append(words)
    return found


def one_per_telling(sources: list[str], tellings: dict[str, set[str]]) -> list[str]:
    """``sources`` in order, less each whose every telling of the fact (``tellings``: source -> the
    ``verbatim_key`` of each of its sentences in the fact) is word for word a telling of a source kept before
    it. A source with a telling of its own, a short one, or none in ``tellings`` (cited from outside the
    unit) stays."""
    kept: list[str] = []
    told: set[str] = set()
    for source in sources:
        mine = tellings.get(source, set())
        if kept and mine and "" not in mine and mine <= told:
            continue
        kept.append(source)
        told |= mine
    return kept


_MEASURES = ("money", "percent", "duration")


def numbers_agree(mine: list[Quantity], theirs: list[Quantity]) -> bool:
    """False when the two sentences give values of the same measure that cannot both be true
    ("€2.4 billion" against "2.1 billion euros"; "11 agreements" against "3 agreements"): a
    paraphrase with another number does not back the sentence, even where no conflict slot was
    recognised. Counts are compared only for the same counted thing; a measure named by what it is of
    is compared with the other's figure of that thing too, whatever its other figures say."""
    if not mine or not theirs:
        return True  # most pairs: one of the two sentences gives no figure
    for unit in _MEASURES:
        a = [q for q in mine if q.unit == unit]
        b = [q for q in theirs if q.unit == unit]
        if a and b and not any(x.compatible(y) for x in a for y in b):
            return False
    for x in mine:
        # a count, or a sum, share or span named by what it is of: "$3 million in sales and about $500,000 in tax
        # revenue" does not back "about $3 million in sales and … about $1 million in tax revenue" because the
        # sales agree (Multi-News row 77, stop 52: one fact cited both outlets while their taxes differ)
        if x.unit not in ("count", *_MEASURES) or not x.noun:
            continue
        same_thing = [y for y in theirs if y.unit == x.unit and y.noun == x.noun]
        if same_thing and not any(x.compatible(y) for y in same_thing):
            return False
    return True


def _entity_sets(story: AnalysedStory, rare_share: float) -> list[set[str]]:
    """Per sentence, the entities it names that are *rare* in the story: the main actors
    (named in most sentences) say nothing about whether two sentences state the same fact."""
    sets: list[set[str]] = [set() for _ in story.sentences]
    index = {s.key: i for i, s in enumerate(story.sentences)}
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is not None and m.label in _ENTITY_LABELS:
            # Last word of the name: "Vladimir Putin" / "Mr. Putin" / "Putin" meet.
            words = re.findall(r"\w+", m.text.lower())
            if words:
                sets[i].add(words[-1])
    frequency: dict[str, int] = {}
    for found in sets:
        for name in found:
            frequency[name] = frequency.get(name, 0) + 1
    limit = max(2, rare_share * len(sets))
    return [{name for name in found if frequency[name] <= limit} for found in sets]


def _content(text: str) -> set[str]:
    return {singular(w) for w in re.findall(r"[a-z][a-z'’-]+", text.lower()) if w not in STOP and len(w) > 2}


def pair_similarity(
    story: AnalysedStory, support: SupportMap, quantities: list[list[Quantity]], params: AlignOptions
) -> np.ndarray:
    """Embedding cosine plus small bonuses for shared rare entities and shared counted things;
    pairs with almost no content word in common, or short sentences that are not close
    paraphrases, are pushed below any threshold (the embedding alone confuses "another
    diplomatic trip" with "a diplomatic tightrope")."""
    sim = np.array(support.similarity, dtype=np.float64, copy=True)
    n = len(story.sentences)
    if n == 0:
        return sim
    ents = _entity_sets(story, params.rare_entity_share)
    nouns = [{q.noun for q in qs if q.noun} for qs in quantities]
    words = [_content(s.text) for s in story.sentences]
    candidates = np.argwhere(sim >= params.candidate_cosine)
    for i, j in candidates:
        if i >= j:
            continue
        a, b = words[i], words[j]
        dice = 2 * len(a & b) / max(1, len(a) + len(b))
        short = min(len(a), len(b)) < params.short_sentence
        if dice < params.min_dice or (short and sim[i, j] < params.short_min_cosine):
            bonus = -1.0
        else:
            bonus = params.entity_bonus * min(2, len(ents[i] & ents[j]))
            if nouns[i] & nouns[j]:
                bonus += params.number_bonus
        sim[i, j] += bonus
        sim[j, i] += bonus
    return sim


# Text -> what the pair models read of it: pure functions of the text, kept for the process (bounded)
# so that the claim units (align/claim_units.py) and a second brief of the same articles reuse them.
_prepare = lru_cache(maxsize=8192)(same_fact.prepare)


@lru_cache(maxsize=8192)
def _quantities(text: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(text))


# a time of day ("11:40 a.m.", "around 10:30 a.m.", "3 p.m."): left out of ``numbers.find_quantities`` (never a count,
# and as a figure it raised a sentence's importance and changed claim splitting: gold tune multinews-141 lost a
# multi-outlet fact of its summary), but two outlets' sentences at different times of day do not back each other.
# Multi-News row 17 (editor read #24): "… waiting with the stroller on the 23rd floor … around 11:40 a.m., officials
# said." was cited to the Daily News, whose "… headed out with her mother around 10:30 a.m. on the 23rd floor" it
# joined: one outlet cited for the other's time
_CLOCK = re.compile(r"(?<![\w:.$])(\d{1,2})(?::([0-5]\d))?\s?(a\.\s?m\.|p\.\s?m\.|am\b|pm\b)", re.IGNORECASE)
_CLOCK_HEDGE = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|shortly (?:before|after)|just (?:before|after))\s+$"
)
CLOCK_HEDGE_MINUTES = 30.0


@lru_cache(maxsize=8192)
def clock_times(text: str) -> tuple[Quantity, ...]:
    """The times of day ``text`` gives, in minutes after midnight (unit "clock"); a hedged one ("around 10:30 a.m.") is
    the half hour either side. Kept for the process, as ``backs`` asks for each pair."""
    found = []
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not 1 <= hour <= 12:
            continue
        value = float((hour % 12 + (12 if m.group(3).lower().startswith("p") else 0)) * 60 + minute)
        hedged = _CLOCK_HEDGE.search(text[max(0, m.start() - 20) : m.start()]) is not None
        spread = CLOCK_HEDGE_MINUTES if hedged else 0.0
        found.append(Quantity(m.group(0), value - spread, value + spread, not hedged, "clock", "", m.start(), m.end()))
    return tuple(found)


# a calendar day as written: "March 9", "Sept. 25", "Jan. 24, 2015", "9 March"
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_CALENDAR_DAY = re.compile(
    rf"\b(?P<m1>{_MONTHS})[a-z]*\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})[a-z]*\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def calendar_days(text: str) -> frozenset[tuple[str, int]]:
    """The (month, day) pairs ``text`` writes ("Sept. 25" -> ("sep", 25))."""
    found = set()
    for m in _CALENDAR_DAY.finditer(text):
        month = (m.group("m1") or m.group("m2")).lower()[:3]
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            found.add((month, day))
    return frozenset(found)


def days_agree(member: str, shown: str) -> bool:
    """False when both texts give calendar days and share none: "Two complaints for that elevator from July 17 … and
    a complaint from March 9, 2015 …" was cited to the Daily News, whose complaints are of Jan. 24, Sept. 25 and Sept.
    30 (editor read #24, Multi-News row 17)."""
    mine, theirs = calendar_days(member), calendar_days(shown)
    return not mine or not theirs or bool(mine & theirs)


def times_agree(member: str, shown: str) -> bool:
    """False when both texts give times of day and none of one's can be the other's."""
    mine, theirs = clock_times(member), clock_times(shown)
    return not mine or not theirs or any(x.compatible(y) for x in mine for y in theirs)


# a rank of a thing ("the second line of the anthem", "the 17th floor", "15th-floor", "first-degree murder"): no
# figure of ``numbers.find_quantities`` (a rank counts nothing), but two outlets' sentences that rank one thing
# differently do not back each other. Multi-News row 49 (editor read #26): "… changing the second line of the anthem
# …" was cited to the Guardian, whose "If passed, the third line of the anthem will change …" it joined
_ORDINAL_WORDS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"),
    *("nineteenth", "twentieth"),
)
_ORDINAL = re.compile(
    rf"\b(?:(?P<word>{'|'.join(_ORDINAL_WORDS)})|(?P<digits>\d{{1,3}})(?:st|nd|rd|th))[\s-]+(?P<noun>[a-z]{{3,}})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def ordinals(text: str) -> tuple[Quantity, ...]:
    """The ranks ``text`` gives to a thing named in lower case right after them (unit "rank", ``noun`` the thing,
    singular): "second line" -> 2 of "line". An adverb or verb after the rank ("first reported", "second only") and a
    capitalised name ("First Amendment") are no thing ranked."""
    found = []
    for m in _ORDINAL.finditer(text):
        noun = m.group("noun")
        if not noun.islower() or noun in STOP or noun.endswith(("ed", "ly")):
            continue
        rank = _ORDINAL_WORDS.index(m.group("word").lower()) + 1 if m.group("word") else int(m.group("digits"))
        found.append(Quantity(m.group(0), rank, rank, True, "rank", singular(noun), m.start(), m.end()))
    return tuple(found)


def ranks_agree(member: str, shown: str) -> bool:
    """False when both texts rank one thing and give it different ranks (and no rank in common)."""
    mine = ordinals(member)
    if not mine:
        return True  # most sentences rank nothing: the other's ranks are not read
    theirs = ordinals(shown)
    for x in mine:
        same = [y for y in theirs if y.noun == x.noun]
        if same and not any(y.low == x.low for y in same):
            return False
    return True


def quantities_of(text: str) -> list[Quantity]:
    """``numbers.find_quantities`` of ``text``, computed once per process for each text."""
    return list(_quantities(text))


@dataclass
class PairEvidence:
    """The candidate pairs of a story (sentences of different articles, cosine at least
    ``candidate_cosine``) and what the pair models read of them; the fit of the story model
    (``bench facts --tune-pairs``) reads the same rows the product uses."""

    pairs: list[tuple[int, int]]
    mrpc: np.ndarray  # P(paraphrase) per pair (align/same_fact.py)
    rows: np.ndarray  # story_pairs.NAMES per pair


def pair_evidence(
    story: AnalysedStory,
    support: SupportMap,
    quantities: list[list[Quantity]],
    params: AlignOptions,
    known: np.ndarray | None = None,
) -> PairEvidence:
    """``known``: pair scores already decided (NaN where not); those pairs are left out."""
    owner = np.array([s.article_id for s in story.sentences])
    cosine = support.similarity
    candidate = np.triu(cosine >= params.candidate_cosine, k=1) & (owner[:, None] != owner[None, :])
    if known is not None:
        candidate &= np.isnan(known)
    found = np.argwhere(candidate)
    pairs = [(i, j) for i, j in found.tolist()]  # plain ints: iterating numpy scalars costs more
    if not pairs:
        return PairEvidence([], np.zeros(0), np.zeros((0, len(story_pairs.NAMES))))
    cosines = np.asarray(cosine[found[:, 0], found[:, 1]], dtype=np.float64)
    words = [story_pairs.content_words(s.text) for s in story.sentences]
    numbers = [story_pairs.numbers_of(s.text) for s in story.sentences]
    agree = [numbers_agree(quantities[i], quantities[j]) for i, j in pairs]
    ents = _entity_sets(story, params.rare_entity_share)
    idf = story_pairs.story_idf(words)
    # the story features with an optimistic paraphrase probability; column 0 is replaced below
    rows = story_pairs.feature_rows(
        pairs, np.full(len(pairs), story_pairs.HIGH_PARAPHRASE), cosines, words, idf, ents, numbers, agree
    )
    if params.same_fact == "story":
        # The paraphrase features are most of the stage's cost: score them only for pairs the story
        # model could still join with the best paraphrase logit it was fitted on (story_pairs.hopeful).
        keep = np.flatnonzero(story_pairs.hopeful(rows))
        pairs, cosines, rows = [pairs[k] for k in keep], cosines[keep], rows[keep]
    if not pairs:
        return PairEvidence([], np.zeros(0), np.zeros((0, len(story_pairs.NAMES))))
    used = sorted({k for pair in pairs for k in pair})
    local = {i: k for k, i in enumerate(used)}
    prepared = [_prepare(story.sentences[i].text) for i in used]
    mrpc = same_fact.probability(same_fact.feature_rows(prepared, [(local[i], local[j]) for i, j in pairs], cosines))
    rows[:, 0] = story_pairs.logit(mrpc)
    if params.pair_model_pairs and params.same_fact == "story":
        # the pairs the story model is least sure of, decided again with the cross-encoder
        cut = story_pairs.logit(np.array(story_pairs.threshold()))
        margin = np.abs(story_pairs.logit(story_pairs.probability(rows)) - cut)
        near = np.argsort(margin, kind="stable")[: params.pair_model_pairs]
        texts = [(story.sentences[pairs[k][0]].text, story.sentences[pairs[k][1]].text) for k in near]
        mrpc = same_fact.rescore(mrpc, near, texts)
        rows[:, 0] = story_pairs.logit(mrpc)
    return PairEvidence(pairs, mrpc, rows)


def learned_similarity(
    story: AnalysedStory,
    support: SupportMap,
    params: AlignOptions,
    quantities: list[list[Quantity]] | None = None,
    known: np.ndarray | None = None,
) -> np.ndarray:
    """P(same fact) for every candidate pair (:func:`pair_evidence`): the story model
    (align/story_pairs.py, ``same_fact="story"``) or the MRPC paraphrase model alone
    (``"learned"``); 0 for every other pair; ``known`` pairs (not NaN) keep their given score."""
    n = len(story.sentences)
    prob = np.zeros((n, n), dtype=np.float64)
    if n == 0:
        return prob
    if known is not None:
        given = ~np.isnan(known)
        prob[given] = known[given]
    if quantities is None:
        quantities = [quantities_of(s.text) for s in story.sentences]
    evidence = pair_evidence(story, support, quantities, params, known)
    if evidence.pairs:
        values = story_pairs.probability(evidence.rows) if params.same_fact == "story" else evidence.mrpc
        idx = np.array(evidence.pairs)
        prob[idx[:, 0], idx[:, 1]] = values
        prob[idx[:, 1], idx[:, 0]] = values
    np.fill_diagonal(prob, 1.0)
    return prob


def _stems_of(text: str) -> frozenset[str]:
    """The story pair model's content stems ("killed" and "kill" alike) without the words that say nothing of a
    fact ("about", "would")."""
    return frozenset(w for w in story_pairs.content_words(text) if w not in STOP)


RELATED_COSINE = 0.7  # a pair of sentences this close in meaning needs no shared word (``related``)


def related(a: str, b: str, cosine: float) -> bool:
    """Two sentences can tell one fact only if they share two content words, a figure, or are close in meaning.

    The story pair model weighs the rarest shared word and favours short sentences, so one shared name was
    enough: "Think about the man Colbert would be replacing." joined "Colbert is a comedian, but he does dabble in
    real politics — he appeared before Congress …" (P 0.93, paraphrase P 0.19, cosine 0.56) and each outlet was
    cited for the other's sentence (editor read #23, stop 52, Multi-News row 36); "He might be dead." joined
    "The boy was pronounced dead at the scene." Counted on the content words without stems, the gold tune stories had
    29 joined pairs sharing at most one: 11 labelled the same fact (8 share a figure: "97-1", "8,000"), 3
    different, 15 unlabelled that read as different facts; with words only (no stems) two same-fact tellings
    of 052's summary lost their second outlet ("that's when I killed my kids" / "made the decision to kill her
    children") and summary key facts fell 82.4 -> 80.0, hence the stems."""
    if len(_stems_of(a) & _stems_of(b)) >= 2:
        return True
    if story_pairs.numbers_of(a) & story_pairs.numbers_of(b):
        return True
    return cosine >= RELATED_COSINE


MIN_FACT_WORDS = 2  # content words a sentence needs to join a unit ("Trump resigned." does; "Trump!" does not)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
BARE_FIGURE_WORDS = 3  # words a bare figure needs: a subject, a verb and the figure ("He was 89.")


def bare_figure(text: str) -> bool:
    """A sentence under the word floor that states a figure which is not a year: "He was 89.", "Devin was 41.".

    Such a sentence tells a fact (an age, a count) yet has one content word or none, so the word floor kept it out of
    every unit: "He was 89." in both obituaries of Multi-News row 96 (pair score 1.0) and "He was 41." / "Devin was
    41." in row 111 were each listed single-source. It may join only another bare figure in the same words
    (:func:`same_bare_figure`, ``build_units``): let into any unit, the short sentence's one rare figure drew "The
    41-year-old died on Wednesday after a yearlong battle with stage four adrenal cancer." out of the cancer fact's
    unit into the age's, and the cancer fact lost its second outlet (row 111: multi-source shown 66.7 -> 50.0 %), the
    pull of a chant on the lede (stop 44) again (docs/synthesis.md, "Stop 56 — h-multi56"). A bare year ("In 2013.")
    says when, not what. Under three words it says neither: a list's number left alone ("18.", Multi-News row 59) or
    a greeting ("Happy 4/1!", row 88) in two articles of one story."""
    if len(_content(text)) >= MIN_FACT_WORDS or len(text.split()) < BARE_FIGURE_WORDS:
        return False
    return any(not _YEAR.fullmatch(n) for n in story_pairs.numbers_of(text))


def same_bare_figure(a: str, b: str) -> bool:
    """Two bare figures (:func:`bare_figure`) that give the same figure in the same words: "He was 89." twice. One
    that names whom the figure is of and one that does not ("Devin was 41." / "He was 41.") stay apart: the citation
    checks drop the outlet whose sentence lacks the name (``citation_check.misses_short``), and the fact showed one
    outlet of two where it had been listed single-source (row 111: source recall 93.3 -> 90.0 %)."""
    if not (bare_figure(a) and bare_figure(b)):
        return False
    return _content(a) == _content(b) and story_pairs.numbers_of(a) == story_pairs.numbers_of(b)


class _Lazy(dict[int, Any]):
    """A per-sentence value computed on first reading (``compute(k)``) and kept: a test asked only of the few
    sentences a filter leaves (a pair's two sentences) is not computed for every sentence of the story."""

    def __init__(self, compute: Callable[[int], Any]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, k: int) -> Any:
        value = self[k] = self.compute(k)
        return value


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+")  # a word written in lower case (``_pair_alone``)
MUTUAL_RARE_SHARE = 0.05  # a stem in at most this share of the story's claims is rare (``_pair_alone``)
MUTUAL_MIN_RARE = 2  # rare stems two lone tellings share to join under the threshold
MUTUAL_MAX_LENGTH_RATIO = 2.0  # a telling more than twice the other's words carries details the other lacks
_OPENS_QUOTE = re.compile(r"^\s*[\"“‘']")


def _pair_alone(
    sim: np.ndarray,
    threshold: float,
    floor: float,
    owner: list[str],
    telling: Mapping[int, bool],
    texts: list[str],
    group: list[int],
    members: dict[int, list[int]],
) -> None:
    """Join two sentences that no other outlet's sentence joined, when each is the other's closest sentence in the
    other's article, their pair score is at least ``floor`` (under the unit threshold) and they share
    ``MUTUAL_MIN_RARE`` rare stems (each in at most ``MUTUAL_RARE_SHARE`` of the story's sentences), one of them a
    word both write in lower case (not a name only), unless both are quotations or one is more than
    ``MUTUAL_MAX_LENGTH_RATIO`` times the other's words; in place. A joined pair's score is raised to the threshold,
    so the two back each other.

    Most multi-outlet facts the brief misses are a pair in the band under the threshold whose two tellings stand
    alone: "California Rep. Ed Royce on Friday questioned the action …" / "In a Friday statement, Royce pointed to
    the unrest in Zimbabwe — where a military coup …" (P 0.88); "… a blood clot in her lung …" / "… blood clots in her
    lungs …" (0.89). Joined on three shared stems (stop 53) half the joins were two facts sharing the story's names
    or words ("… Senate Majority Leader Mitch McConnell …" twice; "polar bear", "threatened", "administration"), which
    cost wrong documents and single-source facts; two shared words that few other sentences of the story use ("blood
    clot", "political solution", "issued … Thursday") are what one telling of one fact shares with another, if one
    of them is not a name ("Mitch", "R-Ky.", "Majority" joined two facts of the 2018 shutdown; "NATO" and "Asia" two
    of the Moscow summit), and two quotations are two speakers' words. A telling twice the other's length has its own
    detail, which the join would show cited to the other outlet ("… U.S. District Judge Emmet Sullivan … 2008 …"
    joined "The decision left in place a 2008 ruling …", and the judge left the brief) (docs/synthesis.md, "Stop 54 —
    h-multi54")."""
    n = len(owner)
    if n == 0:
        return
    articles = sorted(set(owner))
    where = {a: np.array([k for k in range(n) if owner[k] == a]) for a in articles}
    scores = np.where(np.eye(n, dtype=bool), 0.0, sim)
    stems = [_stems_of(t) for t in texts]
    share: dict[str, int] = {}
    for found_stems in stems:
        for w in found_stems:
            share[w] = share.get(w, 0) + 1
    rare = {w for w, k in share.items() if k <= MUTUAL_RARE_SHARE * n}
    worded = _Lazy(lambda k: frozenset(w for word in _LOWER_WORD.findall(texts[k]) for w in _stems_of(word)))
    quoted = [bool(_OPENS_QUOTE.match(t)) for t in texts]
    length = [max(len(t.split()), 1) for t in texts]
    best = {a: idx[np.argmax(scores[:, idx], axis=1)] for a, idx in where.items()}  # each sentence's closest in a
    found = np.argwhere((scores >= floor) & (scores < threshold))
    pairs = sorted(
        (-float(scores[i, j]), int(i), int(j))
        for i, j in found
        if i < j
        and owner[i] != owner[j]
        and best[owner[j]][i] == j
        and best[owner[i]][j] == i
        and telling[i]
        and telling[j]
        and not (quoted[i] and quoted[j])
        and max(length[i], length[j]) <= MUTUAL_MAX_LENGTH_RATIO * min(length[i], length[j])
        and len(stems[i] & stems[j] & rare) >= MUTUAL_MIN_RARE
        and bool(stems[i] & stems[j] & rare & worded[i] & worded[j])
    )
    for _score, i, j in pairs:
        if len(members[group[i]]) > 1 or len(members[group[j]]) > 1:
            continue
        sim[i, j] = sim[j, i] = threshold  # joined: each backs the other (``UnitMap.backers_of``)
        a, b = group[i], group[j]
        keep, drop = (a, b) if a < b else (b, a)
        members[keep] = sorted(members[a] + members[b])
        for k in members[drop]:
            group[k] = keep
        del members[drop]


def build_units(
    story: AnalysedStory,
    support: SupportMap,
    params: AlignOptions | None = None,
    known: np.ndarray | None = None,
    mutual_floor: float | None = None,
) -> UnitMap:
    """Group sentences of different articles whose pair score is at least the threshold on average
    over the group (average linkage), one sentence per article per unit. The pair score is the
    learned P(same fact) against the model's threshold (``same_fact="learned"``), or the cosine with
    bonuses against ``support_threshold`` (``"cosine"``, the earlier rule). ``known``: pair scores
    already decided (the claim units reuse the sentence units' score of two whole sentences; NaN
    where not decided)."""
    params = params or AlignOptions()
    n = len(story.sentences)
    quantities = [quantities_of(s.text) for s in story.sentences]
    if params.same_fact == "story":
        threshold = params.same_fact_threshold if params.same_fact_threshold is not None else story_pairs.threshold()
        sim = learned_similarity(story, support, params, quantities, known)
    elif params.same_fact == "learned":
        threshold = params.same_fact_threshold if params.same_fact_threshold is not None else same_fact.threshold()
        sim = learned_similarity(story, support, params, quantities, known)
    else:
        threshold = params.support_threshold
        sim = pair_similarity(story, support, quantities, params)
        if known is not None:
            sim = np.where(np.isnan(known), sim, known)
    owner = [s.article_id for s in story.sentences]
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    pairs = [(float(sim[i, j]), int(i), int(j)) for i, j in np.argwhere(sim >= threshold) if i < j]
    pairs = [p for p in pairs if owner[p[1]] != owner[p[2]]]
    # a sentence of one content word ("Trump!", a chant) tells no fact, yet every word of it is in any sentence
    # naming him: the pair model scored it 0.99 with the lede, took the lede's unit before the outlet's real
    # telling ("… was inaugurated as the 45th president …", 0.98) and cited that outlet for the lede through the chant
    # (editor read, stop 44, BASIL 2017: the main fact shown single-source)
    texts = [s.text for s in story.sentences]
    telling = _Lazy(lambda k: len(_content(texts[k])) >= MIN_FACT_WORDS)  # asked of the pairs' sentences only
    pairs = [p for p in pairs if (telling[p[1]] and telling[p[2]]) or same_bare_figure(texts[p[1]], texts[p[2]])]
    pairs = [p for p in pairs if related(texts[p[1]], texts[p[2]], float(support.similarity[p[1], p[2]]))]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    for _score, i, j in pairs:
        a, b = group[i], group[j]
        if a == b:
            continue
        left, right = members[a], members[b]
        if {owner[k] for k in left} & {owner[k] for k in right}:
            continue  # one sentence per article in a unit
        if float(sim[np.ix_(left, right)].mean()) < threshold:
            continue
        keep, drop = (a, b) if a < b else (b, a)
        members[keep] = sorted(left + right)
        for k in members[drop]:
            group[k] = keep
        del members[drop]
    if mutual_floor is not None:
        _pair_alone(sim, threshold, mutual_floor, owner, telling, texts, group, members)
    roots = sorted(members, key=lambda r: members[r][0])
    units = [Unit(members=members[r]) for r in roots]
    unit_of = [0] * n
    for u, unit in enumerate(units):
        for i in unit.members:
            unit_of[i] = u
    return UnitMap(
        units=units, unit_of=unit_of, quantities=quantities, similarity=sim, threshold=threshold, support=support
    )
