"""Who acts in a sentence, so that a sentence about another actor backs no fact.

Two outlets often write about the same moment with the same words but of different actors: "China's foreign
ministry responded to Kishida's visit by saying that Japan should ..." and "Japan's foreign ministry said Mr.
Kishida would ..."; "Mr Gabuev said ..." and "... said Oleg Nikolenko, a spokesperson for Ukraine's foreign
ministry"; "Ukraine stated that China should put pressure on Russia" and "... John F. Kirby, a US national
security spokesman, told reporters". The pair models read shared words and score such pairs 0.9-0.97, so the
shown sentence cited an outlet that never reports its fact (shared corpus, stop 27: 5 of the 11 wrong
other-outlet citations; docs/synthesis.md "Stop 27 — citations").

A sentence's actors are read from its dependency parse (``nlp.Models.parse``): the **speaker** (the subject
of a speech verb that heads the sentence) and the **subject** of what is reported (the subject, active or
passive, of the speech verb's clause, else of the sentence's head verb). Each is named by the
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

from newsfuse.align import same_fact, story_pairs
from newsfuse.align.units import quoted_part
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
# Verbs that tell no act of their own: be, have, do, the light verbs whose object carries the act, and the
# plain verbs of reporting (what is said is the act; "explain", "deny", "announce" are acts of their own)
LIGHT_LEMMAS = frozenset(
    {"be", "have", "do", "get", "make", "go", "come", "take", "say", "tell", "add", "write", "report"}
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
        "sgt",
        "sergeant",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "det",
        "detective",
        "col",
        "colonel",
        "gen",
        "cpl",
        "corporal",
        "maj",
        "major",
        "adm",
        "admiral",
        "insp",
        "inspector",
        "deputy",
        "sheriff",
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
# A people's adjective describes the subject of an act, it does not name it: "An Algerian man suspected of
# planning an imminent attack on a church has been arrested" and "An Islamic extremist ... planned an imminent
# attack on one or more French churches" are one man (gold multinews-110); a speaker's ("a Chinese Foreign
# Ministry spokesman") is the country he speaks for.
_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_WORD = re.compile(r"[\w.’']+")
# a phrase's modifiers that name it ("China's", "Chinese", "Foreign Ministry", "Xi and Putin")
_NAMING_DEPS = frozenset({"poss", "compound", "amod", "nmod", "conj", "appos"})


def _key(word: str) -> str:
    w = word.lower().replace(".", "").removesuffix("’s").removesuffix("'s").strip("’'")
    return _COUNTRY.get(w, w)


@dataclass(frozen=True)
class Name:
    """What names one actor: the people (canonical names) and the other keys (places, peoples, organisations)."""

    people: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.people or self.others)

    @property
    def keys(self) -> frozenset[str]:
        return self.people | self.others


@dataclass(frozen=True)
class Actors:
    """What names a sentence's speaker and the subject of what it reports (empty: none named), and who
    else it tells an act of: the subject of any of its clauses ("..., when producer Jordan Horowitz was forced
    to take the microphone"), the agent of a passive ("Her remarks were released Tuesday by Vera Group") and the
    owner of an event it names by a noun ("Tobin Reyes's death")."""

    speaker: Name
    subject: Name
    acting: Name = Name()
    # what it says is done: light stems of its verbs (lemma and word as written) but the light verbs
    # (:data:`LIGHT_LEMMAS`); align/citation_check.py ``tells_an_act``
    acts: frozenset[str] = frozenset()
    frame: Frame | None = None  # how its news is told (:func:`frame_of`); None: not read


NONE = Actors(Name(), Name())


@dataclass(frozen=True)
class Frame:
    """How a sentence tells its news, read from its parse (align/citation_check.py reads it):

    - ``negated``: its head act (the reported clause's under a speech verb) is negated ("he didn't offer a
      meaningful opinion on ..."), not by a modal ("the court should not apply double standards" advises);
      ``denied``: the words the negation covers.
    """

    negated: bool
    denied: str = ""  # when negated, the words the negation covers: the head's own, outside clauses of their own
    # when negated, what a contrasting conjunct of the head says instead ("did not call an ambulance but called the
    # boy's mother instead": "called the boy's mother instead"), which the negation does not cover
    asserted: str = ""


def _scope(token: Any, head: Any) -> bool:
    """Whether ``token`` (in ``head``'s subtree) is no part of a clause of its own below ``head``: "You will never
    be defined by what the defendant's father termed “20 minutes of action.”" denies the definition, not the
    father's words; nor of a conjunct set against the denied one (:func:`_contrasted`)."""
    node = token
    while node.i != head.i:
        if node.dep_ in _CLAUSE_DEPS or _contrasted(node):
            return False
        node = node.head
    return True


# Conjunctions that set a conjunct against a denied one: "not X but Y" says Y
_CONTRAST = frozenset({"but", "yet", "instead", "rather"})


def _contrasted(node: Any) -> bool:
    """Whether ``node`` is a conjunct joined to the one before it by a word of :data:`_CONTRAST` (the parser hangs
    the "but" on the first conjunct, before the second)."""
    if node.dep_ != "conj":
        return False
    return any(c.dep_ == "cc" and c.lower_ in _CONTRAST and node.head.i < c.i < node.i for c in node.head.children)


# Dependents that head a clause of their own
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "relcl", "advcl", "acl", "pcomp", "csubj", "parataxis"})


def frame_of(doc: Any) -> Frame:
    """The :class:`Frame` of a parsed sentence (its first root). (Stop 36 also read whether its head is a verb, to
    refuse a caption's citation of an act it does not tell: on gold tune it saved no wrong citation and cost 0.2
    points of source recall, on the report split 3.8 of multi-source shown; dropped at the merge.)"""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return Frame(False)
    head = root
    if root.lemma_.lower() in SPEECH_LEMMAS:
        head = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), root)
    # "should not apply double standards" advises; it denies no act another outlet tells
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    # a sentence opening "Not, as X said, ..." denies no act of its head
    negated = any(c.dep_ == "neg" and not (c.i == 0 and c.nbor(1).is_punct) for c in head.children) and not modal
    if not negated:
        return Frame(False)
    denied = "".join(t.text_with_ws for t in head.subtree if _scope(t, head))
    said = [t for conj in head.subtree if _contrasted(conj) for t in conj.subtree]
    return Frame(True, denied, "".join(t.text_with_ws for t in sorted(set(said), key=lambda t: t.i)))


def _subjects(verb: Any, passive: bool = False) -> list[Any]:
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return [c for c in verb.children if c.dep_ in deps]


def _heads(doc: Any) -> tuple[list[Any], list[Any]]:
    """The heads of the speaker's and of the reported subject's phrases, of the first sentence root (the
    parse may give a name two heads: "said Sgt. Kim Riley"). "According to X" is no speaker here: two
    outlets often give one fact from two sources ("The Navy said the collision occurred 56 nautical miles
    southwest of Yokosuka" / "... about 56 nautical miles southwest from the port of Yokosuka, according to
    the coast guard")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return [], []
    if root.lemma_.lower() in SPEECH_LEMMAS:
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
        return _subjects(root), _subjects(clause, passive=True) if clause is not None else []
    return [], _subjects(root, passive=True)


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

    def _name(self, heads: list[Any], mentions: Sequence[tuple[str, str]], labels: frozenset[str]) -> Name:
        words = {w for head in heads for w in _phrase_words(head)}
        people: set[str] = set()
        others: set[str] = set()
        for text, label in mentions:
            found = _WORD.findall(text)
            if label not in labels or not found or found[0].removesuffix("’s").removesuffix("'s") not in words:
                continue
            if label == "PERSON" or text in self.canonical:  # the story's entities know "Balin" tagged ORG once
                named = [w for w in found if _key(w) not in _GENERIC]
                if named:
                    people.add(self.canonical.get(text, " ".join(named).lower()))
            else:
                keys = [k for k in map(_key, found) if k and k not in _GENERIC]
                others.update(keys)
                if label == "ORG" and len(found) > 2:  # "The Internal Revenue Service" is "the I.R.S."
                    others.add("".join(w[0] for w in found if w.lower() not in ("the", "of", "and")).lower())
        return Name(frozenset(people), frozenset(others))

    def read(self, doc: Any, mentions: Sequence[tuple[str, str]]) -> Actors:
        """``doc``: the parse of the sentence as shown (``display_text``); ``mentions``: its entity
        mentions as (text, label)."""
        speaker, subject = _heads(doc)
        acting = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass", "poss")]
        acting += [c for t in doc if t.dep_ == "agent" for c in t.children if c.dep_ == "pobj"]  # "released by X"
        return Actors(
            self._name(speaker, mentions, _ACTOR_LABELS),
            self._name(subject, mentions, _SUBJECT_LABELS),
            self._name(acting, mentions, _SUBJECT_LABELS),
            acts_of(doc),
            frame_of(doc),
        )


def acts_of(doc: Any) -> frozenset[str]:
    """Light stems (``same_fact.stem``) of the lemma and of the written word of each verb of ``doc`` that
    is no light verb (:data:`LIGHT_LEMMAS`), and of the noun object of each light verb: what the sentence
    says is done."""
    verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT_LEMMAS]
    # a light verb's object carries its act: "started having seizures", "took a look"
    verbs += [
        c
        for t in doc
        if t.lemma_.lower() in LIGHT_LEMMAS
        for c in t.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
    ]
    return frozenset(same_fact.stem(w) for t in verbs for w in (t.lemma_.lower(), t.text.lower()) if w.isalpha())


def _same(a: str, b: str) -> bool:
    """One actor: the same key, or two people of one surname (a family: "Shawn J. Smith" and "Shimron Smith",
    brothers whose family came from Guyana; the outlets tell their story through either)."""
    return a == b or a.split()[-1] == b.split()[-1]


def _named_in(name: Name, text: str) -> bool:
    words = {_key(w) for w in _WORD.findall(text)}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "the Mercers" name Mercer
    return any(k.split()[-1] in words for k in name.people or name.others)  # a person by the name


def _one(a: Name, b: Name) -> bool:
    """Two names of one actor: two people named on both sides are compared by their names alone ("Temur
    Umarov, a fellow at the Carnegie Endowment" and "Gabuev, a fellow at Carnegie" are two speakers); else
    any key in common ("LAPD officials" and "LAPD Det. Chris Barling"; "Wang Wenbin, a Chinese Foreign
    Ministry spokesman," and "Beijing")."""
    if a.people and b.people:
        return any(_same(x, y) for x in a.people for y in b.people)
    return any(_same(x, y) for x in a.keys for y in b.keys)


# Share of a quotation's content words the other sentence must give for the two to print one statement
_SAME_QUOTE = 2 / 3


def _same_quotation(shown: str, member: str) -> bool:
    """Both print one quotation (the member gives two thirds of the shown one's quoted content words, at
    least four): whoever each says spoke, they report one statement (the parse of '"We sincerely apologize
    to Moonlight, La La Land, Warren Beatty, ...," the firm said' may make Beatty the speaker)."""
    said = story_pairs.content_words(quoted_part(shown))
    return len(said) >= 4 and len(said & story_pairs.content_words(member)) >= _SAME_QUOTE * len(said)


def same_actors(shown: Actors, member: Actors, shown_text: str, member_text: str) -> bool:
    """False when the two sentences tell of other actors: other subjects of what they report that neither
    sentence names at all, or (unless the subjects are one, they print one quotation or give one figure)
    other speakers, neither naming the other's ("Mr Gabuev said" / "said Oleg Nikolenko").

    Speakers are held to more: one sentence may name the other's speaker as the one spoken of ("Mr Xi
    indicated that it could also provide Putin with an economic lifeline" / "Putin said that Russia was
    ready to meet China's growing demand for energy": two statements), while two subjects that one of the
    sentences names both are one act told from either side ("Charisse Stinson, 21, faces ... charges in
    connection with Jordan Belliveau's death" is backed by an outlet whose sentence is of the boy's death;
    gold multinews-141 lists it). The other outlet's subject must be named in the shown sentence, or the shown
    one's subject inside the other's subject phrase ("Jonathan Gale, a spokesman for the Mercers, declined" for
    "Mercer declined"), as the subject of another clause or as the owner of an event it names ("in connection with
    Tobin Reyes's death" for "The boy, Tobin Reyes, died"): the shown one's subject named only as the object of
    another's act ("Horowitz hands his Oscar to Barry Jenkins." for "Barry Jenkins appreciated the surreal nature
    of the moment.", Multi-News row 205, P 0.99) tells that other's act. Two outlets may report one fact from
    two speakers when they name its subject alike ("Australian officials announced the Australian ship Ocean
    Shield had detected an oil slick" / "The Ocean Shield had also spotted an oil slick ..., ACM Houston said")."""
    a, b = shown.subject, member.subject
    if a and b:
        if _one(a, b):
            return True
        if not (_named_in(b, shown_text) or _named_in(a, " ".join(sorted(b.keys | member.acting.keys)))):
            return False
    a, b = shown.speaker, member.speaker
    if not a or not b or _one(a, b) or _same_quotation(shown_text, member_text):
        return True
    if story_pairs.numbers_of(shown_text) & story_pairs.numbers_of(member_text):
        return True  # one figure from two sources: "The Navy said that the collision occurred 56 nautical miles
        # southwest of Yokosuka" / "... about 56 nautical miles southwest from the port of Yokosuka ..., the
        # Japanese coast guard said" (unseen Multi-News row 244)
    return _named_in(a, member_text) and _named_in(b, shown_text)
