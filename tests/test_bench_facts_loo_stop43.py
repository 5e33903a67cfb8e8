"""`newsfuse bench facts --leave-one-out` (stop 43): each tune story is scored with a story pair model fitted on
the other tune stories only, and the product's own model comes back afterwards."""

from __future__ import annotations

import os

import numpy as np
from bench.facts_pairs import STORY_PAIRS_OVERRIDE, folds, held_out_model

from newsfuse.align import story_pairs


def test_each_fold_leaves_out_its_own_story_and_holds_every_other() -> None:
    data = {
        "b-story": (np.full((2, 3), 2.0), np.array([1, 0])),
        "a-story": (np.full((1, 3), 1.0), np.array([1])),
        "c-story": (np.full((3, 3), 3.0), np.array([0, 0, 1])),
    }
    seen = list(folds(data))
    assert [held for held, _, _ in seen] == ["a-story", "b-story", "c-story"]
    for held, rows, labels in seen:
        own = data[held][0][0, 0]
        assert own not in set(rows[:, 0])  # none of the held-out story's rows is fitted on
        assert len(rows) == len(labels) == sum(len(v[1]) for k, v in data.items() if k != held)


def test_the_held_out_model_is_used_inside_the_block_and_the_shipped_one_after() -> None:
    shipped = story_pairs.model()
    before = os.environ.get(STORY_PAIRS_OVERRIDE)
    fitted = {**shipped, "intercept": float(shipped["intercept"]) + 5.0, "threshold": 0.42}
    row = np.array([[float(shipped["mean"][n]) for n in story_pairs.NAMES]])
    with held_out_model(fitted):
        assert story_pairs.threshold() == 0.42
        assert story_pairs.probability(row)[0] > story_pairs.probability(row, shipped)[0]
    assert story_pairs.model() == shipped
    assert os.environ.get(STORY_PAIRS_OVERRIDE) == before
