"""Disagreements that are not numbers: the day of an event, and confirmed against denied.

- **Days.** A day expression ("on Thursday", "last Saturday, April 15") is about what the words
  right before it name ("the House on Thursday", "the House voted later on Wednesday"). Two
  reports from independent sources disagree when their sentences tell one event
  (cosine >= ``EVENT_SIMILARITY``), the day expressions share such a word (a name or a verb, not a
  speech verb: "Xi said on Tuesday" / "Xi said on Wednesday" is two statements) and resolve to
  different days; a sentence that also gives the other's day states both and is not in conflict.
- **Confirmed vs denied.** One source says an actor confirmed something, another that the actor
  denied it or could not / would not confirm it, in sentences about the same thing that name the
  same rare word (the act: "paid", "payment").
- **Expected vs done.** One source says an act is still to come ("was expected to be indicted",
  "is still missing"), another that it has happened ("has already been secretly indicted", "was
  found"): the same act (verb), in sentences about the same thing that name the same person or place.
  The later report comes last, so the reader sees which status overturned which.
Claims are ordered by publication time where known (a later report last). A weekday that cannot be
resolved (the article has no publication date) is compared by its name with another such weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsfuse.align.numbers import STOP, singular
from newsfuse.align.same_thing import SameThing
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.dates import WEEKDAY_WORD
from newsfuse.records import AnalysedStory, Claim, Conflict

MIN_SIMILARITY = 0.40  # the generic floor of number conflicts (AlignOptions.conflict_min_similarity)
# Days and statuses are compared only between sentences that tell one event (stop 29, precision by class over every
# conflict judged in stops 22-28): at cosine >= 0.6, 4 real of 4 emitted (a death, a ruling, an indictment, a reward
# approved); under it 1 real of 7 — two acts that share a word ("the debate stage Saturday" / "their first debate on
# Thursday night", "A Republican staffer on Friday apologized" / "aide resigned Monday", "the next two states will test
# their abilities" / "Sanders has already been tested"). The real one lost is gold row 141's "struck the child ...
# Saturday night" / "hitting him ... early Sunday morning" (cosine 0.48).
EVENT_SIMILARITY = 0.60
CONTEXT_WORDS = 4
WEEKDAY_CONTEXT_WORDS = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_NOT_CONTEXT = frozenset(
    {"said", "says", "told", "announced", "added", "stated", "noted", "reported", "later", "earlier", "early",
     "late", "night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "week", "weekend", "expected", "set", "due", "scheduled",
     # a statement in noun form is a statement too: "In a press conference later Friday, Bundy added" / "At a
     # press conference Thursday afternoon, Bundy defended" are two appearances (unseen Multi-News row 151)
     "press", "conference", "news", "briefing", "interview", "statement", "speech", "remarks",
     # a particle says which way, not what happened: "put the nomination further out of Sanders' reach on Tuesday" /
     # "hosted a get out the vote event Monday" (PolNeAR report half, stop 27, found on reading it)
     "out", "off"}
)  # fmt: skip
# "police said he turned up early Friday" / "he was last seen Tuesday": a pronoun names no act
_PRONOUNS = frozenset({"he", "she", "they", "him", "them", "it", "we", "you", "i", "he'd", "she'd", "they'd"})
_CONFIRMED = re.compile(r"\b(confirmed|confirms|acknowledged|admitted)\b", re.I)
_DENIED = re.compile(
    r"\b(denied|denies|(could|would|did) not (confirm|deny)|couldn't confirm|declined to (confirm|comment)|"
    r"refused to confirm|neither confirm)\b",
    re.I,
)


@dataclass(frozen=True)
class _Day:
    sentence: int
    root: str  # independent source (a copy's origin)
    text: str
    value: str
    context: frozenset[str]
    relative: bool = False  # "on Tuesday", "last month": resolved from the publication date
    owned: frozenset[str] = frozenset()  # the noun after a possessive day ("Thursday’s meeting"): what happened then


def _context(sentence: str, expression: str, size: int = CONTEXT_WORDS, names: bool = True) -> frozenset[str]:
    at = sentence.find(expression)
    if at < 0:
        return frozenset()
    words = _WORD.findall(sentence[:at])[-size:]
    return frozenset(
        singular(w)
        for w in words
        if w.lower() not in STOP
        and w.lower() not in _NOT_CONTEXT
        and w.lower() not in _PRONOUNS
        and (names or not w[:1].isupper())
    )


def _order(story: AnalysedStory) -> dict[str, tuple[str, int]]:
    """Article id -> (publication date or "", input position): the sort key of a claim's source."""
    return {a.id: (a.published or "", k) for k, a in enumerate(story.articles)}


def claims_of(story: AnalysedStory, groups: dict[str, list[int]], label: dict[str, str]) -> list[Claim]:
    order = _order(story)
    claims = []
    for key, sentences in groups.items():
        sources = sorted({story.sentences[i].article_id for i in sentences}, key=order.__getitem__)
        claims.append(Claim(text=display_text(story.sentences[sentences[0]].text), value=label[key], sources=sources))
    claims.sort(key=lambda c: order[c.sources[0]])
    return claims


def day_conflicts(
    story: AnalysedStory,
    support: SupportMap,
    gate: SameThing | None = None,
    copy_of: Mapping[str, str | None] | None = None,
) -> list[tuple[int, Conflict, set[int]]]:
    """(first sentence, conflict, sentences in it) for each pair of day reports that disagree; with ``gate``,
    only days that pass the same-thing gate (``align/same_thing.py``: one act of one owner, done). ``copy_of``:
    the source each article counts as (``rewrites.source_roots``; default ``story.copy_of``)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    index = {s.key: i for i, s in enumerate(story.sentences)}
    days: list[_Day] = []
    for d in story.dates:
        i = index.get((d.article_id, d.sentence_index))
        value = d.value or _by_name(d.text, d.relative)
        if i is None or d.granularity not in ("day", "month") or value is None:
            continue
        if _stamp(story.sentences[i].text, d.text) or _not_the_event(story.sentences[i].text, d.text):
            continue
        if _in_a_name(story.sentences[i].text, d.text):
            continue
        if d.text in quoted_part(story.sentences[i].text):
            # a speaker's words: '"... a leader from yesterday ...," Rubio said' dates no act the outlets
            # report, and a relative day in a quotation counts from the day it was said, which no outlet gives
            # (half A of the BASIL triplets, stop 24)
            continue
        if d.granularity == "month" and not d.relative:
            continue  # "since January 2015", "passed inspections in January 2016": background, not the event's date
        context = _context(story.sentences[i].text, d.text)
        if _named(value) or d.granularity == "month":
            # an unresolved weekday or date, or a month needs more than a shared name or verb ("Putin on Tuesday" /
            # "Mr. Putin on Monday" are two meetings): two plain words of what happened ("the back of her hand")
            near = _context(story.sentences[i].text, d.text, WEEKDAY_CONTEXT_WORDS, names=False)
            context = near if len(near) >= 2 or near & _ONCE else frozenset()
        owned = _owned(story.sentences[i].text, d.text)
        if context or owned:  # a day with its owned noun only can show that its sentence states both days
            days.append(_Day(i, copy_of.get(d.article_id) or d.article_id, d.text, value, context, d.relative, owned))
    in_sentence: dict[int, list[_Day]] = {}
    for day in days:
        in_sentence.setdefault(day.sentence, []).append(day)
    actors = _actors(story)
    persons = _persons(story)
    found: list[tuple[int, Conflict, set[int]]] = []
    seen: set[tuple[int, int]] = set()
    for a, x in enumerate(days):
        for y in days[a + 1 :]:
            if x.root == y.root or _same_date(x, y) or (x.sentence, y.sentence) in seen:
                continue
            if _named(x.value) != _named(y.value):
                continue  # a weekday name is compared only with another one, a date without its year with another
            # who acted is no evidence of one act: a person does many things on many days ("Mr. Steele said in a
            # speech Thursday night" / "pressure on Chairman Michael Steele Sunday"); the act or the thing must meet
            shared_words = {w for w in x.context & y.context if _bare(w) not in actors}
            # a weekday name or a month ("last month") needs two plain words of what happened in common
            vague = bool(_named(x.value)) or len(x.value) == len(_MONTH) or len(y.value) == len(_MONTH)
            # a person dies once: "Cummings ... died early Thursday" / "Elijah Cummings of Maryland died early Tuesday"
            # (NeuS story 238, design half of stop 26) is one act of one person however few words the two share
            once = bool(shared_words & _ONCE) and bool(persons[x.sentence] & persons[y.sentence])
            similarity = float(support.similarity[x.sentence, y.sentence])
            alike = similarity >= EVENT_SIMILARITY or (
                similarity >= MIN_SIMILARITY
                and told_alike(
                    _leading(story.sentences[x.sentence].text, x.text),
                    _leading(story.sentences[y.sentence].text, y.text),
                )
            )
            if not alike or len(shared_words) < 1 + (vague and not once):
                continue
            if _far_days(x, y):
                continue
            if _also_gives(in_sentence[x.sentence], y) or _also_gives(in_sentence[y.sentence], x):
                continue  # one sentence gives both days for the same thing
            if gate is not None and gate.days(x.sentence, _span(story, x), y.sentence, _span(story, y)) is not None:
                continue
            seen.add((x.sentence, y.sentence))
            shared = sorted(shared_words)[0]
            claims = claims_of(
                story, {x.value: [x.sentence], y.value: [y.sentence]}, {x.value: x.text, y.value: y.text}
            )
            kind = "month" if len(x.value) == len(_MONTH) or len(y.value) == len(_MONTH) else "day"
            found.append(
                (
                    min(x.sentence, y.sentence),
                    Conflict(topic=f"{kind}: {shared}", claims=claims),
                    {x.sentence, y.sentence},
                )
            )
    return found + _act_days(story, support, gate, copy_of, seen)


# one act told in the same words by two outlets (both from one police affidavit): "She told police she struck the
# child in the face with the back of her hand Saturday night" / "... hitting him in the face with the back of her hand
# early Sunday morning" (gold tune multinews-141, cosine 0.48: the other words of the two sentences differ)
SAME_RUN = 6  # words in a row, two of them plain words that are no name, day or time
# words of where a report comes from, which any two reports of one case may share ("according to the police report")
_SOURCE_WORDS = frozenset(
    {"police", "report", "official", "authority", "document", "affidavit", "court", "record", "filing", "statement",
     "spokesman", "spokeswoman", "spokesperson", "news", "conference", "agency", "department", "office", "case"}
)  # fmt: skip
_RUN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
LEADING_WORDS = 12


def _leading(sentence: str, expression: str) -> str:
    """The ``LEADING_WORDS`` words right before a day expression: what the day dates (a run shared elsewhere in two
    sentences, "... for a Facebook post that criticized ...", is no sign that the two days date one act: "A Republican
    staffer on Friday apologized for a Facebook post" / "aide resigned Monday after her Facebook post", stop 29's
    false pair)."""
    at = sentence.find(expression)
    return " ".join(_RUN_WORD.findall(sentence[: max(at, 0)])[-LEADING_WORDS:])


# Asked of thousands of sentence pairs a brief (the other-party rule asks it of every pair of two outlets' sentences
# that give two people: 1,665 calls on the shared corpus, 0.1-0.25 s of the serial tail in stop 50's first version),
# so each text's words and runs are read once (a pure function of the text)
@lru_cache(maxsize=8192)
def _runs(text: str) -> tuple[tuple[str, ...], dict[tuple[str, ...], tuple[int, ...]]]:
    """The text's words and, for each run of ``SAME_RUN`` of them (lower-cased), where it starts."""
    words = tuple(_RUN_WORD.findall(text))
    at: dict[tuple[str, ...], list[int]] = {}
    for k in range(len(words) - SAME_RUN + 1):
        at.setdefault(tuple(w.lower() for w in words[k : k + SAME_RUN]), []).append(k)
    return words, {run: tuple(starts) for run, starts in at.items()}


def told_alike(a: str, b: str) -> bool:
    """The two sentences share a run of ``SAME_RUN`` words or more (case aside) holding two plain words (lower case
    in both, not a stop word nor a word of time): one act told in one source's words, which reads as one event
    however the rest of the two sentences differs."""
    x, x_runs = _runs(a)
    y, y_runs = _runs(b)
    for run in x_runs.keys() & y_runs.keys():
        for k in x_runs[run]:
            for m in y_runs[run]:
                plain = {
                    w.lower()
                    for w, v in zip(x[k : k + SAME_RUN], y[m : m + SAME_RUN], strict=True)
                    if w.islower()
                    and v.islower()
                    and len(w) > 2
                    and w not in STOP
                    and w not in _NOT_CONTEXT
                    and singular(w) not in _SOURCE_WORDS
                }
                if len(plain) >= 2:
                    return True
    return False


# acts that are one act told in other words: a chamber's vote on a measure is its passing ("the House resolution …
# passed Tuesday" / "On Wednesday, the House voted 396-9 on a bill"; editor read, stop 43, BASIL 2011)
_SAME_ACT = {"vote": "pass", "approve": "pass", "adopt": "pass"}
# verbs that tell no act of their own: a statement, a state, a plan
_NO_ACT = frozenset({"be", "have", "do", "say", "tell", "announce", "add", "state", "note", "report", "expect", "plan"})
_DAY_LENGTH = len("2023-03-21")


def _act_days(
    story: AnalysedStory,
    support: SupportMap,
    gate: SameThing | None,
    copy_of: Mapping[str, str | None],
    seen: set[tuple[int, int]],
) -> list[tuple[int, Conflict, set[int]]]:
    """Days that date one act differently, read from the parse (``SameThing.act_of_day``): the day's verb is one act
    (the same lemma, or ``_SAME_ACT``), the two phrases name one thing that is not an actor, the sentences tell one
    event (cosine >= ``EVENT_SIMILARITY``) and the days are a slip apart (``_far_days``), with the same-thing gate's
    other checks (a plan, a state, other owners). An outlet's day placed at the start of its sentence ("On Wednesday,
    the House voted 396-9 …") has no words before it for :func:`day_conflicts`, which missed the editor's
    Tuesday/Wednesday House vote (stop 43, BASIL 2011: two outlets against one, no conflict, the minority day in the
    summary). Another outlet's day that dates the same act on one of the two days joins that side when it is one act
    with a day already on a side at ``MIN_SIMILARITY`` (the third outlet's "passing a resolution on Tuesday", 0.51
    beside the second's "resolution … passed Tuesday")."""
    if gate is None or not gate.active:
        return []
    index = {s.key: i for i, s in enumerate(story.sentences)}
    days: list[_Day] = []
    for d in story.dates:
        i = index.get((d.article_id, d.sentence_index))
        # a weekday of an article with no publication date stands for its day by its name (``_weekday``), as in
        # :func:`day_conflicts`: "Schiff on Monday signed a letter" / "Schiff on Friday signed a letter" has no words
        # before its day, and Multi-News rows carry no dates (stop 50, the edit bench's weekdays)
        value = d.value or _by_name(d.text, d.relative)
        if i is None or d.granularity != "day" or not value:
            continue
        if len(value) != _DAY_LENGTH and not _named(value):
            continue
        text = story.sentences[i].text
        if _stamp(text, d.text) or _not_the_event(text, d.text) or _in_a_name(text, d.text):
            continue
        if d.text in quoted_part(text):
            continue
        days.append(_Day(i, copy_of.get(d.article_id) or d.article_id, d.text, value, frozenset(), d.relative))
    values: dict[int, set[str]] = {}  # each sentence's days
    for day in days:
        values.setdefault(day.sentence, set()).add(day.value)
    acts: dict[int, tuple[str, frozenset[str]] | None] = {}
    actors = _actors(story)

    def act(day: _Day) -> tuple[str, frozenset[str]] | None:
        if day.sentence not in acts:
            found = gate.act_of_day(day.sentence, *_span(story, day))
            if found is not None:
                lemma, things = found
                things = frozenset(t for t in things if _bare(t) not in actors and not WEEKDAY_WORD.fullmatch(t))
                found = (_SAME_ACT.get(lemma, lemma), things)
            acts[day.sentence] = found if found is not None and found[0] not in _NO_ACT else None
        return acts[day.sentence]

    def one_act(x: _Day, y: _Day, floor: float) -> bool:
        if x.root == y.root or support.similarity[x.sentence, y.sentence] < floor:
            return False
        a, b = act(x), act(y)
        if a is None or b is None or a[0] != b[0] or not a[1] & b[1]:
            return False
        if _named(x.value):
            # a weekday name (or a date without its year) needs two plain words of what happened in common, as in
            # :func:`day_conflicts`: "Xi Jinping and Vladimir Putin met Tuesday in Moscow" / "On Monday, ... Xi Jinping
            # met with ... Putin in Moscow" share the act and two places, and were two meetings (the shared corpus)
            plain = _plain_words(story.sentences[x.sentence].text) & _plain_words(story.sentences[y.sentence].text)
            return len(a[1] & b[1] & plain) >= 2
        return True

    found: list[tuple[int, Conflict, set[int]]] = []
    taken: set[int] = set()
    for n, x in enumerate(days):
        for y in days[n + 1 :]:
            if x.value == y.value or _far_days(x, y) or (x.sentence, y.sentence) in seen:
                continue
            if _named(x.value) != _named(y.value):
                continue  # a weekday name is compared only with another one
            if y.value in values[x.sentence] or x.value in values[y.sentence]:
                # a sentence that gives both days tells a span or both acts: "brides married between January 1 and
                # December 31, 2014" in two outlets set its start against its end (stop 50, the edit bench's trap)
                continue
            if x.sentence in taken or y.sentence in taken or not one_act(x, y, EVENT_SIMILARITY):
                continue
            if gate.days(x.sentence, _span(story, x), y.sentence, _span(story, y)) is not None:
                continue
            sides = {x.value: [x], y.value: [y]}
            for z in days:  # the outlets that give one of the two days to the same act
                other = y if z.value == x.value else x if z.value == y.value else None
                if other is None or z in sides[z.value] or any(z.root == w.root for w in sides[other.value]):
                    continue
                if any(one_act(z, w, MIN_SIMILARITY) for side in sides.values() for w in side):
                    sides[z.value].append(z)
            sentences = {d.sentence for side in sides.values() for d in side}
            if any(d.sentence in taken for side in sides.values() for d in side if d not in (x, y)):
                continue
            taken |= sentences
            seen.add((x.sentence, y.sentence))
            claims = claims_of(
                story,
                {v: [d.sentence for d in side] for v, side in sides.items()},
                {v: side[0].text for v, side in sides.items()},
            )
            shared = " ".join(sorted((act(x) or ("", frozenset()))[1] & (act(y) or ("", frozenset()))[1])[:2])
            found.append((min(sentences), Conflict(topic=f"day: {shared}", claims=claims), sentences))
    return found


def _plain_words(text: str) -> frozenset[str]:
    """The words a sentence writes in lower case (singular): no name."""
    return frozenset(singular(w) for w in _WORD.findall(text) if w.islower())


def minority_days(
    story: AnalysedStory, disputed_days: list[frozenset[int]], copy_of: Mapping[str, str | None]
) -> dict[int, str]:
    """Sentence -> its day expression, for each sentence of a day disagreement that gives a day fewer independent
    outlets give than the other (``Alignment.disputed_days``); with a tie no side is the minority. The summary does
    not state that day as settled (editor read, stop 43, BASIL 2011: "On Wednesday, the House voted 396-9" was a
    summary line, against two outlets' Tuesday)."""
    mentions: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for d in story.dates:
        if d.value and d.granularity == "day":
            mentions.setdefault((d.article_id, d.sentence_index), []).append((d.value, d.text))
    found: dict[int, str] = {}
    for group in disputed_days:
        outlets: dict[str, set[str]] = {}
        for i in group:
            article = story.sentences[i].article_id
            for value, _ in mentions.get(story.sentences[i].key, []):
                outlets.setdefault(value, set()).add(copy_of.get(article) or article)
        counts = sorted((len(v) for v in outlets.values()), reverse=True)
        if len(counts) < 2 or counts[0] == counts[1]:
            continue
        most = max(outlets, key=lambda v: len(outlets[v]))
        for i in group:
            given = mentions.get(story.sentences[i].key, [])
            if given and all(value != most for value, _ in given):
                found[i] = next(text for value, text in given if value in outlets)
    return found


def _span(story: AnalysedStory, day: _Day) -> tuple[int, int]:
    """Where a day's expression sits in its sentence (its first occurrence)."""
    at = max(0, story.sentences[day.sentence].text.find(day.text))
    return (at, at + len(day.text))


# a role names the person who holds it ("the president", "the RNC chairman")
_ROLES = frozenset(
    {"president", "chairman", "chairwoman", "secretary", "senator", "sen", "governor", "gov", "spokesman",
     "spokeswoman", "spokesperson", "leader", "speaker", "minister", "mayor", "rep", "representative", "mr", "mrs",
     "ms", "general", "lawyer", "attorney"}
)  # fmt: skip


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word).lower()


def _actors(story: AnalysedStory) -> frozenset[str]:
    """Words of the story's person names, and role words: who acted, not what happened. A name is also taken in the
    singular form the day's context words take ("Sanders" → "sander"): without it a name ending in "s" passed for
    a word of what happened, and "Sanders held a rally Saturday" met four sentences of other acts on Tuesday (PolNeAR
    report half, stop 27, found on reading it)."""
    names = [w for m in story.mentions if m.label == "PERSON" for w in _WORD.findall(m.text)]
    return frozenset({_bare(w) for w in names} | {_bare(singular(w)) for w in names} | _ROLES)


# acts a person does once: a weekday name and the same person named suffice to compare their days
_ONCE = frozenset({"died", "die", "dies", "born", "buried", "executed"})


def _persons(story: AnalysedStory) -> list[frozenset[str]]:
    """Per sentence, the words of the people it names (lower case, a possessive stripped)."""
    index = {s.key: i for i, s in enumerate(story.sentences)}
    found: list[set[str]] = [set() for _ in story.sentences]
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is not None and m.label == "PERSON":
            found[i].update(_bare(w) for w in _WORD.findall(m.text) if w.lower() not in STOP)
    return [frozenset(f) for f in found]


_WEEKDAY = "weekday:"
# "(Labor union president 302, February 2, 2009, p. 7)": a document cited by its date; "#Oscars — Steve Harvey
# (@IAmSteveHarvey) February 27, 2017": the stamp of an embedded post
_STAMP_BEFORE = re.compile(r"\([^()]*$|\(@\w+\)\s*$")


def _stamp(sentence: str, expression: str) -> bool:
    """The date of a document or a post, not of the event: inside parentheses, or right after a social
    media handle (unseen Multi-News rows 165 and 205: two FBI forms a day apart, a tweet of the day after the
    Oscars against the Oscars' date)."""
    at = sentence.find(expression)
    return at >= 0 and bool(_STAMP_BEFORE.search(sentence[:at]))


# "found since Monday", "their first visit since their Dec. 11 meeting": the start of a span, not the day of the act
_SINCE = re.compile(r"\b(?:since|until|till|through)\s+(?:early\s+|late\s+|their\s+|the\s+)?$", re.I)
# "funded the government through the Friday deadline", "a Monday deadline": a day set for something to be done
_DEADLINE = re.compile(r"^(?:\s+\w+)?\s+deadline\b", re.I)
# a day right after one of these words dates a statement or a document ("said in a speech Thursday night",
# "told Fox News late Monday", "in a letter sent Tuesday", "a written notice issued Thursday"): two statements
# on two days are not a disagreement about when something happened
_STATEMENT = frozenset(
    {"said", "says", "told", "announced", "added", "stated", "noted", "reported", "tweeted", "wrote", "suggested",
     "statement", "speech", "remarks", "interview", "briefing", "conference", "letter", "notice", "message",
     "issued", "sent", "published", "posted",
     # a report, an article or a post dated by its day: "disputed BuzzFeed's explosive report Thursday" against
     # "disputed on Friday a report" is one report and its denial (half A of the BASIL triplets, stop 24)
     "report", "article", "story", "column", "editorial", "memo", "tweet", "post", "filing"}
)  # fmt: skip
STATEMENT_WORDS = 3


def _not_the_event(sentence: str, expression: str) -> bool:
    """The day starts a span ("since Monday") or dates a statement or a document rather than the act
    (designed on half of the BASIL triplets: of 33 day conflicts, 19 set a person's actions on two days
    against each other and most of the rest two statements, two letters or a span's start)."""
    at = sentence.find(expression)
    if at < 0:
        return False
    before = sentence[:at]
    words = [w.lower() for w in _WORD.findall(before)[-STATEMENT_WORDS:]]
    if _DEADLINE.match(sentence, at + len(expression)):
        return True  # "through the Friday deadline" (BASIL half B, stop 26: against "passed a bill Thursday evening")
    return bool(_SINCE.search(before)) or any(w in _STATEMENT for w in words)


# "A USA TODAY/Suffolk University poll": a newspaper's name, read as the day the article was published; two articles
# published on two days then "disagree" on it (PolNeAR design half, stop 27)
_NAME_BEFORE = re.compile(r"\bUSA\s*$")


def _in_a_name(sentence: str, expression: str) -> bool:
    """The day word is part of a name: written in capitals ("TODAY") or right after "USA"."""
    at = sentence.find(expression)
    letters = [c for c in expression if c.isalpha()]
    capitals = len(letters) > 1 and all(c.isupper() for c in letters)
    return at >= 0 and (capitals or bool(_NAME_BEFORE.search(sentence[:at])))


# "coverage of Thursday’s meeting": the noun right after a possessive day is what happened that day
_POSSESSIVE = re.compile(r"['’]s\s+([A-Za-z][A-Za-z'’-]+)")


def _owned(sentence: str, expression: str) -> frozenset[str]:
    """The noun a possessive day names ("Thursday’s meeting" → meeting), as a context word of that day: a
    sentence that gives "Thursday’s meeting" beside "it started Wednesday" states the meeting's day itself, so
    against another outlet's "The much-anticipated meeting unfolded Thursday morning" it is no disagreement
    (PolNeAR design half, stop 27, through ``_also_gives``)."""
    at = sentence.find(expression)
    m = _POSSESSIVE.match(sentence, at + len(expression)) if at >= 0 else None
    if m is None or m.group(1).lower() in STOP or m.group(1).lower() in _NOT_CONTEXT:
        return frozenset()
    return frozenset({singular(m.group(1))})


def _weekday(expression: str, relative: bool) -> str | None:
    """A day named only by its weekday ("Saturday night", "early Sunday morning") in an article without
    a publication date: the weekday name stands for the day, compared only with another such name
    (the articles of one story report the same week)."""
    names = {m.lower() for m in WEEKDAY_WORD.findall(expression)}
    return f"{_WEEKDAY}{names.pop()}" if relative and len(names) == 1 else None


# a date written without its year ("on June 25", "Feb. 14") in an article with no publication date: the reader of dates
# gives it no value, so two outlets' "June 25" / "June 20" for one robbery were never compared (stop 51, the edit
# bench's dates: every Multi-News row is undated). It stands for its day by its name, as a weekday does, compared
# only with another such date, a slip (at most ``_FAR_DAYS``) apart, with the weekday's two plain words of what
# happened
_MONTH_DAY = "monthday:"
_MONTH_NUMBER = {
    m: k + 1 for k, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_DAY_BY_NAME = re.compile(
    r"^(?:on\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$",
    re.I,
)


def _by_name(expression: str, relative: bool) -> str | None:
    """The value of a day the reader of dates could not resolve: a weekday name (:func:`_weekday`) or a date without
    its year ("June 25": ``_MONTH_DAY``)."""
    if relative:
        return _weekday(expression, relative)
    m = _DAY_BY_NAME.match(expression.strip())
    if m is None:
        return None
    month, day = _MONTH_NUMBER[m.group("month")[:3].lower()], int(m.group("day"))
    try:
        dt.date(2000, month, day)  # a leap year: February 29 is a day
    except ValueError:
        return None
    return f"{_MONTH_DAY}{month:02d}-{day:02d}"


def _named(value: str) -> str:
    """Which kind of name-only day ``value`` is ("weekday:", "monthday:"), or "" for a resolved one."""
    return next((kind for kind in (_WEEKDAY, _MONTH_DAY) if value.startswith(kind)), "")


_MONTH = "2023-03"  # the shape of a month value (DateMention.value at granularity "month")


def _same_date(x: _Day, y: _Day) -> bool:
    """The same day, or the same month when one of the two gives only its month ("last month" in an
    article of 2018-08 is 2018-07, against "on July 12"): a month never clashes with a day inside it.
    A weekday name resolved from the publication date may be the same day as another date on that
    weekday (:func:`_maybe_same_weekday`)."""
    if _named(x.value) or _named(y.value):
        return x.value == y.value
    if len(x.value) == len(_MONTH) or len(y.value) == len(_MONTH):
        return x.value[: len(_MONTH)] == y.value[: len(_MONTH)]
    return x.value == y.value or _maybe_same_weekday(x, y) or _maybe_same_weekday(y, x)


_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


def _day_of(day: _Day, near: dt.date) -> dt.date | None:
    """The calendar day of ``day``; a date written without its year ("Jan. 28") in the year that puts it
    nearest ``near`` (the reader of dates picks a year the writer did not give)."""
    try:
        value = dt.date.fromisoformat(day.value)
    except ValueError:
        return None
    if day.relative or _YEAR.search(day.text):
        return value
    options = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            options.append(value.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(options, key=lambda d: abs((d - near).days), default=value)


def _maybe_same_weekday(named: _Day, other: _Day) -> bool:
    """``named`` is a bare weekday ("in his State of the Union address Tuesday") and ``other`` falls on that
    weekday within a week of it: a weekday name does not say which week (the reader of dates takes the one
    before the publication date; "is expected to push ... Tuesday" means the next one), so the two may be
    one day ("address on Jan. 28" was that Tuesday; half A of the BASIL triplets, stop 24)."""
    if not named.relative or not WEEKDAY_WORD.search(named.text) or len(named.value) != len("2023-03-21"):
        return False
    try:
        a = dt.date.fromisoformat(named.value)
    except ValueError:
        return False
    b = _day_of(other, a)
    return b is not None and a.weekday() == b.weekday() and abs((a - b).days) <= 7


_FAR_DAYS = 31
_SLIP_DAYS = 3


def _far_days(x: _Day, y: _Day) -> bool:
    """Two dates written out in full ("May 29, 1962", "December 15, 1961") more than a month apart are
    two events (a letter and the decision it answers), not one date misreported: a slip is a day or
    a weekday off ("Friday night" / "last Saturday, April 15").

    A day resolved from the publication date ("on Thursday") is a slip only a day or a weekday off:
    more than ``_SLIP_DAYS`` apart and on weekdays that are not neighbours, two resolved days are two
    events ("signed into law on Thursday" / "the backlash grew Monday", "the first package ... on Monday
    afternoon" / "a package was also found Friday"; half of the BASIL triplets, stop 23). Neighbouring
    weekdays stay comparable however far apart they resolve (two articles a week apart may each resolve
    "Friday" and "Saturday" to another week)."""
    if _named(x.value) == _MONTH_DAY and _named(y.value) == _MONTH_DAY:
        a, b = (dt.date(2000, *map(int, v.removeprefix(_MONTH_DAY).split("-"))) for v in (x.value, y.value))
        return min(abs((a - b).days), 366 - abs((a - b).days)) > _FAR_DAYS
    if len(x.value) != len("2023-03-21") or len(y.value) != len("2023-03-21"):
        return False
    try:
        a, b = dt.date.fromisoformat(x.value), dt.date.fromisoformat(y.value)
    except ValueError:
        return False
    gap = abs((a - b).days)
    if not x.relative and not y.relative:
        return gap > _FAR_DAYS
    return gap > _SLIP_DAYS and (a.weekday() - b.weekday()) % 7 not in (1, 6)


def _also_gives(days: list[_Day], other: _Day) -> bool:
    """One of ``days`` (a sentence's) is ``other``'s date for the same thing: a shared word before it, or the noun
    after it ("Thursday’s meeting", ``_owned``) among the words before ``other``. The owned noun is used only here,
    to see that a sentence states both days, never to pair two days into a disagreement."""
    return any(_same_date(d, other) and (d.context | d.owned) & other.context for d in days)


def confirmation_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """Confirmed in one independent source, denied or not confirmed in another (``copy_of`` as in
    :func:`day_conflicts`)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    said = [(i, bool(_CONFIRMED.search(s.text)), bool(_DENIED.search(s.text))) for i, s in enumerate(story.sentences)]
    confirmed = [i for i, yes, no in said if yes and not no]
    denied = [i for i, yes, no in said if no and not yes]
    found: list[tuple[int, Conflict, set[int]]] = []
    for i in confirmed:
        for j in denied:
            a, b = story.sentences[i], story.sentences[j]
            if (copy_of.get(a.article_id) or a.article_id) == (copy_of.get(b.article_id) or b.article_id):
                continue
            if _reports_both(story, support, i, j, denied) or _reports_both(story, support, j, i, confirmed):
                continue
            if support.similarity[i, j] < MIN_SIMILARITY or _other_actors(a.text, b.text):
                continue
            words = {singular(w) for w in _WORD.findall(a.text) if w.lower() not in STOP} & {
                singular(w) for w in _WORD.findall(b.text) if w.lower() not in STOP
            }
            if len(words - {"confirmed", "denied", "confirm", "deny"}) < 2:
                continue
            claims = claims_of(story, {"yes": [i], "no": [j]}, {"yes": "confirmed", "no": "denied or not confirmed"})
            found.append((min(i, j), Conflict(topic="confirmed or not", claims=claims), {i, j}))
    return found


ACTOR_WORDS = 6


def _actors_before(text: str, verb: re.Pattern[str]) -> set[str]:
    """Capitalised words in the few words before the confirming or denying verb: who confirmed; not a
    word after "on", "in", "via" or "at" ("said on Twitter": where, not who)."""
    m = verb.search(text)
    words = ["", *_WORD.findall(text[: m.start()])] if m else [""]
    return {
        w.lower()
        for k in range(max(1, len(words) - ACTOR_WORDS), len(words))
        if (w := words[k])[:1].isupper()
        and w.lower() not in STOP
        and w.lower() not in _MONTHS_DAYS
        and words[k - 1].lower() not in _WHERE
    }


_WHERE = frozenset({"on", "in", "via", "at"})


def _other_actors(confirming: str, denying: str) -> bool:
    """One actor confirmed and another could not confirm ("Trump Jr. later on Monday confirmed his
    correspondence" / "Mr. Assange said on Twitter that he could not confirm"; stop 21's row 9: "confirmed by
    POLITICO" / "the White House denied"): no disagreement between the outlets. An actor one side names
    before its verb whom the other sentence never names is another actor too ("a dialogue of which the
    president's son confirmed" / "Mr. Assange said ... he could not confirm"; half A of the BASIL triplets,
    stop 24)."""
    mine, theirs = _actors_before(confirming, _CONFIRMED), _actors_before(denying, _DENIED)
    if mine and theirs:
        return not mine & theirs
    named = {w.lower() for w in _WORD.findall(confirming if theirs else denying)}
    return bool((mine or theirs) and not (mine or theirs) & named)


_SAME_CLAIM = 0.6  # cosine at which another sentence of an article reports the same admission or denial


def _reports_both(story: AnalysedStory, support: SupportMap, mine: int, theirs: int, kind: list[int]) -> bool:
    """The article of sentence ``mine`` also reports the other side (a sentence of ``kind`` close to
    ``theirs``): "Rezko admitted ..." and "the public official denies ..." quoted by both outlets from
    one court filing are a dispute both report, not a disagreement between them."""
    article = story.sentences[mine].article_id
    return any(story.sentences[k].article_id == article and support.similarity[k, theirs] >= _SAME_CLAIM for k in kind)


# "was expected to be indicted", "is set to be charged", "plans to file", "will be released"; "is still
# missing" / "has not been found" are the pending form of "found"
_PENDING = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|set|due|likely|poised|scheduled|about)\s+to\s+(?:be\s+)?"
    r"|(?:plans?|planned|intends?|intended)\s+to\s+(?:be\s+)?|will\s+(?:soon\s+)?(?:be\s+)?)(?P<act>[a-z]+)\b"
    r"|\b(?:(?:is|are|remains?)\s+(?:still\s+)?|(?:was|were|remained)\s+still\s+)(?P<missing>missing)\b"
    # the negated form of the act: "No formal charges have been filed yet" / "has not (yet) been charged" against
    # "Sayoc has been charged with five federal crimes" (editor read #12, BASIL 2018: both shown as current facts)
    r"|\b(?:no|not)\s+(?:formal\s+|criminal\s+|federal\s+)?(?P<charges>charge)s?\s+(?:have|has|had)\s+(?:yet\s+)?been"
    r"\s+(?:filed|brought|announced)\b"
    # the other acts a later report overturns: released, identified, convicted, sentenced, rescued (stop 50, the edit
    # bench's statuses: "has not yet been identified" / "was later identified as ...")
    r"|\b(?:has|have|had)(?:n['’]t|\s+not)\s+(?:yet\s+)?been\s+(?P<negated>charged|indicted|arrested|found|located"
    r"|released|identified|convicted|sentenced|rescued|freed)\b",
    re.I,
)
# "has already (\"been) secretly indicted", "was found", "were arrested" (not "was expected to ...")
_DONE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+|now\s+|since\s+)?[\"“]?(?:been\s+)?|(?:was|were)\s+(?:already\s+|later\s+)?)"
    r"(?:[a-z]+ly\s+)?(?P<act>[a-z]+(?:ed|en|nd|un|ught))\b(?!\s+to\b)",
    re.I,
)
# "has led House Democrats since 2002": a lasting state, not an act done; it does not overturn "will be led in
# the next Congress by ..." (half of the BASIL triplets, stop 23)
_LASTING = re.compile(r"(?:\W+[\w'’-]+){0,4}?\W+since\b", re.I)
# "will still not have been vaccinated by the end of the summer": a modal or a negation before "have been" says
# the act is not done (NeuS story 82, stop 25: read as done against "will be vaccinated by the end of July")
_NOT_YET = re.compile(
    r"\b(?:will|would|could|should|may|might|must|not|never|n't|cannot)\s+(?:(?:still|yet|already|soon)\s+)?$"
    r"|n't\s+$",
    re.I,
)
_NOT_ACTS = frozenset({"expected", "scheduled", "reported", "said", "told", "asked", "used", "supposed", "been"})
_NAME = re.compile(r"(?<!^)\b[A-Z][a-z][A-Za-z'’-]+")
_MONTHS_DAYS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


def _act(word: str) -> str:
    """A verb's stem, enough to tell "indicted" and "indict", "found" and "find" apart from others."""
    word = word.lower()
    if word in ("found", "find", "missing"):
        return "find"
    for ending in ("ed", "d", "en"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: len(word) - len(ending)][:6]
    return word[:6]


def _names(text: str) -> set[str]:
    return {m.lower() for m in _NAME.findall(text) if m.lower() not in _MONTHS_DAYS and m.lower() not in STOP}


def _sentence_names(story: AnalysedStory) -> dict[int, set[str]]:
    """Each sentence's names: capitalised words after its first (``_names``) and the words of the entities
    found in it, and a first word the story writes capitalised inside a sentence elsewhere, so a name that opens
    the sentence counts ("Sayoc has been charged with ...", which the small model did not tag)."""
    index = {s.key: i for i, s in enumerate(story.sentences)}
    names = {i: _names(s.text) for i, s in enumerate(story.sentences)}
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is not None and m.label in ("PERSON", "ORG", "GPE", "FAC", "NORP"):
            names[i] |= {w.lower() for w in _WORD.findall(m.text) if w[:1].isupper()} - STOP - _MONTHS_DAYS
    known = set().union(*names.values()) if names else set()
    for i, s in enumerate(story.sentences):
        first = _WORD.match(s.text.lstrip(" “\"'‘"))
        if first and first.group().lower() in known:
            names[i].add(first.group().lower())
    return names


def status_conflicts(
    story: AnalysedStory, support: SupportMap, copy_of: Mapping[str, str | None] | None = None
) -> list[tuple[int, Conflict, set[int]]]:
    """An act still to come in one independent source and done in another (module docstring; ``copy_of`` as in
    :func:`day_conflicts`)."""
    copy_of = story.copy_of if copy_of is None else copy_of
    pending: list[tuple[int, str]] = []
    done: list[tuple[int, str]] = []
    for i, s in enumerate(story.sentences):
        # a speaker's words are no outlet's report of the status: '"I have been watching Governor Perry ... his
        # border surge operations ... have helped shut down the illegal trafficking' against 'it remains to be seen
        # how much an endorsement ... will help him' (BASIL half B, stop 26), as days inside quotations (stop 24)
        quoted = quoted_part(s.text)
        waits = [m for m in _PENDING.finditer(s.text) if m.group() not in quoted]
        waiting = {_act(m.group("act") or m.group("missing") or m.group("negated") or "charged") for m in waits}
        happened = {
            _act(m.group("act"))
            for m in _DONE.finditer(s.text)
            if m.group() not in quoted
            # "no charges have been filed": the pending phrase's own "have been filed" is no act done
            and not any(w.start() <= m.start() < w.end() for w in waits)
            and m.group("act").lower() not in _NOT_ACTS
            and not _LASTING.match(s.text, m.end())
            and not _NOT_YET.search(s.text[max(0, m.start() - 30) : m.start()])
        }
        pending += [(i, act) for act in waiting - happened]
        done += [(i, act) for act in happened - waiting]
    found: list[tuple[int, Conflict, set[int]]] = []
    seen: set[tuple[int, int]] = set()
    names = _sentence_names(story) if pending and done else {}
    for i, act in pending:
        for j, other in done:
            a, b = story.sentences[i], story.sentences[j]
            if act != other or (i, j) in seen:
                continue
            if (copy_of.get(a.article_id) or a.article_id) == (copy_of.get(b.article_id) or b.article_id):
                continue
            if support.similarity[i, j] < EVENT_SIMILARITY or not names[i] & names[j]:
                continue
            seen.add((i, j))
            claims = claims_of(story, {"pending": [i], "done": [j]}, {"pending": "still to come", "done": "done"})
            found.append((min(i, j), Conflict(topic="done or still to come", claims=claims), {i, j}))
    return found
