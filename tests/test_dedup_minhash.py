"""dedup.minhash gives datasketch 2.0's MinHash signatures, band choice and LSH candidates (dedup no
longer imports datasketch, which pulled in scipy.integrate): fingerprints in a store stay comparable."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsfuse.dedup.detect import DuplicateIndex, find_duplicates
from newsfuse.dedup.minhash import MinHashLSH, optimal_bands, permutations, signature
from newsfuse.dedup.shingles import NUM_PERM, fingerprint, stored_fingerprint

datasketch = pytest.importorskip("datasketch")
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lake-tessel-summit"


def _reference_signature(hashes: np.ndarray) -> np.ndarray:
    template = datasketch.MinHash(num_perm=NUM_PERM, seed=1)
    mh = datasketch.MinHash(
        num_perm=NUM_PERM, seed=1, hashfunc=lambda v: v, permutations=template.permutations, scheme=template.scheme
    )
    if hashes.size:
        mh.update_batch(hashes.tolist())
    return np.asarray(datasketch.LeanMinHash(mh).hashvalues)


def test_permutations_are_datasketchs() -> None:
    a, b = datasketch.MinHash(num_perm=NUM_PERM, seed=1).permutations
    assert np.array_equal(permutations(NUM_PERM, 1)[0], a) and np.array_equal(permutations(NUM_PERM, 1)[1], b)


@pytest.mark.parametrize("size", [0, 1, 3, 250, 4000])
def test_signatures_are_datasketchs(size: int) -> None:
    rng = np.random.default_rng(size)
    hashes = np.unique(rng.integers(0, 2**32, size, dtype=np.uint64)).astype(np.uint32)
    mine = signature(hashes, NUM_PERM)
    assert mine.dtype == np.uint32 and np.array_equal(mine, _reference_signature(hashes))


def test_article_fingerprints_are_datasketchs() -> None:
    for path in sorted(EXAMPLE.glob("*.txt")):
        fp = fingerprint(path.read_text(encoding="utf-8"))
        assert np.array_equal(fp.minhash, _reference_signature(fp.shingles))


def test_band_choice_is_datasketchs_for_every_threshold() -> None:
    from datasketch.lsh import _optimal_param

    for k in range(1, 100, 7):
        assert optimal_bands(k / 100, NUM_PERM) == tuple(_optimal_param(k / 100, NUM_PERM, 0.5, 0.5)), k
    assert optimal_bands(0.3, NUM_PERM) == tuple(_optimal_param(0.3, NUM_PERM, 0.5, 0.5))


def test_candidates_are_datasketchs() -> None:
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, 400, dtype=np.uint64)
    sets = [np.unique(np.concatenate([base[: rng.integers(40, 400)], rng.integers(0, 2**32, 60)])) for _ in range(40)]
    sigs = [signature(s.astype(np.uint32), NUM_PERM) for s in sets]
    mine, theirs = MinHashLSH(0.3, NUM_PERM), datasketch.MinHashLSH(threshold=0.3, num_perm=NUM_PERM)
    for n, sig in enumerate(sigs):
        lean = datasketch.LeanMinHash(seed=1, hashvalues=sig, scheme="affine32")
        assert set(mine.query(sig)) == set(theirs.query(lean)), n
        mine.insert(f"a{n}", sig)
        theirs.insert(f"a{n}", lean, check_duplication=False)
    assert (mine.bands, mine.rows) == (theirs.b, theirs.r)


def test_lsh_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match=r"\[0.0, 1.0\]"):
        MinHashLSH(1.5)
    with pytest.raises(ValueError, match="signature of 128"):
        MinHashLSH(0.3, NUM_PERM).query(np.zeros(5, dtype=np.uint32))


def test_stored_fingerprints_find_the_same_copies() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
    pairs, origins = find_duplicates((f"S{i}", t, None) for i, t in enumerate(texts))
    index = DuplicateIndex()
    again = []
    for i, t in enumerate(texts):
        fp = fingerprint(t)
        back = stored_fingerprint(fp.hash, fp.shingles, fp.minhash.copy(), np.array(sorted(fp.passages)), fp.words)
        again.extend(index.add(f"S{i}", back))
    assert sorted(map(repr, again)) == sorted(map(repr, pairs)) and index.origins(again) == origins
    assert origins  # the example holds a republished article
