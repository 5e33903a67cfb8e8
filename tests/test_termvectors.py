"""newsfuse.termvectors reproduces scikit-learn's HashingVectorizer and TfidfVectorizer exactly
(equal arrays, not close ones): the story split and summarize's centrality run without importing
scikit-learn, and their output must not move by one bit."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsfuse.termvectors import ENGLISH_STOP_WORDS, TermHasher, murmurhash3_32, terms, tfidf_centrality

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lake-tessel-summit"

ODD = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefgh", "é", "naïve", "日本語", "x" * 37, "\u2019s", "İstanbul"]


def _texts(shared: Path | None) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
    if shared is not None:
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "corpora").rglob("*.txt"))]
        source = shared / "bench" / "neus" / "val.source"
        if source.exists():
            texts += source.read_text(encoding="utf-8", errors="replace").splitlines()[:150]
    return [*texts, " ".join(ODD), "The and of to", "Co-op 2,400 U.S. e-mail don't 12th"]


def _reference_centrality(texts: list[str]) -> np.ndarray:
    try:
        matrix = sklearn_text.TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:
        return np.zeros(len(texts))
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    centroid /= np.linalg.norm(centroid) or 1.0
    return np.asarray(matrix @ centroid).ravel()


def test_stop_words_are_scikit_learns() -> None:
    assert ENGLISH_STOP_WORDS == sklearn_text.ENGLISH_STOP_WORDS


def test_murmurhash_equals_scikit_learns() -> None:
    from sklearn.utils import murmurhash3_32 as reference

    words = sorted({w for t in _texts(None) for w in t.split()}) + ODD
    assert np.array_equal(murmurhash3_32(words), np.array([reference(w, seed=0) for w in words], dtype=np.int32))


def test_hashed_counts_equal_hashing_vectorizer(shared_dir: Path) -> None:
    texts = _texts(shared_dir)
    hasher = sklearn_text.HashingVectorizer(
        n_features=2**20, alternate_sign=False, norm=None, stop_words="english", dtype=np.float32
    )
    expected = hasher.transform(texts).tocsr()
    mine = TermHasher(2**20, limit=2_000)  # small limit: the column dict is restarted on the way
    for start in range(0, len(texts), 40):
        for n, row in enumerate(mine.counts(texts[start : start + 40]), start):
            assert np.array_equal(row.indices, expected[n].indices), n
            assert np.array_equal(row.data, expected[n].data), n
            assert row.indices.dtype == np.int32 and row.data.dtype == np.float32


def test_tfidf_centrality_equals_tfidf_vectorizer(shared_dir: Path) -> None:
    sentences = [s for t in _texts(shared_dir) for s in t.replace("\n", " ").split(". ") if s.strip()]
    rng = random.Random(7)
    for _ in range(60):
        sample = rng.sample(sentences, min(rng.randint(1, 250), len(sentences)))
        assert np.array_equal(tfidf_centrality(sample), _reference_centrality(sample))
    for texts in ([], ["the and of"], ["the", "Hello world"], ["x y z", "aa bb", ""]):
        assert np.array_equal(tfidf_centrality(texts), _reference_centrality(texts))


def test_terms_drop_stop_words_and_single_characters() -> None:
    assert terms("The Summit in Tessel: 11 deals, a vote") == ["summit", "tessel", "11", "deals", "vote"]


def test_a_brief_does_not_import_scikit_learn() -> None:
    code = (
        "import sys; from newsfuse import brief; from tests.fakes import HashingEmbedder; "
        "from newsfuse.nlp import Models; from newsfuse.options import Options; "
        f"brief([{str(EXAMPLE)!r}], models=Models(Options(), embedder=HashingEmbedder())); "
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('sklearn', 'datasketch') or m == 'scipy.integrate'))"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_sorted_unique_is_numpys_unique() -> None:
    from newsfuse.termvectors import sorted_unique

    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 3, 50):
        for high, dtype in ((3, np.int64), (2**40, np.uint64), (1000, np.int32)):
            values = rng.integers(0, high, size).astype(dtype)
            found = sorted_unique(values)
            assert found.dtype == np.unique(values).dtype and np.array_equal(found, np.unique(values))
