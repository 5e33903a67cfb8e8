"""Whose words a partial quotation is when it sits inside someone's speech noun ("the pope's call to fix “…”").

"Sanders praised the pope's message of economic justice and call to fix “environmental deterioration caused by
human activity.”" printed Sanders for the pope's words (editor read #17, r108): the subject of the verb of
praising takes up words that the noun phrase says are another's. The parse often reads "call" there as a verb
joined to "praised", so the rule reads the tokens between the quotation and the nearest possessed speech noun
before it rather than the tree above the quotation: when only modifiers, prepositions, infinitives and
conjunctions stand between them (no comma, no finite verb, no participle, no subject of its own), the quotation
belongs to that noun phrase, and the words are the possessor's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# nouns that name what someone said or asked for
SPEECH_NOUNS = frozenset(
    [
        "message",
        "messages",
        "call",
        "calls",
        "plea",
        "pleas",
        "appeal",
        "appeals",
        "words",
        "remarks",
        "comments",
        "statement",
        "statements",
        "warning",
        "warnings",
        "promise",
        "promises",
        "pledge",
        "pledges",
        "vow",
        "vows",
        "demand",
        "demands",
        "request",
        "requests",
        "advice",
        "description",
        "argument",
        "claim",
        "claims",
        "speech",
        "address",
        "homily",
        "sermon",
        "exhortation",
        "admonition",
        "insistence",
        "assurance",
        "assurances",
    ]
)
_STOPS = frozenset(["VBD", "VBZ", "VBP", "MD", "VBG", "VBN"])  # a verb of its own: a clause, not the noun's phrase
_REACH = 12  # tokens from the speech noun to the quotation
_OPENING_MARKS = frozenset(["“", '"', "‘", "'", "``"])


def owner_of_quoted(doc: Doc, start: int) -> tuple[int, int] | None:
    """Character span (in the sentence) of the possessor whose speech noun holds the quotation that opens at
    ``start`` (its opening mark or first word), without the possessive "'s"; None when no such noun phrase holds
    it, or its possessor is a pronoun ("his call for": the subject's own words, read as before)."""
    first = next((t for t in doc if t.idx >= start), None)
    if first is None:
        return None
    at = first.i
    while at > 0 and doc[at - 1].text in _OPENING_MARKS:
        at -= 1
    if first.text in _OPENING_MARKS:
        at = min(at, first.i)
    if at == 0 or not _links(doc[at - 1]):
        return None  # "called the governor's plea “nonsense”", "dismissed it as “…”": the subject's own word
    for i in range(at - 1, max(-1, at - 1 - _REACH), -1):
        token = doc[i]
        if token.text in (",", ";", ":", "—", "–", "(") or token.tag_ in _STOPS or token.dep_ in ("nsubj", "nsubjpass"):
            return None
        if token.lower_ in SPEECH_NOUNS and token.pos_ == "NOUN":
            owner = _possessor(token)
            if owner is not None:
                return _span_without_case(doc, owner)
    return None


def _links(word: Token) -> bool:
    """The word right before the quotation ties it into the noun's phrase: a preposition of content ("plea for",
    "call to", "warning about", "promise that") or an infinitive ("call to fix")."""
    return word.lower_ in _LINK_WORDS or (word.tag_ == "VB" and word.i > 0 and word.doc[word.i - 1].lower_ == "to")


_LINK_WORDS = frozenset(["for", "to", "that", "of", "about", "against", "on"])


def _possessor(noun: Token) -> Token | None:
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    return owners[0] if owners else None


def _span_without_case(doc: Doc, owner: Token) -> tuple[int, int] | None:
    words = [t for t in owner.subtree if t.dep_ != "case" and not t.is_punct]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)
