"""Text fingerprints for duplicate detection: a content hash, word 3-gram shingles, a MinHash
signature of them and hashes of each long sentence (for shared passages)."""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

from newsfuse.dedup.minhash import signature
from newsfuse.termvectors import sorted_unique

# Constants, not options: they define the fingerprints kept in the store (changing one makes stored
# fingerprints incomparable with new ones); the tuning knobs are options.DedupParams.
NUM_PERM = 128  # MinHash permutations: Jaccard estimated within ~0.09 (1/sqrt(128))
SHINGLE_WORDS = 3  # 3-grams survive light edits (one changed word in ten keeps ~70% of them)
MIN_PASSAGE_WORDS = 12  # a sentence shorter than this is too generic to count as reuse

_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    """Hash of the words only: whitespace, punctuation and case changes give the same hash."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()


def _hash32(items: list[str]) -> np.ndarray:
    return np.array([zlib.crc32(s.encode("utf-8")) for s in items], dtype=np.uint64)


def _shingle_hashes(tokens: list[str]) -> np.ndarray:
    """32-bit hashes of word n-grams, mixed from per-word hashes (vectorised: no string joins)."""
    ids = _hash32(tokens)
    if ids.size < SHINGLE_WORDS:
        return (ids.sum(keepdims=True) & _MASK32) if ids.size else ids
    mixed = np.zeros(ids.size - SHINGLE_WORDS + 1, dtype=np.uint64)
    for k in range(SHINGLE_WORDS):
        mixed = (mixed * np.uint64(0x9E3779B1) + ids[k : k + mixed.size]) & _MASK32
    return mixed


@dataclass
class Fingerprint:
    """Everything dedup needs about one article; cheap to pickle (Ray ships these between workers).

    Shingles are a sorted array of unique 32-bit hashes (~1.2 kB for 300 shingles; a frozenset of
    Python ints took ~16 kB and was most of the duplicate index's memory)."""

    hash: str
    shingles: np.ndarray  # sorted unique uint32
    minhash: np.ndarray  # MinHash signature, NUM_PERM uint32 (dedup.minhash: datasketch's values, seed 1)
    passages: frozenset[int]  # hashes of normalised long sentences
    words: int


def stored_fingerprint(
    hash: str, shingles: np.ndarray, hashvalues: np.ndarray, passages: np.ndarray, words: int
) -> Fingerprint:
    """A fingerprint back from the store (``fingerprint`` computed it when the article was added)."""
    return Fingerprint(
        hash=hash,
        shingles=shingles.astype(np.uint32, copy=False),
        minhash=hashvalues.astype(np.uint32, copy=False),
        passages=frozenset(passages.tolist()),
        words=words,
    )


def fingerprint(text: str) -> Fingerprint:
    tokens = words(text)
    hashed = sorted_unique(_shingle_hashes(tokens)).astype(np.uint32)
    sentences = [" ".join(words(s)) for s in _SENTENCE_END.split(text)]
    long_sentences = [s for s in sentences if len(s.split()) >= MIN_PASSAGE_WORDS]
    return Fingerprint(
        hash=hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest(),  # = content_hash(text)
        shingles=hashed,
        minhash=signature(hashed, NUM_PERM, seed=1),
        passages=frozenset(_hash32(long_sentences).tolist()) if long_sentences else frozenset(),
        words=len(tokens),
    )
