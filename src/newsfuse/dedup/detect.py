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

The index is a window over a stream (``DedupParams.copy_window_days`` / ``copy_window_articles``):
once an article is older than the window before the newest one added, or more than the window's
count of articles came after it, it is evicted — out of the LSH bands, the hash and passage
postings, and (at the next compaction) the union-find. So memory is bounded by the window, not the
stream (docs/speed.md, stop 20). What eviction changes: an article that copies only evicted ones is
no copy for the index (the store keeps it as an original, ``copy_of`` null, and clusters it like
any other); an article that copies an evicted one *and* a member of its group still in the window
still gets the group's origin, evicted or not. Only a ``windowed`` index evicts (the store's ingest);
a brief's articles and the dedup bench's pairs are compared all with all.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from newsfuse.dedup.minhash import MinHashLSH
from newsfuse.dedup.shingles import NUM_PERM, Fingerprint, fingerprint
from newsfuse.options import DedupParams
from newsfuse.records import Article
from newsfuse.timeparse import plausible, sort_key

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_DAY = 86_400.0
_COMPACT_MIN = 1024  # evicted articles before the union-find is compacted, at the least
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
    # a stream's index (the store's ingest) forgets articles outside the copy window; a brief's
    # articles are compared all with all, whatever their dates
    windowed: bool = False

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.params.lsh_threshold, num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}
        self._by_hash: dict[str, str] = {}
        self._by_passage: dict[int, list[str]] = {}
        # union-find over exact/near pairs found by ``add``, with the best origin of each group (its
        # sort key kept beside it: the origin may have left the window), so ``origin`` costs
        # O(group) instead of re-grouping every pair so far on each call
        self._parent: dict[str, str] = {}
        self._best: dict[str, tuple[tuple[float, int, int], str]] = {}
        self._order: deque[str] = deque()  # ids in the window, oldest first
        self._added = 0  # articles ever added: the "first seen" part of the sort key
        self._newest = -math.inf  # latest publication time added
        self._evicted = 0  # since the union-find was last compacted

    def __len__(self) -> int:
        return len(self._entries)

    def _evict(self) -> None:
        """Drop the oldest articles while the window holds too many or too old ones."""
        horizon = self._newest - self.params.copy_window_days * _DAY
        while self._order:
            oldest = self._entries[self._order[0]]
            if len(self._order) <= self.params.copy_window_articles and not oldest.key[0] < horizon:
                break
            self._order.popleft()
            del self._entries[oldest.id]
            fp = oldest.fp
            if self._by_hash.get(fp.hash) == oldest.id:
                del self._by_hash[fp.hash]
            if fp.shingles.size:
                self._lsh.remove(oldest.id, fp.minhash)
            for passage in fp.passages:
                posted = self._by_passage[passage]
                posted.remove(oldest.id)
                if not posted:
                    del self._by_passage[passage]
            self._evicted += 1
        if self._evicted > max(len(self._order), _COMPACT_MIN):  # amortised: one pass per window's worth evicted
            self._compact()

    def _compact(self) -> None:
        """Keep in the union-find only the articles in the window and their groups' roots."""
        parent: dict[str, str] = {}
        for member in self._parent:
            if member in self._entries:
                root = self._root(member)
                parent[member] = root
                parent.setdefault(root, root)
        self._best = {root: best for root, best in self._best.items() if root in parent}
        self._parent = parent
        self._evicted = 0

    def add(
        self, article_id: str, fp: Fingerprint, published: str | None = None, find: bool = True
    ) -> list[DuplicatePair]:
        """Index an article; with ``find`` (the default) return the pairs it forms with those
        already in. ``find=False`` only indexes (replaying articles whose copies were decided)."""
        entry = _Entry(article_id, fp, sort_key(published, fp.words, self._added))
        self._added += 1
        if self.windowed and math.isfinite(entry.key[0]) and plausible(entry.key[0]) > self._newest:
            self._newest = plausible(entry.key[0])
            self._evict()
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
        if self.windowed:
            self._order.append(article_id)
            if len(self._order) > self.params.copy_window_articles:
                self._evict()
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
        # a root without a recorded best is a single article, just compared: still in the window
        best_a = self._best.get(ra) or (self._entries[ra].key, ra)
        best_b = self._best.get(rb) or (self._entries[rb].key, rb)
        self._parent[ra] = rb
        self._parent.setdefault(rb, rb)
        self._best[rb] = min(best_a, best_b)
        self._best.pop(ra, None)

    def origin(self, article_id: str) -> str | None:
        """The origin of the article's group of exact/near copies found by ``add``, or None when
        the article is not a copy (it has no copies, or it is the origin)."""
        if article_id not in self._parent:
            return None
        root = self._root(article_id)
        best = self._best[root][1] if root in self._best else root
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
        """copy id -> origin id for every article of ``pairs`` (found by ``add``) in a group of
        exact/near copies: the groups ``add`` built, so an origin that left the window still counts."""
        members = {m for p in pairs if p.kind != "partial" for m in (p.copy, p.origin)}
        return {m: origin for m in members if (origin := self.origin(m)) is not None}


def find_duplicates(
    items: Iterable[tuple[str, str, str | None]], params: DedupParams | None = None
) -> tuple[list[DuplicatePair], dict[str, str]]:
    """Pairs and copy -> origin map for ``(id, text, published)`` items, in arrival order."""
    index = DuplicateIndex(params or DedupParams())
    pairs: list[DuplicatePair] = []
    for article_id, text, published in items:
        pairs.extend(index.add(article_id, fingerprint(text), published))
    return pairs, index.origins(pairs)


# News agencies write the stories papers republish: in a group of copies, an agency's article is the origin unless
# another member was published before it. By length alone, a paper's version with its own lines added was the
# origin and the agency's wire story "republished" it (editor read b28, Multi-News row 173: AP and the
# Albuquerque Journal). The outlet is the one the text credits (ingest/outlet.py: "ALBUQUERQUE, N.M. (AP) —").
NEWS_AGENCIES = frozenset({"Associated Press", "Reuters", "AFP", "Agence France-Presse", "UPI", "dpa"})


def _agency_first(articles: list[Article], origins: dict[str, str]) -> dict[str, str]:
    """``origins`` with each group's origin replaced by its one news agency article, when the group has exactly
    one and no member was published before it."""
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[str]] = {}
    for copy, origin in origins.items():
        groups.setdefault(origin, [origin]).append(copy)
    result = dict(origins)
    for origin, members in groups.items():
        agencies = [m for m in members if by_id[m].outlet in NEWS_AGENCIES]
        if len(agencies) != 1 or agencies[0] == origin:
            continue
        agency = by_id[agencies[0]]
        first = sort_key(agency.published, 0, 0)[0]
        if any(sort_key(by_id[m].published, 0, 0)[0] < first for m in members):
            continue
        for m in members:
            result.pop(m, None)
            if m != agency.id:
                result[m] = agency.id
    return result


def mark_copies(articles: list[Article], params: DedupParams | None = None) -> list[DuplicatePair]:
    """Set ``copy_of`` on every article that republishes another one of the list; returns all
    pairs found (including partial reuse) so callers can report them."""
    pairs, origins = find_duplicates(((a.id, a.text, a.published) for a in articles), params)
    origins = _agency_first(articles, origins)
    for article in articles:
        article.copy_of = origins.get(article.id)
    if origins:
        log.info("%d of %d articles are copies", len(origins), len(articles))
    return pairs


__all__ = ["DedupParams", "DuplicateIndex", "DuplicatePair", "find_duplicates", "mark_copies"]
