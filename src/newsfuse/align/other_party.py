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

from newsfuse.align.same_thing import SameThing
from newsfuse.align.support import SupportMap
from newsfuse.align.units import quoted_part
from newsfuse.nlp.clarity import display_text
from newsfuse.records import AnalysedStory, Claim, Conflict

MIN_SIMILARITY = 0.30
# verbs that tell no act of their own, or whose subject and object pair many things
_NO_ACT = frozenset(
    {"be", "have", "do", "say", "make", "get", "go", "come", "take", "give", "see", "know", "think", "want", "use",
     "need", "include", "become", "call", "let", "help", "keep", "find", "show", "leave", "put", "expect", "plan"}
)  # fmt: skip
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can", "must", "'ll", "wo", "ca"})
_ANOTHER = frozenset({"also", "too", "again", "likewise", "similarly"})
# words of a name that tell no party apart ("Mr. Romney" / "Romney", "Rep. Goodlatte" / "Goodlatte")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "the", "jr", "sr", "u.s", "us"})
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*")
_PHRASE = frozenset({"compound", "amod", "poss", "nmod", "appos", "det"})


def _phrase(head: Any) -> list[Any]:
    """The head and its own modifiers (a compound, an adjective, a possessive, an apposition), not its prepositional
    phrase or clause ("a CBS affiliate in Denver" is "a CBS affiliate")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _PHRASE:
            tokens.extend(child.subtree)
    return tokens


def _names(tokens: list[Any], named: set[int]) -> frozenset[str]:
    """The name words of ``tokens``: proper nouns and words of the story's entity mentions (``named``)."""
    return frozenset(
        word
        for t in tokens
        if (t.i in named or t.pos_ == "PROPN") and len(word := t.lower_.strip(".")) > 1 and word not in _TITLES
    )


_Act = tuple[Any, Any, Any, set[int]]  # verb, subject, object, the indices of the sentence's named tokens


def _acts(doc: Any, quoted: str, named: set[int]) -> list[_Act]:
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
        if subject is None or obj is None or "PRON" in (subject.pos_, obj.pos_):
            continue
        found.append((verb, subject, obj, named))
    return found


def _kinds(tokens: list[Any], named: set[int]) -> frozenset[str]:
    """The common nouns of a party's phrase ("a CBS affiliate" → "affiliate"): what kind of party it is."""
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ == "NOUN" and t.i not in named)


def _window(doc: Any, token: Any) -> str:
    """The text of the two tokens either side of ``token`` and itself, as the sentence writes them."""
    first, last = doc[max(0, token.i - 2)], doc[min(len(doc) - 1, token.i + 2)]
    return str(doc.text[first.idx : last.idx + len(last.text)])


def _unsaid(names: frozenset[str], article: str) -> frozenset[str]:
    """The words of ``names`` the article's text never writes."""
    return frozenset(w for w in names if not re.search(r"\b" + re.escape(w) + r"\b", article))


def party_conflicts(
    story: AnalysedStory, support: SupportMap, gate: SameThing, copy_of: Mapping[str, str | None]
) -> list[tuple[int, Conflict, set[int]]]:
    """(first sentence, conflict, its sentences) for each act whose other party two independent sources name
    differently (module docstring); nothing without a parser."""
    if not gate.active:
        return []
    sentences = story.sentences
    article_text: dict[str, str] = {}
    for s in sentences:
        article_text[s.article_id] = article_text.get(s.article_id, "") + " " + s.text.lower()
    root = [copy_of.get(s.article_id) or s.article_id for s in sentences]
    acts: dict[int, list[_Act]] = {}

    def acts_of(i: int) -> list[_Act]:
        if i not in acts:
            doc = gate.doc(i)
            acts[i] = _acts(doc, quoted_part(sentences[i].text), gate.named_tokens(i, doc))
        return acts[i]

    found: list[tuple[int, Conflict, set[int]]] = []
    # before any parse: each side must hold a capitalised word the other article never writes (a party the other
    # does not name; a name opening the sentence counts too); most pairs of a story fail this, so few are parsed
    capitals = [frozenset(w.lower() for w in _CAPITAL.findall(s.text)) for s in sentences]
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            if root[i] == root[j] or float(support.similarity[i, j]) < MIN_SIMILARITY:
                continue
            if not _unsaid(capitals[i], article_text[sentences[j].article_id]) or not _unsaid(
                capitals[j], article_text[sentences[i].article_id]
            ):
                continue
            hit = _disagree(acts_of(i), acts_of(j), article_text[sentences[i].article_id],
                            article_text[sentences[j].article_id])  # fmt: skip
            if hit is None:
                continue
            topic, mine, theirs = hit
            claims = [
                Claim(text=display_text(sentences[i].text), value=mine, sources=[sentences[i].article_id]),
                Claim(text=display_text(sentences[j].text), value=theirs, sources=[sentences[j].article_id]),
            ]
            order = {a.id: (a.published or "", k) for k, a in enumerate(story.articles)}
            claims.sort(key=lambda c: order[c.sources[0]])
            found.append((i, Conflict(topic=topic, claims=claims), {i, j}))
            break  # one disagreement per sentence is enough for the reader
    return found


def _disagree(mine: list[_Act], theirs: list[_Act], my_article: str, their_article: str) -> tuple[str, str, str] | None:
    """(topic, my party, their party) of the first act of ``mine`` that ``theirs`` tells with another party."""
    for verb, subject, obj, named in mine:
        for other_verb, other_subject, other_obj, other_named in theirs:
            if verb.lemma_.lower() != other_verb.lemma_.lower():
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
                if not _kinds(_phrase(differ[0]), named) & _kinds(_phrase(differ[1]), other_named):
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
