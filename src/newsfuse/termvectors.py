"""Term vectors without scikit-learn: hashed term counts (the story clusterer's TF-IDF) and the
TF-IDF centrality summarize ranks sentences by.

Why not scikit-learn: importing any part of it (``sklearn/__init__`` → ``sklearn.base`` →
``sklearn.utils`` → ``scipy.stats``) cost 1.6 s of a 13.5 s cold brief and 81 MB of its peak RSS
(docs/speed.md, stop 19), for two small things a brief needs: ``HashingVectorizer`` (the story
split) and ``TfidfVectorizer`` (sentence centrality). Both are reproduced here **bit for bit**:

- ``hashed_counts`` gives the indices and counts of ``HashingVectorizer(n_features, alternate_sign=
  False, norm=None, stop_words="english", dtype=float32)``: the same token pattern, lower-casing and
  stop words, and MurmurHash3 (x86, 32 bit, seed 0) of each token's UTF-8 bytes computed in numpy,
  ``abs(h) % n_features`` as scikit-learn's ``_hashing_fast`` does (-2**31 included).
- ``tfidf_centrality`` gives what ``TfidfVectorizer(stop_words="english", sublinear_tf=True)
  .fit_transform`` followed by ``matrix.mean(axis=0)``, normalising and ``matrix @ centroid`` gave:
  the floating-point operations run in scipy's order (a row's terms in order of their first
  appearance in the texts, sums left to right, ``log`` applied to arrays laid out as scikit-learn
  lays them out), so the results are equal, not merely close.

``tests/test_termvectors.py`` compares both with scikit-learn (still installed: it fits the decisions)
on the shared corpora and on generated text, with ``np.array_equal``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np

# scikit-learn's ENGLISH_STOP_WORDS (sklearn/feature_extraction/_stop_words.py, BSD licence), 318 words
# fmt: off
ENGLISH_STOP_WORDS = frozenset(
    {
        "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone", "along",
        "already", "also", "although", "always", "am", "among", "amongst", "amoungst", "amount", "an", "and", "another",
        "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as", "at", "back", "be",
        "became", "because", "become", "becomes", "becoming", "been", "before", "beforehand", "behind", "being",
        "below", "beside", "besides", "between", "beyond", "bill", "both", "bottom", "but", "by", "call", "can",
        "cannot", "cant", "co", "con", "could", "couldnt", "cry", "de", "describe", "detail", "do", "done", "down",
        "due", "during", "each", "eg", "eight", "either", "eleven", "else", "elsewhere", "empty", "enough", "etc",
        "even", "ever", "every", "everyone", "everything", "everywhere", "except", "few", "fifteen", "fifty", "fill",
        "find", "fire", "first", "five", "for", "former", "formerly", "forty", "found", "four", "from", "front", "full",
        "further", "get", "give", "go", "had", "has", "hasnt", "have", "he", "hence", "her", "here", "hereafter",
        "hereby", "herein", "hereupon", "hers", "herself", "him", "himself", "his", "how", "however", "hundred", "i",
        "ie", "if", "in", "inc", "indeed", "interest", "into", "is", "it", "its", "itself", "keep", "last", "latter",
        "latterly", "least", "less", "ltd", "made", "many", "may", "me", "meanwhile", "might", "mill", "mine", "more",
        "moreover", "most", "mostly", "move", "much", "must", "my", "myself", "name", "namely", "neither", "never",
        "nevertheless", "next", "nine", "no", "nobody", "none", "noone", "nor", "not", "nothing", "now", "nowhere",
        "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours",
        "ourselves", "out", "over", "own", "part", "per", "perhaps", "please", "put", "rather", "re", "same", "see",
        "seem", "seemed", "seeming", "seems", "serious", "several", "she", "should", "show", "side", "since", "sincere",
        "six", "sixty", "so", "some", "somehow", "someone", "something", "sometime", "sometimes", "somewhere", "still",
        "such", "system", "take", "ten", "than", "that", "the", "their", "them", "themselves", "then", "thence",
        "there", "thereafter", "thereby", "therefore", "therein", "thereupon", "these", "they", "thick", "thin",
        "third", "this", "those", "though", "three", "through", "throughout", "thru", "thus", "to", "together", "too",
        "top", "toward", "towards", "twelve", "twenty", "two", "un", "under", "until", "up", "upon", "us", "very",
        "via", "was", "we", "well", "were", "what", "whatever", "when", "whence", "whenever", "where", "whereafter",
        "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which", "while", "whither", "who",
        "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
        "yours", "yourself", "yourselves"
    }
)
# fmt: on

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
_C1, _C2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)


def terms(text: str) -> list[str]:
    """The tokens scikit-learn's word analyzer keeps: lower-cased, 2+ word characters, no stop words."""
    return [w for w in _TOKEN.findall(text.lower()) if w not in ENGLISH_STOP_WORDS]


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def murmurhash3_32(words: list[str]) -> np.ndarray:
    """MurmurHash3_x86_32 with seed 0 of each word's UTF-8 bytes, as signed int32 (what
    ``sklearn.utils.murmurhash3_32(word, positive=False)`` returns), all words at once."""
    data = [w.encode("utf-8") for w in words]
    n = len(data)
    if n == 0:
        return np.zeros(0, dtype=np.int32)
    lengths = np.fromiter((len(b) for b in data), dtype=np.int64, count=n)
    width = int(-(-max(int(lengths.max()), 1) // 4) * 4) + 4  # room for a zero block after the tail
    flat = np.frombuffer(b"".join(data), dtype=np.uint8)
    rows = np.repeat(np.arange(n), lengths)
    starts = np.cumsum(lengths) - lengths
    cols = np.arange(flat.size) - np.repeat(starts, lengths)
    buf = np.zeros((n, width), dtype=np.uint8)
    buf[rows, cols] = flat
    blocks = buf.view("<u4").astype(np.uint32)  # (n, width // 4), little-endian words
    nblocks = lengths // 4
    h = np.zeros(n, dtype=np.uint32)
    for j in range(int(nblocks.max())):
        k = _rotl(blocks[:, j] * _C1, 15) * _C2
        mixed = _rotl(h ^ k, 13) * np.uint32(5) + np.uint32(0xE6546B64)
        h = np.where(nblocks > j, mixed, h)
    # the tail (length % 4 bytes) read as a little-endian word: the zero padding makes it the next block
    tail = blocks[np.arange(n), nblocks]
    k = _rotl(tail * _C1, 15) * _C2
    h = np.where(lengths % 4 > 0, h ^ k, h)
    h ^= lengths.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h.view(np.int32)


class TermCounts(NamedTuple):
    """One text's hashed terms: sorted column indices (int32) and how often each occurs (float32),
    the ``indices`` and ``data`` of the scikit-learn CSR row it replaces."""

    indices: np.ndarray
    data: np.ndarray


class TermHasher:
    """Hashed term counts of texts, as ``HashingVectorizer`` (see the module docstring) gives them.

    Each distinct term is hashed once per hasher (a dict of term → column, started afresh past
    ``limit`` terms so a long stream does not grow it without bound).
    """

    def __init__(self, n_features: int, limit: int = 500_000) -> None:
        self.n_features = n_features
        self.limit = limit
        self._column: dict[str, int] = {}

    def columns(self, words: Iterable[str]) -> None:
        """Hash the words not seen yet."""
        distinct = list(dict.fromkeys(words))
        new = [w for w in distinct if w not in self._column]
        if not new:
            return
        if len(self._column) + len(new) > self.limit:
            self._column, new = {}, distinct
        h = murmurhash3_32(new).astype(np.int64)
        # abs(-2**31) % n is what scikit-learn computes for the one hash whose abs overflows
        index = np.abs(h) % self.n_features
        self._column.update(zip(new, index.tolist(), strict=True))

    def counts(self, texts: list[str]) -> list[TermCounts]:
        """The hashed term counts of each text."""
        tokenized = [terms(t) for t in texts]
        self.columns(w for tokens in tokenized for w in tokens)
        column = self._column
        rows = []
        for tokens in tokenized:
            if not tokens:
                rows.append(TermCounts(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)))
                continue
            idx, cnt = np.unique(np.fromiter((column[w] for w in tokens), np.int64, len(tokens)), return_counts=True)
            rows.append(TermCounts(idx.astype(np.int32), cnt.astype(np.float32)))
        return rows


def tfidf_centrality(texts: list[str]) -> np.ndarray:
    """Cosine of each text's TF-IDF vector (English stop words out, sublinear term frequency, smooth
    idf, l2 norm) to the normalised mean of all of them: ``summarize``'s centrality feature, equal to
    what scikit-learn's ``TfidfVectorizer`` gave (module docstring); all zeros when no text has a term."""
    vocabulary: dict[str, int] = {}  # term -> order of first appearance in the texts
    order: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in texts:
        row: dict[int, int] = {}
        for term in terms(text):
            col = vocabulary.setdefault(term, len(vocabulary))
            row[col] = row.get(col, 0) + 1
        for col in sorted(row):  # scipy's sort_indices on the first-appearance columns
            order.append(col)
            counts.append(row[col])
        indptr.append(len(order))
    if not vocabulary:
        return np.zeros(len(texts))
    # scikit-learn then renumbers the columns alphabetically without reordering a row's entries
    alphabetical = np.empty(len(vocabulary), dtype=np.int64)
    for new, (_term, old) in enumerate(sorted(vocabulary.items())):
        alphabetical[old] = new
    indices = alphabetical[np.asarray(order, dtype=np.int64)]
    n = len(texts)
    df = np.bincount(indices, minlength=len(vocabulary)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=n + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data = np.asarray(counts, dtype=np.float64)
    np.log(data, data)
    data += 1.0
    data *= idf[indices]
    for i in range(n):  # l2 norm of each row, summed left to right as scikit-learn's Cython loop does
        start, end = indptr[i], indptr[i + 1]
        total = 0.0
        for x in data[start:end].tolist():
            total += x * x
        if total != 0.0:
            data[start:end] /= np.sqrt(total)
    centroid = np.zeros(len(vocabulary))
    np.add.at(centroid, indices, data * (1.0 / n))  # scipy's mean(axis=0): scaled, then summed row by row
    centroid /= np.linalg.norm(centroid) or 1.0
    products = (data * centroid[indices]).tolist()
    result = np.zeros(n)
    for i in range(n):  # scipy's csr matvec: each row's products summed left to right
        total = 0.0
        for x in products[indptr[i] : indptr[i + 1]]:
            total += x
        result[i] = total
    return result


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` of a 1-d array (sorted, each value once), written out: numpy 2's plain
    ``np.unique`` (and ``np.union1d``, which calls it) asks ``np.ma.is_masked``, which imports
    ``numpy.ma``: 0.033 s CPU of a cold brief that needs nothing else of it (docs/speed.md, stop 23)."""
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
