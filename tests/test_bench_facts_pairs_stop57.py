"""Stop 57 (h-multi57): ``newsfuse bench facts --tune-pairs`` counts what the story model joins at the product's
threshold, on leave-one-out and on the pairs of the stories labelled since stop 53 (``bench/facts_pairs.py``).

A feature that gained a few same-fact pairs on tune leave-one-out lost them on those stories (docs/synthesis.md,
"Stop 57 — h-multi57"): AUC and AP over every threshold did not show it. On main ``at_threshold`` and ``CHECK_SETS``
do not exist (the import fails)."""

from __future__ import annotations

import numpy as np
from bench.facts_gold import GOLD_DIR


def test_at_threshold_counts_the_same_and_the_different_pairs_a_model_joins() -> None:
    from bench.facts_pairs import at_threshold

    scores = np.array([0.95, 0.9, 0.89, 0.99, 0.2, 0.9])
    labels = np.array([1, 1, 1, 0, 0, 0])
    assert at_threshold(scores, labels, 0.9) == (2, 2)  # at the threshold joins, as in build_units
    assert at_threshold(scores, labels, 1.0) == (0, 0)
    assert at_threshold(np.zeros(0), np.zeros(0, dtype=int), 0.9) == (0, 0)


def test_the_check_sets_are_the_labelled_sets_and_no_tune_story() -> None:
    from bench.facts_gold import load_all
    from bench.facts_pairs import CHECK_SETS

    tune = {g.id for g in load_all("tune")}
    for name in CHECK_SETS:
        folder = GOLD_DIR.parent / name
        assert sorted(folder.glob("*.json")), name
        assert not {g.id for g in load_all("all", folder)} & tune, name
