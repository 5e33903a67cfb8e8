"""A different named party for one act: the same verb done by the same named actor to a different named party, or
by a different named actor to the same thing, in two independent sources.

"Mr. Romney told a CBS affiliate in Denver" / "Romney told Denver Fox affiliate KDVR-TV" (BASIL 2012 8dc7ccfe, one
interview: the two quote the same two lines in other words) is one act whose other party each outlet names
differently: no number, day or status to compare, so no earlier rule saw it. Read from the dependency parse (the
parse the claim splitter has already taken, ``Models.parse``): for each verb its subject (or a passive's agent) and
its object (or a passive's subject). Two sentences of independent sources disagree on a party when

- the verb is the same lemma, neither negated, under no modal, no "also" / "too" (another act in addition: "CIA
  officers also removed the reference"), not inside a quotation, and no verb of being, having, saying in general;
- one role names the same party on both sides (a shared name word, or the same common noun when neither names one);
- the other role names a party on both sides with no name word in common, of one kind (the two phrases share a common
  noun: "a CBS affiliate" / "Denver Fox affiliate KDVR-TV"), and each side's party has a name word the other *article*
  never writes: an article that names both parties anywhere tells both and is no side of a disagreement. Parties that
  are names alone are no kind: "A government source told Fox News" / "A law enforcement source told CNN", "a source
  tells Hollywood Life" / "has told MailOnline" are each outlet's own interview (the conflict pool held three such
  pairs, all false, before the kind was asked);
- the sentences are about one thing (cosine >= ``MIN_SIMILARITY``; the Denver pair reads 0.38: the two carry other
  quotations).

Precision was measured on the 154 stories of the conflict pool (docs/synthesis.md, stop 45).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import numpy as np

from newsfuse.align.disagreements import told_alike
from newsfuse.align.same_thing import SameThing
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.nlp.clarity import display_text
from newsfuse.records import AnalysedStory, Claim, Conflict

MIN_SIMILARITY = 0.30
# Two people are of one kind (the "Tomas Varga" / "Ruth Adeyemi" of one signing), but two named people may each do the
# same kind of act on one day (two goals, two speeches): a party that is a person on both sides counts as one kind only
# between sentences that tell one event (stop 50: the edit bench's actors) — at the number and day rules' floor, or
# told in one source's words (``disagreements.told_alike``: the cosine of two sentences that differ in a name alone
# reads 0.5-0.8)
PEOPLE_SIMILARITY = 0.60
# verbs that tell no act of their own, or whose subject and object pair many things
_NO_ACT = frozenset(
    {"be", "have", "do", "say", "make", "get", "go", "come", "take", "give", "see", "know", "think", "want", "use",
     "need", "include", "become", "call", "let", "help", "keep", "find", "show", "leave", "put", "expect", "plan"}
)  # fmt: skip
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can", "must", "'ll", "wo", "ca"})
_ANOTHER = frozenset({"also", "too", "again", "likewise", "similarly"})
# words of a name that tell no party apart ("Mr. Romney" / "Romney", "Rep. Goodlatte" / "Goodlatte")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "the", "jr", "sr", "u.s", "us",
     # a title written out is no name either: "Senator Joan Pike" / "Senator Tomas Varga" share no name (stop 50)
     "senator", "governor", "representative", "congressman", "congresswoman", "judge", "officer", "sheriff", "mayor",
     "detective", "sergeant", "sgt", "lt", "gen", "general", "secretary", "minister", "prime", "chancellor"}
)  # fmt: skip
_CAPITAL = re.compile(r"(?<=\S )[A-Z][\w'’-]*")  # not the sentence's first word (a name there is a mention)
_PHRASE = frozenset({"compound", "amod", "poss", "nmod", "appos", "det"})


def _phrase(head: Any) -> list[Any]:
    """The head and its own modifiers (a compound, an adjective, a possessive, an apposition), not its prepositional
    phrase or clause ("a CBS affiliate in Denver" is "a CBS affiliate")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _PHRASE:
            tokens.extend(child.subtree)
    return tokens


def _names(tokens: list[Any], named: _Named) -> frozenset[str]:
    """The name words of ``tokens``: proper nouns and words of the story's entity mentions (``named``)."""
    return frozenset(
        word
        for t in tokens
        if (t.i in named or t.pos_ == "PROPN") and len(word := t.lower_.strip(".")) > 1 and word not in _TITLES
    )


class _Named:
    """The indices of sentence ``i``'s tokens inside one of the story's entity mentions, found when first asked (most
    sentences never are: their verbs meet no other sentence's)."""

    def __init__(self, gate: SameThing, i: int, doc: Any) -> None:
        self._find = lambda: gate.named_tokens(i, doc)
        self._found: set[int] | None = None

    def __contains__(self, index: int) -> bool:
        if self._found is None:
            self._found = self._find()
        return index in self._found


_Act = tuple[Any, Any, Any, _Named]  # verb, subject, object, the sentence's named tokens


def _acts(doc: Any, quoted: str, named: _Named) -> list[_Act]:
    """(verb, subject, object) of every act in the parse with both roles given by a noun phrase (no pronoun)."""
    found = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_ACT:
            continue
        children = list(verb.children)
        if any(c.dep_ == "neg" or c.lower_ in _MODALS or c.lower_ in _ANOTHER for c in children):
            continue
        if quoted and _window(doc, verb) in quoted:
            continue  # a speaker's words ("we released the files,” she said) are no outlet's report of who did it
        subject = obj = None
        for c in children:
            if c.dep_ == "nsubj":
                subject = c
            elif c.dep_ == "nsubjpass" or (c.dep_ in ("dobj", "dative") and obj is None):
                obj = c
            elif c.dep_ == "agent":
                subject = next((g for g in c.children if g.dep_ == "pobj"), subject)
        if subject is None or subject.pos_ == "PRON" or (obj is not None and obj.pos_ == "PRON"):
            continue
        found.append((verb, subject, obj, named))  # no object: an act of its subject alone (``_one_doer``)
    return found


def _things(verb: Any, subject: Any) -> frozenset[str]:
    """The common nouns of a verb's phrase outside its subject ("remained in the hospital after a second surgery"
    → hospital, surgery): what an act with no object is about."""
    inside = {t.i for t in subject.subtree}
    return frozenset(t.lemma_.lower() for t in verb.subtree if t.pos_ == "NOUN" and t.i not in inside)


def _one_doer(
    mine: _Act, theirs: _Act, people: tuple[set[str], set[str]], articles: tuple[frozenset[str], frozenset[str]]
) -> tuple[str, str, str] | None:
    """Two people for one act with no object ("Mr. Scalise remained in the hospital after a second surgery" / "Mr.
    Varga remained in the hospital after ..."): given only between sentences that tell one event (``people``), when
    the two verbs' phrases share a common noun besides their subjects, the subjects are people's names alone with no
    word in common, and each article never writes the other's person (stop 50, the edit bench's actors)."""
    verb, subject, _, named = mine
    _, other_subject, _, other_named = theirs
    x, y = _names(_phrase(subject), named), _names(_phrase(other_subject), other_named)
    if not x or not y or x & y or not (x <= people[0] and y <= people[1]):
        return None
    if not _things(verb, subject) & _things(theirs[0], other_subject):
        return None
    if not _unsaid(x, articles[1]) or not _unsaid(y, articles[0]):
        return None
    return f"who {verb.text}", _text(subject), _text(other_subject)


def _kinds(tokens: list[Any], named: _Named) -> frozenset[str]:
    """The common nouns of a party's phrase ("a CBS affiliate" → "affiliate"): what kind of party it is."""
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ == "NOUN" and t.i not in named)


def _window(doc: Any, token: Any) -> str:
    """The text of the two tokens either side of ``token`` and itself, as the sentence writes them."""
    first, last = doc[max(0, token.i - 2)], doc[min(len(doc) - 1, token.i + 2)]
    return str(doc.text[first.idx : last.idx + len(last.text)])


_WORD = re.compile(r"\w+")


def _unsaid(names: frozenset[str], article: frozenset[str]) -> frozenset[str]:
    """The words of ``names`` the article never writes (``article``: the words of its text, lower case; a name word
    written with a hyphen or a dot, "kdvr-tv", "u.s", is written when all its parts are)."""
    return frozenset(
        w for w in names if w not in article and (w.isalnum() or not all(p in article for p in _WORD.findall(w)))
    )


def party_conflicts(
    story: AnalysedStory, support: SupportMap, gate: SameThing, copy_of: Mapping[str, str | None]
) -> list[tuple[int, Conflict, set[int]]]:
    """(first sentence, conflict, its sentences) for each act whose other party two independent sources name
    differently (module docstring); nothing without a parser."""
    if not gate.active:
        return []
    sentences = story.sentences
    article_words: dict[str, set[str]] = {}
    for s in sentences:
        article_words.setdefault(s.article_id, set()).update(_WORD.findall(s.text.lower()))
    words = {a: frozenset(w) for a, w in article_words.items()}
    root = [copy_of.get(s.article_id) or s.article_id for s in sentences]
    acts: dict[int, list[_Act]] = {}

    def acts_of(i: int) -> list[_Act]:
        if i not in acts:
            doc = gate.doc(i)
            acts[i] = _acts(doc, quoted_part(sentences[i].text), _Named(gate, i, doc))
        return acts[i]

    found: list[tuple[int, Conflict, set[int]]] = []
    # before any parse: each side must hold a name (a capitalised word inside the sentence or a word of an entity
    # mention) the other article never writes (a party the other does not name); most pairs fail this
    index = {s.key: k for k, s in enumerate(sentences)}
    mentioned: list[set[str]] = [set() for _ in sentences]
    for m in story.mentions:
        k = index.get((m.article_id, m.sentence_index))
        if k is not None:
            mentioned[k].update(_WORD.findall(m.text.lower()))
    capitals = [frozenset(w.lower() for w in _CAPITAL.findall(s.text)) | mentioned[k] for k, s in enumerate(sentences)]
    persons: list[set[str]] = [set() for _ in sentences]  # the words of each sentence's people's names
    for m in story.mentions:
        k = index.get((m.article_id, m.sentence_index))
        if k is not None and m.label == "PERSON":
            persons[k].update(w.strip(".") for w in _WORD.findall(m.text.lower()))
    # sentence -> the articles that leave one of its capitalised words unwritten
    news = [{a for a, written in words.items() if _unsaid(capitals[i], written)} for i in range(len(sentences))]
    n = len(sentences)
    near = np.argwhere(np.triu(~(support.similarity[:n, :n] < MIN_SIMILARITY), 1))  # (i, j), i < j, in a loop's order
    pairs = [
        (i, j)
        for i, j in near.tolist()
        if root[i] != root[j] and sentences[j].article_id in news[i] and sentences[i].article_id in news[j]
    ]
    # their parses in one call (a call's own set-up is most of a sentence's parse; a parse is the same in any
    # batch): one per sentence, a dozen on the shared corpus, took 0.06 s of the tail's CPU (docs/speed.md stop 46)
    gate.prefetch(sorted({k for pair in pairs for k in pair}))
    told: set[int] = set()
    for i, j in pairs:
        if i in told:
            continue  # one disagreement per sentence is enough for the reader
        mine, theirs = acts_of(i), acts_of(j)
        if not mine or not theirs:
            continue  # no act on one side: nothing to disagree on, whatever ``told_alike`` says (most pairs)
        one_event = support.similarity[i, j] >= PEOPLE_SIMILARITY or told_alike(sentences[i].text, sentences[j].text)
        people = (persons[i], persons[j]) if one_event else None
        hit = _disagree(mine, theirs, words[sentences[i].article_id], words[sentences[j].article_id], people)
        if hit is None:
            continue
        found.append((i, _conflict(story, i, j, hit), {i, j}))
        told.add(i)
    return found


def _conflict(story: AnalysedStory, i: int, j: int, hit: tuple[str, str, str]) -> Conflict:
    """The conflict of sentences ``i`` and ``j`` on ``hit`` (topic, ``i``'s party, ``j``'s), claims in date order."""
    sentences = story.sentences
    topic, mine, theirs = hit
    claims = [
        Claim(text=display_text(sentences[i].text), value=mine, sources=[sentences[i].article_id]),
        Claim(text=display_text(sentences[j].text), value=theirs, sources=[sentences[j].article_id]),
    ]
    order = {a.id: (a.published or "", k) for k, a in enumerate(story.articles)}
    claims.sort(key=lambda c: order[c.sources[0]])
    return Conflict(topic=topic, claims=claims)


def _disagree(
    mine: list[_Act],
    theirs: list[_Act],
    my_article: frozenset[str],
    their_article: frozenset[str],
    people: tuple[set[str], set[str]] | None = None,
) -> tuple[str, str, str] | None:
    """(topic, my party, their party) of the first act of ``mine`` that ``theirs`` tells with another party.
    ``people``: the name words of each sentence's people, given when the two tell one event
    (``PEOPLE_SIMILARITY``); two parties named by people's names alone are then of one kind."""
    for act in mine:
        verb, subject, obj, named = act
        for other in theirs:
            other_verb, other_subject, other_obj, other_named = other
            if verb.lemma_.lower() != other_verb.lemma_.lower():
                continue
            if obj is None or other_obj is None:
                done = None
                if obj is None and other_obj is None and people is not None:
                    done = _one_doer(act, other, people, (my_article, their_article))
                if done is not None:
                    return done
                continue
            for same, differ, role in (
                ((subject, other_subject), (obj, other_obj), "whom"),
                ((obj, other_obj), (subject, other_subject), "who"),
            ):
                a, b = _names(_phrase(same[0]), named), _names(_phrase(same[1]), other_named)
                if (a or b) and not a & b:
                    continue
                if not (a or b) and same[0].lemma_.lower() != same[1].lemma_.lower():
                    continue
                x, y = _names(_phrase(differ[0]), named), _names(_phrase(differ[1]), other_named)
                if not x or not y or x & y:
                    continue
                two_people = people is not None and x <= people[0] and y <= people[1]
                if not two_people and not _kinds(_phrase(differ[0]), named) & _kinds(_phrase(differ[1]), other_named):
                    continue  # "a source told Fox News" / "a source told CNN": each outlet's own interview
                if not _unsaid(x, their_article) or not _unsaid(y, my_article):
                    continue
                party = _text(same[0], short=True)
                topic = f"whom {party} {verb.text}" if role == "whom" else f"who {verb.text} {party}"
                return topic, _text(differ[0]), _text(differ[1])
    return None


def _text(head: Any, short: bool = False) -> str:
    """The party's phrase as the sentence writes it, without its article ("a CBS affiliate" → "CBS affiliate");
    ``short``: without an apposition either (a topic names the party, "Femke Holwerda", not her titles)."""
    phrase = [head, *(t for c in head.children if c.dep_ in ("compound", "poss") for t in c.subtree)]
    tokens = sorted((t for t in (phrase if short else _phrase(head)) if t.dep_ != "det"), key=lambda t: t.i)
    first, last = tokens[0], tokens[-1]
    return str(head.doc.text[first.idx : last.idx + len(last.text)])
