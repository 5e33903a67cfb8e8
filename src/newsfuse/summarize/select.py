"""Rank information units and write the summary: for each chosen unit its best sentence that can
stand alone, cited to every source in the unit, within the word budget; the lede first, the rest
in event-time order.

A sentence's score is a linear function of its features (summarize/features.py, weights fitted
on Multi-News) times its clarity, so fragments and dangling references rank low but a clear
sentence of a well-supported unit ranks high. A sentence that needs context it would not have in
the summary (summarize/standalone.py) is shown only right after the sentence before it in its
article, which names who "he" or "it" is (a *continuation*, ``CONTINUATIONS``; first-person openers
excepted); otherwise another member of its unit is shown, or a deletion-only shortening, or
nothing. The rest of a quotation opened in the sentence before is a continuation too; a plain-text
copy of words another article quotes (an embedded tweet) is never shown (nlp/quoted.py), nor
is a photo caption or a headline glued to its first line (summarize/furniture.py), nor a line the parser reads as no
sentence when its unit has no other wording (summarize/fragments.py). Every shown
sentence is compressed by deletion first (summarize/compress.py); with a parser, the best-scored are
pruned of non-restrictive relative clauses too (summarize/prune.py), so the budget holds more facts.
Redundancy: one sentence per unit, nothing too similar (cosine) to a sentence already chosen
(maximal marginal relevance), and never the same quotation or the same fact in other words twice
(summarize/repeats.py).

The lede is the best-supported of the top-ranked candidates (the brief's own words before a
quotation, then a dated event before background, then most independent sources, then the newest
publication, then rank): the main development as most outlets report it. A unit's rank counts the
fact graph too: each multi-outlet fact node its shown sentence reports that no sentence taken before it
reports adds ``MULTI_FACT_BONUS`` (``by_new_facts``).

A sentence that names someone by one word before the summary has introduced them first gives way to
another wording of its fact that names everyone in full; when there is none, the best-ranked
candidate that introduces the person (not a quotation) is moved up to just before it, and the
sentence stays (stop 22: one lede naming "Grimm" had set off eight drops in a row, leaving a
quotation with an unnamed "he" as the lede, while "Representative Michael G. Grimm, a former F.B.I.
agent ..., was expected to be indicted ..." ranked 20th). Only when neither exists is it dropped, and
a dropped lede is chosen again among the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from newsfuse.align.cited import actor_checked_sources, cited_passages
from newsfuse.align.disagreements import minority_days
from newsfuse.align.facts import Backing, open_lines, wire_header
from newsfuse.align.units import UnitMap, one_per_origin
from newsfuse.nlp.clarity import clarity, display_text
from newsfuse.nlp.models import Parser
from newsfuse.nlp.quoted import block_quotations, mostly_quoted, quoted_sentences
from newsfuse.options import Options
from newsfuse.records import AnalysedStory, FactGraph, Sentence, SummaryItem
from newsfuse.summarize.budget import colour_kind, multi_before_colour
from newsfuse.summarize.compress import compress, without_broken_tail
from newsfuse.summarize.daytime import time_cue
from newsfuse.summarize.events import SameEvent
from newsfuse.summarize.features import content_words, feature_matrix, scores
from newsfuse.summarize.findings import finding, method
from newsfuse.summarize.fragments import fragments
from newsfuse.summarize.furniture import caption_sentences, glued, list_teaser, lost_space, no_lead
from newsfuse.summarize.prune import prune
from newsfuse.summarize.repeats import Traits, repeats, repeats_traits, same_act_unnamed, traits
from newsfuse.summarize.standalone import (
    Introductions,
    common_words,
    described_person,
    introduced_acronyms,
    needs_context,
    no_continuation,
    role_surnames,
    same_occasion,
    shorten,
    speaking_words,
)
from newsfuse.summarize.status import (
    acts,
    appeal,
    overturned,
    previewed_act,
    reporting_only,
    tells_future,
    told_as_done,
)
from newsfuse.summarize.timeless import present_states, timeless_lines
from newsfuse.summarize.voice import PRESS_RELEASE_WEIGHT, Voices
from newsfuse.summarize.voice import read as read_voices

LEDE_DEPTH = 5  # a lede candidate every outlet tells only below its first five sentences is context (``lede_first``)
# a lede candidate whose unit holds the first sentences of this many independent outlets goes before a dated one
# that is no shared opening (``lede_first``, stop 57)
SHARED_OPENERS = 2
LEDE_POOL = 5  # the lede is chosen among at most this many top-ranked candidates,
LEDE_SHARE = 0.7  # ... scoring at least this share of the best one,
# ... and among an outlet's own first sentences that report a development (``development``) down to
# this rank and share (stop 23: Multi-News rows 0-124 R1/R2/RL 46.14/16.38/21.31 -> 46.12/16.36/21.43,
# ledes changed on 22 of 125, read: mostly the news instead of background; gold ledes unchanged)
# (stop 59: 12 -> 15; editor read #33, Multi-News row 97: the review's finding, its only full article's first
# sentence, ranked 13th at 0.74 of the best and a side finding led)
OPENER_POOL = 15
OPENER_SHARE = 0.5
# ... and down to this share when no candidate of the pool tells anything happening (``lede_first``, stop 58)
EVENT_OPENER_SHARE = 0.4
# per fact node of two or more independent outlets a shown sentence reports, added to its unit's rank
# (stop 22: Multi-News rows 0-124 R1/R2 46.00/16.19 -> 46.11/16.28, gold tune multi-source facts in
# the summary 61.9 -> 63.2 %; 0.2 gave 46.10/16.24 and 63.2 %)
MULTI_FACT_BONUS = 0.1
# a sentence every date of which ends ``STALE_DAYS`` or more before its article's publication day is background
# (``background``), its score times this: editor read #10 (stop 39), BASIL 2015's summary (a 2015 announcement)
# gave slots 2 and 3 to "HuffPost reported in November 2012 Christie turned down an invitation ..." and "Christie
# was elected chairman of the Republican Governors Association in November 2013." (stop 40: measured in
# docs/synthesis.md; gold tune summaries unchanged)
STALE_WEIGHT = 0.6
STALE_DAYS = 365
# the best-scored sentences with a comma that are pruned by their parse (summarize/prune.py): a summary
# of 250 words shows 11 sentences on average; 400 gave the same gold tune figures (stop 28)
PRUNE_POOL = 60
# ``finding_beside_comment``: under this cosine a chosen quotation does not make a finding with its own figures a
# repeat (stop 60; 0.8 is well above the pair the editor found, 0.71, and below what a retelling scores)
COMMENT_CEILING = 0.8
# the top-ranked sentences read for a verb at their root (``without_fragments``); a summary shows 11 on average and
# the name-introduction loop reaches a few dozen further down
FRAGMENT_POOL = 40
# "We ...", "I ...", "Our ...": the writer or a speaker the sentence before rarely names
_FIRST_PERSON = re.compile(r"^[“\"‘']?(?:we|i|our|my|us|you|your)\b", re.IGNORECASE)
# he/she/him/her/his: a continuation needs a person named in the sentence before it
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"^[“\"‘']")
# "The prolific MC was hospitalized in Las Vegas several days ago ..." (editor read #22, Multi-News row 21): dated, but
# only as what led up to the news, told days before it; it led the brief of the rapper's death that five outlets
# told ("... died Tuesday (June 20) at age 42")
_LEAD_UP = re.compile(
    r"\b(?:(?:several|a\s+few|a\s+couple\s+of|two|three|four|five|six|\d)\s+(?:days|weeks)|a\s+(?:day|week))\s+"
    r"(?:ago|earlier|before)\b|\bearlier\s+this\s+(?:week|month)\b",
    re.IGNORECASE,
)
_DAY_NAMED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)


def lead_up(text: str) -> bool:
    """Told as days before the news and on no named day ("was hospitalized several days ago"): what led up to it."""
    return bool(_LEAD_UP.search(text)) and not _DAY_NAMED.search(text)


# "The 46-year-old inventor has been in custody since ...": issue 14 asks that nobody be first named by
# an age "without the sentence saying who it is", so such a sentence is no continuation even right
# after the one naming him; another wording stands in or it goes (stop 24: Multi-News rows 0-124 had
# two, "The 46-year-old inventor" and "The 41-year-old rhino", each after the sentence naming them;
# names not introduced 4 -> 2, R1/R2 46.04/16.22 -> 46.00/16.21, held out 45.80/15.82 unchanged, gold
# set unchanged)
_AGE_REFERENCE = re.compile(r"^(?:[A-Z][\w ,]{0,30},\s+)?the\s+\d+-year-old\b", re.IGNORECASE)
# what "the same show" can point at in the sentence before: a show, a broadcaster, a title in quotation marks
_OCCASION = re.compile(
    r"\b(?:show|program|programme|broadcast|interview|panel|episode|segment|podcast|hearing|CNN|Fox|NBC|ABC|CBS|"
    r"MSNBC|BBC|NPR|PBS)\b|[“\"][A-Z]"
)
CONTINUATIONS = True  # a sentence needing context may follow the sentence before it in its article


@dataclass
class Ranked:
    """Sentences in the order the ranking would add them, redundancy already removed, with the
    text each would be shown as (the sentence itself, or its deletion-only shortening)."""

    order: list[int]
    scores: np.ndarray
    texts: dict[int, str]
    # shown sentence -> the other members of its unit that may stand in for it, best first
    alternatives: dict[int, list[int]]
    # sentences that need the one before them in their article (which names who "he" is): shown
    # only right after it
    needs_prev: set[int] = field(default_factory=set)


def shown_text(text: str) -> str | None:
    """What the summary may show for a sentence: itself compressed by deletion (summarize/compress.py),
    its stand-alone shortening, or None (needs context)."""
    text = display_text(text)
    text = compress(text)
    if glued(text) or list_teaser(text) or wire_header(text):
        # a headline and its first line run together, a list's teaser, a live blog's header (summarize/furniture.py)
        return None
    if not needs_context(text):
        return text
    return shorten(text)


def sentence_scores(
    story: AnalysedStory, units: UnitMap, copy_of: dict[str, str | None], graph: FactGraph | None = None
) -> np.ndarray:
    rows = feature_matrix(story, units, copy_of, graph)
    raw = scores(rows)
    # Clarity gates as well as weighs: a sentence that cannot stand alone is never chosen. A sentence
    # whose broken tail compression deletes is as clear as its main clause (shared corpus lede, stop 26);
    # reading every sentence's compressed text instead cost held-out ROUGE 0.08 / 0.09
    gate = np.array([clarity(without_broken_tail(display_text(s.text))) for s in story.sentences])
    return np.where(gate > 0, raw * gate, -np.inf) if len(raw) else raw


def finding_beside_comment(finding: Traits, comment: str, said: Traits, cosine: float) -> bool:
    """A sentence with figures is not the repeat of a chosen quotation that only comments on them, at a cosine
    under ``COMMENT_CEILING``: the embedding reads a quotation about a finding as close to the finding, but the reader
    needs the finding (editor read #33, row 97: "This suggests there is no level of alcohol use that is completely
    safe," said … pushed the review's finding and its figures out of the summary at cosine 0.71; the redundancy
    threshold is 0.70)."""
    return (
        cosine < COMMENT_CEILING
        and not finding.quotations
        and bool(finding.figures - said.figures)
        and mostly_quoted(comment)
    )


def rank(
    story: AnalysedStory,
    units: UnitMap,
    options: Options,
    copy_of: dict[str, str | None],
    graph: FactGraph | None = None,
    parse: Parser | None = None,
    scores: np.ndarray | None = None,
    voices: Voices | None = None,
) -> Ranked:
    """Greedy MMR over units. A unit ranks by its best sentence's score; it is shown by the member
    that best stands for it (score x typicality) among those that can stand alone, so the wording
    the sources share is preferred to one that adds details of its own. Near-duplicates, repeated
    quotations and restated facts of a chosen sentence are skipped. Appeals to the reader and
    statuses a later report overturned are never shown, nor a sentence whose only news is the
    reporting ("... declined to comment", "... was first to report it"; summarize/status.py).

    ``scores`` (``sentence_scores`` of these arguments) and ``voices`` (``voice.read(story)``), when the
    caller has them: the brief reads both elsewhere too (``pipeline._brief``), and each is computed once."""
    # a copy: the weights below are applied in place
    values = scores.copy() if scores is not None else sentence_scores(story, units, copy_of, graph)
    inside, copies = quoted_sentences(story)  # someone's words without marks of their own
    never = copies | caption_sentences(story)  # ... and photo captions (summarize/furniture.py)
    never |= block_quotations(story)  # “...” — Name, on ... (nlp/quoted.py)
    never |= open_lines(story)  # a related story's headline, a subhead, a list's item (align/facts.py)
    lower = common_words(s.text for s in story.sentences)
    never |= {i for i, s in enumerate(story.sentences) if lost_space(s.text, lower)}  # "Theclan says ..."
    # a transcript's, letter's or column's words; a press release below reporting
    voices = voices if voices is not None else read_voices(story)
    never |= voices.never
    values[sorted(voices.lowered)] *= PRESS_RELEASE_WEIGHT
    values[sorted(background(story))] *= STALE_WEIGHT  # what happened long before the news
    texts = {
        i: t
        for i, s in enumerate(story.sentences)
        if np.isfinite(values[i]) and i not in inside and i not in never and (t := shown_text(s.text))
    }
    needs_prev = continuations(story, values, texts, never) if CONTINUATIONS else {}
    texts.update(needs_prev)
    texts = {i: t for i, t in texts.items() if not appeal(t) and not reporting_only(t)}
    # a status a later report overturned is never shown; the sentence that overturns it takes its rank
    for old, new in overturned(story, texts).items():
        texts.pop(old, None)
        values[new] = max(values[new], values[old])
    if parse is not None:
        texts = pruned(texts, values, parse)
    typical = units.typicality()
    day_of = {a.id: (a.published or "")[:10] for a in story.articles}
    update_day = _update_day(day_of)

    def update_lede(i: int) -> bool:
        """The lede of an update (an article dated a day or more after every other) that reports a development."""
        s = story.sentences[i]
        return bool(update_day) and s.index == 0 and day_of[s.article_id] == update_day and development(texts[i])

    best: dict[int, tuple[float, int]] = {}  # unit -> (unit value, shown sentence)
    alternatives: dict[int, list[int]] = {}
    for unit_index, unit in enumerate(units.units):
        members = [i for i in unit.members if i in texts]
        if not members:
            continue
        members.sort(key=lambda i: (i in needs_prev, -(values[i] * typical[i] if values[i] > 0 else values[i]), i))
        members = with_outcome_first(members, texts, values, typical, needs_prev)
        members = with_done_first(members, texts, values, needs_prev.keys())
        members = with_reported_first(members, texts, values, typical, needs_prev.keys())
        members = with_finding_first(members, texts, values, needs_prev.keys())
        # an update's lede tells the unit's fact as it stands now (``newer_lede``)
        members.sort(key=lambda i: not update_lede(i))
        value = max(values[i] for i in unit.members if np.isfinite(values[i]))
        best[unit_index] = (float(value), members[0])
        alternatives[members[0]] = members[1:]
    # Budget to facts several outlets report: a unit's rank rises by ``MULTI_FACT_BONUS`` for each
    # fact node of the fact graph (align/facts.py) with two or more independent outlets that its
    # shown sentence takes part in and no chosen sentence does yet (``by_new_facts``).
    multi = multi_outlet_facts(graph, len(story.sentences))
    emb = story.embeddings
    same_event = SameEvent.of(
        units,
        graph,
        [s.text for s in story.sentences],
        [s.article_id for s in story.sentences],
        story.embeddings,
        frozenset(i for i, s in enumerate(story.sentences) if s.index == 0),
    )

    def telling(i: int) -> tuple[bool, int, int]:
        """How well a sentence tells its event: in the brief's own words rather than a quotation
        (the quotes have their own section), then by more independent sources, then with more
        content words (the details: "three 'terrorists' and a member of Syria's security forces were
        killed" over "At least three people were killed.")."""
        backers = len(one_per_origin(units.sources_for(i, story), copy_of))
        return (not _QUOTE_OPEN.match(texts[i]), backers, len(same_event.words[i]))

    chosen: list[int] = []
    read: dict[int, Traits] = {}  # each text's quotation runs, words and figures, read once (summarize/repeats.py)

    def traits_of(i: int) -> Traits:
        found = read.get(i)
        if found is None:
            found = read[i] = traits(texts[i])
        return found

    def redundant(i: int) -> bool:
        if chosen:
            close = [j for j in chosen if float(emb[j] @ emb[i]) >= options.summary.redundancy_threshold]
            if any(
                not finding_beside_comment(traits_of(i), texts[j], traits_of(j), float(emb[j] @ emb[i])) for j in close
            ):
                return True
        mine = traits_of(i)
        return any(repeats_traits(traits_of(j), mine) for j in chosen)

    def newer_lede(i: int) -> int | None:
        """The chosen sentence ``i`` retells, when ``i`` is the lede of an update (an article dated a day or more
        after every other) reporting a development and that sentence comes from an older report: the update's
        wording says what changed since (editor read #12, stop 41, BASIL 2018: Thursday's "would be retiring at
        the end of February" led the brief and Sunday's "will be leaving the administration on January 1, weeks
        earlier than planned" was left out as redundant with it)."""
        if not update_lede(i):
            return None
        close = [j for j in chosen if float(emb[j] @ emb[i]) >= options.summary.redundancy_threshold]
        older = [j for j in close if day_of[story.sentences[j].article_id] < update_day]
        return max(older, key=lambda j: float(emb[j] @ emb[i])) if older and len(older) == len(close) else None

    for _value, i in by_new_facts(list(best.values()), multi, chosen):
        told_before = redundant(i)  # asked once: both tests below see the same chosen sentences
        if told_before and (stale_one := newer_lede(i)) is not None:
            chosen[chosen.index(stale_one)] = i
            alternatives[i] = [*alternatives[i]]
            continue
        if told_before:
            told_facts = set().union(*(multi.get(j, set()) for j in chosen))
            other = other_wording(alternatives[i], set(needs_prev), multi, told_facts, redundant)
            if other is None:
                continue
            alternatives[other] = [k for k in alternatives[i] if k != other]
            i = other
        told = [j for j in chosen if same_event(j, i)]
        if not told:
            chosen.append(i)
            continue
        # The same event in other words (summarize/events.py): one more wording of the chosen
        # sentence's fact, which may stand in for it (``alternatives``); told by more independent
        # sources, it is shown instead.
        j = told[0]
        if len(told) == 1 and telling(i) > telling(j):
            chosen[chosen.index(j)] = i
            alternatives[i] = [j, *alternatives[j], *alternatives[i]]
        else:
            alternatives[j] = [i, *alternatives[j], *alternatives[i]]
    kept = {j: texts[j] for i in chosen for j in (i, *alternatives[i])}
    alternatives = {i: alternatives[i] for i in chosen}
    return Ranked(order=chosen, scores=values, texts=kept, alternatives=alternatives, needs_prev=set(needs_prev))


def by_new_facts(
    units: list[tuple[float, int]], multi: dict[int, set[int]], chosen: Sequence[int]
) -> Iterator[tuple[float, int]]:
    """``units`` (value, shown sentence) best first, each ranked when it is taken: its value plus
    ``MULTI_FACT_BONUS`` for each multi-outlet fact node of its shown sentence (``multi``) that no sentence in
    ``chosen`` reports yet. ``chosen`` is read anew at each step, as the caller fills it. Ties go to the earlier
    sentence. A fact told once needs no second telling, and a static bonus let a unit retelling a chosen
    sentence's fact outrank one telling a fact not told yet.

    A node reaches two units only through a split sentence's claim (align/claim_units.py). That never happens on
    Multi-News rows 0-124 (0 of 900 nodes), so their summaries are unchanged. On the gold tune stories it happens
    for 18 of 205 nodes and changes no summary. Briefed with the pair model fitted on the other tune stories
    (``newsfuse bench facts --leave-one-out``), summary multi / key went 60.3 / 76.5 -> 61.2 / 78.8 (stop 47):
    BASIL 2018's shutdown brief took "The decision by Senate Democrats to end the government shutdown on Monday
    in exchange for a promised immigration vote enraged liberals, …" in place of two more sentences on the
    liberal groups' anger."""
    pending = sorted(units, key=lambda u: (-u[0], u[1]))
    while pending:
        told = set().union(*(multi.get(j, set()) for j in chosen))
        k = min(
            range(len(pending)),
            key=lambda k: (
                -(pending[k][0] + MULTI_FACT_BONUS * len(multi.get(pending[k][1], set()) - told)),
                pending[k][1],
            ),
        )
        yield pending.pop(k)


def _update_day(day_of: dict[str, str]) -> str:
    """The day of the newest articles when the story's dated articles span two days or more, else ""."""
    days = sorted({d for d in day_of.values() if len(d) == 10})
    return days[-1] if len(days) > 1 else ""


def pruned(texts: dict[int, str], values: np.ndarray, parse: Parser) -> dict[int, str]:
    """``texts`` with the ``PRUNE_POOL`` best-scored that hold a comma pruned by their parse
    (summarize/prune.py); a deletion may not leave a sentence that needs context its whole did not."""
    best = sorted((i for i in texts if "," in texts[i]), key=lambda i: (-values[i], i))[:PRUNE_POOL]
    out = dict(texts)
    for i in best:
        shorter = prune(texts[i], parse)
        if shorter != texts[i] and (needs_context(texts[i]) or not needs_context(shorter)):
            out[i] = shorter
    return out


def other_wording(
    alternatives: list[int],
    needs_prev: Set[int],
    multi: dict[int, set[int]],
    told_facts: Set[int],
    redundant: Callable[[int], bool],
) -> int | None:
    """For a unit whose shown sentence is redundant with the summary so far: its best other wording
    that reports a multi-outlet fact node no chosen sentence reports, stands alone and is not
    redundant itself, else None (the unit is skipped). A unit is one fact told by several outlets,
    and its wordings differ in the details they add: gold basil-2014-d1344998 lost "... have
    subpoenaed ..., escalating their probe into allegations that ... as political retribution" (a
    key fact, three outlets) with its unit, whose shown wording was too close to a chosen sentence.
    Stop 24, gold tune split: multi-outlet facts in the summary 61.3 -> 62.6 %, key facts 81.5 ->
    83.1 %; report split 71.8 -> 74.4 % and 82.9 -> 85.7 %; Multi-News rows 0-124 R1/R2
    46.06/16.25 -> 46.04/16.22 (any other wording, without the new-fact condition: the same gold
    tune figures, 45.99/16.22)."""
    return next(
        (k for k in alternatives if k not in needs_prev and multi.get(k, set()) - told_facts and not redundant(k)),
        None,
    )


# verbs of a decision or its product; a noun alone ("criticised the deal") is talk about one
_OUTCOME = re.compile(
    r"\b(?:signed|pledged|vowed|declared|agreed|approved|decided|voted|ruled|sentenced|convicted|elected|"
    r"resigned|announced|(?:reached|struck|sealed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord))\b",
    re.IGNORECASE,
)
OUTCOME_SHARE = 0.9  # a wording with the outcome is shown when it stands this close to the best


def outcome(text: str) -> bool:
    """The sentence states what an event decided or produced (a deal signed, a pledge, a verdict)."""
    return bool(_OUTCOME.search(text))


def with_outcome_first(
    members: list[int], texts: dict[int, str], values: np.ndarray, typical: np.ndarray, needs_prev: dict[int, str]
) -> list[int]:
    """``members`` (best first) with the best wording that states the outcome moved to the front, when
    the best states none and that one ranks within ``OUTCOME_SHARE`` of it. The shared corpus's
    summit unit showed "Xi … and Putin met Tuesday in Moscow, in a summit closely watched by Western
    countries …" over "… on Tuesday declared a lasting economic partnership and vowed to bring more
    Russian energy to China …": the lede said they met, not what came of it. Multi-News rows 0-124:
    R1/R2/RL 46.10/16.32/21.50 -> 46.12/16.33/21.52; gold tune split: key facts in the summary
    78.5 -> 80.0 %, multi-outlet facts 62.6 -> 61.3 %, briefs repeating 7 -> 6 of 13."""
    head = members[0]
    if outcome(texts[head]) or head in needs_prev or values[head] <= 0:
        return members
    top = values[head] * typical[head]
    for i in members[1:]:
        if i in needs_prev or _QUOTE_OPEN.match(texts[i]) or values[i] <= 0:
            continue
        if outcome(texts[i]) and values[i] * typical[i] >= OUTCOME_SHARE * top:
            return [i, *(j for j in members if j != i)]
    return members


# a wording in the writer's voice stands in for a unit's long quotation when it ranks this close to it
# (value x typicality) and is at most this share of its words (``with_reported_first``)
REPORTED_SHARE = 0.9
REPORTED_LENGTH = 0.67


def with_reported_first(
    members: list[int], texts: dict[int, str], values: np.ndarray, typical: np.ndarray, needs_prev: Set[int]
) -> list[int]:
    """``members`` (best first) with a shorter wording in the writer's voice moved to the front, when
    the best is mostly a quotation (nlp/quoted.py: half its words or more inside quotation marks).
    A quotation is given whole, so it holds the word budget: 15 % of the summary words on the gold tune
    split stood inside quotation marks, and 8 of the 16 mostly quoted summary sentences carried no gold
    multi-outlet fact. The stand-in reports the same unit's fact in at most ``REPORTED_LENGTH`` of the
    words, ranks within ``REPORTED_SHARE`` of the quotation (value x typicality), is not mostly quoted
    itself and does not need the sentence before it: gold basil-2018-eb17fa36 showed the 29-word
    "“Family dental bills paid with campaign funds were characterized as a charitable contribution to
    ‘Smiles for Life,’” the press release from the U.S. Attorney’s Office said as an example." where
    another outlet writes the same in 17 words, and the words saved take in "Hunter, 41, is a
    five-term congressman ...". Stop 29 (analysed stories cached with main a86b83b's NLP): gold tune
    summary_multi 65.8 -> 66.5 %, key 83.1 % unchanged, report 75.6 / 85.7 % unchanged; Multi-News rows
    0-124 R1/R2/RL 46.04/16.28/21.53 -> 46.02/16.28/21.52, held out (rows 125-249) 46.06/16.00/21.22 ->
    46.09/16.07/21.20. Without the length condition (any shorter wording): tune 65.2 / 81.5 % at share
    0.9 and 0.8 (a 36-word stand-in for a 39-word quotation moved multinews-076's budget tail and lost
    two facts), rows 0-124 45.97/16.22. Ranking quoted words down instead (value - p x quoted words /
    40): tune 65.8 / 64.5 / 64.5 % at p 0.05 / 0.1 / 0.2, rows 0-124 R1 45.85 / 45.81 / 45.50 (the
    Multi-News references quote too); at 0.2 the shared corpus's 12-point plan enters but its joint
    statement leaves."""
    head = members[0]
    if not mostly_quoted(texts[head]) or head in needs_prev or values[head] <= 0:
        return members
    top = values[head] * typical[head]
    room = REPORTED_LENGTH * len(texts[head].split())
    for i in members[1:]:
        if i in needs_prev or values[i] <= 0 or mostly_quoted(texts[i]):
            continue
        if len(texts[i].split()) <= room and values[i] * typical[i] >= REPORTED_SHARE * top:
            return [i, *(j for j in members if j != i)]
    return members


def with_finding_first(
    members: list[int], texts: dict[int, str], values: np.ndarray, needs_prev: Set[int]
) -> list[int]:
    """``members`` (best first) with the best wording that tells a study's finding moved to the front, when the best
    tells only its method (summarize/findings.py): Multi-News row 123 (editor read #31) showed the paper's "The second
    digit (2D) and fourth digit (4D) asymmetry index (AI), and the right‐ and left‐hand 2D:4D ratios were calculated
    …" for a unit that holds the report's "… investigators found that the 2D:4D ratio may be an effective predictor
    of schizophrenia …", and the brief led with the method while the finding was in no summary sentence."""
    head = members[0]
    if not method(texts[head]):
        return members
    for i in members[1:]:
        if i in needs_prev or _QUOTE_OPEN.match(texts[i]) or values[i] <= 0 or not finding(texts[i]):
            continue
        return [i, *(j for j in members if j != i)]
    return members


def with_done_first(members: list[int], texts: dict[int, str], values: np.ndarray, needs_prev: Set[int]) -> list[int]:
    """``members`` (best first) with the best wording that tells the act as done moved to the front,
    when the best is a preview of it (summarize/status.py): "Mr. Putin will host a state dinner for
    Mr. Xi in the evening." was the shared corpus's fourth summary sentence while another outlet of
    its unit wrote "After a state dinner with Putin on Tuesday night, Xi sent a farewell message ...".
    The stand-in must name the act or its object ("dinner"; ``status.previewed_act``), tell it as done
    (``status.told_as_done``), not be a quotation and not need the sentence before it. Stop 26: the
    shared corpus's preview gives way; Multi-News rows 0-124 unchanged (46.06/16.25/21.49: 7 previews
    in 1,351 summary sentences, none with a done wording in its unit); gold sets unchanged. A looser
    first version (any future, any later wording) changed 7 tune rows for the worse (R1 46.06 ->
    46.02): "he intends to table a private member's bill" gave way to the bill of the previous
    Parliament, "The money will help ..." to the fragment "--The cost of a second ... autopsy.")."""
    head = members[0]
    event = previewed_act(texts[head])
    if not event:
        return members
    for i in members[1:]:
        if i in needs_prev or _QUOTE_OPEN.match(texts[i]) or values[i] <= 0 or not told_as_done(texts[i]):
            continue
        if event & acts(texts[i]):
            return [i, *(j for j in members if j != i)]
    return members


def multi_outlet_facts(graph: FactGraph | None, n: int) -> dict[int, set[int]]:
    """Sentence -> the fact nodes with at least two independent outlets that a claim of it belongs to, an
    outlet cited only through a shared rare phrase (``FactNode.by_phrase``) not counted."""
    found: dict[int, set[int]] = {}
    if graph is None:
        return found
    for c, claim in enumerate(graph.claims):
        fact = graph.fact_of_claim[c]
        if claim.sentence < n and len(graph.facts[fact].close_independent) >= 2:
            found.setdefault(claim.sentence, set()).add(fact)
    return found


def _period_end(value: str) -> date | None:
    """The last day of an ISO date value's period ("2012" -> 2012-12-31, "2012-11" -> 2012-11-30), or None."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            return date.fromisocalendar(int(value[:4]), int(value[6:]), 7)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError:
        return None
    return None


def background(story: AnalysedStory) -> set[int]:
    """Sentences every date of which ends ``STALE_DAYS`` or more before their article's publication day (without
    one, the story's newest dated day): what happened long before the news. The end of a date's period counts, so
    "in 2012" is background to a 2015 report but "last year" is not; a sentence with no date, or with a date that
    does not resolve, is not judged."""
    published = {a.id: _period_end((a.published or "")[:10]) for a in story.articles}
    days = [day for m in story.dates if m.value and m.granularity == "day" and (day := _period_end(m.value))]
    # with no day resolved (no publication dates: Multi-News), the newest month or year the story names stands in:
    # "died at age 36 in September 2010" beside "diagnosed ... in October 2017" is background (editor read #13,
    # stop 42, row 111: the band's 2010 death led the brief of its singer's death)
    # A date in a sentence that tells what is still to come ("The quay will close in June 2024") is no "now".
    told = {s.key: s.text for s in story.sentences}
    period_ends = [
        end
        for m in story.dates
        if m.value
        and (end := _period_end(m.value))
        and not tells_future(told.get((m.article_id, m.sentence_index), ""))
    ]
    newest = max(days, default=None) or max(period_ends, default=None)
    ends: dict[tuple[str, int], list[date | None]] = {}
    for m in story.dates:
        ends.setdefault((m.article_id, m.sentence_index), []).append(_period_end(m.value) if m.value else None)
    found = set()
    for i, sentence in enumerate(story.sentences):
        mine = ends.get(sentence.key)
        now = published.get(sentence.article_id) or newest
        if not mine or now is None or None in mine:
            continue
        if all((now - end).days >= STALE_DAYS for end in mine if end is not None):
            found.add(i)
    return found


def age_reference(text: str) -> bool:
    """The sentence names its subject by an age alone ("The 46-year-old inventor ..."), which is no
    continuation (``_AGE_REFERENCE``); "A 4-year-old boy was thrown ..." introduces someone."""
    return bool(_AGE_REFERENCE.match(text))


def previous(story: AnalysedStory, i: int) -> int | None:
    """The sentence before ``i`` in its article, or None for an article's first sentence."""
    if i == 0 or story.sentences[i - 1].article_id != story.sentences[i].article_id:
        return None
    return i - 1


def continuations(
    story: AnalysedStory,
    values: np.ndarray,
    texts: dict[int, str],
    never: Set[int] = frozenset(),
) -> dict[int, str]:
    """Sentences that cannot stand alone ("He said ...", "“...,” she said.", the rest of a quotation
    opened in the sentence before) but may follow the sentence before them in their article, which
    says who is meant (issue 14: "unless the sentence before it in the summary names the referent"):
    sentence -> its text (compressed by deletion). ``never``: sentences not to show at all.

    The sentence before may be a continuation itself: a chain is shown in its article's order, each
    link right after the one it needs (``choose`` waits for it, ``glue`` places it), so "The two grew
    up in communities a few miles apart ..." still follows "Each was born on April 28, 1990, ...",
    which follows the sentence naming the two (stop 45: Multi-News row 66 lost the second link once
    "Each was born ..." needed context)."""
    found: dict[int, str] = {}
    people = {(m.article_id, m.sentence_index) for m in story.mentions if m.label == "PERSON"}
    for i, s in enumerate(story.sentences):
        prev = previous(story, i)
        if i in texts or i in never or prev is None or not np.isfinite(values[i]) or not np.isfinite(values[prev]):
            continue
        text = compress(display_text(s.text))
        if (_PERSONAL.search(text) or described_person(text)) and story.sentences[prev].key not in people:
            # "He said ..." or "“...,” the South Carolina Republican said." after a sentence that names no person:
            # "he" is still nobody
            continue
        if same_occasion(text) and not _OCCASION.search(story.sentences[prev].text):
            continue  # "also appearing on same show": the sentence before must name a show
        if age_reference(text):
            continue  # "The 46-year-old inventor ...": the sentence itself must say who
        if no_continuation(text):
            continue  # the writer's own "I" or a cut-off teaser (summarize/standalone.py): nothing before helps
        if (prev in texts or prev in found) and not _FIRST_PERSON.match(text):
            found[i] = text
    return found


def lede_first(
    story: AnalysedStory,
    units: UnitMap,
    order: list[int],
    copy_of: dict[str, str | None],
    values: np.ndarray,
    timeless: Set[int] = frozenset(),
    states: Set[int] = frozenset(),
    leaning: Set[int] = frozenset(),
) -> list[int]:
    """``order`` with its lede moved to the front: among the top-ranked candidates (at most
    ``LEDE_POOL``, each scoring at least ``LEDE_SHARE`` of the best), the brief's own statement
    before a quotation (someone's words are no lede: "“This is a woman that is a terrible person,”
    Trump said of the Florida lawmaker."), an event (a sentence that says on which day something
    happened) before background, then the one citing the most independent sources, then from the
    newest article, then the best ranked. Support before the day was tried at stop 22 (Multi-News
    rows 0-124 45.95/16.00 -> 45.95/16.01): it made "Investigators ... will examine whether the
    ferry was overloaded" (three outlets) the lede over the capsizing itself (one outlet and its
    copy), so the event stays first. Among events as well backed, an outlet's own lede that reports a development
    goes before a dated sentence that is no outlet's lede (editor re-read #18b, Multi-News row 47: with a sentence
    gone from the summary, last week's killing of two journalists, dated and backed by the same two outlets, led the
    brief of the day's toll and a rescue; row 75's one article led with its second sentence). Before the support
    (tried: gold tune multinews-141 lost two multi-outlet facts of its summary, 61.7 -> 60.8, since the lede goes
    first into the word budget), the outlet's lede beat a sentence three outlets back. ``timeless``: candidates told in
    a timeless present (summarize/timeless.py), which go after the others of the pool as a description does not open
    a news story (stop 54: "Hunger motivates people to consume food, …" led Multi-News row 6); ``states``: candidates
    told as a present state (``timeless.present_state``), which go next after them (stop 55: "The Community of Christ
    … is based in Independence and has about 250,000 members." led row 106 over the delegates' vote). A candidate
    every outlet tells only deep in its article (``buried``) goes after the others before the day is asked (stop 55:
    "On Saturday, three suicide bombings in Damascus killed 27 people.", its article's 26th sentence, led row 76,
    the brief of Monday's fighting, because it named a day). ``leaning``: candidates that read only after a sentence
    that cannot open a story (:func:`leaning_on_teasers`), as unfit as that sentence."""
    if not order:
        return order
    published = {a.id: a.published or "" for a in story.articles}
    dated = {(d.article_id, d.sentence_index) for d in story.dates if d.granularity == "day"}

    def members(pos: int) -> list[int]:
        return units.units[units.unit_of[order[pos]]].members

    def opener(pos: int) -> bool:
        """An outlet's own lede that reports a development: what that outlet found newest. Another outlet's
        wording of that lede counts ("Colin Kroll, the CEO and co-founder of HQ Trivia, has died of an apparent drug
        overdose" is the second sentence of its article and joins AP's first: editor read #18, Multi-News row 73,
        led with the wellness check the police made before he was found)."""
        s = story.sentences[order[pos]]
        first = s.index == 0 or any(story.sentences[m].index == 0 for m in members(pos))
        return first and development(display_text(s.text))

    def shared_opener(pos: int) -> bool:
        """Two or more independent outlets open their articles with this fact (the unit holds their first
        sentences): what the reports agree is the news. A dated sentence of one outlet's body used to beat it
        (stop 57, Multi-News row 4: "Geraldine Alcorn, 28, was charged Wednesday with …", its second sentence,
        led over "Police say a Pittsburgh elementary school teacher … was obsessed with one of her 11-year-old
        students …", which all three outlets open with; the human summary opens with the teacher and the girl)."""
        firsts = sorted({story.sentences[m].article_id for m in members(pos) if story.sentences[m].index == 0})
        return len(one_per_origin(firsts, copy_of)) >= SHARED_OPENERS

    def buried(pos: int) -> bool:
        """Every outlet tells it below its first ``LEDE_DEPTH`` sentences: the context each report repeats, not
        its news (row 47: last week's killing of two reporters, told by all three outlets at a third to two thirds
        of the way down, led the brief of a day's toll and a rescue that the outlets open with)."""
        return all(story.sentences[m].index >= LEDE_DEPTH for m in members(pos))

    # An update: an article dated a day or more after every other dated one. The older reports cannot back what
    # happened since, so its own lede, when it reports a development, goes before the best-backed older statement
    # (editor read #12, stop 41, BASIL 2018: the brief led with "Mattis … would be retiring at the end of February"
    # from Thursday's reports, and Sunday's "will be leaving the administration on January 1, weeks earlier than
    # planned" was in no summary sentence)
    newest = _update_day({k: v[:10] for k, v in published.items()})

    def update_lede(pos: int) -> bool:
        s = story.sentences[order[pos]]
        return bool(newest) and published[s.article_id][:10] == newest and opener(pos)

    # a fact any wording of which is dated long before the news is background, however the chosen wording tells it
    # ("The group originally was a trio, but the third singer, Rich Cronin, died ..." beside "... died at age 36 in
    # September 2010": row 111, editor read #13)
    old = background(story)
    latest = max((v[:10] for v in published.values()), default="")

    def overtaken(s: Sentence, shown: str) -> bool:
        """Told as still to come (or as what would have been) by an article dated before the newest: "The Wednesday
        hearing would have been Lerner's first public appearance ..." from the day before the hearing led the brief
        of the hearing (editor read #13, stop 42, BASIL 2013)."""
        day = published[s.article_id][:10]
        return bool(day) and day < latest and tells_future(shown)

    joined_sources: dict[int, frozenset[str]] = {}  # an outlet's lede -> its sources and its retelling's

    def sources(pos: int) -> frozenset[str]:
        return joined_sources.get(pos) or frozenset(units.sources_for(order[pos], story))

    def retold_ledes(candidates: list[int]) -> dict[int, int]:
        """Outlet lede -> the pool's dated candidate that retells it: a sentence of the lede's own article, one or two
        sentences below it, telling the same act with a day (editor read #31, Multi-News row 119: "Common pleas court
        Judge Jeffrey Minehart dismissed the first-degree murder charges Tuesday …", whose "the" points back to its
        article's lede "A judge has thrown out three murder charges …", led and titled the brief because another
        outlet's lede joined its unit and not the first's: two outlets against one)."""
        found: dict[int, int] = {}
        for lede_pos in candidates:
            lede = story.sentences[order[lede_pos]]
            lede_text = display_text(lede.text)
            if lede.index != 0 or not development(lede_text):
                continue
            for pos in candidates:
                if pos == lede_pos or pos in found.values():
                    continue
                close = any(
                    story.sentences[m].article_id == lede.article_id and 1 <= story.sentences[m].index <= 2
                    for m in members(pos)
                )
                retelling = story.sentences[order[pos]]
                if close and retelling.key in dated and same_act_unnamed(lede_text, display_text(retelling.text)):
                    found[lede_pos] = pos
                    break
        return found

    def key(
        pos: int,
    ) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, int, bool, str, int]:
        i = order[pos]
        backers = len(one_per_origin(sorted(sources(pos)), copy_of))
        s = story.sentences[i]
        shown = display_text(s.text)
        quoted = bool(_QUOTE_OPEN.match(shown))
        unfit = no_lead(shown) or i in leaning
        return (
            quoted,
            unfit,
            i in timeless,
            i in states,
            any(j in old for j in units.units[units.unit_of[i]].members),
            overtaken(s, shown),
            buried(pos),
            no_event and not development(shown),
            not shared_opener(pos),
            s.key not in dated and not opener(pos),
            lead_up(shown),
            not update_lede(pos),
            -backers,
            not opener(pos),
            _negated(published[s.article_id]),
            pos,
        )

    pool = [p for p in range(min(LEDE_POOL, len(order))) if values[order[p]] >= LEDE_SHARE * values[order[0]]]
    # an outlet's lede ranked inside ``LEDE_POOL`` but under ``LEDE_SHARE`` is an opener like one ranked below it (stop
    # 58: row 119's "A judge has thrown out three murder charges …", fifth at 0.60 of the best, was in neither list)
    pool += [
        p
        for p in range(min(OPENER_POOL, len(order)))
        if p not in pool and opener(p) and values[order[p]] >= OPENER_SHARE * values[order[0]]
    ]
    if pool and all(order[p] in timeless or order[p] in states for p in pool):
        # every candidate describes: the best-ranked development down to the openers' rank and share joins them (stop
        # 55: "The Good Country Index doesn't measure what countries do at home." was row 0's only candidate, and "The
        # latest edition of the Good Country Index has crowned Sweden …", 0.6 of its score, ranked next)
        pool += [
            p
            for p in range(1, min(OPENER_POOL, len(order)))
            if p not in pool
            and order[p] not in timeless
            and order[p] not in states
            and development(display_text(story.sentences[order[p]].text))
            and values[order[p]] >= OPENER_SHARE * values[order[0]]
        ]
    if pool and not any(story.sentences[m].index == 0 for p in pool for m in members(p)):
        # no candidate is any outlet's lede: the outlets' own ledes that report a development join from any rank at
        # ``OPENER_SHARE`` (editor read #33, Multi-News row 97: the review's finding, its one article's first sentence,
        # ranked 16th at 0.68 of the best behind quotations and body sentences, and a side finding, the article's
        # eighth sentence, led and titled the brief)
        pool += [
            p
            for p in range(min(OPENER_POOL, len(order)), len(order))
            if opener(p) and values[order[p]] >= OPENER_SHARE * values[order[0]]
        ]
    no_event = bool(pool) and not any(development(display_text(story.sentences[order[p]].text)) for p in pool)
    if no_event:
        # no candidate tells anything happening (a state, a definition, a quotation): an outlet's lede that does
        # joins them down to ``EVENT_OPENER_SHARE`` and goes before them, support or not (gold multinews-159: "A
        # 40-year-old woman from Shawnee, Oklahoma, recently had to get major parts of both arms and both legs
        # amputated …", 0.49 of the best, lost to "The patient, Jo Rogers, is currently in the intensive care unit
        # …", a unit holding the disease's definition)
        pool += [
            p
            for p in range(1, min(OPENER_POOL, len(order)))
            if p not in pool and opener(p) and values[order[p]] >= EVENT_OPENER_SHARE * values[order[0]]
        ]
    for outlet_lede, retelling in retold_ledes(pool).items():
        # the outlet's own lede is the news; the dated sentence after it retells it ("the" charges) and lends it its
        # support
        joined_sources[outlet_lede] = sources(retelling) | sources(outlet_lede)
        pool.remove(retelling)
    lede = min(pool or [0], key=key)
    return [order[lede], *order[:lede], *order[lede + 1 :]]


_DEVELOPMENT = re.compile(
    r"\b(?:this week|today|tonight|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|reports? that|"
    r"announc\w*|sign(?:ed|s)|ratif(?:ied|ies)|enacted|vetoed|agree[ds]|approv(?:ed|es)|decid(?:ed|es)|vot(?:ed|es)|ordered|pass(?:ed|es)|ruled|"
    r"sentenced|charged|convicted|indicted|arrested|killed|died|dead|injured|crash(?:ed|es)|"
    # a title taken and given: "Former runner-up ..., Brittany Lewis, was awarded the crown after original winner,
    # Amanda Longacre, was stripped of her crown ..." (Multi-News row 16: the newest development was none)
    r"stripped|crowned|awarded|"
    # a court's act: "A judge has thrown out three murder charges against …" (editor read #31, Multi-News row 119: the
    # outlet's own lede was no development and the dated "… dismissed the first-degree murder charges Tuesday …",
    # whose "the" points back to the three, led and titled the brief as if every charge had gone)
    r"(?:threw|thrown|throws) out|dismiss(?:ed|es)|acquitted|overturned|struck down|dropped|"
    # what was done to a patient: "… had to get major parts of both arms and both legs amputated …" (gold multinews-159)
    r"amputated|rescued|"
    # a person gone: "The parents of a 2-year-old who's been missing since Friday believe the boy was abducted."
    # (editor read #33, Multi-News row 62: the outlet's lede was no development and the parents' hope led instead)
    r"abducted|kidnapped|disappeared|vanished|(?:went|gone|goes|go) missing|been missing since|reported missing|"
    r"discover\w*|invent\w*|develop(?:ed|s)|identif(?:ied|y)|reveal(?:ed|s)|unveil(?:ed|s)|found|"
    r"will|would|plans? to|"
    # a study's finding: "Just one glass of wine ... a day significantly raises the risk of breast cancer, ...,
    # according to an expansive review of research ..." (Multi-News row 97: the review's finding, its first
    # sentence, was no development and the brief led with a side finding); "..., a new study suggests." (row 93,
    # stop 34: a method sentence of the paper's abstract led instead)
    # ", according to University of British Columbia researchers." (row 98, stop 35: no article before the name)
    r"according to (?:(?:a|an|the) )?(?:[\w-]+ ){0,5}(?:study|review|report|survey|analysis|research|paper|"
    r"researchers|scientists)|"
    r"(?:study|review|report|survey|analysis|research|researchers|scientists) "
    r"(?:finds|found|shows|showed|concluded|suggests|suggested|indicates|indicated))\b",
    re.IGNORECASE,
)


def development(text: str) -> bool:
    """A sentence that reports something happening (a decision, an event, a discovery, a plan, a
    day), not a description ("Kiruna Church is a church building ...") or a feature's opening line
    ("American Airlines is no fan of the world's favorite airline"). A figure alone is not enough:
    "Web wide crawl with initial seedlist ... from March 2011." led a tune brief with it."""
    return bool(_DEVELOPMENT.search(text))


def _negated(text: str) -> str:
    """A sort key that puts later ISO dates first (and no date last)."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text) if text else "\U0010ffff"


def story_position(story: AnalysedStory, i: int) -> tuple[float, int, int]:
    """Relative place in the article, so leads come first whichever outlet they came from."""
    s = story.sentences[i]
    length = len(story.by_article(s.article_id))
    article_order = [a.id for a in story.articles].index(s.article_id)
    return (round(s.index / max(1, length), 6), article_order, s.index)


def event_time(story: AnalysedStory) -> Callable[[int], str]:
    """Sentence -> the calendar day it reports: its first resolved date mention of day or month
    granularity, else its article's publication date, else "" (unknown)."""
    dated: dict[tuple[str, int], str] = {}
    for d in story.dates:
        if d.value and d.granularity in ("day", "month"):
            dated.setdefault((d.article_id, d.sentence_index), d.value)
    published = {a.id: (a.published or "")[:10] for a in story.articles}

    def when(i: int) -> str:
        s = story.sentences[i]
        return dated.get(s.key) or published[s.article_id]

    return when


def arrange(story: AnalysedStory, picked: list[int]) -> list[int]:
    """The lede (first picked) first, then the rest by event time, within a date by the time of day the text gives
    (``daytime.time_cue``: "Donald and Melania Trump met with the Obamas earlier Friday morning" stood after the
    noon speech's lines, and the day ran backwards: editor read, stop 44, BASIL 2017), ties in story position."""
    if not picked:
        return picked
    when = event_time(story)
    sentences = story.sentences
    return [
        picked[0],
        *sorted(picked[1:], key=lambda i: (when(i), time_cue(sentences[i].text), story_position(story, i))),
    ]


def choose(
    story: AnalysedStory,
    units: UnitMap,
    options: Options,
    copy_of: dict[str, str | None],
    budget: int,
    exact: bool = False,
    graph: FactGraph | None = None,
    parse: Parser | None = None,
    scores: np.ndarray | None = None,
    voices: Voices | None = None,
) -> list[tuple[int, str]]:
    """(sentence, shown text) in summary order, within ``budget`` words. A long sentence that does
    not fit is passed over for a shorter one further down; with ``exact`` (benchmarks) the last
    one is cut instead, so the summary has exactly ``budget`` words as the literature scores it.
    A sentence naming a person by one word whom no earlier summary sentence introduced waits for
    the sentence that introduces them (``introduce``); when the summary has none, it gives way to
    another wording of the same fact that names everyone in full, else the best-ranked candidate
    that introduces them is moved up to just before it (``introducer``), else it gives way to any
    other wording or is dropped and the budget refilled (a dropped lede is chosen again), until
    every name is introduced. ``scores``, ``voices``: as ``rank`` takes them."""
    ranked = rank(story, units, options, copy_of, graph, parse, scores, voices)
    if parse is not None:  # a line with no verb (summarize/fragments.py) gives way to another wording
        ranked.order = without_fragments(ranked, parse)
    # a lede candidate told in a timeless present goes after one that tells something happening (summarize/timeless.py)
    still = timeless_lines(ranked.texts, ranked.order[:OPENER_POOL], parse, development) if parse is not None else set()
    # ... and one told as a present state after those (timeless.present_state)
    states = present_states(ranked.texts, ranked.order[:OPENER_POOL], parse) if parse is not None else set()
    leaning = leaning_on_teasers(story, ranked)
    order = with_lede_context(
        story, lede_first(story, units, ranked.order, copy_of, ranked.scores, still, states, leaning), ranked.needs_prev
    )
    colour = colour_of(story, units, copy_of, ranked, graph)
    multi = multi_outlet_facts(graph, len(story.sentences))

    def facts_first(order: list[int]) -> list[int]:
        """Colour past its share of the words goes after the multi-outlet facts still waiting (summarize/budget.py)."""
        share = options.summary.colour_share
        return multi_before_colour(order, ranked.texts, colour, multi, budget, share, ranked.needs_prev)

    order = facts_first(order)
    written = [s.text for s in story.sentences]
    intros = Introductions(
        story.entities,
        story.mentions,
        common_words(written),
        speaking_words(written),
        role_surnames(written),
        introduced_acronyms(written),
    )
    banned: set[int] = set()
    promoted: set[tuple[int, int]] = set()
    while True:
        picked: list[int] = []
        cut: dict[int, str] = {}
        used = 0
        queue = [i for i in order if i not in banned]
        waiting: set[int] = set()  # ranked above the sentence they need: taken right after it
        while queue:
            i = queue.pop(0)
            if i in ranked.needs_prev and previous(story, i) not in picked:
                waiting.add(i)
                continue
            words = ranked.texts[i].split()
            if used + len(words) > budget:
                if exact:
                    cut[i] = " ".join(words[: budget - used])
                    picked.append(i)
                    break
                continue
            picked.append(i)
            used += len(words)
            if budget - used < (1 if exact else options.summary.min_words_left):
                break
            if i + 1 in waiting:
                queue.insert(0, i + 1)
        arranged = last(arrange(story, picked), set(cut))
        texts = {i: cut.get(i, ranked.texts[i]) for i in arranged}
        texts = with_acronyms(story, arranged, texts, intros.acronyms)
        arranged, dropped = introduce(story, intros, arranged, texts, ranked.needs_prev)
        if dropped is None:
            return [(i, texts[i]) for i in glue(story, arranged, ranked.needs_prev)]
        banned.add(dropped)
        was_lede = dropped == order[0]
        # another wording of the same fact takes its place when there is one that repeats no
        # other sentence of the summary (the ranking checked the dropped one, not its stand-ins)
        others = [ranked.texts[i] for i in order if i != dropped and i not in banned]
        stand_ins = [
            j
            for j in ranked.alternatives.get(dropped, [])
            if j not in banned
            and not any(repeats(ranked.texts[j], t) for t in others)
            # a lede's stand-in can open a story: editor read #8, row 112's lede became "Senate Majority Leader
            # Harry Reid also signed off on the deal …", which adds to what no sentence before told
            and not (was_lede and (no_lead(ranked.texts[j]) or _QUOTE_OPEN.match(ranked.texts[j])))
        ]
        named = [
            j for j in stand_ins if not intros.unintroduced(story.sentences[j].key, ranked.texts[j], [], acronyms=False)
        ]
        if not named:
            helper = introducer(story, intros, ranked, dropped, texts[dropped], order, banned | set(picked))
            if helper is not None and (dropped, helper) not in promoted:
                # the sentence that introduces the person moves up to just before it; it stays
                banned.discard(dropped)
                promoted.add((dropped, helper))
                order.remove(helper)
                order.insert(order.index(dropped), helper)
                continue
        stand_in = keeping_most(named or stand_ins, ranked.texts, texts[dropped])
        if stand_in is not None:
            order = [stand_in if i == dropped else i for i in order]
            ranked.alternatives[stand_in] = [j for j in ranked.alternatives[dropped] if j != stand_in]
        elif was_lede:
            rest = [i for i in order if i not in banned]
            order = facts_first(
                with_lede_context(
                    story,
                    lede_first(story, units, rest, copy_of, ranked.scores, still, states, leaning),
                    ranked.needs_prev,
                )
            )


def colour_of(
    story: AnalysedStory, units: UnitMap, copy_of: dict[str, str | None], ranked: Ranked, graph: FactGraph | None
) -> set[int]:
    """The ranked sentences that are colour (``budget.colour_kind``): mostly quoted, or told by one outlet in no fact
    node of several."""
    multi = multi_outlet_facts(graph, len(story.sentences))
    return {
        i
        for i in ranked.order
        if colour_kind(
            ranked.texts[i], len(one_per_origin(units.sources_for(i, story), copy_of)), len(multi.get(i, set()))
        )
        is not None
    }


def leaning_on_teasers(story: AnalysedStory, ranked: Ranked) -> set[int]:
    """Lede candidates that read only after the sentence before them in their article (``Ranked.needs_prev``) when
    that sentence cannot open a story (``furniture.no_lead``): as a lede it would bring that sentence to the front
    (``with_lede_context``). Editor read #28, Multi-News row 102: "He addressed the racial fault lines in the country …"
    led, and its article's teaser "President Obama did something Friday that he hardly ever does — and no other
    president could ever have done." opened the brief."""
    out = set()
    for i in ranked.order[:OPENER_POOL]:
        before = previous(story, i) if i in ranked.needs_prev else None
        if before is not None and no_lead(display_text(story.sentences[before].text)):
            out.add(i)
    return out


def with_lede_context(story: AnalysedStory, order: list[int], needs_prev: Set[int]) -> list[int]:
    """``order`` with the sentence its lede continues moved up to open it when that is its article's first sentence,
    written to open a story: a lede that reads only after the sentence before it in its article waits for that
    sentence (``choose``), and the next-ranked sentence, of whatever standing, took the lede's place (editor read #23,
    Multi-News row 10: "From Julia Louis-Drefyus' hilarious acceptance speech to Jon Cryer's …" waited for "Like every
    year, the 2012 Emmy Awards had …", and a 29-word teaser of the SAG awards, ranked between them, led the brief of
    the Emmys). Any sentence before (tried): row 55 led with "Paula Blades shared this picture of her back …", row 92
    with background. A teaser's article kept from the lede (fewer than 60 words beside a longer report; tried): rows
    61 and 84 lost their news ledes, short wire items."""
    if not order or order[0] not in needs_prev:
        return order
    before = previous(story, order[0])
    if before is None or before not in order or story.sentences[before].index != 0:
        return order
    return [before, *[i for i in order if i != before]]


def without_fragments(ranked: Ranked, parse: Parser) -> list[int]:
    """``ranked.order`` with each of its first ``FRAGMENT_POOL`` sentences that parses with no verb at its root
    (summarize/fragments.py) replaced by the best other wording of its unit that has one and repeats no other
    candidate, else left out."""
    pool = ranked.order[:FRAGMENT_POOL]
    shown = set(ranked.order)  # a wording merged into two units' alternatives may be another unit's shown sentence
    stand_ins = {
        i: [j for j in ranked.alternatives.get(i, []) if j not in ranked.needs_prev and j not in shown] for i in pool
    }
    bad = fragments(ranked.texts, [*pool, *(j for js in stand_ins.values() for j in js)], parse)
    if not bad & set(pool):
        return ranked.order
    order: list[int] = []
    for k, i in enumerate(ranked.order):
        if k >= len(pool) or i not in bad:
            order.append(i)
            continue
        others = [ranked.texts[j] for j in ranked.order if j != i]
        other = next(
            (j for j in stand_ins[i] if j not in bad and not any(repeats(ranked.texts[j], t) for t in others)), None
        )
        if other is not None:
            order.append(other)
            ranked.alternatives[other] = [j for j in ranked.alternatives[i] if j != other]
    return order


def with_acronyms(
    story: AnalysedStory, arranged: list[int], texts: dict[int, str], acronyms: Set[str] | dict[str, tuple[str, ...]]
) -> dict[int, str]:
    """``texts`` with an acronym's introduction that compression deleted ("cannabidiol (CBD)" shown as "cannabidiol")
    put back where another summary sentence uses the acronym: the introduction is the source's own words in their
    order, so the sentence is still the source's by deletion (editor read, stop 35, row 98: "CBD also didn't block
    ..." followed the sentence whose "(CBD)" was deleted). Only where needed: keeping every such bracket cost gold
    tune multinews-076 a key fact, pushed out of the budget by one word (stop 36)."""
    out = dict(texts)
    for i in arranged:
        source = display_text(story.sentences[i].text)
        for m in _INTRODUCED_IN_BRACKETS.finditer(source):
            acronym = m.group(2)
            shown = out[i]
            if acronym not in acronyms or f"({acronym})" in shown:
                continue
            at = _introduction_in(source[: m.end(1)], shown)
            if at is not None and any(re.search(rf"\b{acronym}\b", out[j]) for j in arranged if j != i):
                out[i] = f"{shown[:at]} ({acronym}){shown[at:]}"
    return out


def _introduction_in(before: str, shown: str) -> int | None:
    """Where in ``shown`` the words that end ``before`` (the source up to an acronym's bracket) end: the last word
    when the shown sentence has it once, else the last two or three words, which a name repeating its head word
    tells apart ("Scale for the Assessment of Positive Symptoms (SAPS), Scale for the Assessment of Negative
    Symptoms (SANS)": editor read #31, Multi-News row 123 showed three acronyms nobody had introduced)."""
    words = before.split()
    for n in (1, 2, 3):
        if len(words) < n:
            return None
        phrase = r"\s+".join(re.escape(w) for w in words[-n:])
        found = list(re.finditer(rf"(?<!\S){phrase}", shown))
        if len(found) == 1:
            return found[0].end()
        if not found:
            return None
    return None


# "cannabidiol (CBD)": the word before an acronym's bracket, and the acronym
_INTRODUCED_IN_BRACKETS = re.compile(r"(\S+)\s+\(([A-Z][A-Z0-9&]{1,7}s?)\)")


def keeping_most(candidates: list[int], texts: dict[int, str], dropped: str) -> int | None:
    """The stand-in (best first in ``candidates``) that keeps most of the dropped sentence's content
    words: another wording should tell what the dropped one told. Multi-News 141 (gold tune): the lede
    "The boy, Jordan Belliveau, died, and Ms. Stinson was arrested ... and charged with aggravated child
    abuse and first-degree murder." (Ms. Stinson not introduced) gave way to "Officials arrested and
    charged 21-year-old Charisse Stinson with first-degree murder ...", ranked first among equals, over
    "Charisse Stinson, 21, faces aggravated child abuse and first degree murder charges in connection
    with Jordan Belliveau's death.", which keeps the charge and the boy's name."""
    if not candidates:
        return None
    told = content_words(dropped)
    return max(candidates, key=lambda j: (len(told & content_words(texts[j])), -candidates.index(j)))


def last(arranged: list[int], cut: Set[int]) -> list[int]:
    """The sentence the exact budget cut (benchmarks) at the end, as a summary cut at N words ends;
    arranged by event time it had stood mid-summary, a fragment whose lost end could hold the name a
    later sentence needs (stop 23, Multi-News row 113: '"For the first time, we can explain why
    people who may have the exact same initial pain either go on to' lost "senior study author A.
    Vania Apkarian", and '..., Apkarian added.' came after it). ``introduce`` may still move it up
    when its kept words introduce someone."""
    return [i for i in arranged if i not in cut] + [i for i in arranged if i in cut]


def introducer(
    story: AnalysedStory,
    intros: Introductions,
    ranked: Ranked,
    i: int,
    text: str,
    order: list[int],
    taken: Set[int],
) -> int | None:
    """The best-ranked candidate not yet ``taken`` that gives the fuller name of everyone sentence
    ``i`` names by one word, names nobody by one word itself, stands alone, and is not a quotation
    (someone's words are a poor introduction and no lede) nor a sentence that cannot open a story
    (``furniture.no_lead``: "When speaking about his star, LeBron James, ..." had become row 226's lede)."""
    key = story.sentences[i].key
    return next(
        (
            j
            for j in order
            if j != i
            and j not in taken
            and j not in ranked.needs_prev
            and not _QUOTE_OPEN.match(ranked.texts[j])
            and not no_lead(ranked.texts[j])  # it may become the lede
            and not intros.unintroduced(story.sentences[j].key, ranked.texts[j], [], acronyms=False)
            and not intros.unintroduced(key, text, [ranked.texts[j]], acronyms=False)
        ),
        None,
    )


def glue(story: AnalysedStory, arranged: list[int], needs_prev: set[int]) -> list[int]:
    """Each sentence that needs the one before it in its article placed right after that one."""
    rest = [i for i in arranged if i not in needs_prev]
    for i in sorted((i for i in arranged if i in needs_prev), key=lambda i: story_position(story, i)):
        prev = previous(story, i)
        rest.insert(rest.index(prev) + 1 if prev in rest else len(rest), i)
    return rest


def introduce(
    story: AnalysedStory,
    intros: Introductions,
    arranged: list[int],
    texts: dict[int, str],
    needs_prev: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[int], int | None]:
    """Every person the summary names by one word introduced first: when a later summary sentence
    gives the fuller name, it moves up to just before the first sentence that needs it; when none
    does, that sentence is returned as the one to drop.

    An acronym a source introduces (``standalone.introduced_acronyms``: "cannabidiol (CBD)") is
    introduced the same way, by moving up a later summary sentence that introduces it, but a sentence
    is never dropped for it, nor the lede displaced: on Multi-News row 98 (stop 36) dropping every
    sentence with "THC" until one introduced it left a summary of four sentences, and readers know
    many acronyms a writer spells out."""
    arranged = list(arranged)

    def hard(missing: list[str]) -> list[str]:
        return [m for m in missing if m not in intros.acronyms]

    for _ in range(len(arranged) + 1):
        shown: list[str] = []
        for k, i in enumerate(arranged):
            missing = intros.unintroduced(story.sentences[i].key, texts[i], shown)
            soft = not hard(missing)  # only acronyms
            if not missing or (soft and k == 0):
                shown.append(texts[i])
                continue
            later = [
                j
                for j in arranged[k + 1 :]
                if j not in needs_prev and not hard(intros.unintroduced(story.sentences[j].key, texts[j], shown))
            ]
            if k == 0:  # the introduction becomes the lede: only one that can open a story (editor read #28, row 102:
                # the teaser "President Obama did something Friday that he hardly ever does …" introduced "Mr. Obama"
                # of the lede and opened the brief); with none, the lede gives way as any sentence does
                later = [j for j in later if not no_lead(texts[j])]
            key = story.sentences[i].key
            helper = next(
                (
                    j
                    for j in later
                    for after in [intros.unintroduced(key, texts[i], [*shown, texts[j]])]
                    if not hard(after) and (not soft or len(after) < len(missing))
                ),
                None,
            )
            if helper is None and soft:
                shown.append(texts[i])
                continue
            if helper is None:
                return arranged, i
            arranged.remove(helper)
            arranged.insert(k, helper)
            break
        else:
            return arranged, None
    return arranged, arranged[-1]


def summarize(
    story: AnalysedStory,
    units: UnitMap,
    options: Options,
    copy_of: dict[str, str | None] | None = None,
    graph: FactGraph | None = None,
    parse: Parser | None = None,
    backing: Backing | None = None,
    whole_items: dict[int, int] | None = None,
    scores: np.ndarray | None = None,
    voices: Voices | None = None,
    disputed_days: list[frozenset[int]] | None = None,
) -> list[SummaryItem]:
    """The summary's sentences with the outlets each cites; with ``parse``, held to the fact graph's
    test of who acts (align/cited.py), reading the actors the graph read (``backing``, ``whole_items``:
    ``align.Alignment``'s). ``scores``, ``voices``: as ``rank`` takes them. ``disputed_days``
    (``Alignment.disputed_days``): a sentence that gives the day fewer outlets give is shown without it
    (:func:`without_disputed_day`)."""
    copy_of = copy_of or {}
    chosen = choose(
        story, units, options, copy_of, options.summary.words, graph=graph, parse=parse, scores=scores, voices=voices
    )
    minority = minority_days(story, disputed_days or [], copy_of)
    chosen = [(i, without_disputed_day(text, minority[i]) if i in minority else text) for i, text in chosen]
    shown = [i for i, _ in chosen]
    cited = actor_checked_sources(story, units, shown, parse, backing, whole_items) if parse is not None else {}
    as_facts = fact_sources(graph, whole_items or {}, shown)
    items = []
    for i, text in chosen:
        sources = as_facts.get(i) or cited.get(i) or units.sources_for(i, story)
        passages = cited_passages(story, units, i, sources, graph, whole_items)
        items.append(SummaryItem(text=text, sources=sources, passages=passages))
    return items


def without_disputed_day(text: str, day: str) -> str:
    """``text`` without the day expression ``day`` (and an "on" before it, a comma after it when it opens the
    sentence): deletion only, the first letter raised. "On Wednesday, the House voted 396-9 on a bill …" → "The House
    voted 396-9 on a bill …" when two outlets say Tuesday (``align.disagreements.minority_days``); the conflict
    shows who gives which day. Unchanged when the day is inside a quotation or not found."""
    found = re.search(rf"(?:\b[Oo]n\s+)?(?<!\w){re.escape(day)}(?!\w)(?:\s*,(?=\s))?", text)
    if found is None or any(m.start() < found.start() < m.end() for m in _QUOTATION.finditer(text)):
        return text
    rest = (text[: found.start()].rstrip() + " " + text[found.end() :].lstrip()).strip()
    return rest[:1].upper() + rest[1:]


_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]")


def fact_sources(graph: FactGraph | None, whole_items: dict[int, int], shown: list[int]) -> dict[int, list[str]]:
    """For each shown sentence that the facts list shows whole as a fact's text, that fact's sources. The facts
    list holds its citations to what the cited sentence states (align/facts.cited_sources, align/citation_check);
    the summary cited the same sentence from its unit with only the actors checked, so one sentence could read
    "corroborated [1][2]" in the summary and "single source [1]" in the facts (editor read, stop 32: 7 of 33 summary
    items of rows 151, 181, 211; 18 of 22 summary citations of rows 181 and 211 failed the facts list's check)."""
    if graph is None:
        return {}
    found: dict[int, list[str]] = {}
    for i in shown:
        item = whole_items.get(i)
        if item is None:
            continue
        node = graph.facts[graph.fact_of_claim[item]]
        if node.representative == item and node.sources:
            found[i] = list(node.sources)
    return found
