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


# Invented pairs (label, first, second): the outside check runs `bench mrpc --split test` on a split this
# project does not have, found through NEWSFUSE_SHARED, so the command's table is part of the contract.
INVENTED = (
    (1, "The council of Norvane approved the new water limits on Tuesday.",
     "On Tuesday the Norvane council approved new limits on water use."),
    (1, "Shares of Brightwell Foods fell 12 percent after the recall was announced.",
     "Brightwell Foods shares dropped 12 percent after it announced the recall."),
    (0, "The ferry to Kessan Island was cancelled because of the storm.",
     "The mayor of Kessan opened a new library on the harbour front."),
    (0, "Police arrested two men after the warehouse fire in Dunmore.",
     "Dunmore's football club signed a striker from a rival team for a record fee."),
)  # fmt: skip


@pytest.mark.slow
def test_bench_mrpc_prints_the_contract_table_for_a_split_found_through_newsfuse_shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newsfuse.cli.app import app

    folder = tmp_path / "bench" / "mrpc"
    folder.mkdir(parents=True)
    lines = ["Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"]
    lines += [f"{label}\t{k}\t{k + 100}\t{a}\t{b}" for k, (label, a, b) in enumerate(INVENTED)]
    (folder / "test.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("NEWSFUSE_SHARED", str(tmp_path))

    result = CliRunner().invoke(app, ["bench", "mrpc", "--split", "test"])
    assert result.exit_code == 0, result.output
    out = [line for line in result.output.splitlines() if line.strip()]
    assert out[0] == "# MRPC test: 4 pairs, 2 paraphrases"
    assert out[1] == "system P R F1 accuracy"
    rows = {line.split()[0]: [float(x) for x in line.split()[1:]] for line in out[2:]}
    assert out[2].split()[0] == "newsfuse"  # the first field of the first row, as issue 12 asks
    assert {"newsfuse", "newsfuse-pair", "cosine", "all-paraphrase"} <= set(rows)
    assert all(len(v) == 4 and all(0.0 <= x <= 1.0 for x in v) for v in rows.values())
    assert rows["all-paraphrase"] == [0.5, 1.0, 0.667, 0.5]  # the table scores what the file says

    (folder / "test.txt").unlink()
    missing = CliRunner().invoke(app, ["bench", "mrpc", "--split", "test"])
    assert missing.exit_code == 2
