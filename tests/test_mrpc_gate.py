"""Quality gate of the same-fact model (align/same_fact.py) on MRPC: on the first 300 pairs of the
held-out fifth of ``../shared/bench/mrpc/train.txt`` (pairs the shipped model was not fitted on),
F1 and accuracy stay at or above their floors in tests/quality_floors.json and ahead of the cosine
baseline, scored as ``newsfuse bench mrpc --split train`` scores them: ``newsfuse`` (the feature
model, the decision of a default brief) and ``newsfuse-pair`` (its stack with the pair model,
align/pair_model.py), each against its own floors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
SUBSET = 300


@pytest.mark.shared
def test_mrpc_held_out_subset_stays_above_its_floors_and_the_cosine_baseline(shared_dir: Path, models) -> None:
    from bench import mrpc

    from newsfuse.align import same_fact

    if not (shared_dir / "bench" / "mrpc" / "train.txt").is_file():
        pytest.skip("MRPC train.txt is absent")
    pairs = [p for k, p in enumerate(mrpc.load("train")) if k % mrpc.HELD_OUT == 0][:SUBSET]
    rows, cosines = mrpc.pair_rows(pairs, models.embedder.encode)
    truth = np.array([p.label for p in pairs]).astype(bool)
    systems = mrpc.decisions(pairs, rows, cosines, same_fact.model())
    _, _, cosine_f1, cosine_accuracy = mrpc.scores(truth, systems["cosine"])
    for system, floor in (("newsfuse", "mrpc_held_out"), ("newsfuse-pair", "mrpc_pair_held_out")):
        _, _, f1, accuracy = mrpc.scores(truth, systems[system])
        assert f1 >= FLOORS[f"{floor}_f1_subset"], system
        assert accuracy >= FLOORS[f"{floor}_accuracy_subset"], system
        assert f1 > cosine_f1 and accuracy > cosine_accuracy, system
