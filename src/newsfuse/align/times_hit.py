"""How many times one person was shot, stabbed or struck, told differently by two independent sources.

"his wife, Racquel, was shot once in the right leg" (ESPN) / "Smith's wife … was struck twice in the leg" (CBS;
Multi-News validation row 32, stop 47's list) is one count of one thing, but "once" and "twice" are no figures the
number reader takes, and a repetition ("count:time") is never compared as a count: over unseen Multi-News rows the
repetitions compared that way were all false conflicts ("shot Plotts three times" / "shot Hunt two times": two
people; "ran more than three times a week": a rate). Read from the dependency parse instead, so that the thing counted
is known: the verb (shoot; strike and hit, which a bullet does too; stab), the person it was done to (a passive's
subject or the object; a pronoun is the noun subject before it in its sentence, "Smith's wife … when she was struck"),
the times ("once", "twice", "three times" — never "several" or "multiple times", nor "at least three times"), and where
on the body ("in the right leg" → leg).

Two reports disagree when they come from independent sources, their verbs are of one kind, the person is one (a name
word in common; or the same noun, "wife", with no names or owners that differ: "his wife, Racquel" / "Smith's wife"),
they name the same parts of the body (both none: the whole count; "three times" against "twice in the chest" is a
whole and its part), and the times differ; not when either article gives the other's count of that person anywhere,
when the verb is negated, under a modal or inside a quotation (a witness's count is no outlet's report), when the
sentences name other years or other weekdays (two shootings of one man), nor when they are about other things (cosine
below ``MIN_SIMILARITY``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsfuse.align.numbers import WORD_NUMBERS
from newsfuse.align.same_thing import SameThing
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.dates import WEEKDAY_WORD
from newsfuse.records import AnalysedStory, Claim, Conflict

MIN_SIMILARITY = 0.30
# verbs of one kind count one thing: a bullet shoots, strikes or hits; a knife stabs
_KIND = {"shoot": "shot", "strike": "shot", "hit": "shot", "stab": "stabbed"}
_PARTICIPLE = {"shoot": "shot", "strike": "struck", "hit": "hit", "stab": "stabbed"}
_ONCE = {"once": 1, "twice": 2, "thrice": 3}
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can", "must", "'ll", "wo", "ca"})
# a bound or a guess is no count a writer holds to: "at least three times", "more than 20 times", "about 10 times"
_BOUND = frozenset(
    {"least", "more", "than", "over", "about", "around", "nearly", "almost", "roughly", "some", "up", "as", "several",
     "multiple", "many", "numerous", "few", "dozens", "countless"}
)  # fmt: skip
# another person than the one named before: "another man was shot twice"
_OTHER = frozenset({"another", "other", "second", "third", "fourth"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_SPEECH = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "write", "believe", "think"})
_VERB = re.compile(r"\b(?:shot|shoots?|shooting|stabb(?:ed|ing)|stabs?|struck|strikes?|hit|hits)\b", re.I)
_TIMES = re.compile(r"\b(?:once|twice|thrice|times)\b", re.I)
_PART_PREPS = frozenset({"in", "to", "on"})
# where on the body: "in the right leg", "in the torso and arm" (not "in Brill", "on Sunday night", "in his car")
_BODY = frozenset(
    {"head", "face", "neck", "throat", "chest", "back", "torso", "abdomen", "stomach", "belly", "side", "arm", "hand",
     "wrist", "elbow", "shoulder", "leg", "thigh", "knee", "calf", "shin", "ankle", "foot", "hip", "groin", "buttock",
     "jaw", "cheek", "eye", "ear", "mouth", "forehead", "temple", "skull", "heart", "lung", "spine", "pelvis", "body",
     "finger", "toe"}
)  # fmt: skip
_NOT_PEOPLE = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_FULL_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


@dataclass(frozen=True)
class _Hit:
    """One report: sentence, verb lemma, the person's head token, name words, head noun, owner's name words, the body
    parts named, the times, and the times as written."""

    sentence: int
    lemma: str
    person: Any
    names: frozenset[str]
    noun: str
    owners: frozenset[str]
    parts: frozenset[str]
    times: int
    written: str


def _times(verb: Any) -> tuple[int, str] | None:
    """The times an act was done, from the verb's children: "once", "twice", "three times" (None for "several times",
    "at least three times", or when the verb carries two counts)."""
    found: list[tuple[int, str]] = []
    # "shot Keller three times outside his home": the parser may hang the times on the place's preposition
    nearby = [
        *verb.children,
        *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "npadvmod"),
    ]
    for c in nearby:
        word = c.lower_
        if word in _ONCE and c.dep_ == "advmod":
            if any(g.lower_ in _BOUND for g in c.children):
                return None
            found.append((_ONCE[word], c.text))
        elif c.lemma_.lower() == "time" and c.dep_ in ("npadvmod", "dobj", "advmod", "obl"):
            numbers = [g for g in c.children if g.dep_ == "nummod"]
            if len(numbers) != 1 or any(g.lower_ in _BOUND for g in c.subtree):
                return None
            raw = numbers[0].lower_.replace(",", "")
            value = int(raw) if raw.isdigit() else WORD_NUMBERS.get(raw)
            if value is None or value < 1:
                return None
            found.append((int(value), f"{numbers[0].text} {c.text}"))
    return found[0] if len(found) == 1 else None


def _person(verb: Any) -> Any | None:
    """Whom the act was done to: a passive's subject or the object; a personal pronoun is the first noun subject before
    it in its sentence ("Smith's wife had gotten out of the car … when she was struck twice"), or the pronoun itself
    when there is none (``_hits`` asks the sentence before)."""
    person = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if person is None:
        person = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if person is None:
        return None
    if person.pos_ == "PRON":
        if person.lower_ not in _PERSONAL:
            return None
        before = [
            t
            for t in person.doc[: person.i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.lemma_.lower() not in _SPEECH
        ]  # "Police said he was shot three times": the police are who tells it, not whom it was done to
        return before[0] if before else person
    return person if person.pos_ in ("NOUN", "PROPN") else None


def _identity(head: Any, named: set[int]) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """(name words, head noun, owner's name words) of the person ``head`` heads; None for "another man", and for a
    common noun that names nobody in particular ("a man was shot twice": the story may hold several): a noun without a
    name counts only with an owner or "the" ("his wife", "the victim")."""
    names: set[str] = set()
    owners: set[str] = set()
    definite = False
    for c in head.children:
        if c.lower_ in _OTHER:
            return None
        if c.dep_ == "poss":
            owners.update(_words(c.subtree, named))
            definite = True
        elif c.dep_ == "det" and c.lower_ == "the":
            definite = True
        elif c.dep_ in ("compound", "appos", "flat"):
            names.update(_words(c.subtree, named))
    names.update(_words([head], named))
    noun = head.lemma_.lower() if head.pos_ == "NOUN" and head.i not in named else ""
    if not names and not definite:
        return None
    return frozenset(names), noun, frozenset(owners)


def _words(tokens: Any, named: set[int]) -> set[str]:
    return {t.lower_.strip(".") for t in tokens if (t.pos_ == "PROPN" or t.i in named) and len(t.lower_) > 1}


def _parts(verb: Any) -> frozenset[str]:
    """The parts of the body the act reached: the nouns of the verb's "in" / "to" / "on" phrases ("in the right leg",
    "in the torso and arm" → leg; torso, arm)."""
    parts: set[str] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PART_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                nouns = [obj, *(c for c in obj.children if c.dep_ == "conj")]
                parts.update(n.lemma_.lower() for n in nouns if n.lemma_.lower() in _BODY)
    return frozenset(parts)


def _hits(i: int, doc: Any, quoted: str, named: set[int], before: frozenset[str]) -> list[_Hit]:
    """The reports of sentence ``i``; ``before``: the family names of the people the article's previous sentence names
    (a pronoun with nobody before it in its own sentence is the one person named there: "Tomas Keller died on Sunday.
    He was shot three times.")."""
    found = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _KIND:
            continue
        if any(c.dep_ == "neg" or c.lower_ in _MODALS for c in verb.children):
            continue
        if quoted and verb.text in quoted and _window(doc, verb) in quoted:
            continue  # a witness's count ("he shot him three times," she said) is no outlet's report
        times = _times(verb)
        person = _person(verb)
        if times is None or person is None:
            continue
        if person.pos_ == "PRON":
            if len(before) != 1:
                continue  # nobody, or two people, named before: whose count it is is not said
            identity: tuple[frozenset[str], str, frozenset[str]] | None = (before, "", frozenset())
        else:
            identity = _identity(person, named)
        if identity is None or not (identity[0] or identity[1]):
            continue
        names, noun, owners = identity
        found.append(_Hit(i, lemma, person, names, noun, owners, _parts(verb), times[0], times[1]))
    return found


def _window(doc: Any, token: Any) -> str:
    first, last = doc[max(0, token.i - 2)], doc[min(len(doc) - 1, token.i + 2)]
    return str(doc.text[first.idx : last.idx + len(last.text)])


def same_person(a: _Hit, b: _Hit) -> bool:
    """One person in both reports: a name word in common; or one head noun ("wife") when the names and the owners do
    not differ (a side without names or owners differs from none)."""
    if a.names and b.names:
        return bool(a.names & b.names)
    if not a.noun or a.noun != b.noun:
        return False
    return not (a.owners and b.owners and not a.owners & b.owners)


def hit_count_conflicts(
    story: AnalysedStory, support: SupportMap, gate: SameThing, copy_of: Mapping[str, str | None]
) -> list[tuple[int, Conflict, set[int]]]:
    """(first sentence, conflict, its sentences) for each person two independent sources say was shot (stabbed,
    struck) a different number of times (module docstring); nothing without a parser."""
    if not gate.active:
        return []
    sentences = story.sentences
    candidates = [i for i, s in enumerate(sentences) if _VERB.search(s.text) and _TIMES.search(s.text)]
    if len(candidates) < 2:
        return []
    gate.prefetch(candidates)
    people: dict[tuple[str, int], set[str]] = {}
    for m in story.mentions:
        words = re.findall(r"[\w'’-]+", m.text.lower())
        # a person, or what reads as a person's full name under another label (the model takes "Ilse Varga" for an
        # organisation): counted so that two people named before a pronoun leave it unresolved
        if words and (m.label == "PERSON" or (m.label not in _NOT_PEOPLE and _FULL_NAME.fullmatch(m.text))):
            people.setdefault((m.article_id, m.sentence_index), set()).add(words[-1])
    hits: list[_Hit] = []
    for i in candidates:
        doc = gate.doc(i)
        before = frozenset(people.get((sentences[i].article_id, sentences[i].index - 1), set()))
        hits.extend(_hits(i, doc, quoted_part(sentences[i].text), gate.named_tokens(i, doc), before))
    root = {h.sentence: copy_of.get(sentences[h.sentence].article_id) or sentences[h.sentence].article_id for h in hits}
    found: list[tuple[int, Conflict, set[int]]] = []
    told: set[int] = set()
    for k, a in enumerate(hits):
        for b in hits[k + 1 :]:
            if a.sentence in told or b.sentence in told or root[a.sentence] == root[b.sentence]:
                continue
            if _KIND[a.lemma] != _KIND[b.lemma] or a.parts != b.parts or a.times == b.times:
                continue
            if not same_person(a, b) or support.similarity[a.sentence, b.sentence] < MIN_SIMILARITY:
                continue
            if _gives(hits, root, a, b.times) or _gives(hits, root, b, a.times):
                continue  # the article also gives the other count of that person: no side of a disagreement
            if _other_times(sentences[a.sentence].text, sentences[b.sentence].text):
                continue  # "shot nine times in 2000" / "shot twice in 2018": two shootings of one man
            found.append((min(a.sentence, b.sentence), _conflict(story, a, b), {a.sentence, b.sentence}))
            told.update((a.sentence, b.sentence))
    return found


_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def _other_times(a: str, b: str) -> bool:
    """The two sentences date other occasions: the years they name differ, or both name a weekday and none in common
    (as two figures' sentences do in ``conflicts._clash``)."""
    if set(_YEAR.findall(a)) != set(_YEAR.findall(b)):
        return True
    x, y = {w.lower() for w in WEEKDAY_WORD.findall(a)}, {w.lower() for w in WEEKDAY_WORD.findall(b)}
    return bool(x and y and not x & y)


def _gives(hits: list[_Hit], root: dict[int, str], mine: _Hit, times: int) -> bool:
    """``mine``'s article gives ``times`` for the same person and act anywhere."""
    return any(
        root[h.sentence] == root[mine.sentence]
        and h.times == times
        and _KIND[h.lemma] == _KIND[mine.lemma]
        and same_person(h, mine)
        for h in hits
    )


def _conflict(story: AnalysedStory, a: _Hit, b: _Hit) -> Conflict:
    """The conflict of two reports, its claims in publication order."""
    sentences = story.sentences
    claims = [
        Claim(
            text=display_text(sentences[h.sentence].text), value=h.written, sources=[sentences[h.sentence].article_id]
        )
        for h in (a, b)
    ]
    order = {x.id: (x.published or "", k) for k, x in enumerate(story.articles)}
    claims.sort(key=lambda c: order[c.sources[0]])
    verb = "shot" if "shoot" in (a.lemma, b.lemma) else _PARTICIPLE[a.lemma]
    return Conflict(topic=f"how many times {_who(a, b)} was {verb}", claims=claims)


def _who(a: _Hit, b: _Hit) -> str:
    """The person as the topic names them: a name the two share (as written), else the head noun with its owner's
    name ("Smith's wife"), else the noun."""
    for hit in (a, b):
        names = [t.text for t in hit.person.subtree if t.lower_.strip(".") in hit.names and t.dep_ != "poss"]
        if names and (not a.names or not b.names or a.names & b.names):
            return " ".join(dict.fromkeys(names))
    shared = sorted(a.names & b.names)
    if shared:
        return " ".join(w.title() for w in shared)
    for hit in (a, b):
        owner = next((c for c in hit.person.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return f"{owner.text}'s {hit.person.text}"
    return f"the {a.person.text}"
