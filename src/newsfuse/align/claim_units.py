"""Facts over claims: the sentences that carry several facts (align/claims.py) take part as their claims.

The sentence-level units stay what summarize reads (its sentences are whole). For the fact graph each
split sentence is replaced by its claims: a *claim story* holds one item per whole sentence (its text,
vector and entity mentions unchanged) and one per claim (the claim's text, its own MiniLM vector, the
sentence's mentions that the claim names), and the same unit builder groups the items. A claim then
joins the fact it reports, and a detail of its own stays a single-source fact.

Pairs of two whole sentences keep the decision the sentence-level units made (same texts, same
model), so only pairs with a claim are scored again: the cost grows with the split sentences, not
with the story. A main clause keeps its sentence's scores too, except with an item it shares almost
no words with (:func:`inherited_scores`): the sentences then met through the clause that was cut off.
Conflicts are found once, over sentences; a claim is disputed when its sentence is and it carries
the disputed value (every claim of the sentence when none does), and a source that reports a
conflicting value is never cited for a claim with a number of that sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from newsfuse.align import story_pairs
from newsfuse.align.claims import Piece, joined, whole_claim
from newsfuse.align.conflicts import Conflicts
from newsfuse.align.numbers import find_quantities
from newsfuse.align.support import SupportMap
from newsfuse.align.units import UnitMap, build_units
from newsfuse.align.values_apart import carried_values
from newsfuse.options import AlignOptions
from newsfuse.records import AnalysedStory, ClaimSpan, Mention, Sentence

Encode = Callable[[list[str]], np.ndarray]


@dataclass
class ClaimStory:
    story: AnalysedStory  # one "sentence" per claim item, in story order
    claims: list[ClaimSpan]  # per item: offsets into the article, ``sentence`` = the original sentence
    parent: list[int]  # item -> original sentence index
    whole: list[bool]  # item is a whole sentence (not split)


def claim_story(story: AnalysedStory, pieces: Sequence[list[Piece]], encode: Encode) -> ClaimStory:
    sentences: list[Sentence] = []
    claims: list[ClaimSpan] = []
    parent: list[int] = []
    whole: list[bool] = []
    mentions: list[Mention] = []
    by_sentence: dict[tuple[str, int], list[Mention]] = {}
    for m in story.mentions:
        by_sentence.setdefault((m.article_id, m.sentence_index), []).append(m)
    count: dict[str, int] = {}
    for i, s in enumerate(story.sentences):
        for piece in pieces[i] or [Piece([])]:
            spans = piece.spans
            k = count.get(s.article_id, 0)
            count[s.article_id] = k + 1
            if spans:
                text = joined(s.text, spans)
                offsets = tuple((s.start + a, s.start + b) for a, b in spans)
                # a reported clause is shown with its speaker, a noun with its relative clause as a sentence: the
                # whole sentence (as the brief shows it)
                sentence = whole_claim(i, s)
                shown = (sentence.text, sentence.spans) if piece.reported or piece.fragment else ("", ())
                claims.append(ClaimSpan(i, s.article_id, text, offsets, *shown))
                start, end = s.start + spans[0][0], s.start + spans[-1][1]
                sentences.append(replace(s, index=k, text=text, start=start, end=end))
            else:
                text = s.text
                claims.append(whole_claim(i, s))
                sentences.append(replace(s, index=k))
            parent.append(i)
            whole.append(not spans)
            mentions += [replace(m, sentence_index=k) for m in by_sentence.get(s.key, []) if m.text in text]
    todo = [n for n, w in enumerate(whole) if not w]
    vectors = np.zeros((len(sentences), story.embeddings.shape[1] if story.embeddings.ndim == 2 else 0), np.float32)
    for n, w in enumerate(whole):
        if w:
            vectors[n] = story.embeddings[parent[n]]
    if todo:
        found = np.asarray(encode([sentences[n].text for n in todo]), dtype=np.float32)
        norms = np.linalg.norm(found, axis=1, keepdims=True)
        vectors[todo] = found / np.where(norms == 0, 1.0, norms)
    items = replace(story, sentences=sentences, mentions=mentions, embeddings=vectors)
    return ClaimStory(items, claims, parent, whole)


# Share of an item's story-IDF word weight that a main clause and another item must have in common (of
# at least one of the two) for the pair to keep the whole sentences' score. Under it the sentences met
# through another clause: "The victim contacted police." (the main clause of a sentence that goes on to
# the meeting) had kept P 0.97 with "They agreed to meet three days later", and Facebook's Oculus deal
# P 0.93 with "It happened with Instagram in 2012, ...". On Multi-News validation rows 150-249 (93
# non-gold stories) 1,057 -> 1,054 other-outlet citations; of the 194 an editor labelled (stop 24), 3
# wrong ones go and no right or partial one (0.1 also drops a fourth wrong one, but adds a wrong
# citation on the gold report split). Gold tune source precision 95.7 -> 95.9 % (20 -> 19 documents
# cited that the gold does not list), report 95.2 % unchanged; multi-source shown and source recall
# unchanged on both (docs/synthesis.md, "Stop 25 — citations").
INHERIT_MIN_SHARE = 0.05


def inherited_scores(items: AnalysedStory, main_clause: Sequence[bool], known: np.ndarray) -> np.ndarray:
    """``known`` (pair scores taken from the whole sentences, NaN where none) without the pairs of a
    main clause (``main_clause[n]``: item n is the first claim of a split sentence) that could join
    (at least ``story_pairs.HOPELESS``) but share under :data:`INHERIT_MIN_SHARE` of either item's word
    weight: those are scored again on the clause's own text."""
    known = known.copy()
    clauses = np.flatnonzero(np.asarray(main_clause, dtype=bool))
    if not len(clauses):
        return known
    words = [story_pairs.content_words(s.text) for s in items.sentences]
    idf = story_pairs.story_idf(words)
    weight = [math.fsum(idf.get(w, 0.0) for w in found) for found in words]
    for i in clauses.tolist():
        for j in np.flatnonzero(known[i] >= story_pairs.HOPELESS).tolist():
            if i == j:
                continue
            shared = math.fsum(idf.get(w, 0.0) for w in words[i] & words[j])
            if shared < INHERIT_MIN_SHARE * weight[i] and shared < INHERIT_MIN_SHARE * weight[j]:
                known[i, j] = known[j, i] = np.nan
    return known


def claim_units(
    story: AnalysedStory, units: UnitMap, found: Conflicts, split: ClaimStory, params: AlignOptions
) -> tuple[UnitMap, set[int]]:
    """Units over the claim items (pairs of two whole sentences keep the sentence-level score), and
    the disputed items."""
    items = split.story
    vectors = items.embeddings
    support = SupportMap(sources=[], matches=[], similarity=vectors @ vectors.T)  # the unit builder reads the cosine
    # a whole sentence, or the main clause of a split one, keeps the sentence's pair scores
    first = [n == 0 or split.parent[n - 1] != split.parent[n] for n in range(len(split.parent))]
    whole = np.flatnonzero(np.array(split.whole) | np.array(first))
    index = np.array(split.parent)[whole]
    known = np.full((len(split.parent), len(split.parent)), np.nan)
    known[np.ix_(whole, whole)] = units.similarity[np.ix_(index, index)]
    main_clause = [f and not w for f, w in zip(first, split.whole, strict=True)]
    grouped = build_units(
        items, support, params, known=inherited_scores(items, main_clause, known), mutual_floor=params.mutual_floor
    )
    # the disputed values (every claim of every conflict): a claim carries one when it names it
    # (by its words, or by a quantity of the same interval: "eleven" reports the value shown as "11")
    values = [re.compile(rf"(?<!\w){re.escape(c.value.lower())}(?!\w)") for x in found.conflicts for c in x.claims]
    intervals = {(q.low, q.high) for x in found.conflicts for c in x.claims for q in find_quantities(c.value)}

    def carries(n: int) -> bool:
        text = items.sentences[n].text.lower()
        return any(v.search(text) for v in values) or any((q.low, q.high) in intervals for q in grouped.quantities[n])

    disputed: set[int] = set()
    contradicted: dict[int, set[str]] = {}
    for i in found.disputed | set(found.contradicted):
        mine = [n for n, p in enumerate(split.parent) if p == i]
        carrying = [n for n in mine if carries(n)]
        if i in found.disputed:
            disputed.update(carrying or mine)
        for n in mine:
            if split.whole[n] or grouped.quantities[n]:
                contradicted[n] = set(found.contradicted.get(i, set()))
    carried = carried_values(found.conflicts, [s.text for s in items.sentences])
    return replace(grouped, contradicted=contradicted, carried=carried), disputed
