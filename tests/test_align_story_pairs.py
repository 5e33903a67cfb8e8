"""The story pair model: what only the story tells (rare shared words, figures) moves the decision."""

from __future__ import annotations

import numpy as np

from newsfuse.align import same_fact, story_pairs

SENTENCES = [
    "Fifteen of the 19 hijackers on 9/11 were Saudi citizens, but the Saudi government denies any role.",
    "Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.",
    "The Senate voted on Wednesday to override the veto of the bill.",
    "The House voted later on Wednesday, and the bill became law.",
    "Saudi officials said they had hired lobbyists to fight the bill in Congress.",
]


def _rows(pairs, cosine):
    words = [story_pairs.content_words(s) for s in SENTENCES]
    prepared = [same_fact.prepare(s) for s in SENTENCES]
    cosines = np.full(len(pairs), cosine)
    mrpc = same_fact.probability(same_fact.feature_rows(prepared, pairs, cosines))
    numbers = [story_pairs.numbers_of(s) for s in SENTENCES]
    entities = [set() for _ in SENTENCES]
    rows = story_pairs.feature_rows(
        pairs, mrpc, cosines, words, story_pairs.story_idf(words), entities, numbers, [True] * len(pairs)
    )
    return mrpc, rows


def test_the_packaged_model_reads_every_feature():
    model = story_pairs.model()
    assert set(model["weights"]) == set(story_pairs.NAMES)
    assert 0.0 < story_pairs.threshold() < 1.0


def test_a_short_sentence_inside_a_long_one_is_the_same_fact_though_not_a_paraphrase():
    mrpc, rows = _rows([(0, 1), (2, 4)], 0.6)
    same, other = story_pairs.probability(rows)
    assert mrpc[0] < same_fact.threshold()  # the MRPC model alone says "not a paraphrase"
    assert same >= story_pairs.threshold() > other


def test_features_are_symmetric_and_finite():
    _, forward = _rows([(0, 1), (2, 3)], 0.5)
    _, backward = _rows([(1, 0), (3, 2)], 0.5)
    assert np.allclose(forward, backward)
    assert np.isfinite(forward).all()


def test_years_are_not_figures():
    assert story_pairs.numbers_of("In 2011, 3,000 flights and the 97-1 vote") == frozenset({"3000", "97-1"})
