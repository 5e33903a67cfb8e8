"""What a count counts, read from the parse: the words that describe the counted thing across outlets.

Two outlets rarely count one thing in the same words around the figure. "lay out 19 separate actions the president
could take" and "23 executive actions that will be taken immediately" share no word within four words of the figure
(``conflicts.context_of``), and neither do "the Senate should take up some 16 House-passed measures" and "they have
brought up 15 bills that they contend ... have been ignored in the Democratic-led Senate" (BASIL 2013 gold tune;
editor read of stop 43, BASIL 2011). The parse says what the figure counts: the counted noun's own phrase with its
relative clause ("steps that the president can take"), the verb that takes it ("took 23 steps") and that verb's
subject. Their content lemmas (``described``) are the count's description; two reports of one slot whose
descriptions share a word are about one thing as much as two that share a word right around the figure, and they
still pass every other check of a conflict (the same-thing gate, parts, years, values far apart).

Counted nouns that name one kind of thing in other words share a slot (``KINDS``): a House's "bills" and its
"measures", a president's "steps" and "actions". The embedding was tried for this (word vectors of the two nouns) and
does not tell synonyms from neighbours: "bill" / "measure" 0.24, "step" / "action" 0.48, against "senator" / "vote"
0.49 and "worker" / "woman" 0.47 (docs/synthesis.md, stop 44).

The verb that takes a count of people also says what befell them (``harm_done``): the dead, the hurt and the people
hit are three sets of one event, never one count told two ways (stop 49).
"""

from __future__ import annotations

from typing import Any

from newsfuse.align.numbers import STOP, Quantity
from newsfuse.align.same_thing import SameThing, noun_of, verb_of

# nouns that count one kind of thing in other words: the slot's noun is the first
KINDS = {
    "bill": ("bill", "measure"),  # "15 bills" / "some 16 House-passed measures"
    "action": ("action", "step"),  # "19 independent steps that the president can take" / "23 executive actions"
}
KIND_OF = {noun: kind for kind, nouns in KINDS.items() for noun in nouns}
# words of a description that say nothing of what is counted: the verbs of saying and being, and the words of time
_EMPTY = frozenset(
    {"be", "have", "do", "say", "tell", "add", "include", "make", "get", "go", "come", "give", "see", "know", "think",
     "there", "here", "also", "more", "most", "other", "such", "many", "much", "only", "just", "total",
     "day", "week", "month", "year", "today", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday"}
)  # fmt: skip
_WORDS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# prepositions whose object says where or when an act was ("in two states", "across 12 cities", "during two days")
_WHERE = frozenset({"in", "at", "across", "throughout", "within", "inside", "near", "during", "over", "around", "from"})
SPAN = 20  # tokens either side of the counted noun a description may reach (a relative clause, not the sentence)


def described(gate: SameThing, sentence: int, quantity: Quantity) -> frozenset[str]:
    """The content lemmas that describe what ``quantity`` counts in sentence ``sentence``: the counted noun's phrase
    (its modifiers and relative clause, at most ``SPAN`` tokens away), the verb that governs the noun and that verb's
    subject; not the counted noun itself, not the figure, not a word of saying, being or time. Empty without a
    parser."""
    # the figure's own last word: the head of "some 16" as a span is its determiner ("some"), not the number
    last = quantity.text.rstrip().rfind(" ") + 1
    head = gate.head(sentence, quantity.start + last, quantity.end)
    if head is None:
        return frozenset()
    noun = noun_of(head)
    if noun.dep_ == "pobj" and noun.head.lower_ in _WHERE:
        # "voted for Lind in two states Tuesday night": where the act was, not a thing it counts; two sets of states
        # met on "vote" against "all five states voting Tuesday" (PolNeAR design half, stop 27's false pair)
        return frozenset()
    near = range(noun.i - SPAN, noun.i + SPAN + 1)
    tokens = [t for t in noun.subtree if t.i in near]
    verb = verb_of(noun.head) if noun.head.i != noun.i else None
    if verb is not None and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj"):
        tokens.append(verb)
        tokens += [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree]
    return frozenset(_lemma(t) for t in tokens if _content(t, noun, quantity))


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _content(token: Any, noun: Any, quantity: Quantity) -> bool:
    if token.i == noun.i or token.pos_ not in _WORDS or token.like_num or not token.is_alpha:
        return False
    if quantity.start <= token.idx < quantity.end:
        return False
    lemma = _lemma(token)
    kind = KIND_OF.get(quantity.noun, quantity.noun)
    return len(lemma) > 2 and lemma not in STOP and lemma not in _EMPTY and KIND_OF.get(lemma, lemma) != kind


# What was done to the people a count counts, by the verb that takes them: killed, hurt, or hit (by a shot, a blow, a
# vehicle). "a gunman had opened fire ..., striking four people" counts the people hit; "Six people, including two
# congressmen, two police officers, a congressional aide and a lobbyist, were injured" counts everyone hurt, one of
# them a congressman who hurt his leg diving into the dugout (BASIL 2017 58f414e5, stop 49's list: shown as a
# conflict on "four" against "Six").
HARMS = {
    "death": ("kill", "die", "murder", "slay"),
    "injury": ("injure", "wound", "hurt"),
    "hit": ("strike", "hit", "shoot"),
}
_HARM_OF = {verb: harm for harm, verbs in HARMS.items() for verb in verbs}
_DEAD = frozenset({"dead", "death"})  # "shot dead", "shot to death", "beaten to death": a death


def harm_done(gate: SameThing, sentence: int, quantity: Quantity) -> str | None:
    """Which harm (``HARMS``) the verb governing ``quantity``'s counted noun did to it: the noun is the verb's object
    or its passive subject ("striking four people", "six people were injured"), or its subject when the verb tells
    what befell it ("two people died"). "shot dead", "shot to death" are deaths. None when the parse gives no such
    verb, or without a parser."""
    last = quantity.text.rstrip().rfind(" ") + 1
    head = gate.head(sentence, quantity.start + last, quantity.end)
    if head is None:
        return None
    noun = noun_of(head)
    verb = noun.head if noun.head.i != noun.i else None
    if verb is None or verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    harm = _HARM_OF.get(_lemma(verb))
    if noun.dep_ == "nsubj" and harm != "death":
        return None  # "four people hit the ground": the subject did it
    if harm == "hit" and any(_to_death(c) for c in verb.children):
        return "death"
    return harm


def _to_death(child: Any) -> bool:
    """A child of a verb of hitting that makes it a killing: "shot dead", "shot to death"."""
    if child.lower_ in _DEAD and child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp"):
        return True
    return child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in _DEAD for g in child.children)
