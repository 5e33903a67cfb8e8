"""Candidate stories from the TF-IDF side: the term index and how the clusterer uses it.

Embeddings are given with ``prepare_with`` (as the store and Ray workers do) so that the
embedding-nearest story can be made the wrong one on purpose.
"""

from __future__ import annotations

import numpy as np
import pytest
from tests.fakes import HashingEmbedder

from newsfuse.cluster import ClusterParams, OnlineClusterer, StreamItem
from newsfuse.cluster.features import SparseVec
from newsfuse.cluster.term_index import TermIndex, top_terms
from newsfuse.errors import OptionsError

STORIES = [
    (
        "quarry",
        "2024-04-02",
        "Inspectors from the Halvik district closed the Brennmoor quarry after a blasting accident injured two "
        "workers. Foreman Oskar Treadwell said the charges had been set too close to the access road.",
    ),
    (
        "festival",
        "2024-04-02",
        "The Lumenfall lantern festival drew record crowds to the old harbour of Saint Corvelle, where "
        "organiser Priya Vantongeren floated four thousand paper lanterns on the evening tide.",
    ),
    (
        "orchestra",
        "2024-04-03",
        "The Ostrava-Keld youth orchestra won the Marrow Cup in its first season, conductor Ilse Baumfeld "
        "said, after a performance of a new symphony written by a sixteen-year-old violinist.",
    ),
]
FOLLOW_UP = (
    "quarry",
    "2024-04-04",
    "Brennmoor quarry stays shut: Halvik district inspectors and foreman Oskar Treadwell disagree on the "
    "blasting charges, which Treadwell says were inspected before the accident.",
)


def _axis(n: int) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[n] = 1.0
    return vector


def _clusterer(params: ClusterParams) -> tuple[OnlineClusterer, dict[str, str]]:
    """Three stories, each on its own embedding axis."""
    clusterer = OnlineClusterer(HashingEmbedder(), params=params)  # embeddings are given: the embedder is unused
    story_of: dict[str, str] = {}
    items = [StreamItem(gold, text, published=day) for gold, day, text in STORIES]
    for prepared in clusterer.prepare_with(items, np.vstack([_axis(i) for i in range(len(items))])):
        story_of[prepared.id] = clusterer.assign(prepared)
    return clusterer, story_of


def _follow_up(clusterer: OnlineClusterer, published: str = FOLLOW_UP[1]):
    # embedding closest to the festival story, words of the quarry story
    vector = 0.8 * _axis(1) + 0.6 * _axis(0)
    item = StreamItem("follow-up", FOLLOW_UP[2], published=published)
    prepared = clusterer.prepare_with([item], vector[None, :])[0]
    return prepared, clusterer.tfidf.weigh(prepared.counts)


def test_a_story_sharing_rare_terms_becomes_a_candidate_when_the_embedding_misses_it() -> None:
    clusterer, story_of = _clusterer(ClusterParams(candidates=1, text_candidates=1))
    assert len(set(story_of.values())) == 3
    prepared, vector = _follow_up(clusterer)
    found = [s.id for s in clusterer.candidates(prepared, vector)]
    assert found == [story_of["festival"], story_of["quarry"]]  # embedding first, then text

    only_embedding, story_of = _clusterer(ClusterParams(candidates=1, text_candidates=0))
    prepared, vector = _follow_up(only_embedding)
    assert [s.id for s in only_embedding.candidates(prepared, vector)] == [story_of["festival"]]


def test_closed_stories_are_not_text_candidates() -> None:
    clusterer, _stories = _clusterer(ClusterParams(candidates=1, text_candidates=2, window_days=7))
    prepared, vector = _follow_up(clusterer, published="2024-06-30")  # every story closed by then
    assert clusterer.candidates(prepared, vector) == []


def test_the_text_candidate_is_scored_and_joined() -> None:
    clusterer, story_of = _clusterer(ClusterParams(candidates=1, text_candidates=1))
    vector = 0.8 * _axis(1) + 0.6 * _axis(0)
    item = StreamItem("follow-up", FOLLOW_UP[2], published=FOLLOW_UP[1])
    assert clusterer.assign(clusterer.prepare_with([item], vector[None, :])[0]) == story_of["quarry"]


def test_term_index_scores_only_stories_that_share_top_terms() -> None:
    index = TermIndex(index_terms=2, query_terms=2)
    index.add(0, SparseVec(np.array([10, 11, 12]), np.array([0.9, 0.1, 0.4], dtype=np.float32)))  # indexes 10, 12
    index.add(1, SparseVec(np.array([20, 11]), np.array([0.8, 0.6], dtype=np.float32)))
    query = SparseVec(np.array([11, 12, 30]), np.array([0.5, 0.7, 0.1], dtype=np.float32))  # queries 12, 11
    scores = index.scores(query, 3)
    assert scores == pytest.approx([0.7 * 0.4, 0.5 * 0.6, 0.0])
    assert index.scores(SparseVec(np.array([99]), np.array([1.0], dtype=np.float32)), 2).tolist() == [0.0, 0.0]
    before = index.postings()
    index.add(1, SparseVec(np.array([20]), np.array([0.2], dtype=np.float32)))  # same story again: summed in place
    assert index.postings() == before
    assert index.scores(SparseVec(np.array([20]), np.array([1.0], dtype=np.float32)), 2) == pytest.approx([0.0, 1.0])


def test_term_index_drops_the_oldest_half_of_an_overlong_posting() -> None:
    index = TermIndex(index_terms=1, query_terms=1, max_postings=4)
    for story in range(5):
        index.add(story, SparseVec(np.array([7]), np.array([1.0], dtype=np.float32)))
    assert index.postings() == 3
    assert index.scores(SparseVec(np.array([7]), np.array([1.0], dtype=np.float32)), 5).tolist() == [0, 0, 1, 1, 1]


def test_top_terms_and_params() -> None:
    vector = SparseVec(np.array([5, 6, 7]), np.array([0.2, 0.9, 0.5], dtype=np.float32))
    assert sorted(top_terms(vector, 2).tolist()) == [1, 2]
    assert sorted(top_terms(vector, 9).tolist()) == [0, 1, 2]
    with pytest.raises(OptionsError):
        ClusterParams(text_candidates=-1)
