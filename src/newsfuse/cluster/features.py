"""What the clusterer compares: embeddings, online TF-IDF vectors, title words and names."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsfuse.termvectors import ENGLISH_STOP_WORDS, TermCounts, TermHasher

if TYPE_CHECKING:
    from scipy import sparse

# Constants, not options: the fitted decision (cluster/decision.json) was trained on these features,
# and the store keeps embeddings of EMBED_CHARS-long text; the tuning knobs are options.ClusterParams.
N_FEATURES = 2**20  # hashed TF-IDF space: collisions negligible for news vocabularies
MAIN_NAME_MENTIONS = 2  # an article names what it is about at least this often (see main_names)
EMBED_CHARS = 600  # ~130 word pieces: MiniLM was trained on 128; same F1 as 1,200 chars, ~1.3x faster (docs/scale.md)

_NAME = re.compile(r"\b(?:[A-Z][\w'’.-]*[a-z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*[a-z][\w'’-]*|of|de|al|bin))*")
_NAME_STOP = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "After",
    "When",
    "While",
    "If",
    "As",
    "For",
    "With",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mr",
    "Mrs",
    "Ms",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Share",
    "Comments",
    "Advertisement",
    "Photo",
    "Image",
}
_TITLE_WORD = re.compile(r"[a-z0-9]{3,}")


def name_phrases(text: str, limit: int | None = 4000) -> Iterator[str]:
    """Capitalised phrases as written, in order (a sentence's opening "The" or "When" left out)."""
    for match in _NAME.finditer(text if limit is None else text[:limit]):
        phrase = match.group(0)
        first = phrase.split()[0]
        if first in _NAME_STOP:
            phrase = " ".join(phrase.split()[1:])
        if len(phrase) >= 3:
            yield phrase


def name_counts(text: str, limit: int = 4000) -> Counter[str]:
    """Capitalised phrases as a cheap stand-in for named entities: the people, places and
    organisations that identify a story (spaCy NER would be ~20x slower per article), each with how
    often the article names it."""
    return Counter(phrase.lower() for phrase in name_phrases(text, limit))


_NAME_TOKEN = re.compile(r"[a-z]{3,}")
_POSSESSIVE = re.compile(r"['’]s\b")


def name_tokens(found: Iterable[str]) -> frozenset[str]:
    """The words of lower-cased names, accents folded and possessives dropped, stop words left out:
    "kira grünberg" and "grunberg's" meet on "grunberg", "cosby’s" and "cosby" on "cosby", and a
    capitalised "It's" or "These" that opened a sentence is no name. What ``online._names_apart``
    compares: whole phrases missed a story's own names written two ways (stop 27)."""
    out: set[str] = set()
    for name in found:
        folded = unicodedata.normalize("NFKD", _POSSESSIVE.sub("", name)).encode("ascii", "ignore").decode()
        out.update(w for w in _NAME_TOKEN.findall(folded) if w not in ENGLISH_STOP_WORDS)
    return frozenset(out)


def names(text: str, limit: int = 4000) -> frozenset[str]:
    return frozenset(name_counts(text, limit))


def main_names(counts: Counter[str], title: str | None = None) -> frozenset[str]:
    """The names an article is about: named twice or more, or named in its title. Two events of one
    kind (two earthquakes, two celebrity trials) differ here even when their words are alike."""
    in_title = {n for n in name_counts(title)} if title else set()
    return frozenset(n for n, c in counts.items() if c >= MAIN_NAME_MENTIONS or n in in_title)


def title_words(title: str | None) -> frozenset[str]:
    if not title:
        return frozenset()
    return frozenset(w for w in _TITLE_WORD.findall(title.lower()) if w not in ENGLISH_STOP_WORDS)


def embed_text(title: str | None, text: str) -> str:
    return ((title + ". ") if title else "") + text[:EMBED_CHARS]


class OnlineTfidf:
    """TF-IDF over a stream: hashed terms (no vocabulary to grow), sublinear term frequency, and
    document frequencies counted from the articles seen so far (each article counts itself)."""

    def __init__(self) -> None:
        # scikit-learn's HashingVectorizer(N_FEATURES, alternate_sign=False, norm=None, stop_words=
        # "english"), reproduced exactly without importing scikit-learn (newsfuse.termvectors)
        self._hasher = TermHasher(N_FEATURES)
        self._df = np.zeros(N_FEATURES, dtype=np.int32)
        self.documents = 0

    def counts(self, texts: list[str]) -> list[TermCounts]:
        """Raw term counts, computed in batches (the expensive, state-free part)."""
        return self._hasher.counts(texts)

    def weigh(self, row: TermCounts) -> SparseVec:
        """Unit-length TF-IDF vector of one article, updating document frequencies first."""
        self.documents += 1
        self._df[row.indices] += 1
        idf = np.log((self.documents + 1) / (self._df[row.indices] + 1)) + 1.0
        data = (1.0 + np.log(row.data)) * idf
        norm = math.sqrt(float(data @ data)) or 1.0
        return SparseVec(row.indices.astype(np.int64), (data / norm).astype(np.float32))


@dataclass(frozen=True)
class SparseVec:
    """A hashed TF-IDF vector as (term indices, weights): scipy's per-call overhead dominated the
    clusterer's time with sparse matrices, plain arrays are ~20x faster here."""

    idx: np.ndarray
    val: np.ndarray

    def csr(self) -> sparse.csr_matrix:
        from scipy import sparse

        return sparse.csr_matrix((self.val, self.idx, [0, self.idx.size]), shape=(1, N_FEATURES))
