"""MinHash signatures and a MinHash LSH index, computed as datasketch 2.0 computes them, in numpy.

Why not datasketch: ``import datasketch`` imports ``datasketch.lsh``, which imports
``scipy.integrate`` (for the one-off choice of bands and rows) — about 1 s of a cold brief and
~40 MB of its peak RSS (docs/speed.md, stop 19) for twenty lines of numpy. What dedup used of it
is reproduced exactly, so fingerprints kept in a store stay comparable with new ones:

- ``permutations`` draws datasketch's "affine32" parameters (``np.random.RandomState(seed)``: odd
  ``a`` as ``randint(0, 2**31) * 2 + 1``, then ``b`` as ``randint(0, 2**32)``, both uint32);
- ``signature`` is ``MinHash(num_perm, seed, hashfunc=identity).update_batch(hashes).hashvalues``:
  the MurmurHash3 finaliser applied to each 32-bit input, then ``min_k(a_k * h + b_k mod 2**32)``;
- ``MinHashLSH`` picks (bands, rows) minimising the weighted sum of the false-positive and
  false-negative probability integrals, as ``datasketch.lsh._optimal_param`` does with
  ``scipy.integrate.quad``; here the integrands are polynomials of degree ``bands * rows <= num_perm``,
  which Gauss–Legendre quadrature with ``num_perm // 2 + 1`` nodes integrates exactly (up to
  rounding). Two band/row choices whose errors differ by less than rounding could be ordered
  differently; ``tests/test_dedup_minhash.py`` checks the choice equals datasketch's for every
  threshold from 0.01 to 0.99 and the signatures and candidates equal datasketch's.

A query returns the keys in the order they were inserted (datasketch returned a set's order).
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import cache
from typing import Any

import numpy as np

_MAX = np.uint32(0xFFFFFFFF)


@cache
def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's "affine32" permutation parameters (a, b) for ``seed``, each ``num_perm`` uint32."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(hashes: np.ndarray, num_perm: int, seed: int = 1) -> np.ndarray:
    """The MinHash signature (``num_perm`` uint32) of a set given as 32-bit hashes of its members;
    all 0xFFFFFFFF for the empty set."""
    if hashes.size == 0:
        return np.full(num_perm, _MAX, dtype=np.uint32)
    a, b = permutations(num_perm, seed)
    mixed = _fmix32(hashes.astype(np.uint32).reshape(-1, 1))
    return np.asarray((mixed * a + b).min(axis=0), dtype=np.uint32)


@cache
def optimal_bands(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> tuple[int, int]:
    """(bands, rows per band) minimising ``false_positive_weight`` × P(candidate | Jaccard < threshold)
    + ``false_negative_weight`` × P(missed | Jaccard >= threshold), each integrated over Jaccard."""
    nodes, node_weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands = np.array([p[0] for p in pairs], dtype=np.float64)[:, None]
    rows = np.array([p[1] for p in pairs], dtype=np.float64)[:, None]

    def integral(low: float, high: float, false_positive: bool) -> np.ndarray:
        s = (high - low) / 2 * nodes + (high + low) / 2
        caught = 1.0 - (1.0 - s[None, :] ** rows) ** bands  # P(the pair shares a band)
        values = caught if false_positive else 1.0 - caught
        return np.asarray((values @ node_weights) * (high - low) / 2)

    error = false_positive_weight * integral(0.0, threshold, True) + false_negative_weight * integral(
        threshold, 1.0, False
    )
    return pairs[int(np.argmin(error))]


class MinHashLSH:
    """Keys of signatures that agree on at least one band of ``rows`` values: the candidates of
    pairs whose Jaccard similarity is likely ``threshold`` or more (``datasketch.MinHashLSH``)."""

    def __init__(self, threshold: float = 0.9, num_perm: int = 128, weights: tuple[float, float] = (0.5, 0.5)):
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be in [0.0, 1.0]")
        if num_perm < 2:
            raise ValueError("num_perm must be at least 2")
        self.num_perm = num_perm
        self.bands, self.rows = optimal_bands(threshold, num_perm, *weights)
        if self.bands < 2:
            raise ValueError(f"threshold {threshold} leaves fewer than two bands: choose a lower one")
        # a bucket holding one key keeps the key itself, a list only from the second key on: most
        # buckets of a news stream hold one article (~2 kB less per article over 37 bands)
        self._tables: list[dict[bytes, Any]] = [{} for _ in range(self.bands)]

    def _keys(self, hashvalues: np.ndarray) -> list[bytes]:
        if hashvalues.shape != (self.num_perm,):
            raise ValueError(f"expected a signature of {self.num_perm} values, got {hashvalues.shape}")
        values = hashvalues.astype(np.uint32, copy=False)
        return [values[i * self.rows : (i + 1) * self.rows].tobytes() for i in range(self.bands)]

    def insert(self, key: Hashable, hashvalues: np.ndarray) -> None:
        for table, band in zip(self._tables, self._keys(hashvalues), strict=True):
            bucket = table.get(band, _EMPTY)
            if bucket is _EMPTY:
                table[band] = key
            elif isinstance(bucket, _Bucket):
                bucket.append(key)
            else:
                table[band] = _Bucket((bucket, key))

    def remove(self, key: Hashable, hashvalues: np.ndarray) -> None:
        """Take ``key``, inserted with ``hashvalues``, out of every band (the duplicate index's window
        evicts its oldest articles); a key that is not there is ignored."""
        for table, band in zip(self._tables, self._keys(hashvalues), strict=True):
            bucket = table.get(band, _EMPTY)
            if isinstance(bucket, _Bucket):
                if key in bucket:
                    bucket.remove(key)
                if len(bucket) == 1:
                    table[band] = bucket[0]
            elif bucket is not _EMPTY and bucket == key:
                del table[band]

    def __len__(self) -> int:
        """Band entries held (a key counts once per band): what the index costs in memory."""
        return sum(len(b) if isinstance(b, _Bucket) else 1 for table in self._tables for b in table.values())

    def query(self, hashvalues: np.ndarray) -> list[Hashable]:
        found: dict[Hashable, None] = {}
        for table, band in zip(self._tables, self._keys(hashvalues), strict=True):
            bucket = table.get(band, _EMPTY)
            if bucket is _EMPTY:
                continue
            for key in bucket if isinstance(bucket, _Bucket) else (bucket,):
                found[key] = None
        return list(found)


class _Bucket(list[Hashable]):
    """Two or more keys of one band value (a key may itself be a list-like value, so not ``list``)."""


_EMPTY = object()
