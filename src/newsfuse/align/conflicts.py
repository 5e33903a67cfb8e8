"""Disagreements between sources: the same slot ("number of agreements signed", "amount of aid")
reported with values that cannot both be true.

Policy (see docs/synthesis.md):
- a slot is a quantity's kind (count, money, percent, duration) plus what it counts; related nouns
  share a slot through small families ("agreement", "deal", "declaration" → agreements; "killed",
  "dead" → deaths);
- claims are compared only across independent sources (never within one article, never between
  a copy and its original) and only between sentences about the same thing (embedding similarity);
- only counts, ages and durations are compared (``AlignOptions.conflict_units``, stop 29): over every
  conflict judged in stops 22-28, sums of money and percentages were 3 real of 6 emitted (two
  candidates' cash, two statements of a market's gain, polls of two groups), counts and ages 19 of 22,
  durations 1 of 2 (the false one a requested sentence, no report: ``_FORECAST``); a count of index or
  poll points and a count per head ("five children per woman") are no count of one thing;
- one percentage is compared whatever ``conflict_units`` says (stop 34, ``share_moves``): how far a company's
  shares moved in one trading session ("Shares fell less than 1% in recent after-hours trading" / "Its stock
  price fell 10 percent in after hours trading"), read through the parse, only against a move of the same
  direction and session, never over a span longer than a session, never two moves of one sentence;
- values are intervals; a slot is a conflict only when two independent sources give values whose
  intervals do not overlap. "14" against "more than a dozen" alone agree (a difference of
  precision, not of fact) and is not reported; when a slot *is* in conflict, every claim about it
  is listed, the compatible vaguer ones too, so the reader sees the whole disagreement.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from newsfuse.align.ages import age_owner
from newsfuse.align.counted import KIND_OF, described, harm_done
from newsfuse.align.disagreements import confirmation_conflicts, day_conflicts, status_conflicts, told_alike
from newsfuse.align.in_words import initiative_conflicts, request_conflicts, share_conflicts
from newsfuse.align.numbers import STOP, WORD_NUMBERS, Quantity, singular
from newsfuse.align.other_party import party_conflicts
from newsfuse.align.places import place_conflicts
from newsfuse.align.rewrites import source_roots
from newsfuse.align.same_thing import SameThing
from newsfuse.align.support import SupportMap
from newsfuse.align.times_hit import hit_count_conflicts
from newsfuse.align.times_of_day import clock_conflicts, rank_conflicts
from newsfuse.align.titles import title_conflicts
from newsfuse.align.units import UnitMap
from newsfuse.align.years import year_conflicts
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.dates import WEEKDAY_WORD
from newsfuse.nlp.models import Parser
from newsfuse.options import AlignOptions
from newsfuse.records import AnalysedStory, Claim, Conflict

# Related count nouns that describe the same slot.
FAMILIES = {
    "agreement": ("agreement", "deal", "declaration", "accord", "treaty", "pact", "memorandum", "memoranda",
                  "contract", "document"),
    "death": ("death", "dead", "fatality", "killed", "life"),
    "injury": ("injury", "injured", "wounded"),
    "troop": ("troop", "soldier"),
    "arrest": ("arrest", "detainee", "arrested", "detained"),
    "bombing": ("bombing", "bomb", "blast", "explosion"),
    "vehicle": ("vehicle", "car", "truck", "lorry"),  # "a 30-car pileup" / "a 25-vehicle pileup"
    # one side's fighters in other words: "two of the gunmen" / "three terrorists" / "four rebels"
    "attacker": ("attacker", "gunman", "gunmen", "terrorist", "militant", "rebel", "insurgent", "assailant"),
}  # fmt: skip
_FAMILY_OF = {noun: family for family, nouns in FAMILIES.items() for noun in nouns}
_PEOPLE = frozenset({"people", "person", "civilian", "soldier", "troop", "child", "resident", "passenger", "worker"})
_CASUALTY = re.compile(r"\b(killed|killing|kills|dead|died|deaths?|wounded|injured|injuring|hurt)\b", re.I)
_CASUALTY_BEFORE = re.compile(r"\b(killed|killing|kills|wounded|injured|injuring)\s+$", re.I)
# people counted by what happened to them: "More than 200 people were arrested" counts arrests, as "amid dozens of
# arrests" does (editor read #15, stop 44, BASIL 2017 inauguration: the two were slots "people" and "arrest")
_ARRESTED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:were|was|have\s+been|had\s+been|been)\s+)?"
    r"(?:arrested|detained)\b",
    re.I,
)
_ARRESTABLE = frozenset({"protester", "demonstrator", "marcher", "activist", "suspect", "man", "woman", "student"})
_CONTEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Count slots that measure no one thing: an index's or a poll's points move by the day and the poll ("a fall from
# Friday ... just under 666 points" / "Monday the Dow shed 1,175 points": unseen Multi-News row 19, false)
_NOT_ONE_THING = frozenset({"count:point"})
# A percentage move of a company's shares in one trading session is one quantity of one thing, compared whatever
# ``conflict_units`` says of percentages: "Shares fell less than 1% in recent after-hours trading" / "Its stock price
# fell 10 percent in after hours trading" (Multi-News validation row 61, stop 34 editor read; ``share_move``)
SHARE_SLOT = "percent:share price"
# Verbs that name what happened to the counted thing, for the topic phrase.
_VERBS = {
    "sign": "signed", "kill": "killed", "wound": "wounded", "injur": "injured", "arrest": "arrested",
    "detain": "detained", "send": "sent", "sent": "sent", "deploy": "deployed", "evacuat": "evacuated",
    "displac": "displaced", "rescu": "rescued", "announc": "announced", "pledg": "pledged",
    "approv": "approved", "sold": "sold", "sell": "sold", "bought": "bought", "buy": "bought",
    "repel": "repelled", "launch": "launched", "fire": "fired", "release": "released",
}  # fmt: skip
_VERB_RE = re.compile(r"\b(" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r")\w*", re.I)


@dataclass(frozen=True)
class _Report:
    sentence: int
    article: str
    quantity: Quantity
    slot: str
    context: frozenset[str]
    part: bool = False  # counts a part of a whole ("included two broad declarations")
    members: frozenset[str] = frozenset()  # the people it counts, named after it ("two senators, Flake and McCain")
    actors: frozenset[str] = frozenset()  # organisations and places named right before it ("U.S. sanctions target")
    scope: str = ""  # a share move's direction and trading session ("down after"): only equal scopes are compared
    described: frozenset[str] = frozenset()  # what the parse says it counts (``counted.described``)
    # a kind ``conflict_units`` leaves out (a sum of money), compared only within one fact (``joined``)
    joined_only: bool = False


# Words around a figure that say when or where, or stand for something named elsewhere, not what the figure counts:
# "eight of nine states where exit polls were conducted" / "focus on five states where black voters were pivotal"
# met on "where", "all five states ... going to the polls Tuesday" / "two states Tuesday night" on "Tuesday" (PolNeAR
# design half, stop 27: two sets of states each)
_NOT_WHAT = frozenset(
    {"where", "when", "while", "whether", "there", "here", "then", "also", "just", "into", "they", "them", "she", "him",
     "you", "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


def context_of(quantity: Quantity, text: str, width: int = AlignOptions.conflict_context_words) -> frozenset[str]:
    """Content words right around a number ("pulled ... from the cold water"): two reports of
    a generic slot ("passengers") are about the same thing only if they share one. Words that say
    when or where (``_NOT_WHAT``) are no such word."""
    before = _CONTEXT_WORD.findall(text[: quantity.start])[-width:]
    after = _CONTEXT_WORD.findall(text[quantity.end :])[: width + 1]
    words = {singular(w) for w in before + after if w.lower() not in STOP and w.lower() not in _NOT_WHAT and len(w) > 2}
    return frozenset(words - {quantity.noun})


def slot_of(quantity: Quantity, text: str) -> str:
    """What a quantity measures, as a comparable key ("count:agreement", "money:aid")."""
    noun = quantity.noun
    if quantity.unit == "count":
        after = text[quantity.end : quantity.end + 60]
        before = text[max(0, quantity.start - 20) : quantity.start]  # "killing 12 people"
        right_before = _CASUALTY_BEFORE.search(before)  # "killed two and wounded 30": two dead
        casualty = right_before or _CASUALTY.search(after) or _CASUALTY.search(before)
        if right_before and (noun in _PEOPLE or not noun or _FAMILY_OF.get(noun) in ("death", "injury")):
            noun = ""
        if (noun in _PEOPLE or not noun) and casualty:
            word = casualty.group(1).lower()
            noun = "injury" if word in ("wounded", "injured", "injuring", "hurt") else "death"
        elif (noun in _PEOPLE or noun in _ARRESTABLE) and _ARRESTED_AFTER.match(text, quantity.end):
            noun = "arrest"
        noun = _FAMILY_OF.get(noun, KIND_OF.get(noun, noun))
        charged = _COUNTS_OF.match(text, quantity.end) if noun in ("count", "charge") else None
        if charged:
            noun = f"{noun} of {singular(charged.group(1)).lower()}"
    return f"{quantity.unit}:{noun}"


# "two counts of third degree assault, ... and five counts of fifth degree criminal mischief": a count of
# charges counts one charge each, named by the head of the phrase after "of" (its last word before a
# comma, "and", "or" or the end), so "five counts of ... mischief" meets "six counts of criminal mischief"
# (unseen Multi-News row 196) and not the sentence's other charges
_COUNTS_OF = re.compile(r"\s+\w+\s+of\s+(?:[\w'’-]+\s+){0,4}?([A-Za-z][\w'’-]*)(?=\s*(?:[,.;:)]|\band\b|\bor\b|$))")


def _plural(noun: str) -> str:
    head, of, rest = noun.partition(" of ")
    if of:
        return f"{_plural(head)} of {rest}"  # "counts of mischief"
    if noun in ("people", "aid", "trade", "money", "equipment", "spending", "funding", "feet"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


def topic_of(slot: str, texts: list[str]) -> str:
    """A short human phrase for the slot: "number of agreements signed", "amount of money for aid"."""
    unit, _, noun = slot.partition(":")
    if unit == "age":
        return f"age of {noun.title()}"
    if unit == "money":
        return f"amount of money for {noun}" if noun else "amount of money"  # "for water", not "of water"
    if unit == "percent":
        if slot == SHARE_SLOT:
            return "move of the share price"
        return f"percentage of {noun}" if noun else "percentage"
    if unit == "duration":
        length, _, what = noun.partition(":")
        return f"length of {what}" if what else f"number of {_plural(length)}"
    verbs = [_VERBS[m.group(1).lower()] for t in texts for m in _VERB_RE.finditer(t)]
    verb = min(verbs, key=lambda v: (-verbs.count(v), v)) if verbs else ""
    if noun in ("death", "injury"):
        return "number of people killed" if noun == "death" else "number of people injured"
    if noun in ("bombing", "vehicle") or " of " in noun:
        verb = ""  # the verb near "three suicide bombings" is what the bombs did ("killed"), not the count's
    if verb and noun.startswith(verb[:5]):
        verb = ""  # "number of arrests", not "number of arrests arrested"
    return f"number of {_plural(noun)} {verb}".strip()


@dataclass
class Conflicts:
    """What :func:`find_conflicts` found: the conflicts (story order), the sentences whose claims
    take part in one (their facts are disputed), and for each sentence the sources that report a
    value conflicting with one of its claims (never cited for it)."""

    conflicts: list[Conflict]
    disputed: set[int]
    contradicted: dict[int, set[str]]
    # the sentences of each day disagreement: they date one event to different days (the timeline shows it once)
    days: list[frozenset[int]] = field(default_factory=list)


def find_conflicts(
    story: AnalysedStory,
    support: SupportMap,
    units: UnitMap,
    params: AlignOptions | None = None,
    parse: Parser | None = None,
    retells: Mapping[str, str] | None = None,
) -> Conflicts:
    """Conflicts between independent sources (a copy and its origin count as one source).
    Two reports of a generic slot must be ``conflict_min_similarity`` alike; of a known family
    (``FAMILIES``), ``conflict_min_similarity_family``. With ``parse`` (``Models.parse``) every pair
    also passes the same-thing gate (``align/same_thing.py``). Only figures of ``params.conflict_units`` are
    compared: by default counts, ages and durations. Precision by class over every conflict judged in stops 22-28
    (docs/synthesis.md, "Stop 29 — conflicts"; leaving one pool out, a class is emitted for a pool when on the
    other pools >= 80 % of its conflicts were real): counts 15 real of 16 (pairs), ages 2 of 2; money 2 of 4,
    percentages 1 of 2 — a story holds many sums and shares of different things (two candidates' cash, a poll of
    Democrats and one of Republicans) whose sentences read alike. Durations were 1 of 2 (the gold prison term;
    a requested sentence against the law's term the false one, now no report); they are kept for gold recall:
    without them tune finds 7 of 12 gold conflicts, under the 60 % floor.

    ``retells`` (align/rewrites.py ``find_rewrites``): a rewrite counts as the report it retells, as a copy
    counts as its origin, so its figures, days and statuses are never set against its report's (stop 40:
    the report told twice is no disagreement)."""
    params = params or AlignOptions()
    gate = SameThing(story, parse)
    copy_of = source_roots(story.articles, retells or {})
    contradicted: dict[int, set[str]] = {}
    reports: dict[str, list[_Report]] = {}
    people = _people(story)
    bodies = _people(story, _BODIES, every_word=True)
    family_names = frozenset(name for named in people for _, name in named)
    index = {s.key: k for k, s in enumerate(story.sentences)}
    for i, sentence in enumerate(story.sentences):
        moves = share_moves(gate, i, units.quantities[i])
        previous = index.get((sentence.article_id, sentence.index - 1))
        for q in units.quantities[i]:
            owner = age_owner(sentence.text, q, people[i], [] if previous is None else people[previous], family_names)
            if owner:
                q = replace(q, unit="age", noun=owner)  # "He was 35." after "Colin Kroll ... has died." (``ages``)
            slot = SHARE_SLOT if q.start in moves else slot_of(q, sentence.text)
            compared = q.unit in params.conflict_units or slot == SHARE_SLOT
            joined_only = not compared and q.unit in JOINED_UNITS and not slot.endswith(":")
            nothing = slot.endswith(":") and not _bare_duration(slot)
            if nothing or not (compared or joined_only) or slot in _NOT_ONE_THING:
                continue  # nothing counted that could be compared, or a kind whose conflicts are not emitted
            if _RATE.match(sentence.text, q.end) or slot == "count:time" or _per_head(q, sentence.text):
                # "three births ... per day", "jogging 1 to 2.4 hours per week", "ran more than three times a
                # week", "shot Plotts three times": a rate or a repetition belongs to one group or one act
                # each outlet picks (unseen Multi-News rows 19-105: every one compared was a false conflict)
                continue
            if q.unit == "duration" and q.text.lower().startswith(("up to", "as many as")):
                continue  # "faces up to 14 years": the law's maximum, not the sentence handed down
            if q.unit == "duration" and _WINDOW.search(sentence.text[max(0, q.start - 16) : q.start]):
                continue  # "the first two days of legal sales" / "the first four days": a window the writer chose
            if _FORECAST.search(sentence.text[max(0, q.start - 30) : q.start]):
                # "Economists ... had been looking for 845,000 new jobs" / "Analysts ... were expecting 870,000 jobs":
                # what a forecaster expected, each survey its own figure, not the count itself (NeuS story 41,
                # stop 25: two surveys' forecasts of one jobs report)
                continue
            if _not_a_report(q, sentence.text):
                # a figure the writer gives as one of alternatives, as a requirement or under a condition is not a
                # value anyone reports (stop 26, design half and BASIL half B; see ``_not_a_report``)
                continue
            if _AGO.match(sentence.text, q.end):
                continue  # "around 100,000 years ago", "50,000 years ago": when, not how much; two are two events
            if _SNAPSHOT.match(sentence.text, q.end):
                # "McSally was up by 17,703 votes earlier in the day" against "separated by just 9,610 votes": a count
                # that moves, given at a moment the writer names, is not the count (unseen Multi-News row 248)
                continue
            root = copy_of.get(sentence.article_id) or sentence.article_id
            q = hedged_count(q)
            context = context_of(q, sentence.text, params.conflict_context_words)
            part = _is_part(q, sentence.text) and slot != SHARE_SLOT  # "Shares of the company fell 8%" is no part
            if (
                q.unit == "count"
                and _REFERENCE.search(sentence.text[max(0, q.start - 12) : q.start])
                and q.text.lower() in WORD_NUMBERS  # "the two states"; not "the nearly 70,000 people who work"
            ):
                # "gratified that the two states were challenging ...": a reference back to things the article
                # named, not its count of them (against "Four states have legalized ..."; half A of the BASIL
                # triplets, stop 24)
                continue
            named = _members(q, sentence.text, people[i])
            actors = _actors_before(q, sentence.text, bodies[i])
            scope = moves.get(q.start, "")
            reports.setdefault(slot, []).append(
                _Report(i, root, q, slot, context, part, named, actors, scope, joined_only=joined_only)
            )
    _attach_unnamed_sums(story, units, reports, params, copy_of)
    conflicts: list[tuple[int, Conflict]] = []
    disputed: set[int] = set()
    sentence_texts = [s.text for s in story.sentences]
    descriptions: dict[tuple[int, int], frozenset[str]] = {}

    def describe(r: _Report) -> frozenset[str]:
        key = (r.sentence, r.quantity.start)
        if key not in descriptions:
            descriptions[key] = described(gate, r.sentence, r.quantity) if gate.active else frozenset()
        return descriptions[key]

    harms: dict[tuple[int, int], str | None] = {}

    def harm(r: _Report) -> str | None:
        key = (r.sentence, r.quantity.start)
        if key not in harms:
            harms[key] = harm_done(gate, r.sentence, r.quantity) if gate.active else None
        return harms[key]

    given = [r for found in reports.values() for r in found]  # every report, of every slot
    for slot, found in sorted(reports.items()):
        several = _several_values(found)
        family = slot.split(":", 1)[1] in FAMILIES or slot.startswith("age:")
        floor = params.conflict_min_similarity_family if family else params.conflict_min_similarity
        edges: list[tuple[int, int]] = []  # pairs of indices into `found` that clash
        related: set[tuple[int, int]] = set()
        for a in range(len(found)):
            for b in range(a + 1, len(found)):
                x, y = found[a], found[b]
                if x.article == y.article or support.similarity[x.sentence, y.sentence] < floor:
                    continue
                if (x.joined_only or y.joined_only) and not joined(units, x.sentence, y.sentence):
                    continue  # a sum of money is compared only between two outlets' tellings of one fact
                if x.scope != y.scope:
                    continue  # a share move down against one up, after hours against at the close: two moves
                if x.sentence in several or y.sentence in several:
                    continue
                if _also_gives(given, sentence_texts, x, y) or _also_gives(given, sentence_texts, y, x):
                    continue
                # "pulled 40 passengers" and "carrying 85 passengers" are different slots; a sum named by
                # what it pays for ("€2.4 billion ... in water treatment" / "2.1 billion euros on water
                # treatment") is specific enough on its own
                named_money = x.quantity.unit == "money" and bool(x.quantity.noun or y.quantity.noun)
                # the words around the figures may differ while what the parse says each counts meets ("19 separate
                # actions the president could take" / "23 executive actions that will be taken": ``counted``)
                if (
                    not family
                    and not named_money
                    and slot != SHARE_SLOT
                    and not x.context & y.context
                    and (x.quantity.unit != "count" or not describe(x) & describe(y))
                    # a share of one fact: its figure of one thing is one value (counts and spans keep the rule:
                    # "every eight to fifteen years" / "every eight years" joined, Multi-News row 55, and were no
                    # disagreement)
                    and not (x.joined_only or y.joined_only)
                ):
                    continue
                if not _same_event(x, y, slot, float(support.similarity[x.sentence, y.sentence])):
                    continue
                if _bare_duration(slot) and not _one_event(support, sentence_texts, x, y):
                    continue  # "lasted for four days" / "for six days": how long what lasted only the event can say
                if x.quantity.unit == "count" and _other_harms(harm(x), harm(y)):
                    continue  # "striking four people" / "Six people ... were injured": the people hit, everyone hurt
                related.update(((a, b), (b, a)))
                if (
                    (not x.quantity.compatible(y.quantity) or x.quantity.apart_past_rounding(y.quantity))
                    and _clash(units.quantities, sentence_texts, x, y, _one_event(support, sentence_texts, x, y))
                    and _same_owner(gate, sentence_texts, x, y)
                ):
                    edges.append((a, b))
        for a, b in edges:
            x, y = found[a], found[b]
            contradicted.setdefault(x.sentence, set()).add(story.sentences[y.sentence].article_id)
            contradicted.setdefault(y.sentence, set()).add(story.sentences[x.sentence].article_id)
        for group in _groups(edges, found, related):
            involved = sorted(group, key=lambda k: (found[k].sentence, found[k].quantity.start))
            shown = _exact_elsewhere([found[k] for k in involved], found)
            claims = _claims(story, shown)
            if len({tuple(c.sources) for c in claims}) < 2:
                continue
            disputed.update(found[k].sentence for k in involved)
            texts = [story.sentences[found[k].sentence].text for k in involved]
            conflicts.append((found[involved[0]].sentence, Conflict(topic=topic_of(slot, texts), claims=claims)))
    others = day_conflicts(story, support, gate, copy_of)
    days = [frozenset(sentences) for _, _, sentences in others]
    others += confirmation_conflicts(story, support, copy_of) + status_conflicts(story, support, copy_of)
    others += party_conflicts(story, support, gate, copy_of)
    others += hit_count_conflicts(story, support, gate, copy_of)
    others += share_conflicts(story, support, copy_of) + initiative_conflicts(story, support, copy_of)
    others += request_conflicts(story, support, copy_of)
    others += clock_conflicts(story, support, copy_of) + rank_conflicts(story, support, copy_of)
    others += year_conflicts(story, support, lambda i, j: joined(units, i, j), copy_of)
    others += title_conflicts(story, copy_of) + place_conflicts(story, support, copy_of)
    for first, conflict, sentences in others:
        conflicts.append((first, conflict))
        disputed.update(sentences)
        for i in sentences:
            # a source on the other side of a day, confirmation or status disagreement is never cited for
            # this sentence (editor c25, row 161: "A $50,000 reward … was approved by the City Council."
            # cited the source that says the council is still to vote on it)
            article = story.sentences[i].article_id
            mine = {a for c in conflict.claims if article in c.sources for a in c.sources}
            other = {a for c in conflict.claims for a in c.sources} - mine
            if other:
                contradicted.setdefault(i, set()).update(other)
    conflicts.sort(key=lambda c: c[0])
    return Conflicts([c for _, c in conflicts], disputed, contradicted, days)


_MOVES_UP = frozenset(
    {"rise", "gain", "jump", "climb", "soar", "surge", "rally", "advance", "spike", "add", "increase"}
)  # fmt: skip
_MOVES_DOWN = frozenset(
    {"fall", "drop", "slide", "lose", "plunge", "plummet", "tumble", "sink", "decline", "slip", "dip", "tank", "skid",
     "shed", "sag", "slump", "crash", "decrease", "retreat"}
)  # fmt: skip
_MOVES_FLAT = frozenset({"be", "close", "end", "trade", "finish", "open"})  # "were down 10%", "closed up 3 percent"
_DIRECTION = {"up": "up", "higher": "up", "down": "down", "lower": "down"}
_SHARE_NOUNS = frozenset({"share", "stock"})
_SHARE_WORD = re.compile(r"\b(?:shares?|stock)\b", re.I)
# a span longer than a session ("this year", "since the merger", "over the past month", "a 52-week low"): each outlet
# picks its own, so a move over it is never compared
_SHARE_WINDOW = re.compile(
    r"\b(?:this|last|past|previous|since|so far|year-to-date|year to date|52-week|all-time|record)\b"
    r"|\bfor the (?:year|week|month|quarter)\b",
    re.I,
)
# the trading session a move is of: two moves are one quantity only in one session (after hours against the close
# are two figures); a snapshot within one ("at one point", "briefly", "intraday") is none
_SESSIONS = {
    "after": re.compile(r"\bafter[- ]hours?\b|\bextended(?:[- ]hours)? trading\b|\blate trading\b", re.I),
    "before": re.compile(r"\bpre-?market\b|\bbefore the (?:market|bell|opening)\b|\bearly trading\b", re.I),
    "close": re.compile(r"\bclosed\b|\bat the close\b|\bclose of trading\b|\bended the day\b", re.I),
    "snapshot": re.compile(r"\bat one point\b|\bbriefly\b|\bintraday\b|\bmidday\b|\bin the day\b", re.I),
}
_BOUND_BEFORE = re.compile(r"\bas (?:much|high|low|many) as\s+$", re.I)


def share_moves(gate: SameThing, i: int, quantities: list[Quantity]) -> dict[int, str]:
    """The percentages of sentence ``i`` that give how far a company's shares (or its share or stock price) moved
    in one trading session, by their start, each with its scope: direction and session ("down after", "up day").
    Read through the parse: the percentage's verb (through "by" and an "up" / "down") is a move ("fell", "rose",
    "were down", "closed up") whose subject is shares, a stock or a share price ("stocks" and "the stock market"
    are the market, an index is no company's). None in a sentence that names a span longer than a session ("this
    year", "since"), a snapshot ("at one point"), two sessions, or two moves (never two figures of one sentence:
    "fell 12% before closing down 3%"), nor a bound ("as much as 10%", "up to"); none without a parser."""
    percents = [q for q in quantities if q.unit == "percent"]
    text = gate.story.sentences[i].text
    if not percents or not gate.active or not _SHARE_WORD.search(text) or _SHARE_WINDOW.search(text):
        return {}
    sessions = {name for name, pattern in _SESSIONS.items() if pattern.search(text)}
    if "snapshot" in sessions or len(sessions) > 1:
        return {}
    moves: dict[int, str] = {}
    moved = 0  # percentages given as a move of anything ("before recovering to trade down 3%")
    for q in percents:
        direction, shares = _move_of(gate.head(i, q.start, q.end))
        moved += bool(direction)
        if q.text.lower().startswith(("up to", "as many as")) or _BOUND_BEFORE.search(text[: q.start]):
            continue
        if direction and shares:
            moves[q.start] = f"{direction} {next(iter(sessions), 'day')}"
    return moves if len(moves) == 1 and moved == 1 else {}


def _move_of(figure: Any | None) -> tuple[str | None, bool]:
    """ "up" or "down" when ``figure`` (the head token of a percentage) is how far something moved, and whether
    what moved is shares (``share_moves``)."""
    if figure is None:
        return None, False
    verb, said = figure.head, None
    if verb.dep_ == "prep" and verb.lower_ == "by":  # "dropped by 8%"
        verb = verb.head
    if verb.lower_ in _DIRECTION and verb.dep_ in ("advmod", "prt"):  # "were down 10%", "closed up 3 percent"
        said, verb = _DIRECTION[verb.lower_], verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None, False
    lemma = verb.lemma_.lower()
    moved = "up" if lemma in _MOVES_UP else "down" if lemma in _MOVES_DOWN else None
    if lemma in _MOVES_FLAT:
        moved = said
    if moved is None or (said and said != moved):
        return None, False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ == "stocks":
        return moved, False
    noun = subject.lemma_.lower()
    priced = noun == "price" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _SHARE_NOUNS for c in subject.children
    )
    return moved, noun in _SHARE_NOUNS or priced


def _several_values(found: list[_Report]) -> set[int]:
    """Sentences that give two different values of the slot themselves for one thing, the two sharing a word
    around the figure ("backed Obama by 44 points, it now supports him by a 22-point margin": "now",
    "support"): the sentence sets two times or two groups side by side, so neither value is its report of
    the one quantity another source gives (stop 22, unseen Multi-News row 177: a poll's bag of points). Two
    values of different things ("Three people were stabbed ... and 12 people were arrested") stay
    reports of their own; a part and its whole ("14 agreements, including two declarations") are one
    report and its part."""
    values: dict[int, list[_Report]] = {}
    for r in found:
        if not r.part:
            values.setdefault(r.sentence, []).append(r)
    return {
        i
        for i, rs in values.items()
        if any(
            not a.quantity.compatible(b.quantity) and (a.context & b.context) - WORD_NUMBERS.keys()
            for k, a in enumerate(rs)
            for b in rs[k + 1 :]
        )
    }


def _also_gives(given: list[_Report], texts: list[str], x: _Report, y: _Report) -> bool:
    """``x``'s source gives ``y``'s value in another sentence, with the thing ``y`` counts named right after it: the
    two sources agree on that value, and ``x`` counts something else of the kind (editor read, stop 45, Multi-News
    row 119: "A judge has thrown out three murder charges" against "Seven first-degree murder charges were for
    accusations …", whose article also says "The judge threw out three of the eight murder charges"). Any slot:
    "three of the eight murder charges" reads as a count of murders.

    The other sentence must give a value, not an order of magnitude: "going through tens of thousands of pages of
    correspondence" holds 50,000 and 55,000 alike, and kept the Times's "50,000 pages of printed emails" from Fox's
    "received 55,000 pages of Clinton's emails" (BASIL 2015 a4edca3f, stop 49's list): a scale word or an open
    bound agrees with every figure of its range and tells the reader none of them (``gives_a_value``)."""
    noun = y.slot.split(":", 1)[1]
    return any(
        r.article == x.article
        and r.sentence != x.sentence
        and gives_a_value(r.quantity)
        and r.quantity.compatible(y.quantity)
        and noun in texts[r.sentence][r.quantity.end : r.quantity.end + AFTER_FIGURE].lower()
        for r in given
    )


NARROW = 0.5  # the widest range, as a share of its top, that still gives a value ("more than 50,000" reaches 65,000)


def gives_a_value(quantity: Quantity) -> bool:
    """The figure names a value a reader could repeat: exact, or a hedged or bounded figure whose range is narrow
    ("about 50,000", "nearly 3,000", "more than 400"); not a scale word ("tens of thousands", "dozens", "several") nor
    an open bound ("at least three"), whose range is wider than half its top."""
    return math.isfinite(quantity.high) and quantity.high - quantity.low <= NARROW * quantity.high


AFTER_FIGURE = 40  # characters after a figure searched for the thing it counts ("three of the eight murder charges")


_ATTRIBUTED_BEFORE = re.compile(
    r"(according to|spokes(man|woman|person)|manager|director|official)\b[^.;]{0,40}$", re.I
)
_ATTRIBUTED_AFTER = re.compile(r"^\W{0,3}(said|says|told)\b", re.I)


def _sources_named(story: AnalysedStory) -> list[set[str]]:
    """Per sentence, the full names (two words or more) of the people it gives as the source of what
    it reports ("..., spokesman Josh Stanfield said", "according to ... Josh Stanfield")."""
    index = {s.key: i for i, s in enumerate(story.sentences)}
    names: list[set[str]] = [set() for _ in story.sentences]
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is None or m.label != "PERSON" or len(m.text.split()) < 2:
            continue
        text = story.sentences[i].text
        at = text.find(m.text)
        if at >= 0 and (_ATTRIBUTED_BEFORE.search(text[:at]) or _ATTRIBUTED_AFTER.match(text[at + len(m.text) :])):
            names[i].add(m.text.lower())
    return names


def _attach_unnamed_sums(
    story: AnalysedStory,
    units: UnitMap,
    reports: dict[str, list[_Report]],
    params: AlignOptions,
    copy_of: Mapping[str, str | None],
) -> None:
    """A sum that names nothing it is for ("more than $25,000 had flowed in") joins the slot of a named
    sum ("more than $15,000 in donations") of another source when both sentences give it on the word of
    the same named person ("spokesman Josh Stanfield said" / "according to ... Josh Stanfield"): one
    person's figure for one thing. Without that, an unnamed sum is compared with nothing (a story
    names many sums of different things: a hotel bill, a flight, tuition)."""
    names = _sources_named(story)
    for i, sentence in enumerate(story.sentences):
        if not names[i]:
            continue
        root = copy_of.get(sentence.article_id) or sentence.article_id
        for q in units.quantities[i]:
            if q.unit != "money" or q.noun:
                continue
            for slot, found in reports.items():
                if not slot.startswith("money:") or slot == "money:":
                    continue
                if any(r.article != root and names[i] & names[r.sentence] for r in found):
                    context = context_of(q, sentence.text, params.conflict_context_words)
                    part = _is_part(q, sentence.text)
                    joined_only = "money" not in params.conflict_units
                    found.append(_Report(i, root, q, slot, context, part, joined_only=joined_only))


# Kinds of figure ``conflict_units`` leaves out that are still compared between two outlets' sentences the fact
# graph joins as one fact (stop 52): "about $500,000 in tax revenue" / "about $1 million in tax revenue" (Multi-News
# row 77, the first four days of legal sales) was shown as one fact both outlets agree on. Stop 29 kept sums out
# because a story holds many sums of different things whose sentences read alike (two candidates' cash); two
# sentences the same-fact decision puts in one unit, or scores at its threshold, tell one thing.
JOINED_UNITS = frozenset({"money", "percent"})


def joined(units: UnitMap, i: int, j: int) -> bool:
    """Whether the fact graph joins sentences ``i`` and ``j``: one unit, or a pair at the unit threshold."""
    return units.unit_of[i] == units.unit_of[j] or bool(units.similarity[i, j] >= units.threshold)


_CASUALTY_WORDS = frozenset({"killed", "killing", "kill", "dead", "died", "death", "wounded", "injured", "hurt"})
_SAME_EVENT_COSINE = 0.6
_TOLLS = frozenset({"count:death", "count:injury"})
_MEASURES = frozenset(
    {"feet", "foot", "meter", "metre", "mile", "kilometer", "kilometre", "km", "inch", "yard", "centimeter",
     "millimeter", "pound", "kilogram", "kg", "ton", "tonne", "ounce", "gram", "degree", "acre", "hectare",
     "point"}  # a poll's lead, an index's fall, a score: of one group, one day, one game
)  # fmt: skip


def _other_harms(a: str | None, b: str | None) -> bool:
    """Two counts of people the parse says were harmed in different ways (``counted.harm_done``): the dead, the hurt,
    the people hit are different sets of one event, however alike the sentences read; one whose verb says no harm
    ("Six people, including ...") is compared as before."""
    return a is not None and b is not None and a != b


def _same_event(x: _Report, y: _Report, slot: str, similarity: float) -> bool:
    """A toll (deaths, injuries) is compared across two reports that share no word around the
    number (besides "killed") only when their sentences are close (cosine >= 0.6): "killed two ...
    in Aleppo on Sunday" and "more than 8,000 people have been killed in the uprising" count other
    events. A length, height or weight ("80 feet long" for the animal, "3.2 feet long" for its foot;
    "at a height of 5,900 meters", "two meters apart") measures one object only in close sentences.
    A story has one set of agreements, one age per person: those are always compared."""
    if slot.split(":", 1)[1] in _MEASURES:
        return similarity >= _SAME_EVENT_COSINE
    if slot not in _TOLLS or similarity >= _SAME_EVENT_COSINE:
        return True
    return bool((x.context & y.context) - _CASUALTY_WORDS)


def _groups(edges: list[tuple[int, int]], found: list[_Report], related: set[tuple[int, int]]) -> list[set[int]]:
    """One conflict per set of reports joined by clashes (one quantity of one thing), with every
    report related to one of them whose value is a vaguer reading of it (the vaguer "more than a dozen"
    beside 14 against 3). Two tolls that clash only through a report of another event are two
    conflicts, not one bag of every number of the slot.

    A report joins only as the vaguer one: its range holds the member's (``_covers``). A bound that holds
    anything below it draws in no count of another scope: "As many as 125 people died across Syria on Monday"
    (0 to 125) against "At least 144" held four killed "as day broke on Tuesday", 15 "in the Idlib area", 104 "in
    Homs" and two in one village, all listed as claims of one death toll (editor read #18, Multi-News row 47)."""
    parent = list(range(len(found)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[int, set[int]] = {}
    for a, b in edges:
        groups.setdefault(root(a), set()).update((a, b))
    result = []
    for members in groups.values():
        extra = {
            r
            for r in range(len(found))
            if r not in members
            and any((r, m) in related and _covers(found[r].quantity, found[m].quantity) for m in members)
        }
        result.append(members | extra)
    return sorted(result, key=min)


def _exact_elsewhere(involved: list[_Report], slot: list[_Report]) -> list[_Report]:
    """The reports a conflict shows, one value per source: a source's vaguer wording ("signed nearly two-dozen
    executive actions") is shown as the exact figure its article gives of the same slot in another sentence ("a
    comprehensive plan ... that includes 23 steps he took without congressional action": steps are actions) when
    another source of the conflict gives that figure too. The source is then listed under 23 beside the source that
    says 23, not under a wording that agrees with 23 set out as a rival claim (gold tune basil-2013-526cabb7: 19
    against 23, with "nearly two-dozen" a third claim). The two sentences of one article need not read alike (cosine
    0.33 there): the slot says they count one thing, and the article holds one count of it."""
    shown = []
    for r in involved:
        exact = next(
            (
                e
                for e in slot
                if not r.quantity.exact
                and e.article == r.article
                and e.sentence != r.sentence
                and e.quantity.exact
                and _covers(r.quantity, e.quantity)
                and any(m.article != r.article and m.quantity.same_value(e.quantity) for m in involved)
            ),
            None,
        )
        shown.append(exact or r)
    return shown


def _covers(vague: Quantity, other: Quantity) -> bool:
    """``vague``'s range holds ``other``'s (1% either side for rounding), or ``vague`` is the very figure ``other``
    bounds: "more than a dozen" holds 14, "about 120" holds 125, "a total of 125" is the figure of "as many as 125";
    15 is neither, though it is compatible with "as many as 125"."""
    if not vague.compatible(other):
        return False
    tolerance = 0.01 * max(abs(vague.low), abs(other.low), 1.0)
    if vague.low <= other.low + tolerance and _top(other) <= vague.high + tolerance:
        return True
    return vague.exact and min(abs(vague.low - other.low), abs(vague.low - other.high)) <= tolerance


_PART = re.compile(
    r"\b(includ\w*|among|such as|of which|of them|of the|each)\W*(\w+\W+){0,2}$"
    r"|\b(remaining|other|another|additional|further)\s+$",  # "the remaining two ads"
    re.I,
)
# "Fifteen of the 19", "four of five charges", "two of them", "$1.84 million each"
_PART_AFTER = re.compile(
    r"\s+(of the|of them|of those|of these|each|other|more|additional"
    r"|of (\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.I,
)
_AGE_GAP = 10  # years: reports of one person's age differ by a birthday or a slip, not by decades
# The given name before a family name an age is set off after ("Kevin Deon Johnson, 24"), or after "-year-old"
_GIVEN_BEFORE = re.compile(r"([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’.-]+){1,3},\s?$")
_GIVEN_AFTER = re.compile(r"^(?:-year-old)?\s+(?:[a-z]+\s+){0,2}([A-Z][\w'’-]+)\s+[A-Z]")


def _given_name(text: str, quantity: Quantity) -> str | None:
    found = _GIVEN_BEFORE.search(text[max(0, quantity.start - 60) : quantity.start])
    found = found or _GIVEN_AFTER.match(text[quantity.end : quantity.end + 60])
    return found.group(1).lower() if found else None


def _same_owner(gate: SameThing, texts: list[str], x: _Report, y: _Report) -> bool:
    """Whether two figures measure one owner's thing. An age's slot names its person ("age:johnson"), so the
    parse's owner of the figure is not asked: in "were identified by the District Attorney's Office as: Kevin Deon
    Johnson, 24; ..." it is the office, and Johnson's 24 against 25 in three other outlets was no conflict (editor
    read, stop 32, row 161). Two given names that differ are two people of one family name."""
    if x.slot.startswith("age:"):
        a, b = _given_name(texts[x.sentence], x.quantity), _given_name(texts[y.sentence], y.quantity)
        return a is None or b is None or a == b
    span_x, span_y = (x.quantity.start, x.quantity.end), (y.quantity.start, y.quantity.end)
    return gate.numbers(x.sentence, span_x, y.sentence, span_y) is None


# a hedge on a small count that is no round figure: "some 16 House-passed measures" counts 16 as best the writer
# knows, not "14 to 17" (editor read, stop 43, BASIL 2011: "some 16" against another outlet's "15 bills")
_HEDGE = re.compile(r"(?:some|about|around|roughly|approximately)\s+\d+$", re.I)
_ROUND = frozenset({10, 12, 15})
HEDGED_BELOW = 20


def hedged_count(quantity: Quantity) -> Quantity:
    """A count under ``HEDGED_BELOW`` given to its last digit with a hedge ("some 16", "about 13"; not a round 10, 12
    or 15) read as the count it names: ``numbers`` reads every hedge as ten percent either side, which at 16 takes in
    15 and 17, and a writer who knew of 15 would not write "some 16". Compared as exact (an exact count under 1,000
    has no tolerance: ``Quantity.compatible``); every other quantity is returned as it is."""
    value = quantity.low / 0.9 if quantity.low else 0.0
    if quantity.unit != "count" or quantity.exact or not _HEDGE.fullmatch(quantity.text):
        return quantity
    stated = round(value)
    if not 5 < stated < HEDGED_BELOW or stated in _ROUND or stated % 5 == 0 or abs(value - stated) > 1e-6:
        return quantity
    return replace(quantity, low=float(stated), high=float(stated), exact=True)


_YEAR_IN = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_VAGUE_WORDS = ("a few", "several", "some", "many", "dozens", "scores", "hundreds", "thousands")
# a plural scale word names an order of magnitude: "dozens" is under a hundred, "hundreds" under a thousand
_SCALE_WORDS = ("dozens", "scores", "hundreds", "thousands")


def _beyond_scale(vague: Quantity, other: Quantity) -> bool:
    """``vague`` is a plural scale word ("dozens of arrests") and ``other`` lies at least twice beyond its range
    ("More than 200 people were arrested"): another order of magnitude, a disagreement and not a difference of
    precision (editor read #15, stop 44, BASIL 2017 inauguration). "a few", "several", "some", "many" set no range a
    writer holds to, and a value just outside a scale word's range ("dozens" against 120) is rounding."""
    if not vague.text.lower().lstrip().startswith(_SCALE_WORDS):
        return False
    return other.low >= 2 * vague.high or (other.high > 0 and 2 * _top(other) <= vague.low)


def _is_part(quantity: Quantity, text: str) -> bool:
    """ "The agreements included two broad declarations", "Fifteen of the 19": a part of a whole
    another report counts, never a rival figure for it. "killed two of the gunmen" (no whole given)
    is how many were killed: a count of its own."""
    if _PART.search(text[max(0, quantity.start - 40) : quantity.start]):
        return True
    after = _PART_AFTER.match(text[quantity.end : quantity.end + 20])
    if after and _CASUALTY_BEFORE.search(text[max(0, quantity.start - 20) : quantity.start]):
        return bool(_WHOLE_AFTER.match(text, quantity.end + after.end()))
    return bool(after)


_WHOLE_AFTER = re.compile(r"\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.I)


def _restates(q: Quantity, mine: _Report, other: _Report, text: str) -> bool:
    """``q`` (another number of ``mine``'s sentence) gives a value compatible with ``other``'s for
    the same thing: the sentence states both ("30 km (19 miles)"); a number of another thing in the
    sentence ("killed two and wounded 30") does not count, nor the other toll of the sentence ("killed 50
    people and wounded dozens more" gives no death toll of 49: NeuS story 52, stop 25)."""
    if q.start == mine.quantity.start or q.unit != other.quantity.unit or not q.compatible(other.quantity):
        return False
    toll = slot_of(q, text)
    if toll in _TOLLS and mine.slot in _TOLLS and toll != mine.slot:
        return False
    return not q.noun or not other.quantity.noun or q.noun == mine.quantity.noun or q.noun == other.quantity.noun


def _adds_up(quantities: list[Quantity], mine: _Report, other: _Report) -> bool:
    """``mine``'s sentence splits a whole into shares that add up to ``other``'s value: "planning to share 2.5
    million doses of the vaccine with Mexico and 1.5 million with Canada" against "will send 4 million doses to
    Canada and Mexico" (NeuS story 90, stop 25). The shares are its other figures of the same unit that count the
    same thing or nothing named ("1.5 million with Canada"); shares that do not add up (2 and 1 million against
    4 million) still clash."""
    shares = [
        hedged_count(q)  # read as the reports are ("some 16" is 16)
        for q in quantities
        if q.unit == mine.quantity.unit and (q.start == mine.quantity.start or q.noun in ("", mine.quantity.noun))
    ]
    if len(shares) < 2:
        return False
    total = Quantity(
        "",
        sum(q.low for q in shares),
        sum(q.high for q in shares),
        False,
        mine.quantity.unit,
        mine.quantity.noun,
        0,
        0,
    )
    return total.compatible(other.quantity)


def _bare_duration(slot: str) -> bool:
    """A duration with no word of what lasted ("duration:day:": "The closures, which lasted for four days"; a term
    "in prison for" names its own, ``numbers._DURATION_BEFORE``). Compared only between sentences of one event
    (``_one_event``; stop 50, the edit bench's durations): over stops 22-28 durations of two things were the false
    ones."""
    return slot.startswith("duration:") and slot.endswith(":")


def _one_event(support: SupportMap, texts: list[str], x: _Report, y: _Report) -> bool:
    """The two sentences tell one event: close (cosine >= ``_SAME_EVENT_COSINE``) or one act in one source's words
    (``disagreements.told_alike``)."""
    close = support.similarity[x.sentence, y.sentence] >= _SAME_EVENT_COSINE
    return bool(close) or told_alike(texts[x.sentence], texts[y.sentence])


# a part named by the word that sets it beside the rest, right before the figure or right after it ("the other two
# attackers", "two additional packages", "three more people"): the same word on both sides counts the same part
_PART_WORD_BEFORE = re.compile(r"\b(other|additional|remaining|further|more)\s+$", re.I)
_PART_WORD_AFTER = re.compile(r"\s+(other|additional|remaining|further|more)\b", re.I)


def _part_word(r: _Report, text: str) -> str | None:
    """The word that makes ``r`` a part of a larger set ("other", "additional" ...), when nothing else does (no
    "including", "of the", "among": those name a part of a whole a source may count another way)."""
    before = text[max(0, r.quantity.start - 40) : r.quantity.start]
    m = _PART_WORD_BEFORE.search(before) or _PART_WORD_AFTER.match(text, r.quantity.end)
    if m is None or _PART.search(_PART_WORD_BEFORE.sub("", before)):
        return None
    return m.group(1).lower()


def _same_part(x: _Report, x_text: str, y: _Report, y_text: str) -> bool:
    """Two counts of one part named by the same word in sentences of one event: "two additional packages were
    discovered" / "four additional packages were discovered" (stop 50, the edit bench's counts) count the same
    packages beyond those told before, so they disagree; "two of the gunmen" against "three attackers" does not."""
    word = _part_word(x, x_text)
    return word is not None and x.part and y.part and word == _part_word(y, y_text)


def _clash(quantities: list[list[Quantity]], texts: list[str], x: _Report, y: _Report, one_event: bool = False) -> bool:
    """Two incompatible values are a disagreement only when neither sentence also gives a value
    compatible with the other for the same thing (one sentence with "30 km (19 miles)" or "15 ...
    a few" states both), neither is a vague word ("a few" against "15" is a difference of
    precision), neither counts a part of the other's whole, and both name the same years (a
    sentence naming "2011" or "Sandy in 2012" where the other names none counts another event)."""
    if any(_restates(hedged_count(q), x, y, texts[x.sentence]) for q in quantities[x.sentence]):
        return False
    if any(_restates(hedged_count(q), y, x, texts[y.sentence]) for q in quantities[y.sentence]):
        return False
    if _adds_up(quantities[x.sentence], x, y) or _adds_up(quantities[y.sentence], y, x):
        return False
    if set(_YEAR_IN.findall(texts[x.sentence])) != set(_YEAR_IN.findall(texts[y.sentence])):
        return False  # "a 2011 storm", "since 2012": one of the two counts another event
    if _other_days(texts[x.sentence], texts[y.sentence]):
        return False
    if _opposite_moves(x, y):
        return False
    if (x.slot in _TOLLS or not _one_set(x.slot)) and _far_apart(x.quantity, y.quantity):
        return False
    if x.slot.startswith("age:") and abs(x.quantity.low - y.quantity.low) > _AGE_GAP:
        return False  # "6-year-old Rene Pasztor" and "Pasztor, 29": two people of one family name
    if any(
        r.quantity.text.lower().lstrip().startswith(_VAGUE_WORDS)
        and not r.quantity.exact
        and not _beyond_scale(r.quantity, other.quantity)
        for r, other in ((x, y), (y, x))
    ):
        return False
    if _far_lower_bounds(x.quantity, y.quantity):
        return False
    # an age's person is its slot's name (and its given name, ``_same_owner``), not the names before it ("Ivo Brandt,
    # 30, and Piet Lunde, 25, were arrested": Brandt is no actor of Lunde's age)
    if not x.slot.startswith("age:") and x.actors and y.actors and not x.actors & y.actors:
        return False  # "U.S. sanctions target 20 Russian officials" / "The European Union ... imposed sanctions on 21"
    if x.members and y.members and not x.members & y.members:
        return False  # "two Republican senators, Jeff Flake and John McCain" / "three ... senators — Adam Driggs, ..."
    if _is_whole(x, texts[x.sentence]) != _is_whole(y, texts[y.sentence]):
        return False  # "won 157 of 340 seats": 340 is all the seats, no rival of another outlet's 156 won
    if x.part or y.part:
        return _one_whole(x, texts[x.sentence], y, texts[y.sentence]) or (
            one_event and _same_part(x, texts[x.sentence], y, texts[y.sentence])
        )
    return True


# the whole a figure is a share of, right after it or after its noun: "157 of 338 seats", "156 seats of the 338"
_WHOLE_OF = re.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:the\s+)?(\d[\d,]*)(?![\d,.])")


_OF_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z]+\s+)?of\s+(?:the\s+)?$",
    re.I,
)  # "157 of 340 seats", "in eight of nine states" (PolNeAR design half, stop 27: nine against another set's five)


def _is_whole(r: _Report, text: str) -> bool:
    """The figure is the whole a share of its own sentence is taken from ("157 of 340 seats")."""
    return bool(_OF_BEFORE.search(text[max(0, r.quantity.start - 30) : r.quantity.start]))


def _one_whole(x: _Report, x_text: str, y: _Report, y_text: str) -> bool:
    """Two shares of one whole both sentences give ("took 156 seats of the 338" / "had won 157 of 338 seats": NeuS
    story 46, stop 25) are two reports of one share; a part against anything else stays no rival figure."""
    wholes = [_WHOLE_OF.match(text, r.quantity.end) for r, text in ((x, x_text), (y, y_text))]
    return all(wholes) and len({w.group(1).replace(",", "") for w in wholes if w}) == 1


_REFERENCE = re.compile(r"\b(?:the|these|those|both)\s+$", re.I)
# after the figure, before the names: the rest of its noun phrase and a comma, a dash or a colon
_BEFORE_NAMES = re.compile(r"^[^,;:—–(]{0,40}?(?:,|:|\s[—–-]+)\s*$")


_BODIES = frozenset({"ORG", "GPE", "NORP"})
ACTOR_WORDS = 8


def _actors_before(quantity: Quantity, text: str, bodies: list[tuple[int, str]]) -> frozenset[str]:
    """Organisations, places and peoples named in the few words before the figure: whose count it is, as the
    words of their names, so that one actor named two ways meets ("The Liberals took 156 seats" / "Trudeau's
    Liberal Party had won 157": NeuS story 46, stop 25, kept apart when only the last words were compared)."""
    words = re.findall(r"\S+", text[: quantity.start])
    start = quantity.start - len(" ".join(words[-ACTOR_WORDS:])) - 1
    return frozenset(name for at, name in bodies if start <= at < quantity.start)


def _people(
    story: AnalysedStory, labels: frozenset[str] = frozenset({"PERSON"}), every_word: bool = False
) -> list[list[tuple[int, str]]]:
    """Per sentence, where each mention of ``labels`` (people by default) starts and its last word (lower case);
    with ``every_word``, each content word of the name ("u.s." read as "us", "Canada's" as "canada")."""
    index = {s.key: i for i, s in enumerate(story.sentences)}
    found: list[list[tuple[int, str]]] = [[] for _ in story.sentences]
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        words = re.findall(r"\w+", m.text.lower())
        at = story.sentences[i].text.find(m.text) if i is not None else -1
        if i is None or m.label not in labels or not words or at < 0:
            continue
        if every_word:
            names = {
                singular(re.sub(r"['’]s?$", "", w).replace(".", "")) for w in re.findall(r"[\w.'’]+", m.text.lower())
            }
            found[i].extend((at, n) for n in sorted(names) if len(n) > 1 and n not in STOP)
        else:
            found[i].append((at, words[-1]))
    return found


def _members(quantity: Quantity, text: str, people: list[tuple[int, str]]) -> frozenset[str]:
    """The people a count names as its members, right after its noun phrase and a comma, a dash or a
    colon ("the state's two Republican senators, Jeff Flake and John McCain, called ..."): the first name
    within 60 characters of the figure, and every name after it within 100."""
    first = min((at for at, _ in people if quantity.end <= at <= quantity.end + 60), default=None)
    if first is None or not _BEFORE_NAMES.match(text[quantity.end : first]):
        return frozenset()
    return frozenset(name for at, name in people if first <= at <= quantity.end + 100)


# a rate, never compared: "three births ... per day", "$2 million a year"; not "a day after the attack"
_RATE = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,40}?\b(?:per|a|an|each)\s+(?:day|week|month|year|hour|minute)\b"
    r"(?!\s+(?:after|before|earlier|later|ago|into|from|of)\b)",
    re.I,
)
# a count per head: "fertility is still five children per woman", "three deaths per 100,000" belong to a group and
# an era each outlet picks (unseen Multi-News row 45: a bag of five rates of eras and countries, false); not "per
# police" (according to)
_PER_HEAD = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+per\s+(?:capita|head|person|woman|women|man|men|child|family|household|resident|"
    r"inhabitant|\d[\d,]*)\b",
    re.I,
)
# "when the average woman had six children", "an average of 12 visitors": an average is a figure per head too
_AVERAGE_BEFORE = re.compile(r"\baverage\b(?:\s+(?!and\b|but\b)[\w'’-]+){0,3}?\s+$", re.I)


def _per_head(quantity: Quantity, text: str) -> bool:
    """The count is a rate of a group or an average ("five children per woman", "the average woman had six
    children"): each outlet's group and era are its own (unseen Multi-News row 45, stop 26: six, three, five, seven
    and 2.1 children a woman, of five eras and countries, emitted as one conflict)."""
    if _PER_HEAD.match(text, quantity.end):
        return True
    return bool(_AVERAGE_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start]))


_WINDOW = re.compile(r"\b(first|past|last|next|previous|initial|final)\s+$", re.I)
_SNAPSHOT = re.compile(
    r"[^.;,]{0,30}?\b(?:earlier|later) in the day\b|[^.;,]{0,30}?\bat (?:one|some|its) (?:point|stage|peak)\b",
    re.I,
)
# a forecast right before the figure ("were expecting 870,000", "had been looking for 845,000", "forecast a 2%");
# not "an estimated 400" (a qualifier of the count) nor "is expected to cost $5 billion" (the verb is the figure's)
_FORECAST = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|looking\s+for|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|projecting|anticipat(?:es|ed|ing)"
    # what someone asked for: "denied prosecutors' request for a six-year prison sentence" against "the two years in
    # prison prescribed by law" (unseen Multi-News row 103, stop 26, false), "sought a 10-year term"
    r"|request(?:s|ed)?\s+for|sought|seeking|asked\s+for)"
    r"\s+(?:(?:a|an|the|some|just)\s+)?$",
    re.I,
)
# Figures that are no value anyone reports (``_not_a_report``), by what gives them away
_UNREPORTED = {
    key: re.compile(pattern, re.I)
    for key, pattern in {
        # "take either Arizona (for 279 electoral votes) or Nevada (for 274)": one of the writer's alternatives
        "either": r"\beither\b(?:(?!\bor\b)[^.;])*$",
        "or": r"[^.;]*?\bor\b",
        # "requires a supermajority of 60 votes", "needs 270 electoral votes", "the 41 votes necessary to filibuster"
        "required": r"\b(?:requires?|required|requiring|needs?|needed|needing)\s+"
        r"(?:(?:a|an|the|at\s+least|only|just)\s+)?(?:(?:simple\s+|two-thirds\s+)?(?:super)?majority\s+of\s+)?(?:the\s+)?$",
        "necessary": r"(?:\s+[\w'’-]+){0,3}?\s+(?:needed|necessary|required)\s+(?:to|for)\b",
        # the writer's own condition, "if" and then "would" before the figure: "if she were president, she would not
        # abandon the 12-nation deal", "if citizenship were denied ..., the population would reach 24 million"; not
        # "impossible to know if the water source contributed to the outbreak that sickened 87 people" (a report)
        "condition": r"\b(?:if|unless)\b[^.;]*?\b(?:would|could|might)\b(?![-\w])[^.;]*$",
    }.items()
}


def _not_a_report(quantity: Quantity, text: str) -> bool:
    """The figure is not a value the sentence reports: one of the alternatives the writer lists ("take either
    Arizona (for 279 electoral votes) or Nevada (for 274)" against "Biden had won 253 electoral votes": NeuS story
    170, design half of stop 26), a requirement ("requires a supermajority of 60 votes" against "had the 41 votes
    necessary to filibuster": BASIL half B, two thresholds of one rule), or under the writer's own condition ("if
    she were president, she would not abandon the 12-nation Pacific trade deal" against "The legislation would give
    the president authority to approve deals with 11 Pacific Rim nations": BASIL half B). A "would" alone is no
    condition: "said it would cut 1,200 jobs" is a plan someone announced, and on BASIL half B and Multi-News rows
    150-249 most figures after a bare "would" were reports ("the would-be contenders ... 21 percent")."""
    before = text[: quantity.start]
    if _UNREPORTED["either"].search(before) and _UNREPORTED["or"].match(text, quantity.end):
        return True
    if _UNREPORTED["required"].search(before[-45:]) or _UNREPORTED["necessary"].match(text, quantity.end):
        return True
    return bool(_UNREPORTED["condition"].search(before))


# "50,000 years ago"; the first figure of "40 or 50 years ago", "20 and 50 years ago" too (PolNeAR design half, stop 27)
_AGO = re.compile(
    r"(?:\s+(?:or|and|to)\s+[\d,]+)?\s*(?:-?(?:years?|months?|weeks?|days?|hours?|minutes?)\s+)?ago\b", re.I
)


def _other_days(a: str, b: str) -> bool:
    """Both sentences name a weekday and none in common: "a fall from Friday ... just under 666 points"
    and "Monday the Dow shed 1,175 points" count two days' events."""
    x = {m.lower() for m in WEEKDAY_WORD.findall(a)}
    y = {m.lower() for m in WEEKDAY_WORD.findall(b)}
    return bool(x and y and not x & y)


_UP = frozenset(
    {"gain", "gained", "gaining", "rose", "rise", "risen", "rising", "added", "adding", "increase", "increased",
     "grew", "grown", "created", "jumped", "climbed", "surged", "soared", "raised", "raising"}
)  # fmt: skip
_DOWN = frozenset(
    {"lost", "lose", "losing", "loss", "fell", "fall", "fallen", "falling", "dropped", "drop", "declined", "decline",
     "decreased", "wiped", "plunged", "plunging", "shed", "slumped", "slid", "cut", "erased", "shrank"}
)  # fmt: skip


def _opposite_moves(x: _Report, y: _Report) -> bool:
    """One figure is a rise and the other a fall ("gaining $8 trillion in value" / "wiped out nearly $1
    trillion in that value"): two movements, not one quantity."""
    moves = []
    for r in (x, y):
        words = {w.lower() for w in r.context}
        moves.append((bool(words & _UP), bool(words & _DOWN)))
    (up_x, down_x), (up_y, down_y) = moves
    return (up_x and not down_x and down_y and not up_y) or (down_x and not up_x and up_y and not down_y)


# Families a story holds once. Troops, arrests, vehicles and bombings are families of words, not one set:
# "pull all 2,000 troops out of Syria" and "about 7,000 troops will be withdrawn" from Afghanistan (half A of the
# BASIL triplets, stop 24) count two deployments.
_ONE_SET = frozenset({"agreement", "attacker"})


def _one_set(slot: str) -> bool:
    """A slot a story holds once: the agreements signed, the attackers, one person's age (see
    ``_same_event``), one session's move of the share price (its scope compared before); any two of its reports
    count the same things, however far apart ("fell less than 1%" / "fell 10 percent")."""
    return slot.startswith("age:") or slot == SHARE_SLOT or slot.split(":", 1)[1] in _ONE_SET


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Two values more than three times apart count different scopes, not one quantity misreported: a
    misreport is two against three dead, 400 against 550, 11,000 against 17,000 signatures, $3.4 million
    against $1.84 million each (the gold conflicts: at most 1.9 times apart). Applied to tolls (15 "in
    the Idlib area" and 9,000 "since March"; four "as day broke on Tuesday" and 125 on Monday) and, since
    stop 22, to every slot a story may hold several of (not ``_one_set``: "11 agreements" against "three
    framework treaties" signed at one meeting stays a conflict). On unseen Multi-News rows 150-249 each
    such pair was a false conflict: three ads shown "from a pool of 83 ads", a four-spray dose and the
    bottle's 160 sprays, one film's $1 billion and the franchise's $3.392 billion, a 923,260-vote total
    against a 9,610-vote lead.

    The gap is read between the nearest ends of the two values: "More than 200 people were arrested" (200 to 300)
    is twice "dozens of arrests" (24 to 99) at its lower end, so the two are one count misreported (editor read #15,
    stop 44), not three times apart as their upper ends (300 against 99) were. A value's lower end counts only when it
    is at least half its upper end ("more than 200", "nearly 500"); "up to 500" and "dozens" are read at their top."""
    smaller, larger = sorted((a, b), key=_top)
    bottom = larger.low if larger.low >= _top(larger) / 2 else _top(larger)
    return max(_top(smaller), 1.0) * 3 < bottom


def _top(q: Quantity) -> float:
    """A value's upper end, or its lower end when it has none ("at least 30")."""
    return q.high if math.isfinite(q.high) else q.low


_LOWER_BOUND = ("more than", "over", "upwards of", "just over", "at least")


def _far_lower_bounds(a: Quantity, b: Quantity) -> bool:
    """Two lower bounds never contradict each other by logic; only the upper end a writer's rounding
    implies (``numbers._above``) sets them apart. When they are more than three times apart ("more than
    20,000 flights" and "more than 600") they count things of a different scope, not one thing twice."""
    if not all(q.text.lower().lstrip().startswith(_LOWER_BOUND) for q in (a, b)):
        return False
    low, high = sorted((a.low, b.low))
    return low > 0 and high / low > 3


def _claims(story: AnalysedStory, reports: list[_Report]) -> list[Claim]:
    """One claim per distinct value; sources reporting the same value share it."""
    claims: dict[tuple[float, float, bool, str], Claim] = {}
    for r in reports:
        q = r.quantity
        key = (q.low, q.high, q.exact, q.text.lower() if not q.exact else "")
        source = story.sentences[r.sentence].article_id
        text = display_text(story.sentences[r.sentence].text)
        if key in claims:
            if source not in claims[key].sources:
                claims[key].sources.append(source)
        else:
            claims[key] = Claim(text=text, value=q.text, sources=[source])
    order = [a.id for a in story.articles]
    for claim in claims.values():
        claim.sources.sort(key=order.index)
    return list(claims.values())
