"""Do two sentences the join put in one unit tell two different acts? Read from their parses.

The wrong citations left at stop 55 arise in the join: another outlet's sentence about the same people and topic
joins the shown sentence's unit at a pair score of 0.90-0.99 while it tells another act (BASIL 2013 a4f1d515:
"President Barack Obama on Friday forcefully defended revelations that the NSA is collecting phone records …" /
"… senior Obama administration officials … have held 13 classified hearings and briefings for members of
Congress …"). Shared names and an embedding cannot see it; the act can: each sentence's main clause does one
thing to one thing ("defended revelations", "held hearings"), and neither sentence names the other's act or what
it is done to.

:func:`tells_another_act` asks for that positive evidence of two acts and says nothing otherwise, so it can veto a
citation but never adds one. Stop 51's event sign and stop 55's shared-word test asked the member for a sign that
it tells the act, and lost every gold outlet that tells the fact in other words ("arrived in Ukraine" / "visited
Kyiv", "was accused of funneling" / "was charged with funneling"); those have no direct object on one side, or
share the object, or a figure, and pass here. A sentence's act is read only when the sentence is one act:

- the main clause's verbs (the root, under a speech verb the clause it reports, verbs joined by "and", an xcomp,
  the clause a carrier verb such as "decided" or "wanted" carries); a speech verb or a carrier is no act itself;
- each verb with a direct object that is a noun: (the verb's stem, the object's stem); a light verb ("issued a
  declaration", "made an offer") is its object alone;
- exactly one such act on each side: a sentence of two acts ("expressed regret … and rebutted the attacks") may
  tell one of the other's in other words, and the tune labels' right and partial pairs with two acts were of that
  kind.

The two tell different acts when neither sentence holds the other's verb stem (but a light verb's) nor its
object's stem (with the object's compounds and numbers: "the 12-point position paper" / "a broad 12-point
proposal") anywhere among its verbs, nouns, adjectives and names, and they give no common specific figure
(align/head_act.py ``shares_telling_figure``).

Where it is read (:class:`ActReader`, ``AlignOptions.act_check_below``): a summary sentence's citations through its
sentence unit (align/cited.py ``actor_checked_sources``), not the fact graph's members. In the graph it removed, on
the gold tune stories, four members the gold counts as telling a part of a fact ("… will face intense opposition
from gun rights groups, including the National Rifle Association …" / "The National Rifle Association also plans to
launch a major ad campaign."; "he visits his wife every day at the hospital as she battles … blood clots in her
lungs" / "… they are fighting the possibility of pneumonia"): gold tune multi-outlet facts shown 80.4 -> 78.9
(docs/synthesis.md, "Stop 56 — h-cite56").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsfuse.align import head_act, same_fact
from newsfuse.align.actors import LIGHT_LEMMAS, SPEECH_LEMMAS
from newsfuse.align.units import quantities_of
from newsfuse.nlp.clarity import display_text
from newsfuse.nlp.models import Parser

# Verbs that carry another act rather than tell one: their xcomp or ccomp is the act ("decided she was going to
# kill her children", "wanted that line removed", "plans to launch a campaign"); copulas and auxiliaries as heads
CARRIER_LEMMAS = frozenset(
    {
        "aim",
        "appear",
        "attempt",
        "be",
        "begin",
        "continue",
        "decide",
        "do",
        "expect",
        "fail",
        "get",
        "go",
        "have",
        "help",
        "hope",
        "intend",
        "manage",
        "need",
        "plan",
        "pledge",
        "promise",
        "refuse",
        "seek",
        "seem",
        "start",
        "struggle",
        "threaten",
        "try",
        "vow",
        "want",
    }
)
# Letters of a stem that tell two forms of one word as one ("criticize" / "criticism", "defended" / "defence")
STEM_LETTERS = 5
_WORDS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
_THINGS = frozenset({"NOUN", "PROPN"})
# An object's own words that name it with its head: "the 12-point position paper" / "a broad 12-point proposal"
_NAMING = frozenset({"compound", "nummod"})


@dataclass(frozen=True)
class Act:
    """A main-clause verb done to a thing: its stem (empty for a light verb, whose object is the act) and the
    stems of its direct objects."""

    verb: str
    objects: frozenset[str]


def _stem(token: Any) -> str:
    return same_fact.stem(token.lemma_.lower())[:STEM_LETTERS]


def main_verbs(doc: Any) -> list[Any]:
    """The verbs of the first sentence's main clause (module docstring), in the order found."""
    sentences = list(doc.sents)
    if not sentences:
        return []
    root = sentences[0].root
    heads = [root]
    if root.lemma_.lower() in SPEECH_LEMMAS:
        heads = [c for c in root.children if c.dep_ == "ccomp"] or heads
    found: list[Any] = []
    todo = list(heads)
    while todo:
        verb = todo.pop()
        if verb in found:
            continue
        found.append(verb)
        carrier = verb.lemma_.lower() in CARRIER_LEMMAS
        for child in verb.children:
            if child.pos_ not in ("VERB", "AUX"):
                continue
            if child.dep_ in ("conj", "xcomp") or (child.dep_ == "ccomp" and carrier):
                todo.append(child)
    return found


def acts_of(doc: Any) -> list[Act]:
    """Each main verb that is neither a speech verb nor a carrier and has a noun as its direct object."""
    acts = []
    for verb in main_verbs(doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in SPEECH_LEMMAS or lemma in CARRIER_LEMMAS:
            continue
        heads = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _THINGS]
        objects = frozenset(_stem(t) for h in heads for t in (h, *h.children) if t is h or t.dep_ in _NAMING)
        if objects:
            acts.append(Act("" if lemma in LIGHT_LEMMAS else _stem(verb), objects))
    return acts


def _holds(act: Act, stems: frozenset[str]) -> bool:
    return bool(act.verb and act.verb in stems) or bool(act.objects & stems)


def tells_another_act(shown: Any, member: Any, same_figure: bool = False) -> bool:
    """Whether the parsed ``shown`` and ``member`` sentences each tell one act (:func:`acts_of`) and neither holds
    the other's verb or object, and ``same_figure`` (a specific figure both give) is false."""
    if same_figure:
        return False
    first, second = acts_of(shown), acts_of(member)
    if len(first) != 1 or len(second) != 1:
        return False
    return not _holds(first[0], _stems(member)) and not _holds(second[0], _stems(shown))


def _stems(doc: Any) -> frozenset[str]:
    return frozenset(_stem(t) for t in doc if t.pos_ in _WORDS)


class ActReader:
    """The check as the citations ask it: a member under ``below`` (``AlignOptions.act_check_below``) that tells
    another act than the shown sentence is refused, each text parsed once with ``parse`` (``nlp.Models.parse``)."""

    def __init__(self, parse: Parser, below: float) -> None:
        self.parse, self.below = parse, below
        self._docs: dict[str, Any] = {}

    def refuses(self, score: float, shown: str, member: str) -> bool:
        """Whether ``member``, at pair score ``score``, tells another act than ``shown`` (:func:`tells_another_act`;
        a specific figure both give makes them one event: align/head_act.py ``shares_telling_figure``)."""
        if score >= self.below:
            return False
        todo = [t for t in dict.fromkeys((shown, member)) if t not in self._docs]
        if todo:
            self._docs.update(zip(todo, self.parse([display_text(t) for t in todo]), strict=True))
        figure = head_act.shares_telling_figure(quantities_of(shown), quantities_of(member))
        return tells_another_act(self._docs[shown], self._docs[member], figure)
