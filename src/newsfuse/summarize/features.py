"""What the ranking knows about each sentence: position, centrality, cross-source support,
shared vocabulary, length and clarity. One row per sentence; the weights live in weights.json
(fitted by ``newsfuse bench rouge --tune`` on Multi-News clusters 0-124 only)."""

from __future__ import annotations

import itertools
import json
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.align.facts import importance
from newsfuse.align.units import UnitMap
from newsfuse.nlp.clarity import clarity, display_text
from newsfuse.records import AnalysedStory, FactGraph
from newsfuse.termvectors import tfidf_centrality  # scikit-learn's TfidfVectorizer, bit for bit, without its import

NAMES = (
    "position",  # 1/sqrt(1 + index in its article): the lead bias of news writing
    "first",  # the article's first sentence
    "relative_position",  # index / article length
    "centrality",  # cosine to the story centroid
    "article_centrality",  # cosine to its own article's centroid
    "support",  # independent sources in its information unit beyond its own, as a share of the others
    "shared_words",  # mean share of articles that use each of its content words
    "length",  # words, capped at 40, over 40
    "clarity",  # complete, self-contained sentence (candidates.clarity)
    "quote",  # opens with a quotation mark
    "numbers",  # mentions a quantity
    "other_centrality",  # cosine to the centroid of the *other* articles' sentences
    "word_frequency",  # mean log-frequency of its content words in the whole story, scaled to [0, 1]
    "shared_bigrams",  # share of its word pairs that another independent article also uses
    "tfidf_centrality",  # cosine of its TF-IDF vector to the story's TF-IDF centroid (lexical centrality)
    # from the fact graph (align/facts.py) and the NLP records:
    "outlets",  # independent outlets reporting its fact (its own included), capped at 6, over 6
    "importance",  # align.facts.importance of the sentence itself (decision, event, figure, actor, support)
    "fact_importance",  # FactNode.cues of its fact (the graph's node; importance without the source bonus)
    "dated",  # it names a calendar day or month (a DateMention resolved to one): an event, not background
    "entities",  # named-entity mentions in it, capped at 4, over 4
    "corroborated",  # its fact reported by two or more independent outlets (issue 14: the budget goes to those)
)
MAX_OUTLETS = 6
IMPORTANCE_SCALE = 4.0  # importance() is at most 1 + 0.8 + 0.6 + 0.4 + 0.5 + 0.5 = 3.8
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP_WORDS = (
    "the a an and or but of to in on for with at by from as is was were are be been has have had that this it its "
    "he she they his her their them we you i our not no said says will would could can also more than after "
    "about who which what when there new one two just so if up out into over"
)
_STOP = frozenset(_STOP_WORDS.split())


@cache
def model() -> dict[str, Any]:
    """weights.json: {"weights": {feature: w}, "intercept": b, "link": "logistic" | "linear"}.

    ``NEWSFUSE_SUMMARY_WEIGHTS`` names another file of that shape (what ``bench rouge --tune PATH``
    writes), so fitted weights can be tried without touching the installed package."""
    override = os.environ.get("NEWSFUSE_SUMMARY_WEIGHTS")
    source = Path(override) if override else resources.files("newsfuse.summarize").joinpath("weights.json")
    raw = source.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def weights() -> dict[str, float]:
    return {name: float(model()["weights"].get(name, 0.0)) for name in NAMES}


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def feature_matrix(
    story: AnalysedStory, units: UnitMap, copy_of: dict[str, str | None], graph: FactGraph | None = None
) -> np.ndarray:
    """One row per sentence, columns in ``NAMES`` order. Without ``graph`` a fact's importance is
    its best member's own importance (what the graph's node would hold for its representative)."""
    n = len(story.sentences)
    rows = np.zeros((n, len(NAMES)))
    if n == 0:
        return rows
    emb = story.embeddings.astype(np.float64)
    centroid = emb.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    centrality = emb @ centroid
    lengths: dict[str, int] = {}
    article_vectors: dict[str, np.ndarray] = {}
    for a in story.articles:
        idx = story.by_article(a.id)
        lengths[a.id] = len(idx)
        if idx:
            v = emb[idx].mean(axis=0)
            article_vectors[a.id] = v / (np.linalg.norm(v) or 1.0)
    roots = {copy_of.get(a.id) or a.id for a in story.articles}
    others = max(1, len(roots) - 1)
    words = [content_words(s.text) for s in story.sentences]
    article_words: dict[str, set[str]] = {}
    for s, vocabulary in zip(story.sentences, words, strict=True):
        article_words.setdefault(copy_of.get(s.article_id) or s.article_id, set()).update(vocabulary)
    frequency: dict[str, int] = {}
    for vocabulary in article_words.values():
        for word in vocabulary:
            frequency[word] = frequency.get(word, 0) + 1
    lexical = tfidf_centrality([s.text for s in story.sentences])
    counts: dict[str, int] = {}
    for vocabulary in words:
        for word in vocabulary:
            counts[word] = counts.get(word, 0) + 1
    top = np.log1p(max(counts.values(), default=1))
    # each word's frequency term once, not once per sentence holding it (the same numpy values, so the same means)
    frequency_terms = {word: np.log1p(count) / top for word, count in counts.items()}
    pairs = [_bigrams(s.text) for s in story.sentences]
    bigram_owners: dict[tuple[str, str], set[str]] = {}
    for s, found in zip(story.sentences, pairs, strict=True):
        for pair in found:
            bigram_owners.setdefault(pair, set()).add(copy_of.get(s.article_id) or s.article_id)
    index = {sentence.key: i for i, sentence in enumerate(story.sentences)}
    named = np.zeros(n)
    for m in story.mentions:
        k = index.get((m.article_id, m.sentence_index))
        if k is not None:
            named[k] += 1
    dated = {(d.article_id, d.sentence_index) for d in story.dates if d.value and d.granularity in ("day", "month")}
    outlets = [len(units.independent(units.unit_of[i], story, copy_of)) for i in range(n)]
    own = np.array(
        [
            importance(display_text(s.text), units.quantities[i], named[i] > 0, outlets[i], len(roots), centrality[i])
            for i, s in enumerate(story.sentences)
        ]
    )
    fact_value = _fact_importance(units, own, graph, n)
    totals = {a: v * lengths[a] for a, v in article_vectors.items()}
    total = sum(totals.values()) if totals else np.zeros(emb.shape[1])
    for i, s in enumerate(story.sentences):
        text = display_text(s.text)
        root = copy_of.get(s.article_id) or s.article_id
        rest = total - totals[s.article_id]
        other = float(emb[i] @ rest / (np.linalg.norm(rest) or 1.0)) if len(totals) > 1 else float(centrality[i])
        frequency_score = np.mean([frequency_terms[w] for w in words[i]]) if words[i] else 0.0
        shared_pairs = sum(1 for p in pairs[i] if bigram_owners[p] - {root}) / len(pairs[i]) if pairs[i] else 0.0
        backers = outlets[i] - 1  # ``units.independent`` of the sentence's unit, read above
        shared = np.mean([frequency[w] / len(article_words) for w in words[i]]) if words[i] else 0.0
        rows[i] = (
            1.0 / np.sqrt(1.0 + s.index),
            1.0 if s.index == 0 else 0.0,
            s.index / max(1, lengths[s.article_id]),
            centrality[i],
            float(emb[i] @ article_vectors[s.article_id]),
            backers / others,
            shared,
            min(len(text.split()), 40) / 40,
            clarity(text),
            1.0 if text[:1] in "“\"‘'" else 0.0,
            1.0 if units.quantities[i] else 0.0,
            other,
            frequency_score,
            shared_pairs,
            lexical[i],
            min(outlets[i], MAX_OUTLETS) / MAX_OUTLETS,
            own[i] / IMPORTANCE_SCALE,
            fact_value[i] / IMPORTANCE_SCALE,
            1.0 if s.key in dated else 0.0,
            min(named[i], 4) / 4,
            1.0 if outlets[i] >= 2 else 0.0,
        )
    return rows


def _fact_importance(units: UnitMap, own: np.ndarray, graph: FactGraph | None, n: int) -> np.ndarray:
    """Each sentence's fact's importance: the graph node's when the graph is given (a claim is a
    sentence today; several claims of one sentence take their best fact), else the best member's."""
    value = np.zeros(n)
    if graph is not None and graph.facts:
        for c, claim in enumerate(graph.claims):
            if claim.sentence < n:
                node = graph.facts[graph.fact_of_claim[c]]
                cues = node.importance if node.cues is None else node.cues
                value[claim.sentence] = max(value[claim.sentence], cues)
        return value
    for unit in units.units:
        best = max((own[i] for i in unit.members), default=0.0)
        for i in unit.members:
            value[i] = best
    return value


def _bigrams(text: str) -> set[tuple[str, str]]:
    tokens = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    return set(itertools.pairwise(tokens))


def scores(rows: np.ndarray) -> np.ndarray:
    """Higher is better. With a logistic model: the probability that a reference summary
    would contain the sentence (always positive, so clarity can scale it down)."""
    if not len(rows):
        return np.zeros(0)
    w = weights()
    linear = rows @ np.array([w[name] for name in NAMES]) + float(model().get("intercept", 0.0))
    if model().get("link") == "logistic":
        return np.asarray(1.0 / (1.0 + np.exp(-linear)))
    return np.asarray(linear)
