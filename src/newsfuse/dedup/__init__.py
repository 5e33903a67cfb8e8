"""Dedup stage: exact copies, near-duplicates (MinHash LSH) and shared passages, and which
article republishes which (``Article.copy_of``)."""

from newsfuse.dedup.detect import DedupParams, DuplicateIndex, DuplicatePair, find_duplicates, mark_copies
from newsfuse.dedup.shingles import Fingerprint, fingerprint

__all__ = [
    "DedupParams",
    "DuplicateIndex",
    "DuplicatePair",
    "Fingerprint",
    "find_duplicates",
    "fingerprint",
    "mark_copies",
]
