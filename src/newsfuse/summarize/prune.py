"""Deletion-only pruning of a summary sentence, driven by its dependency parse (issue 14 item 2).

``summarize/compress.py`` deletes what a regex can find safely (a parenthetical, an opening
connective); this module deletes the non-restrictive relative clause, which only a parse can bound,
so the word budget holds more facts (stop 27 measured summary_multi 72.3 % at 300 words against
63.9 % at 250: shorter tellings, not rank, are the lever). Every kept word stays in its source order
and nothing is added (``../shared/CONTRACT.md``); only the first kept word may change case.

A clause is deleted when it is relative ("who", "which", "whose", "whom", "where"; never "that",
which restricts), set off by a comma before it and a comma or the sentence's end after it, and
attached to a noun before it: "Dana Whitfield, who has run the bakery since the spring, said ..."
-> "Dana Whitfield said ...". It stays when it carries what makes the sentence news (a digit or a
number word, a proper noun: "..., which Mayor Ines Kolar had opposed."), a negation or a quotation
mark, when it lies inside a quotation, when it is the ground of a comparison ("Unlike most sheepdogs, which are
trained to bark, the collie ..."), or when the rest does not parse as a sentence (a root verb
with its subject) of ``compress.MIN_WORDS`` words or more. A clause that runs to the sentence's end
from a subject is a misparse that swallowed the subject's verb ("... said that Scott, whose films
include ..., suffered from cancer"): kept.

Measured (stop 28, each class alone on analysed stories cached with main 6380c86's NLP; gold
summary_multi % / key %, tune and report; Multi-News R1 / R2 / RL, rows 0-124):

| deleted | gold tune | gold report | rows 0-124 |
|---|---|---|---|
| nothing (main) | 63.9 / 80.0 | 75.6 / 85.7 | 46.05 / 16.29 / 21.50 |
| **relative clauses** (kept) | **65.8 / 83.1** | 75.6 / 85.7 | 46.03 / 16.29 / 21.52 |
| trailing participial phrases (", adding ...") | 63.9 / 80.0 | 75.6 / 88.6 | 46.05 / 16.27 / 21.52 |
| both | 65.8 / 83.1 | 75.6 / 88.6 | 46.02 / 16.27 / 21.53 |
| leading time phrases and connectives ("On Monday, ") | 63.2 / 78.5 | 74.4 / 85.7 | 46.10 / 16.28 / 21.52 |
| appositives of a name (", the Chinese leader,") | 63.9 / 80.0 | 75.6 / 85.7 | 46.04 / 16.27 / 21.51 |

Held out (rows 125-249) with relative clauses deleted: 46.00 / 15.96 / 21.19 (main 46.00 / 15.95 /
21.18). The leading phrase held the news more often than it seemed ("After his resignation on Friday,
Mr. Farenthold deleted ..."), and an appositive is how a summary introduces someone.
"""

from __future__ import annotations

import re
from typing import Any

from newsfuse.nlp.models import Parser
from newsfuse.summarize.compress import MIN_WORDS, inside_quotation, keeps_meaning

_RELATIVE = {"who", "which", "whose", "whom", "where"}
# a weekday or month in a clause is context, not a name ("who announced Thursday he was quitting")
_TIME_NAMES = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)$",
    re.IGNORECASE,
)
_FINAL = {".", "!", "?"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def _end(doc: Any) -> int:
    """Index one past the last token before the sentence's final punctuation (and closing quotes)."""
    n = len(doc)
    while n and (doc[n - 1].text in _FINAL or doc[n - 1].text in "”’\"'"):
        n -= 1
    return n


def comma_set(doc: Any, left: int, right: int, head: int = -1) -> tuple[int, int] | None:
    """Character span to delete for tokens ``left..right`` (a clause on the token ``head``) set off by a comma
    before them and a comma or the sentence's end after them: the leading comma goes, and the trailing one too."""
    if left < 1 or doc[left - 1].text != ",":
        return None
    start = doc[left - 1].idx
    after = right + 1
    if _names_its_last_noun(doc, after):
        return None
    if after < len(doc) and doc[after].text == ",":
        # "Antheyst Jarrett, 27, who was arrested that day, is ...": the clause's closing comma also closes the
        # apposition before it, and stays ("Antheyst Jarrett, 27, is ..."; editor read, stop 32, row 161)
        return start, doc[after].idx + (0 if _in_apposition(doc, left - 1, head) else 1)
    if after == _end(doc):
        last = doc[right]
        return start, last.idx + len(last.text)
    return None


def _names_its_last_noun(doc: Any, comma: int) -> bool:
    """Whether the clause's closing comma at ``comma`` opens a name that runs to the sentence's end with no verb: "…
    to dismiss Mr. Strzok, who was removed last summer from the staff of the special counsel, Robert S. Mueller III."
    names the clause's own last noun; deleting the clause left "… to dismiss Mr. Strzok Robert S. Mueller III." (editor
    read #20, BASIL 2018). "…, on Monday." after a clause is the sentence's own and the clause still goes."""
    rest = doc[comma + 1 : _end(doc)] if comma < len(doc) and doc[comma].text == "," else []
    return bool(len(rest)) and rest[0].pos_ == "PROPN" and not any(t.pos_ in {"VERB", "AUX"} for t in rest)


APPOSITION_TOKENS = 3  # "Jarrett, 27", "Smith, the mayor": a short phrase set off by a comma, with no verb


def _in_apposition(doc: Any, comma: int, head: int = -1) -> bool:
    """Whether the comma at token ``comma`` follows a short phrase that a comma before it opened (an apposition) and
    the clause's ``head`` stands before that phrase ("Jarrett, 27, who …"). A clause on a name that an opening
    phrase's comma precedes ("Posting on Facebook on Friday evening, Mary Cheney, who is gay …, wrote:") closes
    with its own comma: the name is the subject, not an apposition (editor read #10, stop 39: "Mary Cheney, wrote:")."""
    for k in range(comma - 1, max(comma - 2 - APPOSITION_TOKENS, -1), -1):
        if doc[k].text == ",":
            return k < comma - 1 and head < k
        if doc[k].pos_ in {"VERB", "AUX"}:
            return False
    return False


def _bare(span: Any) -> bool:
    """Whether a span names nobody and no number: a proper noun ("Simon Anholt"), a proper adjective ("who has
    said that his wife is Jewish") or a number word ("which won eight awards") is what makes a sentence news; a
    weekday or month is context."""
    if span is None:
        return False
    return not any(
        t.like_num
        or t.tag_ == "CD"
        or (t.pos_ == "PROPN" and not _TIME_NAMES.match(t.text))
        or (t.pos_ == "ADJ" and t.text[:1].isupper() and t.i > span.start)
        for t in span
    )


def _tells(verb: Any) -> bool:
    """Whether a relative clause tells an event or a claim of its own rather than describing its noun: a "where"
    clause whose verb has an object ("…, they followed a trail of blood to the suspect's car, where they found
    weapons and notes on potential targets."), or a clause that reports what someone said ("…, who has said that
    his wife is Jewish."). Editor read, stop 37, rows 110 and 92: both were deleted from the summary, the second
    from its lede; "the hospital, where he was treated for minor injuries" and "Whitfield, who has run the bakery
    since the spring," still go."""
    children = list(verb.children)
    if any(c.dep_ == "ccomp" for c in children):
        return True
    return any(c.lower_ == "where" for c in children) and any(c.dep_ == "dobj" for c in children)


_COMPARING = frozenset({"unlike", "like", "than"})


def _compared(noun: Any) -> bool:
    """Whether ``noun`` is what the sentence compares with ("Unlike most other sheepdogs, which are trained to
    bark, the collie ..."): a clause on it says in what, and the comparison means nothing without it (editor read,
    stop 31, row 245)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"with", "to"} and head.head.lower_ in {"compared", "contrasted"}:
        return True
    return noun.dep_ == "pobj" and head.lower_ in _COMPARING


def spans(doc: Any) -> list[tuple[int, int]]:
    """(start, end) character spans of the non-restrictive relative clauses ``doc`` may lose."""
    found: list[tuple[int, int]] = []
    for tok in doc:
        left, right = tok.left_edge.i, tok.right_edge.i
        if tok.dep_ != "relcl" or left == 0 or doc[left].lower_ not in _RELATIVE or tok.head.i >= left:
            continue
        if _compared(tok.head) or _tells(tok):
            continue
        span = comma_set(doc, left, right, tok.head.i)
        closed = right + 1 < len(doc) and doc[right + 1].text == ","
        if span is not None and (closed or tok.head.dep_ not in _SUBJECTS):
            found.append(span)
    return [(a, b) for a, b in found if _bare(doc.char_span(a, b, alignment_mode="expand"))]


def _delete(text: str, start: int, end: int) -> str:
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not after or after[:1] in {".", "!", "?", ",", ";", ":"}:
        return before + after
    return before + " " + after


def _sentence(doc: Any) -> bool:
    """Whether a parse is one clause with a verb at its root and that verb's subject."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ in _SUBJECTS for c in roots[0].children)


def prune(text: str, parse: Parser) -> str:
    """``text`` with each deletable relative clause deleted, one at a time, each only when the rest
    still parses as a sentence; the same text when nothing applies."""
    tried: set[str] = set()
    while True:
        doc = parse([text])[0]
        for start, end in spans(doc):
            removed = text[start:end]
            if removed in tried or not keeps_meaning(removed) or inside_quotation(text, start):
                continue
            tried.add(removed)
            shorter = _delete(text, start, end)
            if len(shorter.split()) >= MIN_WORDS and _sentence(parse([shorter])[0]):
                text = shorter
                break
        else:
            return text
