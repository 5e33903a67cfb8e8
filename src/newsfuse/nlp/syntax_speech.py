"""Reported speech and speakers read from a dependency parse (``Models.parse``).

Only sentences with a cue word (``might_report``) are parsed. For each cue verb (lemma in
``speech.CUE_LEMMAS``) the speaker is its nominal subject (``nsubj``; never the object or the
addressee: "told reporters", "a plea to Putin", "asked Xi" are objects) and the content is its
clausal complement (``ccomp``: "X said (that) ...", and the inverted "..., X said", which the
parser also attaches as the complement), else an open complement for verbs of intent ("X vowed to
..."), else a direct object for verbs whose object is what was said ("X denied the report").
"According to X, ..." takes X as speaker and the rest of the clause as content.

Which findings are reported (stop 26): the rules above read every finding (``findings_in``); a logistic
regression over what the parse says of each (``finding_features``: the cue's lemma, dependency and tag,
the speaker's kind, the content's length and shape, ...), fitted on PolNeAR train by
``bench.polnear_keep`` and shipped as ``reported_keep.json``, keeps those whose probability of being an
attribution PolNeAR marks, with its speaker, reaches the fitted threshold (``reported_in``). Six stops of
rules had moved reported attribution F1 by a few thousandths each; the filter's precision is one
decision over all of them. PolNeAR train reported aF1 0.5540 -> 0.5686 out of fold (0.5770 in sample),
dev 0.5699 -> 0.5921; direct unchanged (0.8848 / 0.9007). The largest class it drops: a cue inside
another's reported content ("Officials said they believed ..."), right 182 times in 967 on train.
"""

from __future__ import annotations

import json
import math
import os
import re
import weakref
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsfuse.nlp.speech import (
    CUE_LEMMA_OF,
    CUE_LEMMAS,
    CUE_SURFACE,
    IMPRESSION_LEMMAS,
    JUDGE_LEMMAS,
    JUDGE_SURFACE,
    XCOMP_LEMMAS,
    inflections,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_PARSE_CHARS = 1500  # a "sentence" longer than this (a run-on list, a table) is not parsed
MAX_SPEAKER_TOKENS = 12
MIN_CONTENT_CHARS = 3
_SUBJECT_DEPS = ("nsubj",)
_CUT_DEPS = {"relcl", "acl", "punct", "cc", "conj", "advcl", "prep"}  # what ends a speaker phrase
_QUESTION_WORDS = frozenset(["if", "whether", "who", "what", "when", "where", "why", "how", "which", "whom"])
_RELATIVE = frozenset(["which", "who", "whom", "whose", "where"])
_SAY_LEMMAS = frozenset(["say", "tell", "add", "write", "announce", "explain", "insist", "argue", "warn", "claim"])
_SAY_FORMS = frozenset(["said", "says", "say", "told", "tells"])
_CLOSING = frozenset(["”", "’", '"', "'", "''", "»"])
_OPENING = '“‘"«`'  # first characters of a token that opens a quotation
# Cue verbs whose object is the one spoken to or about, not what was said ("told reporters", "asked Xi").
_ADDRESSEE_OBJECT = frozenset(
    ["tell", "ask", "warn", "urge", "assure", "remind", "inform", "thank", "accuse", "email", "text"]
)
# Prepositions that complete an object content ("accused X of ...", "blamed X for ...", "cited X as ...",
# "her opposition to ...": the parser often hangs the noun's own phrase on the verb).
_OBJECT_PREPOSITIONS = frozenset(
    ["of", "for", "as", "over", "in", "with", "against", "about", "to", "on", "from", "toward", "towards", "between"]
)
# Cue verbs whose bare object is no content ("42 percent favored Sanders", "expects a record turnout",
# "added 200 jobs"); their clauses still are ("expects the pier to reopen"). Stop 25, PolNeAR train: 110
# findings fewer, 23 of them right; reported aF1 0.5532 -> 0.5537, dev 0.5689 -> 0.5693.
_NO_OBJECT_CONTENT = frozenset(["favor", "understand", "intend", "expect", "add"])
_NOT_CUES = frozenset(["be", "make", "mean", "seem", "appear", "ensure", "so", "have", "do", "get", "see"])
_PUNCT_EDGE = " ,.;:!?\"“”‘’'—–-()"


@dataclass(frozen=True)
class Reported:
    """One reported-speech finding, as offsets into the sentence text."""

    content: tuple[int, int]
    cue: tuple[int, int]
    speaker: tuple[int, int] | None  # None: the text does not say who ("Asked if ..., Ryan said")
    rest: tuple[int, int] | None = None  # second piece of content around a parenthetical cue
    antecedent: tuple[int, int] | None = None  # what a relative-pronoun speaker ("who") stands for


def might_report(sentence: str) -> bool:
    """Cheap pre-filter: a cue word or "according to" somewhere in the sentence, or a sentence opening
    with "In ... poll"."""
    lowered = sentence.lower()
    if "according to" in lowered or " that " in lowered:
        return True
    if lowered.startswith("in ") and ("poll" in lowered or "survey" in lowered):
        return True
    return any(
        (bare := word.strip(_PUNCT_EDGE)) in CUE_SURFACE
        or bare in _NOUN_SURFACE
        or bare in JUDGE_SURFACE
        or bare in _STANCE_SURFACE
        for word in lowered.split()
    )


# A kept finding whose content words all lie inside another kept finding's of the same sentence is a second
# reading of the same report ("Officials said they believed the pier was safe" read twice), not a report of
# its own. Stop 28 dropped it only when the outer reading's keep probability was 0.2 higher (PolNeAR train out
# of fold 0.5776 -> 0.5847); stop 29 measured the margin (exact out-of-fold rescoring, the keep model of the
# "that" clauses, threshold 0.26): 0.3 0.5862, 0.2 0.5879, 0.1 0.5891, 0 0.5894, none (any nested finding)
# 0.5899, direct 0.8869 -> 0.8870; dev 0.6045 (0.2) -> 0.6075 (none). No margin: the simpler rule is the best.


def reported_in(doc: Doc) -> list[Reported]:
    """The reported-speech findings of one parsed sentence worth keeping (:func:`kept`), outermost first,
    less those nested inside another kept one. With the filter off (threshold 0: ``bench.polnear_keep``
    collecting its rows) every finding.

    Read once per parse and keep model: ``Models.parse`` gives one Doc per sentence text for the
    process, and a brief reads its cue sentences' findings while the encoder embeds the story
    (``pipeline.parse_ahead``), before attribution asks for them (docs/speed.md, stop 32)."""
    model = keep_model()
    known = _READ.get(doc)
    if known is not None and known[0] is model:
        return list(known[1])
    found = _reported_in(doc, float(model["threshold"]))
    _READ[doc] = (model, tuple(found))
    return found


# each parse's kept findings, with the keep model they were read with (a new model reads them again)
_READ: weakref.WeakKeyDictionary[Doc, tuple[dict[str, Any], tuple[Reported, ...]]] = weakref.WeakKeyDictionary()


def _reported_in(doc: Doc, threshold: float) -> list[Reported]:
    if threshold <= 0.0:
        return findings_in(doc)
    found = [finding for finding in findings_in(doc) if keep_probability(finding_features(doc, finding)) >= threshold]
    words = [content_words(doc, finding) for finding in found]
    return [finding for k, finding in enumerate(found) if not any(words[k] < other for other in words)]


def content_words(doc: Doc, finding: Reported) -> frozenset[int]:
    pieces = [finding.content] + ([finding.rest] if finding.rest is not None else [])
    return frozenset(t.i for t in doc if not t.is_punct and any(a <= t.idx < b for a, b in pieces))


def findings_in(doc: Doc) -> list[Reported]:
    """Every reported-speech finding the rules read from one parsed sentence, outermost first."""
    found: list[Reported] = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            finding = _according(doc, token)
        elif token.lower_ == "in" and token.i + 1 < len(doc):
            finding = _in_poll(doc, token)
        # "Asked what a firm commitment looks like, Sanders said …" (the tagger reads "Asked" as a past tense now and
        # then: PolNeAR train, stop 58); a past tense with a subject of its own is the cue verb it reads below
        elif (
            token.lower_ == "asked"
            and token.dep_ == "advcl"
            and (token.tag_ == "VBN" or (token.tag_ == "VBD" and not _has_subject(token)))
        ):
            finding = _asked(doc, token)
        elif _idiom(doc, token):
            finding = None
        elif token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in IMPRESSION_LEMMAS:
            finding = _impression(doc, token)
        elif token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in JUDGE_LEMMAS and _as_phrase(token) is not None:
            finding = _seen_as(doc, token)
        elif (lemma := _lemma(token)) in _NAMING and (named := _named_in_quotes(doc, token)) is not None:
            parsed = _cue_verb(doc, token) if token.pos_ in ("VERB", "AUX") else None
            covers = (
                parsed is not None and parsed.content[0] <= named.content[0] and named.content[1] <= parsed.content[1]
            )
            finding = parsed if covers else named  # the parse's reading when it holds the name (and runs on)
        elif token.pos_ in ("VERB", "AUX") and (lemma in CUE_LEMMAS or _takes_that_clause(token)):
            finding = _cue_verb(doc, token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOUN_CUES:
            finding = _cue_noun(doc, token)
        else:
            finding = None
        if finding is None:
            finding = (
                _relative_object(doc, token)
                or _quoted_frame(doc, token)
                or _stance_phrase(doc, token)
                or _that_complement(doc, token)
            )
        if finding is not None:
            found.append(finding)
    return found


_NAMING = frozenset(["call", "label", "brand", "dub"])


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _named_in_quotes(doc: Doc, verb: Token) -> Reported | None:
    """'Graham called both Trump and Clinton “crazy”', 'the campaign called AP’s report a “rush to
    judgment,”': what someone is called in quotation marks, with who is called it, is the content (up to
    the closing mark). The parser often misreads the frame (the quoted words as the sentence's root, the
    cue as a participle of the speaker), so it is read from the words: an opening mark within a few
    words of the verb with no verb before it. PolNeAR annotates the object and the quoted name together;
    alone, the quoted words were a partial quote matching no gold."""
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ in ("out", "up", "off", "it") or doc[verb.i + 1].pos_ == "ADP":
        return None  # "called for ...", "called over her shoulder, “...”" (a direct quote's frame)
    opening = None
    for token in doc[verb.i + 1 : verb.i + 16]:
        if token.text in ("''", "``") or token.text[:1] in _OPENING:
            opening = token.i
            break
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":", "?", "!"):
            return None
    if opening is None or opening < verb.i + 2:
        return None
    closing = next((t.i for t in doc[opening + 1 :] if t.text in _CLOSING or t.text == "''"), None)
    if closing is None or closing - opening > 15:
        return None
    content = _edges(doc, verb.i + 1, closing)
    speaker = subject_span(doc, verb) or _stranded_subject(doc, verb)
    if speaker is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.dep_ in ("ROOT", "nsubj"):
        speaker = _phrase(doc, verb.head)  # 'Trump called Cruz the “ultimate hypocrite”' parsed as "Trump" + acl
    if content is None or speaker is None or (speaker[0] < content[1] and content[0] < speaker[1]):
        return None
    return Reported(content, (verb.idx, verb.idx + len(verb.text)), speaker)


def _as_phrase(verb: Token) -> tuple[int, int] | None:
    """(index of "as", last index) of the "as" phrase of a verb of judging ("see Sanders as an agent",
    "is seen as the favourite", "described the country as beset by ..."), hung on the verb or on its
    object; None without one."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for head in [verb, *objects]:
        for child in head.children:
            if child.i <= verb.i:
                continue
            if child.lower_ == "as" and child.dep_ == "prep":
                if any(c.dep_ in ("pobj", "pcomp", "amod", "acomp") for c in child.children):
                    return child.i, child.right_edge.i
            elif child.dep_ == "advcl":  # "described the country as beset by ...": "as" marks a clause
                marks = [c.i for c in child.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < child.i]
                if marks:
                    return marks[0], child.right_edge.i
    return None


def _seen_as(doc: Doc, verb: Token) -> Reported | None:
    """ "Democrats see Sanders as an agent in Clinton's decline", "described himself as a pro-life
    Catholic": the object with its "as" phrase is the view; the subject holds it. Passive ("Rubio is
    seen as the more electable choice", "the contests known as Super Tuesday"): what is judged and the
    judgement, in two pieces, with the agent ("by some") or no one as the source. PolNeAR annotates
    these as attribution with the judging verb as cue (train: ~190 missed gold of see, view, seen,
    consider, known, describe)."""
    phrase = _as_phrase(verb)
    if phrase is None:
        return None
    as_at, phrase_last = phrase
    cue = (verb.idx, verb.idx + len(verb.text))
    judgement = _edges(doc, as_at + 1, phrase_last)
    if judgement is None:
        return None
    if _is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
        if subjects:
            judged = _edges(doc, subjects[0].left_edge.i, subjects[0].right_edge.i)
        elif verb.dep_ == "acl" and verb.head.i < verb.i:  # "the string of contests known as Super Tuesday"
            judged = _edges(doc, verb.head.left_edge.i, verb.i - 1)
        else:
            return None
        agents = [t for a in verb.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj"]
        if judged is None:
            return None
        return Reported(judged, cue, _phrase(doc, agents[0]) if agents else None, judgement)
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < as_at]
    if not objects:
        return None
    content = _edges(doc, objects[0].left_edge.i, phrase_last)
    speaker = subject_span(doc, verb) or _stranded_subject(doc, verb)
    if content is None or speaker is None or (speaker[0] < content[1] and content[0] < speaker[1]):
        return None
    relative = relative_subject(doc, verb)
    if relative is not None:
        return Reported(content, cue, relative[0], antecedent=relative[1])
    return Reported(content, cue, speaker)


_COMPLEMENTS = ("xcomp", "acomp", "attr", "oprd", "ccomp")


def _impression(doc: Doc, verb: Token) -> Reported | None:
    """ "Sanders seemed to reap the benefits", "the political fallout appears significant", "it
    appears that the game wasn't boring": an impression the text reports without saying whose. The
    subject and its complement are the content, in two pieces ("it appears that ...": the clause
    alone); there is no source. "appeared on Fox" (no complement) is not one. A participle or adjective
    the parser hangs as an adverbial clause right after the verb ("appeared paralyzed", "appeared poised
    to win") is the complement too, and a coordinated verb takes its head's subject ("held a lead and
    appeared poised to win")."""
    after = [c for c in verb.children if c.i > verb.i]
    complements = [c for c in after if c.dep_ in _COMPLEMENTS]
    complements += [c for c in after if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and c.tag_ in ("VBN", "JJ")]
    likes = [c for c in after if c.dep_ == "prep" and c.lower_ in ("like", "as")]
    if not complements and not likes:
        return None
    complement = (complements or likes)[0]
    cue = (verb.idx, verb.idx + len(verb.text))
    rest = _edges(doc, complement.left_edge.i, _trailing_cut(doc, complement.left_edge.i, complement.right_edge.i))
    head = verb.head if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "expl") for c in verb.children) else verb
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "expl") and c.i < head.i]
    if rest is None or not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in ("it", "there") and complement.dep_ == "ccomp":
        return Reported(rest, cue, None)
    judged = _edges(doc, subject.left_edge.i, subject.right_edge.i)
    if judged is None:
        return None
    return Reported(judged, cue, None, rest)


def _idiom(doc: Doc, token: Token) -> bool:
    """ "That said, ...", "it's safe to say ...", "needless to say": the writer's connectives, not speech."""
    if token.lower_ not in ("said", "say"):
        return False  # asked of every token of every parse: the words before are read only after these two
    before = [t.lower_ for t in doc[max(0, token.i - 2) : token.i]]
    if token.lower_ == "said" and before[-1:] == ["that"] and token.i + 1 < len(doc) and doc[token.i + 1].text == ",":
        return True
    return token.lower_ == "say" and before[-1:] == ["to"] and before[:1] in (["safe"], ["needless"], ["fair"], ["it"])


# Nouns that name what someone said, thought or wants ("his claim that ...", "her plan to ..."):
# PolNeAR's nominal cues.
_NOUN_CUES = (
    "claim promise pledge vow plan proposal warning call demand belief hope fear assertion argument "
    "suggestion insistence threat decision refusal criticism accusation allegation announcement view "
    "support opposition endorsement praise attack question complaint concern desire intention "
    "admission denial prediction assurance statement comment remark message request"
)
NOUN_CUES = frozenset(_NOUN_CUES.split())
_NOUN_SURFACE = NOUN_CUES | frozenset(n + "s" for n in NOUN_CUES)


# Verbs whose subject voices what the noun names ("made comments about", "raised concerns about"); after
# others the subject may be its target or audience ("drew questions about", "ignored complaints about").
_VOICED = frozenset(
    ["make", "express", "raise", "voice", "share", "repeat", "air", "ask", "pose", "level", "lodge", "file", "issue"]
)


def _cue_noun(doc: Doc, noun: Token) -> Reported | None:
    """A nominal cue with a clause of its own: "his claim that ...", "her plan to ...", "the decision to
    ...". The speaker is the possessor ("his", "Trump's"), else the subject of the verb the noun is the
    object of ("Trump repeated his claim that ...", "Clinton announced a plan to ..."); with neither,
    nothing is read (whose claim it is would be a guess). The object of a preposition ("criticism of
    Cruz", "support for Bush") was tried as content too and dropped: on PolNeAR train 0-399 it added 237
    wrong predictions for 101 right ones, no gain in F1. An "about" phrase is the content (stop 25: "his
    comments about the ruling", "concerns about the choices they face"; PolNeAR train 118 new findings, 46
    right), its speaker the possessor, else "from"/"by" X, else the subject of a verb of voicing it
    ("made comments about", not "drew questions about"): train reported aF1 0.5506 -> 0.5509, dev 0.5672
    -> 0.5673 (the subject of any verb: 0.5510 / 0.5673, with wrong speakers; no speaker kept: 0.5502 /
    0.5653). Of, on and against as well, for the nouns of criticism and question only: train 0.5515 but
    dev 0.5662 (dropped); every noun cue with for/of/on/about/against/over: train 0.5488 (611 new, 155
    right)."""
    content = None
    for child in noun.children:
        opens_that = doc[child.left_edge.i].lower_ == "that" and child.dep_ != "relcl"
        to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.i > noun.i and child.dep_ in ("acl", "ccomp", "relcl") and (opens_that or to_clause):
            content = _edges(doc, child.left_edge.i, _trailing_cut(doc, child.left_edge.i, child.right_edge.i))
            break
    about = False
    if content is None:  # "his comments about the ruling", "her concerns about the plan"
        about = True
        phrases = [c for c in noun.children if c.i > noun.i and c.dep_ == "prep" and c.lower_ == "about"]
        objects = [o for c in phrases[:1] for o in c.children if o.dep_ in ("pobj", "pcomp")]
        if objects:
            first, last = objects[0].left_edge.i, objects[0].right_edge.i
            content = _edges(doc, first, _trailing_cut(doc, first, last))
    if content is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    agents = [o for c in phrases for o in c.children if o.dep_ == "pobj"]
    if about and not owners and agents:
        owners = agents
    speaker: tuple[int, int] | None
    if owners:
        speaker = _phrase(doc, owners[0])
    elif about and noun.head.lemma_.lower() not in _VOICED:
        speaker = None  # "the plan drew questions about ...", "ignored complaints about": not the subject's
    elif noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        speaker = subject_span(doc, noun.head)
    else:
        speaker = None
    if speaker is None or (speaker[0] < content[1] and content[0] < speaker[1]):
        return None
    return Reported(content, (noun.idx, noun.idx + len(noun.text)), speaker)


# A stance towards something, named by a word and its preposition: "voted for Sanders", "focused on the
# economy", "is critical of the deal", "a proponent of changes to ...", "his attacks on Rubio". PolNeAR marks
# the preposition's object as content and the one taking the stance as source (train: the cue words of
# its reported gold end in a preposition ~2,000 times, no one word above ~40). Read as candidates; the
# fitted filter (``kept``) decides which lemma and preposition are worth reporting.
_STANCE_PREPS = {
    # verbs
    "vote": "for against",
    "focus": "on",
    "respond": "to",
    "refer": "to",
    "look": "at",
    "push": "for",
    "aim": "at",
    "agree": "with",
    "believe": "in",
    "side": "with",
    "comment": "on",
    "touch": "on",
    "rail": "against",
    "advocate": "for",
    "campaign": "for against",
    "point": "to",
    "speak": "of",
    "lash": "at",
    "balk": "at",
    "spar": "over with",
    "weigh": "on",
    "worry": "about",
    "care": "about",
    "complain": "about",
    "fight": "for against",
    "lobby": "for against",
    # adjectives
    "critical": "of",
    "supportive": "of",
    "skeptical": "of",
    "sceptical": "of",
    "wary": "of",
    "proud": "of",
    "aware": "of",
    "concerned": "about",
    "worried": "about",
    "interested": "in",
    "confident": "in",
    "assured": "of",
    "opposed": "to",
    # nouns
    "attack": "on against",
    "support": "for",
    "question": "of",
    "opposition": "to",
    "endorsement": "of",
    "criticism": "of for on",
    "critic": "of",
    "supporter": "of",
    "proponent": "of",
    "advocate_n": "for",
    "call": "for",
    "response": "to",
    "attention": "to",
    "view": "of on",
    "position": "on",
    "mention": "of",
    "favor": "of",
    "favour": "of",
    "concern": "about",
    "doubt": "about",
    "critique": "of",
    "praise": "for",
    "embrace": "of",
    "debate": "on over",
    "case": "for",
    "reference": "to",
    "message": "of about",
    "swipe": "at",
    "lawsuit": "against",
    "opinion": "of",
    "stance": "on",
    "passion": "for",
    "faith": "in",
    "skepticism": "about of",
}
# Verbs whose subject receives or meets a stance, not holds it ("won the support of", "drew criticism of",
# "faces questions of"); "about" after a noun object needs a verb of voicing (``_cue_noun``'s rule).
_RECEIVED = frozenset(
    ["have", "receive", "draw", "win", "get", "earn", "attract", "face", "garner", "gain", "ignore", "need", "lose"]
)
_STANCE_OF = {lemma.removesuffix("_n"): frozenset(preps.split()) for lemma, preps in _STANCE_PREPS.items()}
_STANCE_SURFACE = frozenset(f for lemma in _STANCE_OF for f in inflections(lemma)) | frozenset(
    ["spoke", "fought", "sided", "voted", "focused", "focussed", "pointed"]
)


def _stance_phrase(doc: Doc, token: Token) -> Reported | None:
    """A stance word with its preposition ("voted for", "critical of", "his attacks on"): the preposition's
    object is the content. The source is the verb's subject; for an adjective or a noun, the possessor
    ("his attacks on"), a "by"/"from" phrase, else the subject of the verb it complements ("is critical of",
    "remains a proponent of", "has a passion for", "voted in favor of"), unless that verb receives the stance
    ("won the support of"). Stop 27, with the filter refitted (and its two new features, the preposition
    before the content alone and with the lemma): PolNeAR train reported aF1 out of fold 0.5688 -> 0.5758,
    dev 0.5914 -> 0.5937 (both against a refit of the same start); direct unchanged."""
    lemma = token.lemma_.lower()
    preps = _STANCE_OF.get(lemma)
    if preps is None or token.pos_ not in ("VERB", "ADJ", "NOUN"):
        return None
    phrases = [c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in preps]
    if token.pos_ == "VERB" and not phrases:  # "lashed out at": the particle holds the phrase
        phrases = [
            p for c in token.children if c.dep_ == "prt" for p in c.children if p.dep_ == "prep" and p.lower_ in preps
        ]
    objects = [o for c in phrases[:1] for o in c.children if o.dep_ in ("pobj", "pcomp")]
    if not objects or _names_a_time(phrases[0]):
        return None
    first, last = objects[0].left_edge.i, objects[0].right_edge.i
    content = _edges(doc, first, _trailing_cut(doc, first, last))
    if content is None:
        return None
    speaker: tuple[int, int] | None = None
    if token.pos_ == "VERB":
        if _is_passive(token):
            return None
        speaker = subject_span(doc, token) or _stranded_subject(doc, token)
    else:
        owners = [c for c in token.children if c.dep_ == "poss"]
        agents = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for o in c.children]
        head = token.head
        if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):  # "voted in favor of"
            head = head.head
        if owners:
            speaker = _phrase(doc, owners[0])
        elif agents and agents[0].dep_ == "pobj":
            speaker = _phrase(doc, agents[0])
        elif head.pos_ in ("VERB", "AUX") and token.dep_ in ("dobj", "attr", "acomp", "pobj", "oprd"):
            received = head.lemma_.lower() in _RECEIVED or (
                phrases[0].lower_ == "about" and head.lemma_.lower() not in _VOICED
            )
            speaker = None if received else subject_span(doc, head)
    if speaker is None or (speaker[0] < content[1] and content[0] < speaker[1]):
        return None
    relative = relative_subject(doc, token) if token.pos_ == "VERB" else None
    cue = (token.idx, token.idx + len(token.text))
    if relative is not None:
        return Reported(content, cue, relative[0], antecedent=relative[1])
    return Reported(content, cue, speaker)


# Copulas and verbs of becoming, whose subject holds the state an adjective names ("Cruz has been aware that").
_COPULAS = frozenset(["be", "become", "remain", "seem", "appear", "feel", "grow", "get", "stay"])


def _that_clause(word: Token) -> Token | None:
    """The finite "that" clause a word takes as its complement ("aware that ...", "the idea that ...",
    "contention was that ..."): a clause after it marked by "that" (not a relative clause, whose "that"
    is a pronoun of the clause and no mark)."""
    for child in word.children:
        if child.i <= word.i or child.dep_ not in ("ccomp", "acl"):
            continue
        marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "that"]
        if marks and marks[0].i == child.left_edge.i:
            return child
    return None


def _that_complement(doc: Doc, word: Token) -> Reported | None:
    """An adjective or a noun with a "that" clause of its own: "Cruz has been acutely aware that the contest
    ...", "climate activists were hopeful that ...", "there is widespread agreement that ...", "Beck's
    contention was that ...". PolNeAR marks the clause as content and the one who holds the state, belief or
    claim as source: for an adjective the subject of its copula, for a noun its possessor, a "from"/"by"
    phrase, or the subject of a verb voicing it ("voiced confidence that"); otherwise no one is named ("it is
    clear that", "rumors that ...": no source). The fitted filter decides which words are worth reporting.
    Stop 29: of train's reported gold no finding touched, 346 open with "that" (adjectives of certainty and
    feeling, nouns of belief and claim outside ``NOUN_CUES``, a nominal subject of "be")."""
    if word.pos_ not in ("ADJ", "NOUN"):
        return None
    clause = _that_clause(word)
    head = word.head
    if clause is None and word.pos_ == "NOUN" and word.dep_ == "nsubj" and head.lemma_.lower() == "be":
        clause = _that_clause(head)  # "Beck's contention was that ...": the clause hangs on the copula
    if clause is None:
        return None
    first = clause.left_edge.i
    content = _edges(doc, first, _trailing_cut(doc, first, clause.right_edge.i))
    if content is None:
        return None
    speaker: tuple[int, int] | None = None
    if word.pos_ == "ADJ":
        if word.dep_ == "acomp" and head.lemma_.lower() in _COPULAS:
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "this")]
            if subjects:
                speaker = subject_span(doc, head)
        else:
            return None  # "angered that" (a verb's participle): not a state its copula's subject is said to hold
    else:
        owners = [c for c in word.children if c.dep_ == "poss"]
        agents = [o for c in word.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for o in c.children]
        if owners:
            speaker = _phrase(doc, owners[0])
        elif agents and agents[0].dep_ == "pobj":
            speaker = _phrase(doc, agents[0])
        elif word.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _VOICED:
            speaker = subject_span(doc, head)
    if speaker is not None and speaker[0] < content[1] and content[0] < speaker[1]:
        return None
    return Reported(content, (word.idx, word.idx + len(word.text)), speaker)


def _takes_that_clause(verb: Token) -> bool:
    """A verb outside the lexicon with a "that" clause of its own ("is reaffirming that ...",
    "has persuaded voters that ...", "clarifying that ..."): a verb that takes a finite "that"
    complement reports what someone says, thinks or knows. Copulas ("the problem is that") are not."""
    if verb.lemma_.lower() in _NOT_CUES:
        return False
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def relative_subject(doc: Doc, verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """("who", the noun it stands for) when the subject of ``verb`` is a relative pronoun ("Charles
    Barkley, who said he votes Democratic"): the pronoun is the subject as written, as "he" is in "he
    said"; the noun the clause modifies is who it is."""
    head = verb
    for _ in range(3):
        subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
        if subjects and subjects[0].tag_ in ("WP", "WDT") and head.dep_ == "relcl":
            who = subjects[0]
            return (who.idx, who.idx + len(who.text)), _phrase(doc, _who_stands_for(doc, who, head.head))
        if subjects and (noun := coordinated_relative(doc, subjects[0])) is not None:
            # "…, a Republican whom Mr. Schumer unseated …, but who now describes him as “a tiger”": the parse hung
            # the second relative clause on the main verb; its "who" is the name the first one is on (stop 47 left
            # the reported line unattributed while its partial quotation went to D'Amato)
            who = subjects[0]
            return (who.idx, who.idx + len(who.text)), _phrase(doc, noun)
        if subjects or head.dep_ not in ("conj", "xcomp") or head.head.i == head.i:
            return None
        head = head.head
    return None


def coordinated_relative(doc: Doc, who: Token) -> Token | None:
    """ "D’Amato, a Republican whom Mr. Schumer unseated in 1998, but who now describes him as “a tiger”": a relative
    clause joined by "but"/"and" to a relative clause before it that the parse hung on the main verb instead (Multi-News
    row 72, stop 47: the words were nobody's, and so was the quotation after them). The noun the earlier relative
    clause modifies is the one both are on."""
    if who.tag_ not in ("WP", "WDT") or who.i == 0 or doc[who.i - 1].lower_ not in ("but", "and"):
        return None
    earlier = [
        t for t in doc[: who.i] if t.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") and c.i < t.i for c in t.children)
    ]
    if not earlier:
        return None
    noun = earlier[-1].head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head  # "D’Amato, a Republican whom …": the name the description is set beside
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < who.i else None


def _who_stands_for(doc: Doc, who: Token, antecedent: Token) -> Token:
    """The noun a relative "who" stands for: the parse's antecedent, unless that is a common noun while a proper
    noun stands right before "who" ("Trump sent a tweet quoting host Stuart Varney who said “…”": the parse hung
    "who said" on "tweet", and editor read #18, r19, credited Varney's words to Trump). "who" is said of people, so
    the name it follows is whom it stands for; "which"/"that" keep the parse's noun. A description set beside a name
    stands for the name: "L. Lin Wood, an Atlanta attorney who said he had successfully sued …" (mn58 kept row 69, read
    at stop 58's final bench, printed "Atlanta attorney"), as ``coordinated_relative`` reads it."""
    before = doc[who.i - 1] if who.i > 0 else None
    if (
        who.lower_ == "who"
        and before is not None
        and before.i != antecedent.i
        and before.tag_ in ("NNP", "NNPS")
        and antecedent.tag_ in ("NN", "NNS")
    ):
        return before
    if who.lower_ == "who" and antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
        return antecedent.head
    return antecedent


def subject_span(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Character span (in the sentence) of the nominal subject of ``verb``, or of the verb it is
    coordinated with ("met Xi and said"); None when the verb has no subject."""
    inverted = _inverted_subject(doc, verb)
    if inverted is not None:
        return _phrase(doc, inverted)
    head = verb
    for _ in range(3):
        subjects = nearest_subjects(head)
        if subjects and subjects[0].tag_ in ("WP", "WDT") and head.dep_ == "relcl":
            return _phrase(doc, head.head)  # "Trump, who vowed to ...": the noun the clause modifies
        if subjects:
            return _phrase(doc, subjects[0])
        if _second_speech_act_of(head) is not None:
            head = head.head.head  # "X said A and insisted that B": X insisted, not A's subject
            continue
        if head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
            head = head.head
            continue
        if head.dep_ == "acomp" and head.head.i != head.i:
            head = head.head  # "Caucus-goers were more likely to say …": the copula's subject says it (PolNeAR train)
            continue
        if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i != head.i:
            head = nearer_clause(head) or head.head  # "..., saying that ...": the subject of the main verb
            continue
        if _as_far_as_to(head):
            head = head.head.head  # "X went so far as to say:": went's subject says it (PolNeAR train)
            continue
        if _done_by_the_subject(head):
            head = (_responding_verb(head.head.head) or head.head.head) if head.dep_ == "pcomp" else head.head
            continue
        if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ in ("NOUN", "PROPN"):
            issuer = document_author(doc, head) or _issuer(doc, head.head)
            return issuer or _phrase(doc, head.head)  # "voters saying they want ...", "911 calls saying ..."
        return None
    return None


# nouns of an utterance or an event: they do not say anything themselves
_SAID_THINGS = frozenset(
    [
        *("comment", "comments", "remark", "remarks", "statement", "statements", "response", "reaction"),
        *("criticism", "words", "move", "decision", "announcement", "news", "visit", "speech", "interview"),
    ]
)


def nearer_clause(participle: Token) -> Token | None:
    """ "Rice's comments came as Netanyahu turned down an invitation, saying such a session could “…”": the
    parser hangs the participle on the main verb, whose subject is a thing said or done ("comments"), not on the
    clause right before the comma; the one who turned it down says it (BASIL 2b9468af printed Rice). The verb of
    that clause when the main verb's subject is such a noun and the clause (a dependent of the main verb, ending
    right before the participle's comma) has a proper-noun or personal-pronoun subject; None otherwise."""
    main = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or main is participle:
        return None
    subjects = [c for c in main.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].lower_ not in _SAID_THINGS:
        return None
    clauses = [c for c in main.children if c.dep_ == "advcl" and c.i < participle.i and c is not participle]
    if not clauses:
        return None
    clause = clauses[-1]
    if clause.right_edge.i + 2 != participle.i or clause.doc[clause.right_edge.i + 1].text != ",":
        return None
    own = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(own) != 1 or not (own[0].pos_ == "PROPN" or own[0].lower_ in ("he", "she", "they")):
        return None
    return clause


def outer_verb(verb: Token) -> Token | None:
    """The verb whose subject a cue verb shares when the parser hung it inside a clause that verb reports: "Obama
    disputed that Democrats feel betrayed by his deal, saying that “…”" (the participle after the comma hung on
    "feel", whose subject is "Democrats"; BASIL df5fe55a left Obama's words out), "Obama said economists predict
    growth if Congress passes the agreement and urged lawmakers to “get this done”" (a past-tense verb joined to
    the present-tense verb of the "if" clause: "Congress"). The reporting verb, when its subject is a proper noun or
    a personal pronoun; None otherwise."""
    outer: Token | None = None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        if verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i:
            outer = verb.head.head
    elif verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ in ("VBZ", "VBP"):
        node = verb.head
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB" and node.tag_ == "VBD":
                outer = node
                break
    if outer is None:
        return None
    subjects = [c for c in outer.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in ("he", "she", "they")):
        return None
    return outer


def nearest_subjects(verb: Token, deps: tuple[str, ...] = _SUBJECT_DEPS) -> list[Token]:
    """The subjects of ``verb``; of two or more before it, the one nearest it. "With the moderator, ABC News'
    Martha Raddatz, opening the debate …, Ryan criticized …" parses as two subjects of "criticized" (the
    absolute phrase's noun first): the moderator opened it, Ryan criticized (BASIL b5eefefb gave Ryan's words
    after it to Raddatz). The farther ones are dropped when one of them carries its own participle; "Cohen and
    DeLong of the University of California, Berkeley suggest" (two subjects in the parse, none absolute; PolNeAR
    train) keeps the first."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) < 2 or not any(_absolute(c) for c in before[:-1]):
        return subjects
    return [before[-1], *(c for c in subjects if c.i > verb.i)]


def _absolute(noun: Token) -> bool:
    """The noun of an absolute phrase: it carries its own participle ("the moderator, X, opening the debate")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children)


def _as_far_as_to(verb: Token) -> bool:
    """ "went (so) far as to say": an infinitive marked "as ... to" on an adverb of the main verb."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and verb.head.pos_ == "ADV"
        and verb.head.head.pos_ == "VERB"
        and verb.head.head.i != verb.head.i
    )


_GERUND_PREPOSITIONS = frozenset(["by", "in", "after", "before", "while", "besides", "since", "without", "to", "from"])


# verbs whose manner "by saying …" tells: the one who explains, answers or defends says the words
_RESPONSE_LEMMAS = frozenset(
    {"explain", "respond", "react", "answer", "reply", "defend", "justify", "counter", "dismiss", "rebut", "retort"}
)
_SUBORDINATORS = frozenset(["when", "while", "as", "after", "before", "because", "since", "until", "once"])


def _responding_verb(verb: Token) -> Token | None:
    """The verb of answering or explaining that a "by saying" the parse hung on a subordinate clause inside it
    belongs to: "Mr. Trump explained his failure to secure wall funding during his first two years in office when
    Republicans controlled both houses of Congress by saying, “I was a little new to the job.”" (BASIL 3ae35b16, stop
    50: the parse hung "by" on "controlled", so the words went to the Republicans). Only when the verb "by" hangs on
    opens a clause with a subordinator (when, while, after …) and is no such verb itself, and one of those verbs
    governs it within five steps; None otherwise ("when Ryan responded by saying …" stays Ryan's)."""
    if verb.lemma_ in _RESPONSE_LEMMAS or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _SUBORDINATORS for c in verb.children):
        return None
    node = verb
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_ in _RESPONSE_LEMMAS and node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _done_by_the_subject(verb: Token) -> bool:
    """A cue verb whose subject is the main clause's: a gerund after a preposition of the main verb
    ("tripped up Rubio by calling him out", "After blasting the Drudge Report, Glenn Beck ...", "has taken
    to urging voters"), a perfect participle ("Having announced that ..., Judge Berman ...") or a purpose
    clause ("visited NBC to discuss his remarks"). PolNeAR train reported aF1 0.5454 -> 0.5496 (dev 0.5668
    with the "for" clause below; direct unchanged); without the purpose clause 0.5487; with of, for, on,
    with, about, against, despite, upon, at as well 0.5493 (dropped)."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        preposition = verb.head
        return (
            preposition.dep_ == "prep"
            and preposition.lower_ in _GERUND_PREPOSITIONS
            and preposition.head.pos_ in ("VERB", "AUX")
        )
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return (verb.tag_ == "VBN" and "having" in auxiliaries) or (verb.tag_ == "VB" and auxiliaries == ["to"])


_DOCUMENTS = (
    "statement ad ads letter letters petition petitions release tweet tweets video post email memo note message "
    "op-ed notice notices resolution report"
)
_ISSUED = frozenset(_DOCUMENTS.split())


def document_author(doc: Doc, participle: Token) -> tuple[int, int] | None:
    """ "the campaign released a statement from her doctor declaring she is in “…”": a participle on a document
    that says whom it is from ("from"/"by" on the noun) speaks in its author's words, not in those of whoever put
    it out (editor read #17, d1, printed the campaign for the doctor's words). The author's phrase, or None."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.lower_ not in _ISSUED:
        return None
    authors = [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i < participle.i
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return _phrase(doc, authors[0]) if authors else None


def _issuer(doc: Doc, document: Token) -> tuple[int, int] | None:
    """ "Trump issued a statement saying ...", "the group placed ads calling ...": the one who issued the
    document speaks through it (PolNeAR's source), not the document. A document from someone named on it
    ("a statement from her doctor saying") is that author's (``document_author``)."""
    verb = document.head
    if document.dep_ != "dobj" or document.lower_ not in _ISSUED or verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _phrase(doc, subjects[0]) if subjects else None


def _stranded_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The subject the parser hung elsewhere: "At Boca West, where ..., Jay DiPietro, the club's president,
    suggested that ..." parses DiPietro as an appositive of "West" and leaves the finite main verb with no
    subject. The noun phrase right before the verb (after a comma at most) is then its subject, climbing
    from its last noun through conjuncts and appositives up to the phrase that hangs from a preposition's
    object or from the verb."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    j = verb.i - 1
    while j >= 0 and (doc[j].is_punct or doc[j].dep_ == "advmod"):
        j -= 1
    if j >= 1 and doc[j].pos_ == "NUM" and doc[j].head.i == verb.i and doc[j].dep_ in ("nummod", "npadvmod"):
        # "About 4 in 10 say they want …": the parser hangs the share on the verb as a number; it is the subject
        # (polls' attributions, PolNeAR train, stop 51)
        return _phrase(doc, doc[j])
    if j < 1 or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    token = doc[j]
    for _ in range(6):
        if token.dep_ not in ("conj", "appos", "compound") or token.head.i >= verb.i:
            break
        if token.dep_ == "appos" and token.head.dep_ == "pobj":
            break  # the appositive of a preposition's object ("At Boca West, ..., Jay DiPietro"): the subject
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("pobj", "dobj"):
        return None
    return _phrase(doc, token)


def _phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """The subject phrase: the head with its modifiers, without relative clauses; an appositive
    ("Wang Wenbin, a ministry spokesman,") is kept, as the name may sit on either side."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "prep" and child.lower_ == "of"):
            continue
        if child.dep_ == "prep" and child.i < head.i:
            continue
        tokens.extend(t for t in child.subtree if t.dep_ != "punct" or t.i not in (child.left_edge.i,))
    tokens = sorted(set(tokens), key=lambda t: t.i)
    # keep a contiguous run around the head, at most MAX_SPEAKER_TOKENS long
    left = right = head.i
    ids = {t.i for t in tokens}
    while left - 1 in ids and head.i - left < MAX_SPEAKER_TOKENS:
        left -= 1
    while right - head.i < MAX_SPEAKER_TOKENS:
        if right + 1 in ids:
            right += 1
        elif right + 2 in ids and doc[right + 1].text == ",":
            right += 2  # "The country's interior minister, Bernard Cazeneuve,": the name is in the appositive
        else:
            break
    while left < head.i and doc[left].is_punct:
        left += 1
    while right > head.i and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _lemma(token: Token) -> str:
    """The token's lemma, or the cue lemma its surface form is an inflection of when the lemmatiser
    misread it ("hoping" → "hop")."""
    lemma = token.lemma_.lower()
    return lemma if lemma in CUE_LEMMAS else CUE_LEMMA_OF.get(token.lower_, lemma)


def _content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    lemma = _lemma(verb)
    # a complement after the verb first: in "Six in 10 said A; 46 percent said B" the parser hangs the
    # first clause on the second verb too
    children = sorted(verb.children, key=lambda c: c.i < verb.i)
    if lemma == "call":
        particles = [c for c in children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ("for", "on")]
        called_for = _called_for(doc, verb, particles[0]) if particles else None
        if called_for is None:
            called_for = _called_for_clause(doc, verb)
        if called_for is not None:
            return called_for
    for deps in (("ccomp", "parataxis"), ("xcomp",) if lemma in XCOMP_LEMMAS else (), ("dobj",)):
        for child in children:
            if child.dep_ not in deps:
                continue
            pronoun = child.pos_ == "PRON" and not (_named_as(verb) or lemma in _STANCES)
            if child.dep_ == "dobj" and (lemma in _ADDRESSEE_OBJECT or lemma in _NO_OBJECT_CONTENT or pronoun):
                continue
            last = _object_end(verb, child) if child.dep_ == "dobj" else child.right_edge.i
            if child.dep_ == "ccomp":
                last = _reason_end(verb, _second_complement_end(verb, last))
            span = _edges(doc, child.left_edge.i, _trailing_cut(doc, child.left_edge.i, last))
            if span is not None:
                return span
    for child in verb.children:  # "said legalizing it could put thousands to work": a gerund subject read as xcomp
        clause = child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == verb.i + 1
        if clause and lemma in _SAY_LEMMAS and any(c.dep_ == "ccomp" and c.i > child.i for c in child.children):
            span = _edges(doc, child.left_edge.i, child.right_edge.i)
            if span is not None:
                return span
    for child in verb.children:  # "asked the contender if he had prepared": the parser hangs the question as advcl
        opening = doc[child.left_edge.i].lower_
        if lemma in ("ask", "wonder") and child.dep_ == "advcl" and child.i > verb.i and opening in ("if", "whether"):
            span = _edges(doc, child.left_edge.i, child.right_edge.i)
            if span is not None:
                return span
    for child in verb.children:  # "talked about X", "called for X", "warned of X", "argued against X"
        if child.dep_ == "prep" and child.i > verb.i and _content_preposition(lemma, child.lower_):
            span = _edges(doc, child.left_edge.i, child.right_edge.i)
            if span is not None:
                return span
    return None


def _second_complement_end(verb: Token, last: int) -> int:
    """The end of a second "that"-clause coordinated on the cue right after its first complement ("said the U.S.
    needs to secure the border, but that he would not support mass deportation"; "said that … and that he'll try
    …"): the parser hangs it on the cue, and PolNeAR's content runs on over it (train, stop 56); else ``last``."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= last or doc[conj.left_edge.i].lower_ != "that":
            continue
        if not any(c.dep_ == "mark" and c.i == conj.left_edge.i for c in conj.children):
            continue
        between = doc[last + 1 : conj.left_edge.i]
        if between and all(t.is_punct or t.lower_ in ("and", "but", "also") for t in between):
            return conj.right_edge.i
    return last


def _reason_end(verb: Token, last: int) -> int:
    """The end of a "because" clause right after the reported clause that the parser hangs on the cue ("The AP said
    it did not include those meetings in its tally because, presumably, …"): the reason is part of what was said.
    PolNeAR train's first 200 documents (stop 57): of the reported contents that meet a "because", 78 run on over it
    and one stops before it; else ``last``."""
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i <= last:
            continue
        opening = clause.left_edge.i
        between = doc[last + 1 : opening]
        if doc[opening].lower_ == "because" and all(t.text == "," for t in between):
            return clause.right_edge.i
    return last


def _called_for(doc: Doc, verb: Token, preposition: Token) -> tuple[int, int] | None:
    """ "called for the suspension of the deal in response to missile tests", "called on the governor to
    resign": what is called for runs from after the preposition to the end of the verb's clause (the
    parser hangs "to resign" and "in response to" on the verb); PolNeAR's cue holds the preposition."""
    last = preposition.right_edge.i
    for child in verb.children:
        if child.i <= preposition.i or child.dep_ not in ("xcomp", "ccomp", "advcl", "dobj", "prep"):
            continue  # a conjoined "and said, “...”" is a second act
        if child.dep_ == "prep" and not (
            child.lower_ == "in" and child.i + 1 < len(doc) and doc[child.i + 1].lower_ == "response"
        ):
            continue  # "in a statement on Thursday": where it was said (dev: gold stops before it)
        if child.left_edge.i == last + 1 and doc[child.left_edge.i].text[:1] not in _OPENING:
            last = child.right_edge.i
    return _edges(doc, preposition.i + 1, _trailing_cut(doc, preposition.i + 1, last))


def _called_for_clause(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "is calling for the United States to take a stronger role": the parser reads "for" as the mark of
    a clause of its own ("for X to Y") hung on the verb, not as a preposition; what is called for is that
    clause after "for" (PolNeAR's cue holds "for"). PolNeAR train reported aF1 0.5445 -> 0.5454."""
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "for" or doc[verb.i + 1].dep_ != "mark":
        return None
    clause = doc[verb.i + 1].head
    if clause.head.i != verb.i or clause.dep_ not in ("advcl", "ccomp", "xcomp"):
        return None
    return _edges(doc, verb.i + 2, _trailing_cut(doc, verb.i + 2, clause.right_edge.i))


# Verbs of taking a side whose object is the content even as a pronoun ("endorsed her", "support him"):
# PolNeAR annotates the pronoun (train: ~40 missed "endorsed/supported/backed him|her|it").
_STANCES = frozenset(["endorse", "support", "back", "oppose", "praise", "criticize", "criticise", "defend", "reject"])


def _named_as(verb: Token) -> bool:
    """ "called him a “loser”", "labelled them extremists": the object with what it is called is the
    content, a pronoun object too (PolNeAR annotates "him a “loser”")."""
    return any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i for c in verb.children) and _lemma(verb) in (
        "call",
        "label",
        "brand",
        "dub",
        "describe",
        "name",
        "deem",
    )


# What finds something out ("a poll found", "investigators found"); "find a way", "voters find him
# unlikable" are no report.
_FINDER_NOUNS = (
    "poll survey study report review audit analysis investigation investigator researcher inquiry probe data test "
    "panel committee court judge jury"
)
_FINDERS = frozenset(_FINDER_NOUNS.split())


def _a_finding(verb: Token) -> bool:
    """ "find" reports a finding when what finds is an inquiry of some kind or what is found is a clause
    ("found that ..."). Stop 25: "find" was the least precise cue (PolNeAR train: 53 of 62 findings
    unmatched: "find a way", "can't find jobs", "voters find him unlikable"); train reported aF1 0.5509 ->
    0.5523 (111 findings fewer, 11 of them right)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lemma_.lower() in _FINDERS:
        return True
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _content_preposition(lemma: str, preposition: str) -> bool:
    """A preposition whose object is what was said or thought: "about", "for", "on", "of", "against"
    after any cue ("warned of", "called on X to resign"), "to" only after "point"/"refer" (after "said"
    it names the addressee), "at" only after "hint"/"point"."""
    if lemma in ("speak", "talk"):
        # "speaking on WOR710", "to MSNBC", "highly of him": where, to whom, how (stop 25: 21 of 22 such
        # findings unmatched on PolNeAR train; train reported aF1 0.5523 -> 0.5533, dev with "find" 0.5674
        # -> 0.5689)
        return preposition == "about"
    if preposition in ("about", "for", "on", "of", "against"):
        return lemma in CUE_LEMMAS and lemma not in ("tell", "ask", "say", "add", "write")
    if preposition == "to":
        return lemma in ("point", "refer", "object")
    return preposition == "at" and lemma in ("hint", "point", "rail")


def _object_end(verb: Token, obj: Token) -> int:
    """Last token of an object content with what completes it: "calling him a “loser”" (object
    predicate), "announced steps to tighten gun sales" (the purpose the parser hangs on the verb)."""
    last = obj.right_edge.i
    for child in verb.children:
        if child.i <= obj.i:
            continue
        to_clause = child.dep_ in ("advcl", "xcomp") and child.left_edge.lower_ == "to"
        if (child.dep_ in ("oprd", "acomp") or to_clause) and child.left_edge.i <= last + 2:
            last = max(last, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ in _OBJECT_PREPOSITIONS and child.left_edge.i == last + 1:
            if _names_a_time(child) or _names_a_medium(child):
                break  # "endorsed Sanders in February", "praised the plan in a tweet": when or where, not what
            last = max(last, child.right_edge.i)  # "accused Sanders of a smear", "slams Kasich for his vote"
        elif _lemma(verb) in _FINDINGS and child.left_edge.i <= last + 2 and _completes_finding(child):
            last = max(last, child.right_edge.i)
    return last


_TIMES = (
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday morning afternoon evening night week weekend month year spring "
    "summer fall autumn winter today yesterday"
)
_TIME_WORDS = frozenset(_TIMES.split())


def _names_a_time(preposition: Token) -> bool:
    """ "in late May", "on Tuesday", "in 2008": a prepositional phrase of time."""
    words = [t for t in preposition.subtree if t.i > preposition.i]
    return (
        bool(words)
        and len(words) <= 4
        and any(t.lower_ in _TIME_WORDS or (t.like_num and len(t.text) == 4) for t in words)
    )


_MEDIA_WORDS = (
    "tweet tweets statement statements interview interviews speech speeches op-ed post posts ad ads appearance "
    "appearances remarks letter email e-mail debate video broadcast conference rally show column essay editorial"
)
_MEDIA_NOUNS = frozenset(_MEDIA_WORDS.split())


def _names_a_medium(preposition: Token) -> bool:
    """ "in a tweet", "in an interview with CNN on Sunday", "during his opening statement": where the words were said,
    not what (PolNeAR train, stop 57: "the KKK “abhorrent” in a tweet", "his recent wins in his opening statement of
    Thursday night’s Democratic debate" ran on past gold's end)."""
    if preposition.lower_ not in ("in", "during", "on", "at", "via"):
        return False
    heads = [t for t in preposition.children if t.dep_ == "pobj"]
    return bool(heads) and heads[0].lower_ in _MEDIA_NOUNS


# Verbs of a poll's or a record's finding, whose object runs on with what the parser hangs on the verb:
# "showed Trump leading the field with 31 percent, followed by Cruz at 17 percent", "show Sanders within two
# points of Clinton" (PolNeAR train: 35 "show" gold overlapping a shorter prediction).
_FINDINGS = frozenset(["show", "find"])


def _completes_finding(child: Token) -> bool:
    """A dependent of a finding verb that belongs to what was found: not a second clause with its own
    subject, a conjunction, a source phrase ("according to") or punctuation."""
    if child.dep_ in ("punct", "cc", "mark") or child.lower_ == "according":
        return False
    return not (child.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children))


def _trailing_cut(doc: Doc, first: int, last: int) -> int:
    """Last token of the content without a trailing aside set off by a comma: a non-restrictive
    relative clause (", which is spread by mosquitoes"), a participle (", telling Stephanopoulos
    that ...", ", calling them ..."), a second clause with its own subject (", but for
    Republicans it is a smoking gun"), or an appositive (", also once a 2016 hopeful", " — a message
    that ..."). What was said is the first clause; PolNeAR annotates it so. A past participle, a
    participle after an adverb and a "with"/"compared with" phrase were tried as asides too (stop 21)
    and lowered PolNeAR train F1."""
    for token in doc[first : last + 1]:
        start = token.left_edge.i
        if _second_speech_act(doc, token, first, last):
            return _before_comma(doc, start)
        if (
            token.lower_ == "according"
            and token.i + 1 <= last
            and doc[token.i + 1].lower_ == "to"
            and token.i - first >= 3
            and doc[token.i - 1].text == ","
        ):
            # "… said that Wall Street does more to hurt the economy than help, according to preliminary exit
            # polling": who says so, never what was said (PolNeAR train, stop 58: the content ran on over it)
            return _before_comma(doc, token.i)
        if token.right_edge.i < last - 1 or start - first < 3 or doc[start - 1].text not in (",", "—", "–", ";"):
            if not (token.dep_ == "conj" and start - first >= 4 and doc[start - 1].dep_ == "cc"):
                continue
            if doc[start - 2].text != "," or token.right_edge.i < last - 1:
                continue
        if token.dep_ == "relcl" and (
            doc[start].lower_ in _RELATIVE
            or (doc[start].pos_ == "ADP" and start + 1 <= last and doc[start + 1].lower_ in ("whom", "which"))
        ):
            # ", with whom he clashed at Saturday's debate", ", in which …": a relative clause led by its preposition
            return _before_comma(doc, start)
        if (
            token.dep_ == "advcl"
            and doc[start].lower_ in ("while", "whereas")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            # "… they prefer a candidate who's an outsider, while about 4 in 10 want one with experience": the writer's
            # contrast, another clause with its own subject (PolNeAR train, stop 59)
            return _before_comma(doc, start)
        if token.dep_ in ("advcl", "conj", "acl", "xcomp") and token.tag_ == "VBG" and start == token.i:
            return _before_comma(doc, start)
        # "her granddaughter in speeches, a reference point for ...": an aside, unless a list goes on after it
        if token.dep_ == "appos" and not _listed(token):
            return _before_comma(doc, start)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if token.dep_ == "conj" and own_subject and doc[start].lower_ != "that" and token.pos_ in ("VERB", "AUX"):
            return _before_comma(doc, start)
    return last


def _listed(appositive: Token) -> bool:
    """An "appositive" that is one item of a list the parser hung as an apposition ("differ on Israel, the Iranian
    nuclear deal and the possibility of …", "two-thirds of voters in Texas, 7 in 10 in Tennessee, and nearly 8 in 10
    in Alabama support …"): a conjunct follows it, its own or its head's, so the list goes on and is part of what was
    said (PolNeAR train, stop 51: the content was cut at the first comma)."""
    return any(c.dep_ == "conj" for c in appositive.children) or any(
        c.dep_ == "conj" and c.i > appositive.i for c in appositive.head.children
    )


# Speech acts that, coordinated after the content ("... and insisted that", "but added"), are a second
# thing the speaker did, not part of what was said.
_ACTS = (
    "say tell add insist note stress emphasize emphasise explain acknowledge admit argue suggest urge warn vow "
    "pledge promise announce declare predict deny reiterate complain highlight praise criticize criticise "
    "describe call cite concede claim repeat point mention recall reject dismiss accuse blame defend"
)
_SPEECH_ACTS = frozenset(_ACTS.split())


def _second_speech_act_of(verb: Token) -> Token | None:
    """The cue verb whose reported clause ``verb`` is hung on as a second speech act ("Lind said she
    regretted the delay and promised to reopen": "promised" is Lind's, not "she"'s), else None."""
    clause = verb.head
    if verb.dep_ != "conj" or _lemma(verb) not in _SPEECH_ACTS or clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    if _opens_quotation(verb):
        # '..., she writes, after ... one of her colleagues came over, shook her hand, and said, “...”':
        # a verb that opens a quotation is its subject's own act (the quotation's speaker), not a
        # second act of the writer (a stop 22 test of the direct-quote stage)
        return None
    cue = clause.head
    if cue.i > clause.i or cue.pos_ not in ("VERB", "AUX") or _lemma(cue) not in _SAY_LEMMAS:
        return None
    return cue


def _opens_quotation(verb: Token) -> bool:
    """The verb is followed, past a comma or colon, by an opening quotation mark."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].text in (",", ":"):
        i += 1
    return i < len(doc) and doc[i].text[:1] in _OPENING


def _second_speech_act(doc: Doc, token: Token, first: int, last: int) -> bool:
    """ "She said she regretted her remarks and promised to stay out of it": the parser hangs the second
    verb on the reported clause; a speech act with no subject of its own after "and"/"but" is what the
    speaker did next, and the content ends before it."""
    start = token.left_edge.i
    if token.dep_ != "conj" or token.pos_ != "VERB" or start - first < 3 or token.right_edge.i < last - 1:
        return False
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in token.head.children):
        # "Kasich says he'd sit Putin down and tell him “no more nonsense”": a bare verb goes on under the reported
        # clause's modal or "to"; the speaker's own next act is finite, in the tense of the cue ("and promised").
        # Without the modal the tagger's VB may be a present tense ("they want lower rates and suggest …": PolNeAR dev)
        return False
    if _lemma(token) not in _SPEECH_ACTS or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return doc[start - 1].dep_ == "cc" and doc[start - 1].lower_ in ("and", "but")


def _before_comma(doc: Doc, start: int) -> int:
    end = start - 1
    while end > 0 and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return end


def _edges(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    while first <= last and doc[first].is_punct:
        first += 1
    while last >= first and doc[last].is_punct:
        last -= 1
    if first > last:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return (start, end) if end - start >= MIN_CONTENT_CHARS else None


def _cue_verb(doc: Doc, verb: Token) -> Reported | None:
    if _lemma(verb) == "find" and not _a_finding(verb):
        return None
    if _is_passive(verb):
        return _passive(doc, verb)  # "was told", "is expected": the subject is not the one speaking
    inverted = _inverted(doc, verb)
    if inverted is not None:
        return inverted
    speaker = subject_span(doc, verb) or _stranded_subject(doc, verb)
    if speaker is None:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    as_frame = _as_reported(doc, verb, speaker)
    if as_frame is not None:
        return as_frame
    framed = _framed(doc, verb, speaker)
    if framed is not None:
        return framed
    content = _content(doc, verb) or _misattached_that(doc, verb)
    if content is None:
        return _parenthetical(doc, verb, speaker) or _short_answer(doc, verb, speaker)
    if speaker[0] < content[1] and content[0] < speaker[1]:
        return _relative_content(doc, verb, speaker)
    relative = relative_subject(doc, verb)
    if relative is not None:  # the speaker as written is "who"; the noun it stands for names them
        return Reported(_before_next_speaker(doc, content), cue, relative[0], antecedent=relative[1])
    return Reported(_before_next_speaker(doc, content), cue, speaker)


def _relative_content(doc: Doc, verb: Token, speaker: tuple[int, int]) -> Reported | None:
    """ "The changes, which officials said will go into effect in May, ...": the relative pronoun is
    the subject of what was said, and PolNeAR's content runs from it over the frame to the end of the
    clause; the speaker is the frame's subject ("officials")."""
    if verb.dep_ != "relcl":
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and doc[child.left_edge.i].tag_ in ("WDT", "WP"):
            span = _edges(doc, child.left_edge.i, child.right_edge.i)
            if span is not None:
                return Reported(span, (verb.idx, verb.idx + len(verb.text)), speaker)
    return None


_ANSWERS = frozenset(["so", "yes", "no", "otherwise", "same"])


def _short_answer(doc: Doc, verb: Token, speaker: tuple[int, int]) -> Reported | None:
    """ "Half said so", "26 percent said the same", "he said no": a say-type verb whose content is one
    word standing for a clause (PolNeAR annotates it; too short for ``MIN_CONTENT_CHARS``)."""
    if verb.lemma_.lower() not in _SAY_LEMMAS:
        return None
    for child in verb.children:
        if child.i == verb.i + 1 and child.lower_ in _ANSWERS:
            return Reported((child.idx, child.idx + len(child.text)), (verb.idx, verb.idx + len(verb.text)), speaker)
        if child.i == verb.i + 2 and child.lower_ == "same" and doc[verb.i + 1].lower_ == "the":
            start = doc[verb.i + 1].idx
            return Reported((start, child.idx + len(child.text)), (verb.idx, verb.idx + len(verb.text)), speaker)
    return None


def _as_reported(doc: Doc, verb: Token, speaker: tuple[int, int]) -> Reported | None:
    """ "As The Times reported on Saturday, he has emerged as an adviser", "..., as the Post noted": the
    clause the "as" frame modifies is what was reported, in one or two pieces around the frame."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if verb.lemma_.lower() not in _SAY_LEMMAS | {"report", "note", "predict", "write"}:
        return None  # "as she announced her bid": a time clause
    if any(c.dep_ not in ("nsubj", "mark", "prep", "npadvmod", "advmod", "punct") for c in verb.children):
        return None  # "as he told reporters that ...": a clause of its own, not a frame
    return _around(doc, verb, speaker)


def _around(doc: Doc, verb: Token, speaker: tuple[int, int]) -> Reported | None:
    """The clause ``verb`` is set into, without the frame itself: one or two pieces."""
    clause = verb.head
    first, last = verb.left_edge.i, verb.right_edge.i
    before = _edges(doc, clause.left_edge.i, first - 1) if first > clause.left_edge.i else None
    after = _edges(doc, last + 1, clause.right_edge.i) if last < clause.right_edge.i else None
    pieces = [p for p in (before, after) if p is not None]
    if not pieces:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    return Reported(pieces[0], cue, speaker, pieces[1] if len(pieces) > 1 else None)


def _framed(doc: Doc, verb: Token, speaker: tuple[int, int]) -> Reported | None:
    """A frame set off by commas inside or after the clause it reports: "It is no surprise, Mr.
    Garin said, that ...", "If it's a small number, the campaign said, it may not bother", "For all
    their strain, manufacturing jobs are not like other jobs, she said." Everything before the
    frame is what was said (the parser often hangs only its last clause, or a fronted adverbial
    clause, on the verb, and the trailing-aside cut would keep only the first clause); after a
    frame closed by a comma its right-hand complement is the second piece. PolNeAR annotates the
    utterance so, in one or two pieces. Not for a fronted question or speech of its own ("Asked
    about it, Ryan said, ..."): the one who answers did not ask."""
    if verb.lemma_.lower() not in _SAY_LEMMAS:
        return None
    first = next(t.i for t in doc if t.idx >= speaker[0])
    comma = first - 1
    while comma > 0 and doc[comma].text in _CLOSING:
        comma -= 1
    if comma < 3 or doc[comma].text != "," or any(t.text in _CLOSING or t.text in '“”"' for t in doc[:comma]):
        return None  # a quotation before the frame is a direct quote's, found elsewhere
    start = 0
    for token in doc[:comma]:  # the utterance starts after an earlier sentence-internal break
        if token.text in (";", ":"):
            start = token.i + 1
    front_words = [t for t in doc[start:comma] if not t.is_punct]
    if not front_words or front_words[0].lemma_.lower() in CUE_LEMMAS | {"speak", "respond", "talk"}:
        return None
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "parataxis", "xcomp", "dobj")]
    rest = None
    if right:
        opening = right[0].left_edge.i
        if opening < 1 or doc[opening - 1].text != "," or opening - 1 <= verb.i:
            return None  # "X, he said that ...": a fronted phrase of the frame, not of the content
        rest = _edges(doc, opening, right[0].right_edge.i)
    elif verb.dep_ == "parataxis" and verb.head.i > verb.i:  # the parser hung the frame on the clause after it
        if doc[verb.right_edge.i].text != ",":
            return None
        rest = _edges(doc, verb.right_edge.i + 1, verb.head.right_edge.i)
    else:
        tail = [t for t in doc[verb.i + 1 :] if not t.is_punct]
        if any(
            t.dep_
            not in (
                "prep",
                "pobj",
                "npadvmod",
                "advmod",
                "det",
                "amod",
                "compound",
                "nummod",
                "poss",
                "case",
                "pcomp",
                "dobj",
                "nmod",
                "appos",
                "cc",
                "conj",
            )
            for t in tail
        ):
            return None
    content = _edges(doc, start, comma - 1)
    if content is None:
        return None
    return Reported(content, (verb.idx, verb.idx + len(verb.text)), speaker, rest)


def _relative_object(doc: Doc, verb: Token) -> Reported | None:
    """The object of a cue verb in a relative clause: "Florida, which he describes as his second home",
    "a peer whom Mr. Trump views as his equal". PolNeAR's content is the relative pronoun and what the verb says of
    it ("as his second home"), in two pieces; the quoted-frame rule below took only the second. Train
    reported aF1 0.55089 -> 0.55094, dev 0.5673 -> 0.5674. The pronoun alone as well ("which he has
    denied"): train 0.5512 but dev 0.5672 (a bare "that" far worse); the noun of a clause with no pronoun
    ("the things the Donald has said"): train 0.5498 (219 new findings, 52 right). Both dropped."""
    lemma = _lemma(verb)
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or lemma not in CUE_LEMMAS | JUDGE_LEMMAS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].tag_ in ("WP", "WDT") or _is_passive(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].i < verb.i and objects[0].tag_ in ("WP", "WDT"):
        judged = _edges(doc, objects[0].i, objects[0].i)
    else:
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("xcomp", "oprd", "acomp")
            or (c.dep_ == "prep" and (c.lower_ == "as" or _content_preposition(lemma, c.lower_)))
        )
    ]
    rest = _edges(doc, min(c.left_edge.i for c in right), max(c.right_edge.i for c in right)) if right else None
    if judged is None or rest is None:
        return None
    return Reported(judged, (verb.idx, verb.idx + len(verb.text)), _phrase(doc, subjects[0]), rest)


def _quoted_frame(doc: Doc, verb: Token) -> Reported | None:
    """A cue verb with no other reading whose complement holds a partial quotation: "Trump has pointed to
    the case as the epitome of the “rigged system.”", "he taunted the campaign for “getting schooled”",
    "described the deal as “a disaster”". PolNeAR marks the whole complement (the case as the epitome
    of ...), with the verb's subject as source; the quoted words alone matched no gold (train: 200
    reported gold held one of our partial quotes and nothing else). The complement is what the verb
    takes as its content (object, predicate, "as" or a content preposition), not a place or time phrase
    ("told CBS This Morning"). Measured on PolNeAR train reported aF1 0.5499 -> 0.5506 (dev 0.5671 ->
    0.5672, direct unchanged); with any verb, not only cues: 0.5463 (680 new findings, 140 right)."""
    lemma = _lemma(verb)
    if verb.pos_ != "VERB" or lemma not in CUE_LEMMAS | JUDGE_LEMMAS or verb.dep_ in ("amod", "compound"):
        return None
    if _is_passive(verb):
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("dobj", "xcomp", "oprd", "acomp", "attr")
            or (c.dep_ == "prep" and (c.lower_ == "as" or _content_preposition(lemma, c.lower_)))
        )
    ]
    if not right:
        return None
    first = min(c.left_edge.i for c in right)
    last = max(c.right_edge.i for c in right)
    if doc[first].text[:1] in _OPENING or (first > 0 and doc[first - 1].text[:1] in _OPENING):
        return None  # the quotation is the whole complement: a quote of its own
    marks = [t for t in doc[first : last + 1] if t.text[:1] in _OPENING and t.text not in ("'", "`")]
    if not marks:
        return None
    speaker = subject_span(doc, verb) or _stranded_subject(doc, verb)
    if speaker is None:
        return None
    span = _edges(doc, first, _trailing_cut(doc, first, last))
    if span is None or span[0] > marks[0].idx:
        return None
    return Reported(span, (verb.idx, verb.idx + len(verb.text)), speaker)


def _is_passive(verb: Token) -> bool:
    """A passive verb: a passive subject, or a passive auxiliary with no active subject ("he’s predicted
    big wins" has "’s" misread as a passive auxiliary and "he" as its active subject: a perfect)."""
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps or ("auxpass" in deps and "nsubj" not in deps)


def _passive(doc: Doc, verb: Token) -> Reported | None:
    """ "Mr. Sanders has been criticized for offering vague responses", "She is expected to continue
    ...": what is said is about the subject and its complement, in two pieces; the speaker is the
    agent ("by X") or, as usual, not named (None). Never the subject, who is spoken to or about."""
    if verb.lemma_.lower() == "ask":
        return _asked_passive(doc, verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if verb.lemma_.lower() in _ADDRESSEE_OBJECT or not subjects or subjects[0].tag_ in ("WP", "WDT"):
        return None
    complement = None
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in ("xcomp", "ccomp", "oprd") or (child.dep_ == "prep" and child.lower_ in ("for", "as")):
            complement = child
            break
    if complement is None:
        return None
    agents = [c for c in verb.children if c.dep_ == "agent"]
    objects = [t for a in agents for t in a.children if t.dep_ == "pobj"]
    subject = _edges(doc, subjects[0].left_edge.i, subjects[0].right_edge.i)
    rest = _edges(doc, complement.left_edge.i, complement.right_edge.i)
    if subject is None or rest is None:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    return Reported(subject, cue, _phrase(doc, objects[0]) if objects else None, rest)


def _inverted(doc: Doc, verb: Token) -> Reported | None:
    """ "The documents established “beyond doubt” that Ghlam planned ..., said Mr Cazeneuve.": a
    say-type verb after a comma with its subject after it reports everything before the comma, even
    when the parser hung the words before it as a subject or a clause of their own. The subject after
    the verb is the speaker (not "documents", not Ghlam)."""
    if any(c.dep_ in ("ccomp", "parataxis") and c.i > verb.i for c in verb.children):
        return None
    subject = _inverted_subject(doc, verb)
    if subject is None:
        return None
    before = verb.i - 1
    while doc[before].text != ",":
        before -= 1
    clause_start = 0
    for token in doc[:before]:  # the reported clause starts after an earlier sentence-internal break
        if token.text in (";", ":"):
            clause_start = token.i + 1
    content = _edges(doc, clause_start, before - 1)
    if content is None:
        return None
    return Reported(content, (verb.idx, verb.idx + len(verb.text)), _phrase(doc, subject))


def _inverted_subject(doc: Doc, verb: Token) -> Token | None:
    """The subject of an inverted say-type verb right after a comma (", said Mr Cazeneuve"), else None."""
    if verb.lemma_.lower() not in _SAY_LEMMAS:
        return None
    before = verb.i - 1
    while before > 0 and doc[before].text in _CLOSING:
        before -= 1
    if before < 2 or doc[before].text != ",":
        return None
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if not after or any(t.text == "," for t in doc[verb.i + 1 : after[0].i]):
        return None
    return after[0]


def _misattached_that(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "Adelson said on Friday during a news conference that he may wait ...": the parser hangs
    the "that" clause on the last noun of a prepositional phrase of the speech verb; it is still
    what was said. Only for say-type verbs, whose "that" clauses are their content."""
    if verb.lemma_.lower() not in _SAY_LEMMAS:
        return None
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i:
            continue
        for token in child.subtree:
            opens_that = token.dep_ in ("relcl", "acl") and doc[token.left_edge.i].lower_ == "that"
            if opens_that and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in token.children):
                return _edges(doc, token.left_edge.i, token.right_edge.i)
    return None


def _parenthetical(doc: Doc, verb: Token, speaker: tuple[int, int]) -> Reported | None:
    """ "This campaign, he says, is different": a cue set into the clause it reports (the parser
    hangs it from that clause as ``parataxis``); the content is the clause around it, in two pieces."""
    if verb.dep_ != "parataxis" or verb.head.i == verb.i:
        return None
    return _around(doc, verb, speaker)


def _asked_passive(doc: Doc, verb: Token) -> Reported | None:
    """ "Clinton was asked about securing the border", "voters were asked who would bring change",
    "Sanders was asked to name a decision ...": the question, with no source; the one asked is never
    the source. A question or an "about" phrase alone; a "to" request
    with the one asked (PolNeAR annotates "Sanders | to name ...")."""
    # the asker ("by moderator Gerard Baker") is left out: remembered as the last speaker, it took the
    # next "he said" from the one who answered (PolNeAR train: a Rubio quote went to Baker)
    asker = None
    cue = (verb.idx, verb.idx + len(verb.text))
    for child in verb.children:
        if child.i < verb.i:
            continue
        opening = doc[child.left_edge.i : child.i + 1]
        if child.dep_ == "prep" and child.lower_ == "about":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            span = _edges(doc, objects[0].left_edge.i, objects[0].right_edge.i) if objects else None
            return Reported(span, cue, asker) if span is not None else None
        if child.dep_ in ("ccomp", "advcl") and any(t.lower_ in _QUESTION_WORDS for t in opening):
            span = _edges(doc, child.left_edge.i, child.right_edge.i)
            return Reported(span, cue, asker) if span is not None else None
        if child.dep_ == "xcomp":
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
            request = _edges(doc, child.left_edge.i, child.right_edge.i)
            if request is None:
                return None
            asked = _edges(doc, subjects[0].left_edge.i, subjects[0].right_edge.i) if subjects else None
            return Reported(asked, cue, asker, request) if asked is not None else Reported(request, cue, asker)
    return None


def _asked(doc: Doc, verb: Token) -> Reported | None:
    """ "Asked if Trump’s comments had rattled them, Ryan said ...": the question is reported speech
    whose asker the text does not name (the one who answers is not the one who asked)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for child in verb.children:
        opening = doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("ccomp", "advcl") and any(t.lower_ in _QUESTION_WORDS for t in opening):
            span = _edges(doc, child.left_edge.i, child.right_edge.i)
            if span is not None:
                return Reported(span, (verb.idx, verb.idx + len(verb.text)), None)
    for child in verb.children:  # "Asked Tuesday about Sullivan, Feinstein said ...": what the question was about
        if child.dep_ == "prep" and child.lower_ == "about" and child.i > verb.i:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            span = _edges(doc, objects[0].left_edge.i, objects[0].right_edge.i) if objects else None
            if span is not None:
                return Reported(span, (verb.idx, verb.idx + len(verb.text)), None)
    return None


def _before_next_speaker(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """Content ends before ", and 4 in 10 said ...": a second speaker with a speech verb of their
    own inside the span (a parse that hung the second clause inside the first) starts a new utterance."""
    tokens = [t for t in doc if content[0] <= t.idx < content[1]]
    for position, token in enumerate(tokens[3:], start=3):
        if token.lower_ not in _SAY_FORMS:
            continue
        for back in range(position - 1, max(0, position - 9), -1):
            joiner = tokens[back]
            if joiner.lower_ in ("and", "but", "while", "whereas") and back > 0 and tokens[back - 1].text in (",", ";"):
                end = _edges(doc, tokens[0].i, tokens[back - 2].i) if back >= 2 else None
                return end if end is not None else content
    return content


def _according(doc: Doc, according: Token) -> Reported | None:
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"]
    if not objects:
        return None
    if _framed_quotation_before(according):
        return None
    cue = (according.idx, to.idx + len(to.text))
    return _source_phrase(doc, according, max(objects[0].right_edge.i, to.i), cue, _phrase(doc, objects[0]))


def _framed_quotation_before(according: Token) -> bool:
    """ "“We've already lost,” lamented Senator X, according to people familiar with the remarks": a quotation
    framed by its own speech verb and speaker; the according-to phrase says how the writer learnt it, and its
    source is no speaker of the words (BASIL 1e41e98b: the phrase took the whole sentence as content, so the
    quotation after it lost X). True when the phrase hangs on a cue verb with a named or pronoun subject and
    a closing mark stands right before that verb (after a comma)."""
    verb = according.head
    if verb.pos_ != "VERB" or _lemma(verb) not in CUE_LEMMAS or verb.i < 2:
        return False
    doc = verb.doc
    if doc[verb.i - 1].text not in ("”", '"', "''") or doc[verb.i - 2].text != ",":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    return len(subjects) == 1 and (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in ("he", "she"))


# Sources a fronted or final "in" phrase names ("In a Fox poll, Cruz had 38 percent", "he leads in the
# RealClearPolitics average"): PolNeAR annotates the poll as the source of the finding.
_POLL_NOUNS = frozenset(["poll", "polls", "survey", "surveys", "average", "averages", "polling"])


def _in_poll(doc: Doc, preposition: Token) -> Reported | None:
    """ "In a Des Moines Register poll, Mr. Cruz had a 10-point lead": the clause is the poll's finding,
    the poll its source. PolNeAR train reported aF1 0.5313 -> 0.5318 (fronted phrase only)."""
    objects = [c for c in preposition.children if c.dep_ == "pobj" and c.lower_ in _POLL_NOUNS]
    if preposition.dep_ != "prep" or not objects or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    after = objects[0].right_edge.i + 1
    if preposition.i > 1 or after >= len(doc) or doc[after].text != ",":
        return None  # only the fronted phrase: a final "in a poll" was tried, 108 predictions for no gain
    if any(_lemma(c) in CUE_LEMMAS for c in preposition.head.children if c.dep_ in ("ccomp", "conj")):
        return None
    cue = (preposition.idx, preposition.idx + len(preposition.text))
    return _source_phrase(doc, preposition, objects[0].right_edge.i, cue, _phrase(doc, objects[0]))


def _source_phrase(
    doc: Doc, opening: Token, phrase_last: int, cue: tuple[int, int], speaker: tuple[int, int]
) -> Reported | None:
    """The clause a source phrase ("according to X", "in X's poll") modifies, without the phrase: one
    piece, or two when the phrase sits inside the clause."""
    phrase_first = opening.i
    clause = opening.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "conj" and phrase_last >= _last_word(doc, clause) - 1 and clause.head.i != clause.i:
        clause = clause.head  # "A won 37 percent, B 36 and C snagged 13, according to the results": all of it
    first, last = clause.left_edge.i, clause.right_edge.i
    if phrase_first <= first + 1:
        first = phrase_last + 1
    elif phrase_last >= last - 1:
        last = phrase_first - 1
    else:  # "Since November, according to Human Rights Watch, forces have killed 400": both sides
        before, after = _edges(doc, first, phrase_first - 1), _edges(doc, phrase_last + 1, last)
        if before is None or after is None:
            return None
        return Reported(before, cue, speaker, after)
    content = _edges(doc, first, last)
    if content is None:
        return None
    return Reported(content, cue, speaker)


def _last_word(doc: Doc, token: Token) -> int:
    """Index of the last token of ``token``'s subtree that is not punctuation (the final full stop
    often hangs from the last clause)."""
    last = token.right_edge.i
    while last > token.i and doc[last].is_punct:
        last -= 1
    return last


def governing_speaker(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue, speaker) for the quotation at ``start:end`` of the sentence: the cue verb the quoted
    words hang from ('Trump called him a “talented guy”', 'Xi urged both sides to “exercise
    restraint”'), and that verb's subject. None when no cue verb governs the quotation."""
    inside = [t for t in doc if start <= t.idx < end]
    roots = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    for root in roots[:3]:
        token = root
        for _ in range(4):
            if token.head.i == token.i:
                break
            token = token.head
            if start <= token.idx < end:
                continue
            if token.lower_ == "to" and token.i > 0 and doc[token.i - 1].lower_ == "according":
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    return (doc[token.i - 1].idx, token.idx + 2), _phrase(doc, objects[0])
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS:
                if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
                    return None
                speaker = subject_span(doc, token)
                if speaker is None or start <= speaker[0] < end:
                    return None
                teller = _retold_by(doc, token, inside)
                if teller is not None:
                    return teller
                return (token.idx, token.idx + len(token.text)), speaker
    return None


def _retold_by(doc: Doc, cue: Token, inside: list[Token]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Schumer exited saying Trump told them “he'd keep the government closed …”": words that speak of the
    inner speaker as "he"/"she" are the outer speaker's account of what was said, not the inner speaker's own
    (BASIL 0d10341a printed them under Trump). (cue, speaker) of the outer cue verb when the quotation opens
    with that pronoun as its subject, the inner cue's subject is a proper noun and the inner cue is the
    complement of another cue verb with a subject of its own; None otherwise."""
    if not inside or inside[0].lower_ not in ("he", "she") or inside[0].dep_ != "nsubj":
        return None
    inner = [c for c in cue.children if c.dep_ == "nsubj"]
    outer = cue.head
    if len(inner) != 1 or inner[0].pos_ != "PROPN" or cue.dep_ != "ccomp" or outer is cue:
        return None
    if outer.pos_ not in ("VERB", "AUX") or outer.lemma_.lower() not in CUE_LEMMAS:
        return None
    speaker = subject_span(doc, outer)
    if speaker is None or speaker[0] >= cue.idx:
        return None
    return (outer.idx, outer.idx + len(outer.text)), speaker


# --- which findings to keep: a logistic regression over what the parse says of each -----------------

_MODALS = frozenset(["would", "could", "might", "may", "will", "should", "can", "must", "'d", "’d", "'ll", "’ll"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"])
_LENGTHS = (2, 5, 10, 20, 40)


def _token_at(doc: Doc, offset: int) -> Token | None:
    for token in doc:
        if token.idx <= offset < token.idx + len(token.text):
            return token
    return None


def finding_features(doc: Doc, finding: Reported) -> list[str]:
    """What the parse says of one finding, as feature names for :func:`keep_score`: the cue's lemma,
    dependency and tag (alone and with the speaker's kind and the content's shape), the speaker's kind
    (none, pronoun, relative, name, noun), the content's length in words, whether it is a clause, whether
    it has two pieces, whether the cue is negated or modal, where the cue stands."""
    cue = _token_at(doc, finding.cue[0])
    if cue is None:
        return ["cue=?"]
    lemma = "according" if cue.lower_ == "according" else _lemma(cue)
    kind = "n" if cue.pos_ in ("NOUN", "PROPN") else "a" if cue.pos_ == "ADJ" else "v"
    inside = [t for t in doc if finding.content[0] <= t.idx < finding.content[1]]
    words = [t for t in inside if not t.is_punct]
    length = next((str(n) for n in _LENGTHS if len(words) <= n), "more")
    clause = "clause" if any(t.pos_ in ("VERB", "AUX") for t in words) else "phrase"
    if finding.speaker is None:
        speaker = "none"
    else:
        first, last = finding.speaker
        said_by = [t for t in doc if first <= t.idx < last]
        head = next((t for t in said_by if t.head.i == t.i or not first <= t.head.idx < last), None)
        if finding.antecedent is not None:
            speaker = "relative"
        elif head is not None and head.lower_ in _PRONOUNS:
            speaker = "pronoun"
        elif head is not None and (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
            speaker = "name"
        else:
            speaker = "noun"
    word = words[0].lower_ if words else ""
    opening = word if word in ("that", "to", "if", "whether", "what", "how", "why") else "other"
    quoted = any(t.text[:1] in _OPENING or t.text in _CLOSING for t in inside)
    negated = any(c.dep_ == "neg" for c in cue.children)
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children)
    opening_token = _token_at(doc, finding.content[0])
    before = doc[opening_token.i - 1] if opening_token is not None and opening_token.i > 0 else None
    preposition = before.lower_ if before is not None and before.pos_ == "ADP" else "none"
    where = "in"
    if finding.cue[1] <= finding.content[0]:
        where = "before"
    elif finding.cue[0] >= finding.content[1]:
        where = "after"
    return [
        f"lemma={kind}:{lemma}",
        f"dep={cue.dep_}",
        f"tag={cue.tag_}",
        f"lemma_dep={lemma}|{cue.dep_}",
        f"lemma_tag={lemma}|{cue.tag_}",
        f"speaker={speaker}",
        f"lemma_speaker={lemma}|{speaker}",
        f"length={length}",
        f"lemma_length={lemma}|{length}",
        f"shape={clause}",
        f"lemma_shape={lemma}|{clause}",
        f"opening={opening}",
        f"lemma_opening={lemma}|{opening}",
        f"pieces={1 if finding.rest is None else 2}",
        f"quoted={quoted}",
        f"negated={negated}",
        f"modal={modal}",
        f"where={where}",
        f"lemma_where={lemma}|{where}",
        f"head_dep={cue.head.dep_ if cue.head.i != cue.i else 'self'}",
        f"prep={preposition}",
        f"lemma_prep={lemma}|{preposition}",
    ]


@cache
def keep_model() -> dict[str, Any]:
    """``nlp/reported_keep.json`` (or the file ``NEWSFUSE_REPORTED_KEEP`` names): {"weights": {feature:
    w}, "intercept": b, "threshold": p}, fitted by ``python -m bench.polnear_keep`` on PolNeAR train."""
    named = os.environ.get("NEWSFUSE_REPORTED_KEEP")
    source = Path(named) if named else resources.files("newsfuse.nlp").joinpath("reported_keep.json")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def keep_probability(features: list[str]) -> float:
    """The fitted probability that a finding with these features is an attribution PolNeAR marks, with
    its speaker (a logistic regression over indicator features; unknown features weigh nothing)."""
    model = keep_model()
    weights: dict[str, float] = model["weights"]
    linear = float(model["intercept"]) + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-linear))


def kept(doc: Doc, finding: Reported) -> bool:
    """Whether a finding is worth reporting: its fitted probability of being right is at least the
    model's threshold."""
    threshold = float(keep_model()["threshold"])
    return threshold <= 0.0 or keep_probability(finding_features(doc, finding)) >= threshold


# verbs that name or say words: a quotation they govern is the words of their subject, or of nobody when the verb is
# negated or refused ("refuses to describe them as “…”")
_NAMES_WORDS_LIST = (
    "call describe term dub label brand characterize characterise portray depict cast refer say use utter mention"
)
_NAMES_WORDS = frozenset(_NAMES_WORDS_LIST.split())
# refusing to do something with words: "refuses to describe", "avoiding the term “…”"
_REFUSING = frozenset(["refuse", "decline", "avoid"])
_OWNED_CLAUSES = frozenset(["relcl", "advcl", "acl"])


@dataclass(frozen=True)
class QuotedTerm:
    """Whose words a quotation is, read from the verb that governs it: ``unsaid`` when that verb is negated or
    refused (nobody said them), else ``subject``, the named subject of a naming verb in a clause of its own (offsets
    in the sentence)."""

    unsaid: bool
    subject: tuple[int, int] | None
    verb: tuple[int, int] | None = None


def quoted_term(doc: Doc, start: int, end: int) -> QuotedTerm | None:
    """The quotation at ``doc`` offsets [start, end): the nearest verb above it that names words decides. "Obama
    explained that he refuses to describe the groups as fueled by “radical Islam”" and "ripped Obama for avoiding the
    term “…”": nobody said the words (a term the writer marks; BASIL 76810849 printed it under Obama). "Rose asked
    Rubio whether … at a time that Rubio's campaign portrays other leaders as “trapped in the past”": a naming verb in
    a relative or adverbial clause with a named subject (a proper noun, or a noun a proper noun owns) gives that
    subject (BASIL 7f9c83f7 printed Rose, who asked). None when no such verb governs it."""
    inside = [t for t in doc if start <= t.idx < end and not t.is_punct]
    tops = [t for t in inside if t.head.i == t.i or not start <= t.head.idx < end]
    if len(tops) != 1:
        return None
    node = tops[0]
    while node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ != "VERB":
            continue
        lemma = node.lemma_.lower()
        if lemma in _REFUSING and below.dep_ == "dobj":
            return QuotedTerm(True, None)  # "avoiding the term “…”"
        if lemma not in _NAMES_WORDS:
            if lemma in CUE_LEMMAS:
                return None  # a cue of speech above: its own rules decide
            continue
        if any(c.dep_ == "neg" for c in node.children) or (node.dep_ == "xcomp" and node.head.lemma_ in _REFUSING):
            return QuotedTerm(True, None)
        if node.dep_ not in _OWNED_CLAUSES:
            return None
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        owned = subject is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)
        if subject is None or not (subject.pos_ == "PROPN" or owned):
            return None
        return QuotedTerm(False, _phrase(doc, subject), (node.idx, node.idx + len(node)))
    return None


def name_span(name: Token) -> tuple[int, int]:
    """A proper noun with the words the parse compounds into it ("Sen. Bob Menendez"), as offsets in its sentence."""
    parts = [name, *(c for c in name.children if c.dep_ in ("compound", "flat"))]
    return min(p.idx for p in parts), name.idx + len(name)


_FRONTING = frozenset(["when", "after", "once", "as", "because", "since", "while", "before", "until", "if"])


def fronted_person(doc: Doc, pronoun_at: int) -> tuple[int, int] | None:
    """ "But when the final draft was sent to Mr. Petraeus, he dismissed them, saying “…”": a "he"/"she" subject
    whose clause opens with a subordinate clause about a thing (its subject a common noun), in which one proper noun
    is written, stands for that proper noun; the paragraph's earlier subject does not outrank it (editor read #14, d2,
    credited Petraeus's words to Morell). The proper noun's span (offsets in the sentence), else None; with a person
    or a pronoun as the opening clause's subject ("When Moss met Brink, he said") the text does not say."""
    pronoun = next((t for t in doc if t.idx == pronoun_at), None)
    if pronoun is None or pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj":
        return None
    opening = [c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i]
    if len(opening) != 1:
        return None
    clause = opening[0]
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _FRONTING for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return None
    names = [t for t in clause.subtree if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat")]
    return name_span(names[0]) if len(names) == 1 else None


_QUOTE_MARKS = re.compile('[“”"]')


_MEMBER_CUT = frozenset({"cc", "conj", "appos", "punct", "relcl", "acl", "advmod", "preconj"})


def one_of_coordinated(doc: Doc, start: int, end: int) -> bool:
    """Whether the speaker written at ``doc.text[start:end]`` is one conjunct of a subject that names two or more
    ("Nebraska and Oklahoma complained about a “…”", "Tessel, Varn and Keld said"): the words are the group's, and
    no one member's (editor read #16, d2, printed "Oklahoma", the second state, as the speaker). The subject's head,
    a capitalised word, is joined by "and"/"or" to a capitalised word, or is itself a conjunct of one, outside the
    span."""
    inside = [t for t in doc if start <= t.idx < end]
    heads = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    if len(heads) != 1:
        return False
    head = heads[0]
    if not head.text[:1].isupper():
        # "TV producer and “Harbour” showrunner Tom Velden", "the former House speaker and Republican presidential
        # contender": two descriptions of one person, joined by "and", are no two speakers
        return False
    if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.text[:1].isupper():
        # not a word inside the quotation before the frame ("“… should deeply concern every American,” House Freedom
        # Caucus Chairman Mark Meadows, R-N.C., said": editor read #20, b4, left Meadows's statement unattributed)
        return not _QUOTE_MARKS.search(doc.text, min(head.head.idx, head.idx), max(head.head.idx, head.idx))
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "conj" and c.text[:1].isupper() and not start <= c.idx < end for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "or") for c in head.subtree
    )
