"""The MRPC same-fact model (align/same_fact.py): the column-wise feature rows against a plain
per-pair reading of each feature, and the shipped model on pairs whose answer is not in doubt."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from newsfuse.align import same_fact

SENTENCES = [
    "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
    "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.",
    'Amrozi accused his brother, whom he called "the witness", of deliberately distorting his evidence.',
    'Referring to him as only "the witness", Amrozi accused his brother of deliberately distorting his evidence.',
    "The ECB has cut interest rates six times over that period, from 4.75 percent in October 2000 to 2.5 percent.",
    "The ECB has cut rates from 4.75 percent in October 2000 to 2.5 percent in that period, officials said on Monday.",
    "Shares of Genentech rose 26 percent on Tuesday.",
    "",
    "No",
]


def _dice(a: frozenset[object], b: frozenset[object]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    norm = (math.sqrt(sum(v * v for v in a.values())) or 1.0) * (math.sqrt(sum(v * v for v in b.values())) or 1.0)
    return sum(v * b[k] for k, v in a.items()) / norm


def _lacking(a: same_fact.Sentence, other: frozenset[str], kind: int) -> int:
    return sum(1 for w, k in a.kinds if k == kind and w not in other)


def _lcs(x: str, y: str) -> int:
    table = [[0] * (len(y) + 1) for _ in range(len(x) + 1)]
    for i, u in enumerate(x):
        for j, v in enumerate(y):
            table[i + 1][j + 1] = table[i][j] + 1 if u == v else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


def reference(a: same_fact.Sentence, b: same_fact.Sentence, cosine: float) -> list[float]:
    """Each feature of :data:`same_fact.NAMES` read off one pair, the plain way."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    union = a.content | b.content
    shorter, longer = sorted((len(a.tokens), len(b.tokens)))
    dice = _dice(a.content, b.content)
    numbers, names = a.numbers | b.numbers, a.names | b.names
    shares = []
    for x, y in zip(a.ngrams, b.ngrams, strict=True):
        shares += [len(x & y) / max(1, min(len(x), len(y))), len(x & y) / max(1, max(len(x), len(y)))]
    lacking = [(_lacking(a, b.content, k), _lacking(b, a.content, k)) for k in (2, 3, 4)]
    lcs = _lcs(a.code, b.code)
    return [
        cosine,
        cosine**2,
        dice,
        len(a.content & b.content) / len(union) if union else 1.0,
        _dice(a.bigrams, b.bigrams),
        _cosine(a.trigrams, b.trigrams),
        shorter / max(1, longer),
        _dice(a.names, b.names) if names else 1.0,
        len(a.names ^ b.names) / max(1, len(names)),
        1.0 if numbers and a.numbers == b.numbers else 0.0,
        len(a.numbers ^ b.numbers) / max(1, len(numbers)),
        float(a.negated != b.negated),
        cosine * dice,
        cosine**3,
        *shares,
        math.log1p(len(a.content ^ b.content)),
        math.log1p(abs(len(a.tokens) - len(b.tokens))),
        len(a.numbers & b.numbers) / len(numbers) if numbers else 1.0,
        *[v for x, y in lacking for v in (max(x, y), x + y)],
        Levenshtein.normalized_similarity(a.tokens, b.tokens),
        lcs / max(1, longer),
        lcs / max(1, shorter),
        fuzz.partial_ratio(a.code, b.code) / 100,
        fuzz.ratio(a.text, b.text) / 100,
        float(bool(a.days) and bool(b.days) and a.days != b.days),
        float(bool(a.days) != bool(b.days)),
        float(a.attributed != b.attributed),
        float(a.tokens[:1] == b.tokens[:1]),
        float(a.tokens[-2:] == b.tokens[-2:]),
        float(a.quoted != b.quoted),
    ]


def test_the_column_wise_rows_equal_the_per_pair_reading() -> None:
    prepared = [same_fact.prepare(s) for s in SENTENCES]
    pairs = [(i, j) for i in range(len(SENTENCES)) for j in range(len(SENTENCES)) if i != j]
    cosines = np.linspace(0.1, 0.9, len(pairs))
    rows = same_fact.feature_rows(prepared, pairs, cosines)
    expected = np.array([reference(prepared[i], prepared[j], c) for (i, j), c in zip(pairs, cosines, strict=True)])
    assert rows.shape == (len(pairs), len(same_fact.NAMES))
    for k, name in enumerate(same_fact.NAMES):
        assert rows[:, k] == pytest.approx(expected[:, k], abs=1e-9), name


def test_a_story_too_large_for_one_dense_product_gets_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    prepared = [same_fact.prepare(s) for s in SENTENCES]
    pairs = [(i, j) for i in range(len(SENTENCES)) for j in range(i + 1, len(SENTENCES))]
    cosines = np.linspace(0.2, 0.8, len(pairs))
    dense = same_fact.feature_rows(prepared, pairs, cosines)
    monkeypatch.setattr(same_fact, "_DENSE_ENTRIES", 0)  # b's entries looked up as sorted keys
    monkeypatch.setattr(same_fact, "_PAIR_BLOCK", 4)  # and the pairs in many blocks
    assert np.array_equal(same_fact.feature_rows(prepared, pairs, cosines), dense)


def test_pair_products_sum_as_scipy_sparse_does() -> None:
    sparse = pytest.importorskip("scipy.sparse")  # a dev dependency (scikit-learn's), not a runtime one
    prepared = [same_fact.prepare(s) for s in SENTENCES]
    norms = [math.sqrt(sum(v * v for v in s.trigrams.values())) or 1.0 for s in prepared]
    weights = [[v / n for v in s.trigrams.values()] for s, n in zip(prepared, norms, strict=True)]
    vocabulary: dict[object, int] = {}
    grams = same_fact._sparse([list(s.trigrams) for s in prepared], weights, vocabulary)
    present = same_fact._sparse([s.content for s in prepared], vocabulary=vocabulary)
    words = same_fact._sparse([[w for w, _ in s.kinds] * 2 for s in prepared], vocabulary=vocabulary)  # repeats
    left, right = np.array([0, 1, 2, 5, 7, 3, 3]), np.array([1, 0, 3, 4, 0, 3, 8])
    # the products feature_rows takes: weights times weights (no repeated column), counts times sets
    for a, b in ((grams, grams), (words, present), (present, words)):
        width = len(vocabulary)
        matrix_a, matrix_b = (
            sparse.csr_matrix((m.data, m.indices, m.indptr), shape=(len(SENTENCES), width)) for m in (a, b)
        )
        expected = (matrix_a @ matrix_b.T).toarray()[left, right]
        assert np.array_equal(same_fact._pair_products(a, b, left, right), expected)  # bit for bit


def test_words_one_sentence_adds_are_counted_by_kind() -> None:
    a, b = same_fact.prepare(SENTENCES[4]), same_fact.prepare(SENTENCES[5])
    row = dict(zip(same_fact.NAMES, same_fact.feature_rows([a, b], [(0, 1)], np.array([0.9]))[0], strict=True))
    assert row["unmatched_names"] == 1  # "Monday" (a name: capitalised, not first)
    assert row["unmatched_numbers"] == 0
    assert row["day_mismatch"] == 1.0  # October and Monday against October alone
    assert row["attribution_mismatch"] == 1.0  # "officials said"


def test_the_shipped_model_reads_a_paraphrase_and_a_different_fact() -> None:
    prepared = [same_fact.prepare(s) for s in SENTENCES[:4]]
    p = same_fact.probability(same_fact.feature_rows(prepared, [(2, 3), (0, 1)], np.array([0.93, 0.78])))
    assert p[0] >= same_fact.threshold() > p[1]


def test_the_stored_trees_score_as_scikit_learn_does() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    rows = rng.normal(size=(400, len(same_fact.NAMES)))
    labels = (rows[:, 0] + rows[:, 3] * rows[:, 5] + rng.normal(scale=0.5, size=400) > 0).astype(int)
    trees = same_fact.fit_trees(rows, labels)
    clf = HistGradientBoostingClassifier(random_state=0, **same_fact.TREES).fit(rows, labels)
    fresh = rng.normal(size=(50, len(same_fact.NAMES)))
    assert same_fact.trees_logit(fresh, trees) == pytest.approx(clf.decision_function(fresh), abs=1e-9)
    assert same_fact.trees_logit(fresh[:0], trees).shape == (0,)


def test_the_shipped_model_averages_the_logistic_regression_and_the_trees() -> None:
    prepared = [same_fact.prepare(s) for s in SENTENCES[:4]]
    rows = same_fact.feature_rows(prepared, [(2, 3), (0, 1)], np.array([0.93, 0.78]))
    m = same_fact.model()
    linear = same_fact.logistic(rows, m, same_fact.NAMES)
    trees = 1 / (1 + np.exp(-same_fact.trees_logit(rows, m["trees"])))
    assert same_fact.probability(rows) == pytest.approx((linear + trees) / 2)
