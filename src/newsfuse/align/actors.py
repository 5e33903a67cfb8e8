"""Who acts in a sentence, so that a sentence about another actor backs no fact.

Two outlets often write about the same moment with the same words but of different actors: "China's foreign
ministry responded to Kishida's visit by saying that Japan should ..." and "Japan's foreign ministry said Mr.
Kishida would ..."; "Mr Gabuev said ..." and "... said Oleg Nikolenko, a spokesperson for Ukraine's foreign
ministry"; "Ukraine stated that China should put pressure on Russia" and "... John F. Kirby, a US national
security spokesman, told reporters". The pair models read shared words and score such pairs 0.9-0.97, so the
shown sentence cited an outlet that never reports its fact (shared corpus, stop 27: 5 of the 11 wrong
other-outlet citations; docs/synthesis.md "Stop 27 — citations").

A sentence's actors are read from its dependency parse (``nlp.Models.parse``): the **speaker** (the subject
of a speech verb that heads the sentence, or the object of "according to") and the **subject** of what is
reported (the subject of the speech verb's clause, else of the sentence's head verb). Each is named by the
entity mentions inside its noun phrase: a person by the canonical name of the story's entity (so "Marty" and
"Balin" are one person), a place, people or organisation by its words, a people by its country ("Chinese" is
"china", "US" and "American" are "us") and a capital by its country ("Beijing", "the Kremlin"). A phrase that
is a common noun counts only its own modifiers ("China's foreign ministry" is "china"; "The solution to the
Ukraine crisis" names no actor: the Ukraine is in its prepositional phrase).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsfuse.records import Entity

# Heads of reported speech: their subject is who speaks, the subject of their clause what is told of.
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "state",
        "respond",
        "add",
        "note",
        "announce",
        "claim",
        "insist",
        "warn",
        "reiterate",
        "indicate",
        "argue",
        "write",
        "explain",
        "tweet",
        "report",
        "confirm",
        "deny",
        "suggest",
        "acknowledge",
        "stress",
        "declare",
        "predict",
        "describe",
        "urge",
        "accuse",
        "ask",
    }
)
# Words of a name that do not tell one actor from another (titles, offices)
_GENERIC = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "minister",
        "prime",
        "leader",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "general",
        "chancellor",
        "messrs",
        "the",
        "of",
        "and",
        "a",
        "an",
        "top",
        "king",
        "queen",
        "prince",
        "pope",
        "judge",
        "officer",
        "chief",
        "foreign",
        "ministry",
        "department",
        "office",
        "official",
        "officials",
        "state",
        "national",
        "security",
        "for",
        "in",
        "on",
        "at",
        "to",
    }
)
# A people's adjective or a seat of government names the country (one key for "Chinese", "China", "Beijing")
_COUNTRY = {
    "american": "us",
    "america": "us",
    "usa": "us",
    "washington": "us",
    "pentagon": "us",
    "french": "france",
    "paris": "france",
    "dutch": "netherlands",
    "uk": "britain",
    "british": "britain",
    "london": "britain",
    "swiss": "switzerland",
    "israeli": "israel",
    "iraqi": "iraq",
    "iranian": "iran",
    "tehran": "iran",
    "chinese": "china",
    "beijing": "china",
    "japanese": "japan",
    "tokyo": "japan",
    "russian": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "ukrainian": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "german": "germany",
    "berlin": "germany",
    "indian": "india",
    "korean": "korea",
    "syrian": "syria",
    "damascus": "syria",
    "turkish": "turkey",
    "european": "europe",
    "eu": "europe",
    "canadian": "canada",
    "mexican": "mexico",
    "australian": "australia",
    "italian": "italy",
    "spanish": "spain",
    "pakistani": "pakistan",
    "afghan": "afghanistan",
}
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_WORD = re.compile(r"[\w.’']+")
# a phrase's modifiers that name it ("China's", "Chinese", "Foreign Ministry", "Xi and Putin")
_NAMING_DEPS = frozenset({"poss", "compound", "amod", "nmod", "conj", "appos"})


def _key(word: str) -> str:
    w = word.lower().replace(".", "").removesuffix("’s").removesuffix("'s").strip("’'")
    return _COUNTRY.get(w, w)


@dataclass(frozen=True)
class Actors:
    """The keys naming a sentence's speaker and the subject of what it reports (empty: none named)."""

    speaker: frozenset[str]
    subject: frozenset[str]


NONE = Actors(frozenset(), frozenset())


def _subject(verb: Any) -> Any:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _heads(doc: Any) -> tuple[Any, Any]:
    """The speaker's and the reported subject's head tokens of the first sentence root (None: none)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None, None
    speaker = None
    for t in doc:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            speaker = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), speaker)
    if root.lemma_.lower() in SPEECH_LEMMAS:
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
        return _subject(root) or speaker, _subject(clause) if clause is not None else None
    return speaker, _subject(root)


def _phrase_words(head: Any) -> set[str]:
    """The words that name a noun phrase: all of a proper name's phrase, a common noun's own modifiers."""
    if head.pos_ == "PROPN":
        return {t.text for t in head.subtree}
    words = {head.text}
    for child in head.children:
        if child.dep_ in _NAMING_DEPS:
            words.update(t.text for t in child.subtree)
    return words


class ActorReader:
    """Per-story reader of :class:`Actors`: the story's entities give a person's canonical name."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.canonical: dict[str, str] = {}
        for e in entities:
            if e.type == "PERSON":
                for alias in [e.name, *e.aliases]:
                    self.canonical.setdefault(alias, e.name.lower())

    def _keys(self, head: Any, mentions: Sequence[tuple[str, str]]) -> frozenset[str]:
        if head is None:
            return frozenset()
        words = _phrase_words(head)
        keys: set[str] = set()
        people: set[str] = set()
        countries: set[str] = set()
        for text, label in mentions:
            found = _WORD.findall(text)
            if label not in _ACTOR_LABELS or not found or found[0].removesuffix("’s").removesuffix("'s") not in words:
                continue
            if label == "PERSON" or text in self.canonical:  # the story's entities know "Balin" tagged ORG once
                named = [w for w in found if _key(w) not in _GENERIC]
                if named:
                    people.add(self.canonical.get(text, " ".join(named).lower()))
            else:
                found = [k for k in map(_key, found) if k and k not in _GENERIC]
                keys.update(found)
                countries.update(found if label in ("GPE", "NORP") else ())
        # a person is named by the name and country, not the employer of the apposition: "Temur Umarov, a fellow
        # at the Carnegie Endowment" and "Gabuev, a fellow at Carnegie" are two speakers, while "Wang Wenbin, a
        # Chinese Foreign Ministry spokesman," speaks for Beijing
        return frozenset(people | countries if people else keys)

    def read(self, doc: Any, mentions: Sequence[tuple[str, str]]) -> Actors:
        """``doc``: the parse of the sentence as shown (``display_text``); ``mentions``: its entity
        mentions as (text, label)."""
        speaker, subject = _heads(doc)
        return Actors(self._keys(speaker, mentions), self._keys(subject, mentions))


def _same(a: str, b: str) -> bool:
    """One actor: the same key, or two people of one surname (a family: "Shawn J. Smith" and "Shimron Smith",
    brothers whose family came from Guyana; the outlets tell their story through either)."""
    return a == b or a.split()[-1] == b.split()[-1]


def _named_in(keys: frozenset[str], text: str) -> bool:
    words = {_key(w) for w in _WORD.findall(text)}
    return any(k.split()[-1] in words for k in keys)


def same_actors(shown: Actors, member: Actors, shown_text: str, member_text: str) -> bool:
    """False when the two sentences name other speakers, neither naming the other's ("Mr Gabuev said" /
    "said Oleg Nikolenko"), or other subjects of what they report that neither sentence names at all.

    Speakers are held to more: one sentence may name the other's speaker as the one spoken of ("Mr Xi
    indicated that it could also provide Putin with an economic lifeline" / "Putin said that Russia was
    ready to meet China's growing demand for energy": two statements), while two subjects that one of the
    sentences names both are one act told from either side ("Charisse Stinson, 21, faces ... charges in
    connection with Jordan Belliveau's death" is backed by an outlet whose sentence is of the boy's death;
    gold multinews-141 lists it)."""
    a, b = shown.speaker, member.speaker
    if (
        a
        and b
        and not any(_same(x, y) for x in a for y in b)
        and not (_named_in(a, member_text) and _named_in(b, shown_text))
    ):
        return False
    a, b = shown.subject, member.subject
    if a and b and not any(_same(x, y) for x in a for y in b):
        return _named_in(a, member_text) or _named_in(b, shown_text)
    return True
