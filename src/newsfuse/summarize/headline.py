"""A sentence standing in for a headline, cut to a headline's length by deletion only.

Without a source headline (Multi-News documents, plain texts without a title line) the title is the lede or a lead
sentence (summarize/title.py). On Multi-News rows 0-39, 27 of 40 such titles ran past 20 words, up to 35 ("Arwa
Damon, described by the cable network as a senior international correspondent, was intoxicated and abusive to a
medical team stationed on the grounds of the embassy, where Damon did not have authority to be"); editors read a
30-word title as the lede pasted in (editor read #13, stop 42, row 100). A headline keeps who did what; the parse
says which parts hang off it:

- a phrase set off by commas that holds neither the main verb nor its subject — a clause or phrase on a noun
  (", described by …,", ", where …"), a trailing participle or comparison (", up 4.5% from …", ", including …");
- a day or time the main verb carries ("on Sunday", "Wednesday", "last week").

Cuts are made from the sentence's end backwards, only while the title is longer than ``HEADLINE_WORDS``, never
inside a quotation, never a span with a negation or more than ``MAX_CUT_SHARE`` of the words, and never below
``MIN_WORDS`` words. Every kept word stays in its
order (the contract's deletion-only rule, as for summary sentences).
"""

from __future__ import annotations

import re
from typing import Any

from newsfuse.nlp.models import Parser
from newsfuse.summarize.compress import NEGATION, inside_quotation
from newsfuse.summarize.prune import comma_set

HEADLINE_WORDS = 20
MIN_WORDS = 6
# no one cut takes more than this share of the sentence's words: a long clause holds the news ("…, which was written
# to then president Yitzhak Ben-Zvi, at a ceremony …" left "President Reuven Rivlin presented the previously
# unreleased letter.")
MAX_CUT_SHARE = 0.4
# what hangs off a noun or the main verb and can go: a clause or participle on a noun, an adverbial clause, an
# apposition, a trailing modifier ("…, up 4.5% from …"); never a clausal complement, which holds the claim itself
_SET_OFF = frozenset({"acl", "relcl", "advcl", "appos", "npadvmod", "prep", "advmod"})
_TIMES = frozenset({"DATE", "TIME"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def shortened(text: str, parse: Parser | None) -> str:
    """``text`` cut toward ``HEADLINE_WORDS`` words (see the module docstring); ``text`` itself when it is short
    enough, when there is no parser, or when no cut applies."""
    if parse is None or len(text.split()) <= HEADLINE_WORDS:
        return text
    doc = parse([text])[0]
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return text
    limit = MAX_CUT_SHARE * len(text.split())
    cut_from = len(text)  # cuts are made from the end backwards; a span reaching into a cut one is skipped
    for start, end in sorted(_cuts(doc, roots[0]), reverse=True):
        if len(text.split()) <= HEADLINE_WORDS:
            break
        removed = text[start:end]
        if end > cut_from or len(removed.split()) > limit or NEGATION.search(removed):
            continue
        cut = _tidy(text[:start] + text[end:])
        if len(cut.split()) >= MIN_WORDS and not inside_quotation(text, start):
            text, cut_from = cut, start
    return text


def _cuts(doc: Any, root: Any) -> set[tuple[int, int]]:
    """Character spans that may go (see the module docstring), each set off from the rest. Spans that overlap a
    span kept for another reason (the root, its subject) are not offered."""
    kept = {root.i} | {t.i for c in root.children if c.dep_ in _SUBJECTS for t in c.subtree}
    found: set[tuple[int, int]] = set()
    for token in doc:
        if token.i == root.i:
            continue
        left, right = token.left_edge.i, token.right_edge.i
        if any(left <= k <= right for k in kept):
            continue
        if token.dep_ in _SET_OFF and (span := comma_set(doc, left, right, token.head.i)) is not None:
            found.add(span)
        elif token.head.i == root.i and _a_time(token):
            start = doc[left].idx
            found.add((start - 1 if start and doc.text[start - 1] == " " else start, doc[right].idx + len(doc[right])))
    return found


def _a_time(token: Any) -> bool:
    """ "on Sunday", "at midday on Monday" (a preposition whose object is a date or time) or "Wednesday", "last
    week" (a date the verb carries without one)."""
    words = list(token.subtree)
    if token.dep_ == "prep" and token.lower_ in ("on", "at"):
        return len(words) > 1 and all(t.ent_type_ in _TIMES for t in words[1:])
    return token.dep_ == "npadvmod" and all(t.ent_type_ in _TIMES for t in words)


def _tidy(text: str) -> str:
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
