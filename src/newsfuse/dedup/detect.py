"""Find copies among articles and decide which one is the origin.

Candidates come from MinHash LSH (near-duplicates) and from an index of long-sentence hashes
(shared passages, and copies padded with so much chrome that their Jaccard similarity is low).
Each candidate pair is then verified on its shingle sets:

- ``exact``: the same words (case, whitespace and punctuation aside);
- ``near``: Jaccard >= ``jaccard`` or containment of the shorter in the longer >= ``containment``
  (a copy with chrome added, or a lightly edited rewrite);
- ``partial``: at least one long sentence in common, but not a copy (quoted wire passages).

Exact and near pairs are grouped (union-find); in each group the origin is the earliest
published article, then the most complete (most words), then the first seen. Every other member
gets ``copy_of = origin``. Partial reuse is reported but never makes an article a copy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from newsfuse.dedup.minhash import MinHashLSH
from newsfuse.dedup.shingles import NUM_PERM, Fingerprint, fingerprint
from newsfuse.options import DedupParams
from newsfuse.records import Article
from newsfuse.timeparse import sort_key

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

PairKind = Literal["exact", "near", "partial"]


@dataclass(frozen=True)
class DuplicatePair:
    copy: str  # the later / less complete article
    origin: str
    kind: PairKind
    jaccard: float
    containment: float


@dataclass
class _Entry:
    id: str
    fp: Fingerprint
    key: tuple[float, int, int]  # (published, -words, order): smaller is the better origin


def _overlap(a: Fingerprint, b: Fingerprint) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) on exact shingle sets."""
    if not a.shingles.size or not b.shingles.size:
        return 0.0, 0.0
    inter = int(np.intersect1d(a.shingles, b.shingles, assume_unique=True).size)
    union = a.shingles.size + b.shingles.size - inter
    return inter / union, inter / min(a.shingles.size, b.shingles.size)


@dataclass
class DuplicateIndex:
    """Incremental index: ``add`` an article and get the pairs it forms with those already in."""

    params: DedupParams = field(default_factory=DedupParams)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.params.lsh_threshold, num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}
        self._by_hash: dict[str, str] = {}
        self._by_passage: dict[int, list[str]] = {}
        # union-find over exact/near pairs found by ``add``, with the best origin of each group,
        # so ``origin`` costs O(group) instead of re-grouping every pair so far on each call
        self._parent: dict[str, str] = {}
        self._best: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self, article_id: str, fp: Fingerprint, published: str | None = None, find: bool = True
    ) -> list[DuplicatePair]:
        """Index an article; with ``find`` (the default) return the pairs it forms with those
        already in. ``find=False`` only indexes (replaying articles whose copies were decided)."""
        entry = _Entry(article_id, fp, sort_key(published, fp.words, len(self._entries)))
        found: list[DuplicatePair] = []
        if find:
            pairs = [self._verify(entry, self._entries[other]) for other in self._candidates(entry)]
            found = [p for p in pairs if p is not None]
        self._entries[article_id] = entry
        self._by_hash.setdefault(fp.hash, article_id)
        if fp.shingles.size:
            self._lsh.insert(article_id, fp.minhash)
        for passage in fp.passages:
            self._by_passage.setdefault(passage, []).append(article_id)
        for pair in found:
            if pair.kind != "partial":
                self._union(pair.copy, pair.origin)
        return found

    def _root(self, x: str) -> str:
        parent = self._parent
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return
        best_a, best_b = self._best.get(ra, ra), self._best.get(rb, rb)
        self._parent[ra] = rb
        self._parent.setdefault(rb, rb)
        self._best[rb] = min(best_a, best_b, key=lambda m: self._entries[m].key)
        self._best.pop(ra, None)

    def origin(self, article_id: str) -> str | None:
        """The origin of the article's group of exact/near copies found by ``add``, or None when
        the article is not a copy (it has no copies, or it is the origin)."""
        if article_id not in self._parent:
            return None
        root = self._root(article_id)
        best = self._best.get(root, root)
        return None if best == article_id else best

    def _candidates(self, entry: _Entry) -> list[str]:
        found: dict[str, None] = {}
        same = self._by_hash.get(entry.fp.hash)
        if same is not None:
            found[same] = None
        if entry.fp.shingles.size:
            for other in self._lsh.query(entry.fp.minhash):
                found[str(other)] = None
        for passage in entry.fp.passages:
            for other in self._by_passage.get(passage, ()):
                found[other] = None
        found.pop(entry.id, None)
        return list(found)

    def _verify(self, new: _Entry, old: _Entry) -> DuplicatePair | None:
        origin, copy = (old, new) if old.key <= new.key else (new, old)
        if new.fp.hash == old.fp.hash and new.fp.words > 0:
            return DuplicatePair(copy.id, origin.id, "exact", 1.0, 1.0)
        jaccard, containment = _overlap(new.fp, old.fp)
        small = min(len(new.fp.shingles), len(old.fp.shingles))
        if small >= self.params.min_shingles and (
            jaccard >= self.params.jaccard or containment >= self.params.containment
        ):
            return DuplicatePair(copy.id, origin.id, "near", round(jaccard, 3), round(containment, 3))
        if new.fp.passages & old.fp.passages:
            return DuplicatePair(copy.id, origin.id, "partial", round(jaccard, 3), round(containment, 3))
        return None

    def origins(self, pairs: Iterable[DuplicatePair]) -> dict[str, str]:
        """copy id -> origin id for every article in a group of exact/near copies."""
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        for pair in pairs:
            if pair.kind == "partial":
                continue
            a, b = root(pair.copy), root(pair.origin)
            if a != b:
                parent[a] = b
        groups: dict[str, list[str]] = {}
        for member in {*parent, *parent.values()}:
            groups.setdefault(root(member), []).append(member)
        result: dict[str, str] = {}
        for members in groups.values():
            best = min(members, key=lambda m: self._entries[m].key)
            for member in members:
                if member != best:
                    result[member] = best
        return result


def find_duplicates(
    items: Iterable[tuple[str, str, str | None]], params: DedupParams | None = None
) -> tuple[list[DuplicatePair], dict[str, str]]:
    """Pairs and copy -> origin map for ``(id, text, published)`` items, in arrival order."""
    index = DuplicateIndex(params or DedupParams())
    pairs: list[DuplicatePair] = []
    for article_id, text, published in items:
        pairs.extend(index.add(article_id, fingerprint(text), published))
    return pairs, index.origins(pairs)


def mark_copies(articles: list[Article], params: DedupParams | None = None) -> list[DuplicatePair]:
    """Set ``copy_of`` on every article that republishes another one of the list; returns all
    pairs found (including partial reuse) so callers can report them."""
    pairs, origins = find_duplicates(((a.id, a.text, a.published) for a in articles), params)
    for article in articles:
        article.copy_of = origins.get(article.id)
    if origins:
        log.info("%d of %d articles are copies", len(origins), len(articles))
    return pairs


__all__ = ["DedupParams", "DuplicateIndex", "DuplicatePair", "find_duplicates", "mark_copies"]
