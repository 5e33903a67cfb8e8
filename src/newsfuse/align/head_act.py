"""Does another outlet's sentence tell the shown sentence's act, done to the same things? Read from the parse.

A sentence that carries two facts joins one fact's unit (one sentence per article), so the other fact's unit
cannot hold it. It may still back that other fact from outside the unit when the pair model puts the two at the
unit threshold (align/facts.py ``backers``), but only if it holds half of the shown sentence's word weight
(``Backing.holds``): a word share, which the other fact's words and the shown sentence's own frame ("According
to a police report, Stinson became upset with Jordan and …") keep low. "She told police she struck the child in
the face with the back of her hand Saturday night, causing his head to strike a wall" tells "… struck the child
across the face with the back of her hand" (pair P 0.94), but holds 0.41 of its weight (gold tune, stop 40).

:func:`tells_head_act` reads the shown sentence's acts instead of its words: each verb of its main clause (the
root, the verbs joined to it by "and", the clause a speech verb reports) that is no light verb, with the things
it is done to (its object, its prepositions' objects and a light verb's predicate noun; a pronoun or a date
names nothing checkable and is left out). The cited sentence tells the act when it has a verb of the same stem
whose own objects name every one of those things: the same act done to the same things, not the same words
scattered over other acts. The subject is left to ``Backing.same_actors``, which every backer passes as well.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from newsfuse.align import same_fact
from newsfuse.align.actors import LIGHT_LEMMAS, SPEECH_LEMMAS
from newsfuse.align.numbers import Quantity

# Dependents of a verb that hold what it is done to (spaCy's English labels)
_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "acomp"})
_PREPS = frozenset({"prep", "agent"})
# Verbs joined to the head that tell the same sentence's act: "became upset … and struck the child"
_JOINED = frozenset({"conj"})
_THINGS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
# Prepositions whose object says when or where rather than what was done ("on Sunday", "in May"): left out
_SETTING = frozenset({"on", "in", "at", "during", "since", "before", "after", "until", "by", "from", "to", "near"})
_DATE_LABELS = frozenset({"DATE", "TIME"})


def _stem(token: Any) -> str:
    return same_fact.stem(token.lemma_.lower())


def _things(verb: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the heads of what ``verb`` is done to: its objects, and the objects of its prepositions but
    those of time and place (:data:`_SETTING`); no pronoun, no date."""
    objects: set[str] = set()
    others: set[str] = set()
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            heads, into = [child], objects
        elif child.dep_ in _PREPS and child.lower_ not in _SETTING:
            heads, into = [c for c in child.children if c.dep_ == "pobj"], others
        else:
            continue
        into.update(_stem(h) for h in heads if h.pos_ in _THINGS and h.ent_type_ not in _DATE_LABELS)
    return frozenset(objects), frozenset(others)


def _main_verbs(doc: Any) -> list[Any]:
    """The verbs of the first sentence's main clause: the root (or, under a speech verb, the clause it reports)
    and the verbs joined to it by a conjunction or as its complement."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return []
    head = roots[0]
    if head.lemma_.lower() in SPEECH_LEMMAS:
        reported = [c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        head = reported[0] if reported else head
    verbs = [head]
    todo = [head]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            if child.dep_ in _JOINED and child.pos_ == "VERB" and child not in verbs:
                verbs.append(child)
                todo.append(child)
    return verbs


Act = tuple[str, frozenset[str], frozenset[str]]  # a verb's stem, its objects, its prepositions' objects


def _acts(doc: Any) -> list[Act]:
    """Every verb of ``doc`` that is no light verb, with what it is done to (:func:`_things`)."""
    return [(_stem(t), *_things(t)) for t in doc if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT_LEMMAS]


def head_acts(doc: Any) -> list[Act]:
    """The shown sentence's acts: the :func:`_main_verbs` that are no light verbs nor speech verbs, with an object.
    An act told with prepositions only is too loose a handle: "…, with two trophies allowed per import" (a
    participle the parser hung on the main verb) met "… and allow such imports", another outlet's sentence on the
    president's doubts (gold tune basil-2017-542cd22c)."""
    acts = []
    for verb in _main_verbs(doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in LIGHT_LEMMAS or lemma in SPEECH_LEMMAS:
            continue
        objects, others = _things(verb)
        if objects:
            acts.append((_stem(verb), objects, others))
    return acts


def tells_head_act(shown: Any, cited: Any) -> bool:
    """Whether the parsed ``cited`` sentence tells one of ``shown``'s :func:`head_acts`: a verb of the same stem
    whose own objects include that act's objects ("the deckhand struck her" does not tell "she struck the
    deckhand") and that shares a thing with it, in a sentence that names every thing the act is done to (a
    preposition's object may sit in another phrase there: "hit in the face" / "across the face")."""
    wanted = head_acts(shown)
    if not wanted:
        return False
    words = {_stem(t) for t in cited if t.pos_ in _THINGS}
    return any(_done_to(wanted, act, words) for act in _acts(cited))


def _done_to(wanted: Iterable[Act], act: Act, words: set[str]) -> bool:
    verb, objects, others = act
    return any(
        verb == stem and need <= objects and (need | more) & (objects | others) and need | more <= words
        for stem, need, more in wanted
    )


def same_figures(shown: Sequence[Quantity], cited: Sequence[Quantity]) -> bool:
    """No figure on one side, or a figure of the shown sentence that the cited one gives too (the same number:
    "at least three" and "three"). An act is a kind of event a story may tell many of: "A car bomb … in Aleppo
    killed at least three people on Sunday" and "… twin car bombs ripped through two neighbourhoods of Damascus on
    Saturday, killing 27 people" both kill people, and "at least three" is no disagreement with 27
    (``units.numbers_agree``), but two figures with none in common tell two events (gold tune multinews-076, with
    the story model that had not seen it: ``newsfuse bench facts --leave-one-out``)."""
    if not shown or not cited:
        return True
    return any(x.low == y.low or (x.high == y.high and math.isfinite(x.high)) for x in shown for y in cited)


# A figure of fewer significant digits is a round one many sentences of a story give ("10 percent", "2,000", "$15
# million"); a specific one ("1,175 points", "35.7 percent", "$43,885,310") is rarely given for two events
TELLING_DIGITS = 3


def telling_figure(q: Quantity) -> bool:
    """An exact figure of at least :data:`TELLING_DIGITS` significant digits that is no year: two outlets that give
    it tell one event."""
    if not q.exact or not math.isfinite(q.low) or q.low == 0:
        return False
    if q.low.is_integer() and 1900 <= q.low <= 2100 and "," not in q.text:
        return False
    digits = f"{abs(q.low):.6f}".replace(".", "").strip("0")
    return len(digits) >= TELLING_DIGITS


def shares_telling_figure(shown: Sequence[Quantity], cited: Sequence[Quantity]) -> bool:
    """Whether the two give one :func:`telling_figure` of one measure (and of one counted thing, when both name it)."""
    return any(
        telling_figure(x)
        and y.exact
        and x.unit == y.unit
        and x.low == y.low
        and (x.unit != "count" or not x.noun or not y.noun or x.noun == y.noun)
        for x in shown
        for y in cited
    )
