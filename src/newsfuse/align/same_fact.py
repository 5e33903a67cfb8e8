"""Do two sentences state the same fact? A logistic regression over pairwise features.

Features (:data:`NAMES`), all symmetric in the two sentences and cheap (no parse, no second model):
MiniLM cosine; content-word Dice and Jaccard over light stems; word-bigram Dice; character
3-gram cosine; shared word n-grams (n = 1..4); length ratio and difference; named-word (capitalised,
not sentence-initial) agreement; number agreement (both name the same numbers / one names a number
the other lacks); negation mismatch. The weights live in ``same_fact.json``, fitted by
``newsfuse bench mrpc --tune PATH`` on ``../shared/bench/mrpc/train.txt`` (news sentence pairs,
paraphrase or not) with a fifth held out for the figures (see docs/synthesis.md, "Fact graph").
``NEWSFUSE_SAME_FACT_WEIGHTS`` names another file of the same shape, to try fitted weights without
touching the package.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

NAMES = (
    "cosine",
    "cosine_sq",
    "dice",
    "jaccard",
    "bigram_dice",
    "char_cosine",
    "length_ratio",
    "names_dice",
    "names_missing",
    "numbers_same",
    "numbers_missing",
    "negation_mismatch",
    "cosine_x_dice",
    "cosine_cube",
    "ngram1_min",
    "ngram1_max",
    "ngram2_min",
    "ngram2_max",
    "ngram3_min",
    "ngram3_max",
    "ngram4_min",
    "ngram4_max",
    "unmatched_words",
    "length_difference",
    "numbers_jaccard",
)
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NEGATION = re.compile(r"\b(not|no|never|n't|denied|denies|deny|refused|without)\b|n't\b", re.I)
STOP_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "but", "with", "by", "at", "from", "as", "than",
     "that", "this", "these", "those", "its", "it", "is", "was", "were", "are", "be", "been", "being", "has", "have",
     "had", "will", "would", "could", "should", "may", "might", "can", "which", "who", "whom", "whose", "he", "she",
     "they", "his", "her", "their", "them", "we", "you", "i", "our", "us", "said", "says", "say", "also"}
)  # fmt: skip
MAX_TOKENS = 120  # a "sentence" longer than this is compared on its first tokens only (garbage guard)


@dataclass(frozen=True)
class Sentence:
    """What the features need of one sentence, computed once per sentence."""

    tokens: tuple[str, ...]  # lower-case stems, stop words kept (for order and bigrams)
    content: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    trigrams: Counter[str]
    names: frozenset[str]
    numbers: frozenset[str]
    negated: bool
    ngrams: tuple[frozenset[tuple[str, ...]], ...]  # word n-grams, n = 1..4


def is_capped(text: str) -> bool:
    """True when ``text`` has more words than the model reads (:data:`MAX_TOKENS`)."""
    return len(_TOKEN.findall(text[: MAX_TOKENS * 40])) > MAX_TOKENS


def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def prepare(text: str) -> Sentence:
    raw = _TOKEN.findall(text)[:MAX_TOKENS]
    tokens = tuple(stem(t) for t in raw)
    content = frozenset(t for t in tokens if t not in STOP_WORDS)
    bigrams = frozenset(itertools.pairwise(tokens))
    flat = " ".join(t.lower() for t in raw)
    trigrams = Counter(flat[k : k + 3] for k in range(max(0, len(flat) - 2)))
    names = frozenset(t.lower() for k, t in enumerate(raw) if k > 0 and t[:1].isupper() and t.lower() not in STOP_WORDS)
    numbers = frozenset(n.replace(",", "") for n in _NUMBER.findall(text[:2000]))
    ngrams = tuple(frozenset(zip(*[tokens[k:] for k in range(n)], strict=False)) for n in (1, 2, 3, 4))
    negated = bool(_NEGATION.search(text[:2000]))
    return Sentence(tokens, content, bigrams, trigrams, names, numbers, negated, ngrams)


def _dice(a: frozenset[Any], b: frozenset[Any]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def features(a: Sentence, b: Sentence, cosine: float, char_cosine: float) -> list[float]:
    union = a.content | b.content
    shorter, longer = sorted((len(a.tokens), len(b.tokens)))
    dice = _dice(a.content, b.content)
    numbers = a.numbers | b.numbers
    names = a.names | b.names
    return [
        cosine,
        cosine * cosine,
        dice,
        len(a.content & b.content) / len(union) if union else 1.0,
        _dice(a.bigrams, b.bigrams),
        char_cosine,
        shorter / max(1, longer),
        _dice(a.names, b.names) if names else 1.0,
        len(a.names ^ b.names) / max(1, len(names)),
        1.0 if numbers and a.numbers == b.numbers else 0.0,
        len(a.numbers ^ b.numbers) / max(1, len(numbers)),
        1.0 if a.negated != b.negated else 0.0,
        cosine * dice,
        cosine**3,
        *_ngram_shares(a.ngrams, b.ngrams),
        math.log1p(len(a.content ^ b.content)),
        math.log1p(abs(len(a.tokens) - len(b.tokens))),
        len(a.numbers & b.numbers) / len(numbers) if numbers else 1.0,
    ]


def _ngram_shares(a: tuple[frozenset[tuple[str, ...]], ...], b: tuple[frozenset[tuple[str, ...]], ...]) -> list[float]:
    """For n = 1..4: shared n-grams over the shorter and over the longer sentence's n-grams."""
    shares = []
    for x, y in zip(a, b, strict=True):
        common = len(x & y)
        shares += [common / max(1, min(len(x), len(y))), common / max(1, max(len(x), len(y)))]
    return shares


def feature_rows(sentences: list[Sentence], pairs: list[tuple[int, int]], cosines: np.ndarray) -> np.ndarray:
    """One feature row per pair of indices into ``sentences``; the character 3-gram cosines are
    computed together as one sparse product (the per-pair loop was most of the stage's time)."""
    if not pairs:
        return np.zeros((0, len(NAMES)))
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for sentence in sentences:
        counts = sentence.trigrams
        norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
        for gram, value in counts.items():
            indices.append(vocabulary.setdefault(gram, len(vocabulary)))
            data.append(value / norm)
        indptr.append(len(indices))
    grams = csr_matrix((data, indices, indptr), shape=(len(sentences), max(1, len(vocabulary))))
    left = grams[[i for i, _ in pairs]]
    right = grams[[j for _, j in pairs]]
    chars = np.asarray(left.multiply(right).sum(axis=1)).ravel()
    rows = [
        features(sentences[i], sentences[j], float(c), float(g))
        for (i, j), c, g in zip(pairs, cosines, chars, strict=True)
    ]
    return np.array(rows, dtype=np.float64).reshape(len(pairs), len(NAMES))


def load_model(filename: str, override: str) -> dict[str, Any]:
    """A packaged logistic model ``align/<filename>``, or the file the environment variable
    ``override`` names: {"weights": {feature: w}, "intercept": b, "mean": {...}, "scale": {...},
    "threshold": p}; features are standardised with mean/scale before the weights apply."""
    named = os.environ.get(override)
    source = Path(named) if named else resources.files("newsfuse.align").joinpath(filename)
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


@cache
def model() -> dict[str, Any]:
    """same_fact.json (or ``NEWSFUSE_SAME_FACT_WEIGHTS``), see :func:`load_model`."""
    return load_model("same_fact.json", "NEWSFUSE_SAME_FACT_WEIGHTS")


def logistic(rows: np.ndarray, m: dict[str, Any], names: tuple[str, ...]) -> np.ndarray:
    """The probability a fitted model (:func:`fit_logistic`) gives each row of ``names`` features."""
    if not len(rows):
        return np.zeros(0)
    mean = np.array([m["mean"][n] for n in names])
    scale = np.array([m["scale"][n] for n in names])
    weights = np.array([m["weights"][n] for n in names])
    linear = ((rows - mean) / scale) @ weights + float(m["intercept"])
    return np.asarray(1.0 / (1.0 + np.exp(-linear)))


def probability(rows: np.ndarray, fitted: dict[str, Any] | None = None) -> np.ndarray:
    """P(same fact) for each feature row."""
    return logistic(rows, fitted or model(), NAMES)


def threshold(fitted: dict[str, Any] | None = None) -> float:
    return float((fitted or model())["threshold"])


def fit_logistic(
    rows: np.ndarray, labels: np.ndarray, names: tuple[str, ...], c: float = 1.0, balanced: bool = False
) -> dict[str, Any]:
    """Standardise, fit a logistic regression, and return the JSON-ready model (threshold 0.5;
    the caller may set another, chosen on training data only)."""
    from sklearn.linear_model import LogisticRegression

    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    weight = "balanced" if balanced else None
    clf = LogisticRegression(C=c, max_iter=5000, class_weight=weight).fit((rows - mean) / scale, labels)
    return {
        "weights": {n: round(float(w), 6) for n, w in zip(names, clf.coef_[0], strict=True)},
        "intercept": round(float(clf.intercept_[0]), 6),
        "mean": {n: round(float(v), 6) for n, v in zip(names, mean, strict=True)},
        "scale": {n: round(float(v), 6) for n, v in zip(names, scale, strict=True)},
        "threshold": 0.5,
    }


def fit(rows: np.ndarray, labels: np.ndarray, c: float = 1.0) -> dict[str, Any]:
    """The MRPC model: :func:`fit_logistic` over :data:`NAMES`."""
    return fit_logistic(rows, labels, NAMES, c)
