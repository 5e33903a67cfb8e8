"""Does another outlet's sentence tell what a shown sentence tells? The check on what a reader sees first.

A summary sentence cites every outlet whose sentence passed the fact graph's checks (align/facts.py
``cited_sources``: the pair model, numbers, actors, align/citation_check.py's share of the shown sentence's word
weight). Those checks were bounded by the gold facts bench, which counts a sentence that tells a part of a fact as a
right source and scores only gold facts, so they let through sentences of the same story, about the same people,
that tell another act. Editor read #21 (stop 50, five BASIL stories) found 14 outlets cited for what they do not
say, 7 on summary sentences: "President Barack Obama on Friday forcefully defended revelations …" cited to another
outlet's "Meanwhile, senior Obama administration officials … have held 13 classified hearings and briefings for
members of Congress …"; "… a decision by Mr. Romney to accept the party's abortion plank will open his campaign to
attacks …" to '"The right decision is to step aside," they said.'

:func:`tells` asks for one sign that the cited sentence tells the shown one's fact, not only its topic:

- a run of :data:`RUN_WORDS` words in a row (a quotation, or a line one outlet took from another);
- a short quotation both give (``units.quoted_terms``: "very close", "a mistake");
- the shown sentence's act told with the same actor (:func:`tells_act`): a verb of its main clause (or, for a
  light verb, the noun it makes: "made a public announcement") whose stem the cited sentence gives as a verb or a
  noun ("exchanged texts" / "text exchanges"), and whose named subject the cited sentence names;
- a figure both give, in two sentences that share a name ("the only person who can get 100 votes" / "… speculated
  that Lieberman could get 100 confirmation votes");
- at least :data:`MIN_COVER` of the shown sentence's story-IDF word weight (the two tell much the same words);
- a cosine of at least :data:`MIN_COSINE` between the two sentences' vectors (the story's own embeddings): a
  paraphrase in other words ("pledged to invest €2.4 billion" / "promised to put 2.4 billion euros"). No wrong
  citation of the tune labels is above 0.72.

:func:`held_brief` holds the summary's citations to it (each item's passages), and a fact whose text is a summary
sentence cites what that sentence cites, so one sentence is cited one way in the summary and under Facts (stop 40).
Dropped: the same test on every fact's citations (align/facts.py ``cited_sources``): it removed 7 of the 8 wrong
fact citations of the tune labels, but gold tune multi-outlet facts shown fell 78.0 -> 47.4 and source recall 96.4
-> 86.1: the gold counts a sentence that tells part of a fact as its source, and most parts show no sign here.
Dropped too: asking the pair model
(align/pair_model.py) about the pairs no sign holds (logit >= 0): it kept 3 more right citations of the tune
labels, but the brief does not load that model (``AlignParams.pair_model_pairs`` is 0), and loading it cost ~2 s.

Stop 51: **re-pick, then drop.** The aligner picks one sentence of each outlet (its unit's member, or the fact
graph's backer), and the outlet may tell the shown fact in another. :func:`repicked` reads the
:data:`REPICK_NEAREST` sentences of a failed outlet nearest the shown one (the story's sentence vectors) and makes
the nearest that shows a strict sign (:func:`tells_strictly`: a run of :data:`REPICK_RUN_WORDS` words, a shared
quotation, the same event by :func:`tells_event`) its passage; the outlet is dropped only when none does. The loose
signs (word share, the act without its actor) are not enough there: with them the re-pick cited "Christie is
poised to run a race that sells his personality" for "Christie announced he's running for president". An event
(:func:`events`) is an act (a main verb, the act a carrier verb carries: "vowed to remain", "wanted that line
removed"; or the noun a light verb makes: "issued an apology"), its actor and what it is done to, and whether it is
told as not done; :func:`tells_event` is one of the check's signs too. Figures in docs/synthesis.md, "Stop 51 —
h-cite51".

Chosen on the tune half of ``bench/gold/citations.jsonl`` (ten BASIL stories, 96 citations of summary sentences and
top facts read by hand before this rule: 50 right, 22 partial, 24 wrong); figures and what was tried in
docs/synthesis.md, "Stop 50 — h-cite50".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from newsfuse.align import head_act, same_fact, story_pairs
from newsfuse.align.actors import _GENERIC as GENERIC_NAME_WORDS
from newsfuse.align.actors import LIGHT_LEMMAS
from newsfuse.align.citation_check import cover
from newsfuse.align.numbers import find_quantities
from newsfuse.align.units import one_per_origin, quoted_terms
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.models import Parser
from newsfuse.records import Fact, SummaryItem

# Words in a row both sentences give: a quotation or a copied line ("from what I understand from doctors")
RUN_WORDS = 5
# Share of the shown sentence's story-IDF word weight that tells the same words
MIN_COVER = 0.6
# Cosine of the two sentences' vectors that tells a paraphrase
MIN_COSINE = 0.8
# Letters of a stem that tell a verb and its noun as one act ("criticize" / "criticism", "exchange" / "exchanges")
ACT_PREFIX = 5
# Sentences of an outlet, nearest the shown one by cosine, read again for one that tells it when its passage fails
REPICK_NEAREST = 8
# Words in a row that a re-picked passage must share: five ("to stay in the race") is a phrase of the story
REPICK_RUN_WORDS = 8
# Verbs that carry another act, read with the act they carry: "can be seen asking", "vowed to remain", "wanted that
# line removed"
CARRIERS = frozenset(
    {"see", "vow", "want", "try", "continue", "seek", "begin", "appear", "seem", "plan", "hope", "agree", "refuse"}
    | {"decide", "claim", "expect", "call", "urge", "ask", "pledge", "promise", "threaten", "move", "help"}
)
# Verbs whose object names the act ("issued an apology", "held a press conference")
NOUN_ACT_VERBS = (LIGHT_LEMMAS - {"be", "have", "say", "tell", "add", "write", "report"}) | {
    "issue",
    "give",
    "hold",
    "offer",
    "express",
    "deliver",
    "launch",
    "file",
}

_WORD = re.compile(r"[a-z0-9]+")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAME_PARTS = frozenset({"compound", "flat", "nsubj", "nsubjpass"})
_MADE_THINGS = frozenset({"dobj", "attr"})
_VERBS = frozenset({"VERB", "AUX"})
# A verb without a subject of its own that does its head's: "approached … and asked", "vowed to remain"
_SHARES_SUBJECT = frozenset({"conj", "xcomp"})
# How a carrier verb holds the act it carries: "vowed to remain", "wanted that line removed", "seen … asking"
_CARRIED = frozenset({"xcomp", "ccomp", "advcl"})
_THINGS = frozenset({"NOUN", "PROPN", "NUM"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we"})


def tells(shown: str, cited: str, docs: tuple[Any, Any], idf: Mapping[str, float]) -> bool:
    """Whether ``cited`` (another outlet's sentence) shows a sign of telling ``shown``'s fact: ``docs`` are their
    parses (of :func:`display_text`), ``idf`` the story's word weights."""
    if shares_run(shown, cited) or quoted_terms(shown) & quoted_terms(cited):
        return True
    if tells_act(*docs) or tells_event(*docs) or shares_figure_and_name(shown, cited, docs):
        return True
    return cover(story_pairs.content_words(shown), story_pairs.content_words(cited), idf) >= MIN_COVER


def tells_strictly(shown: str, cited: str, docs: tuple[Any, Any], idf: Mapping[str, float]) -> bool:
    """The signs a re-picked passage must show (:func:`repicked`): a longer run of words alike
    (:data:`REPICK_RUN_WORDS`), a quotation both give, or the shown sentence's event (:func:`tells_event`); not
    the word share nor the act without its actor, which let back other facts of the same people."""
    if shares_run(shown, cited, REPICK_RUN_WORDS) or quoted_terms(shown) & quoted_terms(cited):
        return True
    return tells_event(*docs)


def shares_run(shown: str, cited: str, words: int = RUN_WORDS) -> bool:
    """Whether the two give ``words`` words in a row alike (case and punctuation aside)."""
    a, b = _WORD.findall(shown.lower()), _WORD.findall(cited.lower())
    runs = {tuple(b[k : k + words]) for k in range(len(b) - words + 1)}
    return any(tuple(a[k : k + words]) in runs for k in range(len(a) - words + 1))


def _act_words(verb: Any) -> list[str]:
    """The words that name ``verb``'s act: its lemma, or for a light verb ("made an announcement") the nouns it
    makes."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_LEMMAS:
        return [c.lemma_.lower() for c in verb.children if c.dep_ in _MADE_THINGS and c.pos_ == "NOUN"]
    return [lemma]


def tells_act(shown: Any, cited: Any) -> bool:
    """Whether the parsed ``cited`` sentence gives an act of ``shown``'s main clause (``head_act._main_verbs``) as a
    verb or a noun of the same stem, done by the same actor: the subject's name (its own words, not a clause hung
    on it) or, for a subject without a name, its noun; a pronoun subject asks for nothing more."""
    stems: dict[str, list[Any]] = {}
    for t in cited:
        if t.pos_ in ("VERB", "NOUN"):
            stems.setdefault(t.lemma_.lower()[:ACT_PREFIX], []).append(t)
    words = {t.lemma_.lower() for t in cited} | {t.lower_ for t in cited}
    for verb in head_act._main_verbs(shown):
        told = [t for w in _act_words(verb) for t in stems.get(w[:ACT_PREFIX], [])] if verb.pos_ in _VERBS else []
        if not told:
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects or subjects[0].pos_ == "PRON" or any(_done_by_someone(t) for t in told):
            return True
        subject = subjects[0]
        names = [t.lemma_.lower() for t in (subject, *subject.children) if t.pos_ == "PROPN" and t.dep_ in _NAME_PARTS]
        if any(n in words for n in names) if names else subject.lemma_.lower() in words:
            return True
    return False


def _done_by_someone(token: Any) -> bool:
    """Whether the cited act (a verb, or the noun a verb makes: "He'll make the announcement") has a personal
    pronoun for its subject: that outlet names its actor in another sentence, and the pronoun contradicts no name."""
    verb = token if token.pos_ == "VERB" else token.head
    return any(c.dep_ in _SUBJECTS and c.lemma_.lower() in _PERSONAL for c in verb.children)


# act stems, actor words, object stems, told as not done
Event = tuple[frozenset[str], frozenset[str], frozenset[str], bool]


def events(doc: Any) -> list[Event]:
    """The acts of ``doc``'s main clause as events: each act's stems (a verb of ``head_act._main_verbs``, the act
    a carrier verb carries, or the noun a light verb makes), who does it (the subject's name, or its noun; for a
    pronoun, or an act a carrier verb carries, the main clause's subject: "Christie announced he's running",
    "Morell wanted that line removed") and what it is done to (``head_act._things``: objects, and the objects of
    prepositions but those of time and place: "running for president")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    first = _actor(_subject(roots[0])) if roots else frozenset()
    found = []
    for verb in head_act._main_verbs(doc):
        if verb.pos_ not in _VERBS:
            continue
        acts = [(verb, _actor(_subject(verb)) or first)]
        if verb.lemma_.lower() in CARRIERS:
            carried = [c for c in verb.children if c.dep_ in _CARRIED and c.pos_ == "VERB"]
            # "wanted that line removed" parsed as the line's participle
            carried += [
                g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl" and g.pos_ == "VERB"
            ]
            # the carried act is the event ("can be seen asking"): "Etheridge is seen grabbing" is another one
            acts = [(c, acts[0][1]) for c in carried] or acts
        for act, actor in acts:
            lemma = act.lemma_.lower()
            light = lemma in NOUN_ACT_VERBS
            words = (
                [c.lemma_.lower() for c in act.children if c.dep_ in _MADE_THINGS and c.pos_ == "NOUN"]
                if light
                else [lemma]
            )
            if words:
                objects, others = head_act._things(act)
                if act.dep_ == "acl":  # what the carried act is done to: "wanted [that line] removed"
                    objects |= {head_act._stem(act.head)}
                elif act is not verb:
                    objects |= {head_act._stem(c) for c in act.children if c.dep_ in _SUBJECTS and c.pos_ in _THINGS}
                things = frozenset() if light else objects | others
                found.append((frozenset(w[:ACT_PREFIX] for w in words), actor, things, _denied(act)))
    return found


def _subject(verb: Any) -> Any:
    """The subject of ``verb``, or of the verb it is joined to ("the man approached … and asked": the man asks)."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects or verb.dep_ not in _SHARES_SUBJECT or verb.head is verb:
            return subjects[0] if subjects else None
        verb = verb.head


def _common_nouns(doc: Any) -> frozenset[str]:
    """The lemmas of ``doc``'s common nouns: an actor whose words are all among them has no name."""
    return frozenset(t.lemma_.lower() for t in doc if t.pos_ == "NOUN")


def _actor(subject: Any) -> frozenset[str]:
    """The words that name a subject: its name's words, or its noun; none for a pronoun or no subject."""
    if subject is None or subject.pos_ == "PRON":
        return frozenset()
    names = [t for t in (subject, *subject.children) if t.pos_ == "PROPN" and t.dep_ in _NAME_PARTS | {"poss"}]
    words = {t.lemma_.lower().rstrip(".") for t in names} - GENERIC_NAME_WORDS
    return frozenset(words) or frozenset({subject.lemma_.lower()})


def tells_event(shown: Any, cited: Any) -> bool:
    """Whether the parsed ``cited`` sentence tells one of ``shown``'s :func:`events`: a verb or noun of the act's
    stem whose own subject is the same actor (a word of its name or noun; or a pronoun, or none: "was fired"),
    in a sentence that names the actor and one of the things the act is done to (when the shown act names any).
    Stricter than :func:`tells_act`: "the man asks Etheridge" is not Etheridge asking, and "Christie is poised to
    run a race that sells his personality" names Christie's running but not for president."""
    things = {same_fact.stem(t.lower_) for t in cited if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")}
    things |= {head_act._stem(t) for t in cited if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")}
    words = {t.lemma_.lower() for t in cited} | {t.lower_ for t in cited}
    for stems, actor, objects, denied in events(shown):
        # an actor told by a common noun ("the president", "the pair") may be named in the other outlet: the act
        # done to the same things is enough there
        if objects and actor and not actor - _common_nouns(shown):
            actor = frozenset()
        if actor and not actor & words:
            continue
        if objects and not objects & things:
            continue
        for t in cited:
            if t.pos_ not in ("VERB", "NOUN") or t.lemma_.lower()[:ACT_PREFIX] not in stems or _denied(t) != denied:
                continue
            done_by = _actor(_subject(t) if t.pos_ == "VERB" else _noun_subject(t))
            if not done_by or not actor or done_by & actor:
                return True
    return False


def _denied(token: Any) -> bool:
    """Whether the act is told as not done: "hasn't apologized", "I am not running" (a noun's verb: "made no
    announcement" is left as told)."""
    verb = token if token.pos_ in _VERBS else token.head
    return any(c.dep_ == "neg" for c in verb.children)


def _noun_subject(noun: Any) -> Any:
    """Who does the act a noun names: its possessor ("Etheridge's apology"), or the subject of the verb that
    makes it ("He'll make the announcement")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    return _subject(noun.head) if noun.dep_ in _MADE_THINGS and noun.head.pos_ in _VERBS else None


def _names(doc: Any) -> frozenset[str]:
    return frozenset(same_fact.stem(t.lower_) for t in doc if t.pos_ == "PROPN" and len(t) > 2)


def shares_figure_and_name(shown: str, cited: str, docs: tuple[Any, Any]) -> bool:
    """Whether the two give one figure (the same value or range) and share a name."""
    figures = [(q.low, q.high) for q in find_quantities(cited)]
    return any((q.low, q.high) in figures for q in find_quantities(shown)) and bool(_names(docs[0]) & _names(docs[1]))


def held(
    pairs: Sequence[tuple[str, str]],
    parse: Parser,
    idf: Mapping[str, float],
    vectors: Mapping[str, np.ndarray] | None = None,
    strict: bool = False,
) -> list[bool]:
    """For each (shown, cited) pair, whether the cited sentence shows a sign of telling the shown one's fact
    (:func:`tells`, or a cosine of at least :data:`MIN_COSINE` between their ``vectors``, by text, when both have
    one), each sentence parsed as the brief shows it (a dateline left out: "WASHINGTON ― FBI Special Agent …"
    parses as a dash done by Washington)."""
    if not pairs:
        return []
    texts = sorted({display_text(t) or t for pair in pairs for t in pair})
    docs = dict(zip(texts, parse(texts), strict=True))
    vectors = vectors or {}

    def close(a: str, b: str) -> bool:
        if a not in vectors or b not in vectors:
            return False
        va, vb = vectors[a], vectors[b]
        norm = float(np.linalg.norm(va) * np.linalg.norm(vb))
        return norm > 0 and float(np.dot(va, vb)) / norm >= MIN_COSINE

    sign = tells_strictly if strict else tells
    return [close(a, b) or sign(a, b, (docs[display_text(a) or a], docs[display_text(b) or b]), idf) for a, b in pairs]


def held_summary(
    items: list[SummaryItem],
    parse: Parser,
    idf: Mapping[str, float],
    vectors: Mapping[str, np.ndarray] | None = None,
    outlets: Mapping[str, Sequence[str]] | None = None,
) -> list[SummaryItem]:
    """The summary with each item's other outlets kept only where the passage cited for it tells the item's own
    passage (:func:`held`); an outlet cited without a passage is kept (nothing to read it against). With
    ``outlets`` (each outlet's sentences), an outlet whose passage fails is first read again for another sentence
    that tells the item (:func:`repicked`): that sentence becomes its passage, and the outlet is dropped only when
    none does."""
    asked: list[tuple[int, str]] = []
    pairs: list[tuple[str, str]] = []
    for n, item in enumerate(items):
        own = item.passages.get(item.sources[0], item.text) if item.sources else item.text
        for source in item.sources[1:]:
            if source in item.passages:
                asked.append((n, source))
                pairs.append((own, item.passages[source]))
    failed = [
        (key, pair) for key, pair, keep in zip(asked, pairs, held(pairs, parse, idf, vectors), strict=True) if not keep
    ]
    if not failed:
        return items
    moved = repicked(failed, parse, idf, vectors or {}, outlets or {})
    dropped = {key for key, _ in failed if key not in moved}
    return [
        SummaryItem(
            text=item.text,
            sources=[a for a in item.sources if (n, a) not in dropped],
            passages={a: moved.get((n, a), p) for a, p in item.passages.items() if (n, a) not in dropped},
        )
        for n, item in enumerate(items)
    ]


def repicked(
    failed: Sequence[tuple[tuple[int, str], tuple[str, str]]],
    parse: Parser,
    idf: Mapping[str, float],
    vectors: Mapping[str, np.ndarray],
    outlets: Mapping[str, Sequence[str]],
) -> dict[tuple[int, str], str]:
    """For each failed citation ((item, outlet), (shown, cited)), another sentence of that outlet that tells the
    shown one (:func:`held`), the nearest by cosine of its :data:`REPICK_NEAREST` nearest: the aligner picked one
    sentence of the outlet by its unit, and the outlet may tell the fact in another (stop 51)."""
    asked: list[tuple[tuple[int, str], str]] = []
    pairs: list[tuple[str, str]] = []
    for key, (shown, cited) in failed:
        for other in _nearest(shown, [t for t in outlets.get(key[1], ()) if t != cited], vectors):
            asked.append((key, other))
            pairs.append((shown, other))
    found: dict[tuple[int, str], str] = {}
    for (key, other), keep in zip(asked, held(pairs, parse, idf, vectors, strict=True), strict=True):
        if keep and key not in found:
            found[key] = other
    return found


def _nearest(shown: str, texts: Sequence[str], vectors: Mapping[str, np.ndarray]) -> list[str]:
    """The :data:`REPICK_NEAREST` of ``texts`` nearest ``shown`` by cosine, nearest first (none without vectors)."""
    if shown not in vectors:
        return []
    va = vectors[shown]
    scored = []
    for t in texts:
        if t in vectors:
            norm = float(np.linalg.norm(va) * np.linalg.norm(vectors[t]))
            scored.append((float(np.dot(va, vectors[t])) / norm if norm > 0 else 0.0, t))
    scored.sort(key=lambda st: -st[0])
    return [t for _, t in scored[:REPICK_NEAREST]]


def held_brief(
    summary: list[SummaryItem],
    facts: list[Fact],
    parse: Parser,
    idf: Mapping[str, float],
    copy_of: Mapping[str, str | None],
    vectors: Mapping[str, np.ndarray] | None = None,
    outlets: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[SummaryItem], list[Fact]]:
    """The summary held to :func:`held_summary`, and each fact whose text a summary item shows (its text or its own
    passage) citing only what that item still cites: a ``corroborated`` fact left with one source (a copy and its
    origin counting once, ``copy_of``) becomes ``single_source``; a disputed one stays disputed."""
    held_items = held_summary(summary, parse, idf, vectors, outlets)
    kept: dict[str, set[str]] = {}
    for before, after in zip(summary, held_items, strict=True):
        if len(after.sources) < len(before.sources):
            own = before.passages.get(before.sources[0], "") if before.sources else ""
            for text in {before.text, display_text(own)} - {""}:
                kept[text] = set(after.sources)
    if not kept:
        return held_items, facts
    out = []
    for fact in facts:
        allowed = kept.get(fact.text)
        if allowed is None or allowed >= set(fact.sources):
            out.append(fact)
            continue
        sources = [a for a in fact.sources if a in allowed]
        status = fact.status
        if status == "corroborated" and len(one_per_origin(sources, dict(copy_of))) < 2:
            status = "single_source"
        out.append(replace(fact, sources=sources, status=status))
    return held_items, out
