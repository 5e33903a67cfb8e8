"""Do two sentences state the same fact? A logistic regression over pairwise features.

Features (:data:`NAMES`), all symmetric in the two sentences and cheap (no parse, no second model):
MiniLM cosine; content-word Dice and Jaccard over light stems; word-bigram Dice; character
3-gram cosine; shared word n-grams (n = 1..4); length ratio and difference; named-word (capitalised,
not sentence-initial) agreement; number agreement (both name the same numbers / one names a number
the other lacks); negation mismatch. Since stop 19 also what a word aligner and the MT metrics
read: the words one sentence has and the other lacks, by kind (names, numbers, long words); word
edit distance, longest common word subsequence, best partial match of the word sequences, the
character ratio; and mismatches of named days or months, of attribution ("said", "according to")
and of quotation. The weights live in ``same_fact.json``, fitted by
``newsfuse bench mrpc --tune PATH`` on ``../shared/bench/mrpc/train.txt`` (news sentence pairs,
paraphrase or not) with a fifth held out for the figures (docs/synthesis.md, "Fact graph" and
"Stop 19 — same-fact model / MRPC"). ``NEWSFUSE_SAME_FACT_WEIGHTS`` names another file of the same
shape, to try fitted weights without touching the package.

Beside it since stop 20, the pair model (:mod:`newsfuse.align.pair_model`, a MiniLM cross-encoder
fine-tuned on the same pairs): :func:`stacked` adds the two models' logits, each from its own
threshold (``"pair"`` in ``same_fact.json``). ``bench mrpc`` decides every pair that way; the story
model still reads :func:`probability` alone unless ``AlignOptions.pair_model_pairs`` asks
:func:`rescore` to re-decide its least sure pairs (~25 ms CPU a pair; measured trade in
docs/synthesis.md, "Stop 20 — same-fact model / MRPC").

Rows are computed column-wise (:func:`feature_rows`): a story scores thousands of candidate pairs,
so every shared-set count is one sparse product and every edit distance one ``rapidfuzz`` call.

Measured and dropped (stop 19, 5-fold CV on MRPC train): MiniLM *token* vectors (BERTScore-style
greedy matching, IDF-weighted, unmatched tokens) from the last layer: no gain; from layers 2-4
+0.01 F1 + accuracy, but they need the encoder's hidden states for every story sentence, which the
analysis does not keep; a gradient-boosted tree model: no gain over the logistic; runs of
unmatched words, head and tail runs, the token-set and token-sort ratios: no gain. Stop 27 measured
the token alignment again (5-fold CV, 5 shuffles, F1 + accuracy 1.649 without): greedy matching over
the static word table 1.650, over the layer-0 / layer-4 token states 1.652 / 1.653 (IDF-weighted /
flat), all within the shuffles' spread; the sentence vectors' |u - v| and u * v (8 PCA dimensions)
into the trees 1.649; spaCy entity agreement (people and places, dates, quantities) 1.645: none
kept (docs/synthesis.md, "Stop 27 — MRPC").
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import zlib
from collections import Counter
from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

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
    # alignment of the words (stop words neutral), edit distances, and what one sentence adds
    "unmatched_names_max",
    "unmatched_names",
    "unmatched_numbers_max",
    "unmatched_numbers",
    "unmatched_long_max",
    "unmatched_long",
    "levenshtein",
    "lcs",
    "lcs_shorter",
    "partial",
    "ratio",
    "day_mismatch",
    "day_one_side",
    "attribution_mismatch",
    "first_word_same",
    "last_words_same",
    "quote_mismatch",
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
_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?"
    r"|oct|nov|dec)\b",
    re.I,
)
_ATTRIBUTION = re.compile(r"\b(said|says|say|told|according|added|announced|reported|stated|claimed|noted)\b", re.I)
_DENSE_ENTRIES = 2_000_000  # _pair_products lays b out dense up to this many cells (16 MB)
_PAIR_BLOCK = 4096  # pairs per block of _pair_products (~100 row entries a pair: a few MB a block)
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
    text: str  # the words read, lower case, one space between (for the edit distances)
    code: str  # one character per stem (a stable hash), for edit distances over words at C speed
    kinds: tuple[tuple[str, int], ...]  # (stem, kind) of each word that is not a stop word, see _kind
    days: frozenset[str]  # days and months named, first three letters
    attributed: bool  # "said", "according", "told", ...
    quoted: bool


def is_capped(text: str) -> bool:
    """True when ``text`` has more words than the model reads (:data:`MAX_TOKENS`)."""
    return len(_TOKEN.findall(text[: MAX_TOKENS * 40])) > MAX_TOKENS


@lru_cache(maxsize=1 << 16)  # ~11,000 calls a brief over a few thousand words
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
    trigrams = Counter([flat[k : k + 3] for k in range(len(flat) - 2)])  # a list: counted in C, not a generator
    names = frozenset(t.lower() for k, t in enumerate(raw) if k > 0 and t[:1].isupper() and t.lower() not in STOP_WORDS)
    numbers = frozenset(n.replace(",", "") for n in _NUMBER.findall(text[:2000]))
    # n = 2 is ``bigrams``: the same pairs in the same order (the same set, iterated alike), made once
    ngrams = tuple(
        bigrams if n == 2 else frozenset(zip(*[tokens[k:] for k in range(n)], strict=False)) for n in (1, 2, 3, 4)
    )
    negated = bool(_NEGATION.search(text[:2000]))
    kinds = tuple((s, _kind(k, w, s)) for k, (w, s) in enumerate(zip(raw, tokens, strict=True)) if s not in STOP_WORDS)
    head = text[: MAX_TOKENS * 12]
    days = frozenset(m.lower()[:3] for m in _DAY.findall(head))
    attributed = bool(_ATTRIBUTION.search(head))
    quoted = any(q in head for q in '"“”')
    return Sentence(
        tokens,
        content,
        bigrams,
        trigrams,
        names,
        numbers,
        negated,
        ngrams,
        flat,
        _code(tokens),
        kinds,
        days,
        attributed,
        quoted,
    )


def _code(tokens: tuple[str, ...]) -> str:
    """Each word as one character below the surrogates (crc32: the same in every process; two
    distinct words share a character with chance 1 in 53,000)."""
    return "".join(chr(0x100 + zlib.crc32(t.encode("utf-8")) % 0xD000) for t in tokens)


def _kind(position: int, word: str, stemmed: str) -> int:
    if stemmed in STOP_WORDS:
        return 0
    if word[:1].isdigit():
        return 3
    if position > 0 and word[:1].isupper():
        return 2
    return 4 if len(word) > 6 and word[:1].islower() else 1


class _Rows(NamedTuple):
    """Sparse rows, one per sentence (the CSR layout): row k's columns are
    ``indices[indptr[k]:indptr[k + 1]]`` with ``data`` beside them."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray


def _sparse(
    items: Sequence[Collection[Hashable]],
    weights: Sequence[list[float]] | None = None,
    vocabulary: dict[Hashable, int] | None = None,
) -> _Rows:
    """One sparse row per sentence: ``items`` counted (or their ``weights`` summed) over ``vocabulary``
    (a new one unless given; rows built over one vocabulary can be multiplied by ``_pair_products``)."""
    vocabulary = {} if vocabulary is None else vocabulary
    indptr, indices, data = [0], [], []
    for k, row in enumerate(items):
        indices += [vocabulary.setdefault(item, len(vocabulary)) for item in row]
        data += weights[k] if weights is not None else [1.0] * len(row)
        indptr.append(len(indices))
    return _Rows(np.array(indptr, dtype=np.int64), np.array(indices, dtype=np.int64), np.array(data, dtype=np.float64))


def _pair_products(a: _Rows, b: _Rows, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row ``left[p]`` of ``a`` times row ``right[p]`` of ``b`` (a dot product), for every pair p.

    In numpy rather than scipy.sparse, whose import was 0.15-0.21 s CPU of a cold brief (docs/speed.md,
    stop 22) for a dozen products. Each entry of a pair's ``a`` row reads the same column of its ``b``
    row: from ``b`` laid out dense (sentences x columns) while that is small, as it is for a story of a
    few hundred sentences; else from b's entries as sorted keys (``searchsorted``). Duplicates in ``b``
    are summed first; each pair's products are summed in the order of ``a``'s row, as scipy's sparse
    product sums them, so the rows are the same bit for bit. Pairs go in blocks so that a large
    story's memory stays bounded.
    """
    out = np.zeros(len(left))
    if not len(left) or not len(b.indices):
        return out
    width = int(max(a.indices.max(initial=-1), b.indices.max(initial=-1))) + 1
    rows_b = np.repeat(np.arange(len(b.indptr) - 1, dtype=np.int64), np.diff(b.indptr))
    dense = (len(b.indptr) - 1) * width <= _DENSE_ENTRIES
    if dense:
        table = np.zeros((len(b.indptr) - 1) * width)  # row-major, read by flat index (twice as fast)
        np.add.at(table, rows_b * width + b.indices, b.data)
    else:
        keys, inverse = np.unique(rows_b * width + b.indices, return_inverse=True)
        values = np.bincount(inverse, weights=b.data, minlength=len(keys))
    lengths = np.diff(a.indptr)
    for start in range(0, len(left), _PAIR_BLOCK):
        block_left, block_right = left[start : start + _PAIR_BLOCK], right[start : start + _PAIR_BLOCK]
        counts = lengths[block_left]
        firsts = np.cumsum(counts) - counts
        entries = np.repeat(a.indptr[block_left] - firsts, counts) + np.arange(counts.sum())
        wanted = np.repeat(block_right * width, counts) + a.indices[entries]  # (row of b, column)
        if dense:
            products = a.data[entries] * table[wanted]  # 0.0 where b's row lacks the column
        else:
            found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
            products = np.where(keys[found] == wanted, a.data[entries] * values[found], 0.0)
        pair = np.repeat(np.arange(len(block_left)), counts)
        out[start : start + len(block_left)] = np.bincount(pair, weights=products, minlength=len(block_left))
    return out


def _divide(top: np.ndarray, bottom: np.ndarray, empty: float) -> np.ndarray:
    """top / bottom, and ``empty`` where bottom is 0."""
    return np.divide(top, bottom, out=np.full(len(top), float(empty)), where=bottom > 0)


def feature_rows(sentences: list[Sentence], pairs: list[tuple[int, int]], cosines: np.ndarray) -> np.ndarray:
    """One row of :data:`NAMES` per pair of indices into ``sentences``, computed in columns: every
    shared-set count is one sparse product over all pairs and each edit distance one
    ``rapidfuzz.process.cpdist`` call, so a story's thousands of candidate pairs cost no Python
    loop per pair (tests/test_align_same_fact.py checks it against a plain per-pair version)."""
    if not pairs:
        return np.zeros((0, len(NAMES)))
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import LCSseq, Levenshtein

    left = np.array([i for i, _ in pairs], dtype=np.intp)
    right = np.array([j for _, j in pairs], dtype=np.intp)

    def product(a: _Rows, b: _Rows) -> np.ndarray:
        """Row ``left`` of ``a`` times row ``right`` of ``b``, per pair."""
        return _pair_products(a, b, left, right)

    def per_sentence(values: list[Any]) -> tuple[np.ndarray, np.ndarray]:
        array = np.array(values, dtype=np.float64)
        return array[left], array[right]

    def shared(sets: list[frozenset[Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """|a & b|, |a|, |b| per pair."""
        matrix = _sparse(sets)
        return (product(matrix, matrix), *per_sentence([len(x) for x in sets]))

    cos = np.asarray(cosines, dtype=np.float64)
    norms = [math.sqrt(sum(v * v for v in s.trigrams.values())) or 1.0 for s in sentences]
    weights = [[v / n for v in s.trigrams.values()] for s, n in zip(sentences, norms, strict=True)]
    grams = _sparse([list(s.trigrams) for s in sentences], weights)
    content, ca, cb = shared([s.content for s in sentences])
    dice = _divide(2 * content, ca + cb, 1.0)
    ngrams = [shared([s.ngrams[n] for s in sentences]) for n in range(4)]  # n = 1..4 (2: the bigrams)
    bigrams, ba, bb = ngrams[1]
    names, na, nb = shared([s.names for s in sentences])
    numbers, ma, mb = shared([s.numbers for s in sentences])
    number_union = ma + mb - numbers
    la, lb = per_sentence([len(s.tokens) for s in sentences])
    negated_a, negated_b = per_sentence([s.negated for s in sentences])
    columns = [
        cos,
        cos**2,
        dice,
        _divide(content, ca + cb - content, 1.0),
        _divide(2 * bigrams, ba + bb, 1.0),
        product(grams, grams),
        np.minimum(la, lb) / np.maximum(1, np.maximum(la, lb)),
        _divide(2 * names, na + nb, 1.0),
        (na + nb - 2 * names) / np.maximum(1, na + nb - names),
        ((number_union > 0) & (numbers == ma) & (numbers == mb)).astype(np.float64),
        (ma + mb - 2 * numbers) / np.maximum(1, number_union),
        (negated_a != negated_b).astype(np.float64),
        cos * dice,
        cos**3,
    ]
    for common, x, y in ngrams:  # shared n-grams over the shorter and over the longer sentence's
        columns += [common / np.maximum(1, np.minimum(x, y)), common / np.maximum(1, np.maximum(x, y))]
    columns += [
        np.log1p(ca + cb - 2 * content),
        np.log1p(np.abs(la - lb)),
        _divide(numbers, number_union, 1.0),
    ]
    # words of each kind (_kind: names, numbers, long words) that one sentence has and the other's
    # content lacks: the kind's words minus those the other sentence also has
    vocabulary: dict[Hashable, int] = {}
    present = _sparse([s.content for s in sentences], vocabulary=vocabulary)
    for kind in (2, 3, 4):
        words = [[w for w, k in s.kinds if k == kind] for s in sentences]
        counts = _sparse(words, vocabulary=vocabulary)  # the kinds' words are content words: same columns
        total_a, total_b = per_sentence([len(w) for w in words])
        lacking_a = total_a - product(counts, present)
        lacking_b = total_b - product(present, counts)
        columns += [np.maximum(lacking_a, lacking_b), lacking_a + lacking_b]
    codes_a = [sentences[i].code for i in left]
    codes_b = [sentences[j].code for j in right]
    texts_a = [sentences[i].text for i in left]
    texts_b = [sentences[j].text for j in right]
    lcs = process.cpdist(codes_a, codes_b, scorer=LCSseq.similarity, dtype=np.float64)
    columns += [
        process.cpdist(codes_a, codes_b, scorer=Levenshtein.normalized_similarity, dtype=np.float64),
        lcs / np.maximum(1, np.maximum(la, lb)),
        lcs / np.maximum(1, np.minimum(la, lb)),
        process.cpdist(codes_a, codes_b, scorer=fuzz.partial_ratio, dtype=np.float64) / 100,
        process.cpdist(texts_a, texts_b, scorer=fuzz.ratio, dtype=np.float64) / 100,
    ]
    day_ids: dict[frozenset[str], int] = {}
    days_a, days_b = per_sentence([day_ids.setdefault(s.days, len(day_ids)) if s.days else -1 for s in sentences])
    said_a, said_b = per_sentence([s.attributed for s in sentences])
    quoted_a, quoted_b = per_sentence([s.quoted for s in sentences])
    firsts: dict[str, int] = {}
    first_a, first_b = per_sentence([firsts.setdefault(s.code[:1], len(firsts)) for s in sentences])
    lasts: dict[str, int] = {}
    last_a, last_b = per_sentence([lasts.setdefault(s.code[-2:], len(lasts)) for s in sentences])
    columns += [
        ((days_a >= 0) & (days_b >= 0) & (days_a != days_b)).astype(np.float64),
        ((days_a >= 0) != (days_b >= 0)).astype(np.float64),
        (said_a != said_b).astype(np.float64),
        (first_a == first_b).astype(np.float64),
        (last_a == last_b).astype(np.float64),
        (quoted_a != quoted_b).astype(np.float64),
    ]
    return np.column_stack(columns).reshape(len(pairs), len(NAMES))


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
    """P(same fact) for each feature row: the logistic regression's, averaged with the boosted
    trees' when the model has them (``"trees"``, see :func:`trees_logit`)."""
    m = fitted or model()
    p = logistic(rows, m, NAMES)
    if "trees" in m and len(rows):
        p = (p + 1.0 / (1.0 + np.exp(-trees_logit(rows, m["trees"])))) / 2
    return p


def trees_logit(rows: np.ndarray, trees: dict[str, Any]) -> np.ndarray:
    """The raw score of gradient-boosted trees kept as plain arrays (no pickle, no scikit-learn at
    run time): ``baseline`` plus, for every tree, the ``value`` of the leaf a row reaches from the
    tree's root (``roots``), going to ``left`` when ``row[feature] <= threshold`` and to ``right``
    otherwise; a leaf has ``left`` -1. All trees are walked together, ``depth`` steps."""
    feature = np.asarray(trees["feature"], dtype=np.intp)
    limit = np.asarray(trees["threshold"], dtype=np.float64)
    # child[node, 1] when the row goes left, child[node, 0] right; a leaf leads to itself
    own = np.arange(len(feature))
    left, right = np.asarray(trees["left"], dtype=np.intp), np.asarray(trees["right"], dtype=np.intp)
    child = np.column_stack([np.where(right >= 0, right, own), np.where(left >= 0, left, own)])
    node = np.tile(np.asarray(trees["roots"], dtype=np.intp), (len(rows), 1))
    flat = np.ascontiguousarray(rows, dtype=np.float64).ravel()
    offset = (np.arange(len(rows)) * rows.shape[1])[:, None]
    for _ in range(int(trees["depth"])):
        below = flat[offset + feature[node]] <= limit[node]
        node = child[node, below.view(np.int8)]
    return np.asarray(float(trees["baseline"]) + np.asarray(trees["value"], dtype=np.float64)[node].sum(axis=1))


def threshold(fitted: dict[str, Any] | None = None) -> float:
    return float((fitted or model())["threshold"])


def logit(p: np.ndarray) -> np.ndarray:
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(clipped / (1 - clipped)))


def stacked(features: np.ndarray, pair_logits: np.ndarray, stack: dict[str, Any]) -> np.ndarray:
    """P(paraphrase) from the feature model's probability (:func:`probability`) and the pair
    model's logit (:mod:`newsfuse.align.pair_model`): the logistic of ``features`` x the first's
    logit + ``pair`` x the second + ``intercept`` (``stack``, same_fact.json ``"pair"``: equal
    weights, each model's logit from its own threshold; ``bench/mrpc.py`` says why)."""
    linear = float(stack["features"]) * logit(features) + float(stack["pair"]) * pair_logits
    return np.asarray(1.0 / (1.0 + np.exp(-(linear + float(stack["intercept"])))))


def rescore(features: np.ndarray, chosen: np.ndarray, texts: list[tuple[str, str]]) -> np.ndarray:
    """``features`` (:func:`probability` per pair) with the ``chosen`` pairs (``texts``: their two
    sentences, in the order of ``chosen``) decided by the stack with the pair model instead, put
    on the feature model's scale (the stack's threshold lands on the feature model's), so a reader
    fitted on :func:`probability` (the story model) sees the same decision boundary. Unchanged
    when the model has no stack."""
    m = model()
    out = np.array(features, dtype=np.float64)
    if "pair" not in m or not len(chosen):
        return out
    from newsfuse.align import pair_model

    stack = m["pair"]
    combined = stacked(out[chosen], pair_model.shared().logits(texts), stack)
    shift = logit(np.array([threshold(m)])) - logit(np.array([float(stack["threshold"])]))
    out[chosen] = 1.0 / (1.0 + np.exp(-(logit(combined) + shift)))
    return out


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


def fit(rows: np.ndarray, labels: np.ndarray, c: float = 1.0, trees: bool = True) -> dict[str, Any]:
    """The MRPC model: :func:`fit_logistic` over :data:`NAMES`, and with ``trees`` gradient-boosted
    trees beside it (:data:`TREES`, stored by :func:`fit_trees`)."""
    fitted = fit_logistic(rows, labels, NAMES, c)
    if trees:
        fitted["trees"] = fit_trees(rows, labels)
    return fitted


# 100 trees of depth 3: 5-fold CV on MRPC train (3 shuffles), averaged with the logistic regression,
# F1 + accuracy 1.648 against 1.642 for the logistic alone; 300 trees of 8 leaves at rate 0.03 gave
# 1.650 at three times the scoring cost, 200 trees of depth 2 1.647
TREES = {"max_iter": 100, "learning_rate": 0.1, "max_depth": 3, "min_samples_leaf": 40, "l2_regularization": 1.0}


def boosted_trees() -> Any:
    """The (unfitted) scikit-learn model :func:`fit_trees` fits, for cross-validation."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(random_state=0, **TREES)


def fit_trees(rows: np.ndarray, labels: np.ndarray) -> dict[str, Any]:
    """Fit :func:`boosted_trees` and keep its trees as the plain arrays :func:`trees_logit` reads
    (checked: the same raw scores as scikit-learn's on the training rows)."""
    clf = boosted_trees().fit(rows, labels)
    feature: list[int] = []
    limit: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    for (predictor,) in clf._predictors:  # one tree per iteration (binary classification)
        nodes, base = predictor.nodes, len(feature)
        roots.append(base)
        for node in nodes:
            leaf = bool(node["is_leaf"])
            feature.append(0 if leaf else int(node["feature_idx"]))
            limit.append(0.0 if leaf else float(node["num_threshold"]))
            left.append(-1 if leaf else base + int(node["left"]))
            right.append(-1 if leaf else base + int(node["right"]))
            value.append(float(node["value"]) if leaf else 0.0)
    trees = {
        "kind": "sklearn HistGradientBoostingClassifier, " + ", ".join(f"{k}={v}" for k, v in TREES.items()),
        "baseline": float(np.ravel(clf._baseline_prediction)[0]),
        "depth": int(TREES["max_depth"]),
        "roots": roots,
        "feature": feature,
        "threshold": limit,
        "left": left,
        "right": right,
        "value": value,
    }
    expected = clf.decision_function(rows)
    if not np.allclose(trees_logit(rows, trees), expected, atol=1e-9):
        raise ValueError("the stored trees do not reproduce scikit-learn's scores")
    return trees
