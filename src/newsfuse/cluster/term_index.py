"""Inverted index from distinctive terms to stories: the TF-IDF side of candidate generation.

The embedding-nearest stories miss some articles whose own story shares their rare words (a name,
a place, a company) but not their overall gist. Each article adds its highest-weighted TF-IDF
terms to the postings of its story; a new article looks up its own highest-weighted terms and gets,
for every story, the dot product of those terms with the story's indexed weights — vectorised with
``np.bincount``, never a Python loop over stories.
"""

from __future__ import annotations

from array import array

import numpy as np

from newsfuse.cluster.features import SparseVec


def top_terms(vector: SparseVec, count: int) -> np.ndarray:
    """Positions in ``vector`` of its ``count`` highest weights (all of them when it is shorter)."""
    if vector.val.size <= count:
        return np.arange(vector.val.size)
    return np.argpartition(-vector.val, count - 1)[:count]


class TermIndex:
    def __init__(self, index_terms: int = 32, query_terms: int = 24, max_postings: int = 4096) -> None:
        self.index_terms = index_terms
        self.query_terms = query_terms
        # A term that is distinctive for thousands of articles is no longer distinctive: its oldest
        # half is dropped (old stories are the ones the time window closes first).
        self.max_postings = max_postings
        self._stories: dict[int, array[int]] = {}  # term -> story rows, one entry per run of articles of the same story
        self._weights: dict[int, array[float]] = {}  # term -> that article's weight of the term

    def add(self, story: int, vector: SparseVec) -> None:
        top = top_terms(vector, self.index_terms)
        for term, weight in zip(vector.idx[top].tolist(), vector.val[top].tolist(), strict=True):
            stories = self._stories.get(term)
            if stories is None:
                stories = self._stories[term] = array("i")
                self._weights[term] = array("f")
            weights = self._weights[term]
            if stories and stories[-1] == story:  # a term that only this story uses: one entry, not one per article
                weights[-1] += weight
                continue
            stories.append(story)
            weights.append(weight)
            if len(stories) > self.max_postings:
                half = len(stories) // 2
                del stories[:half]
                del weights[:half]

    def scores(self, vector: SparseVec, stories: int) -> np.ndarray:
        """Per story row (``stories`` of them): sum over the article's top terms of its weight times
        the story's indexed weight. Zero for stories sharing none of those terms."""
        rows: list[np.ndarray] = []
        products: list[np.ndarray] = []
        top = top_terms(vector, self.query_terms)
        for term, weight in zip(vector.idx[top].tolist(), vector.val[top].tolist(), strict=True):
            posted = self._stories.get(term)
            if posted is not None:
                rows.append(np.frombuffer(posted, dtype=np.int32))
                products.append(np.frombuffer(self._weights[term], dtype=np.float32) * weight)
        if not rows:
            return np.zeros(stories)
        return np.bincount(np.concatenate(rows), np.concatenate(products), minlength=stories)[:stories]

    def drop(self, rows: list[int]) -> None:
        """Forget the postings of story ``rows`` (closed stories, whose rows new stories will reuse):
        one pass over the index, so callers drop closed stories in groups."""
        if not rows:
            return
        dead = np.zeros(max(rows) + 1, dtype=bool)
        dead[rows] = True
        for term in list(self._stories):
            posted = np.frombuffer(self._stories[term], dtype=np.int32)
            hit = dead[np.minimum(posted, dead.size - 1)] & (posted < dead.size)
            if not hit.any():
                continue
            if hit.all():
                del self._stories[term], self._weights[term]
                continue
            keep = ~hit
            stories, weights = array("i"), array("f")
            stories.frombytes(posted[keep].tobytes())
            weights.frombytes(np.frombuffer(self._weights[term], dtype=np.float32)[keep].tobytes())
            self._stories[term], self._weights[term] = stories, weights

    def postings(self) -> int:
        """Indexed (term, article) entries: what the index holds in memory, 8 bytes each plus ~0.3 kB per term."""
        return sum(len(s) for s in self._stories.values())
