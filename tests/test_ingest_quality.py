"""Quality gate: extraction F1 on a fixed 25-page subset of the article-extraction benchmark must
stay at or above its floor in tests/quality_floors.json (raise the floor when extraction improves)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).parent / "quality_floors.json"


@pytest.mark.shared
def test_extraction_f1_on_the_fixed_subset_meets_its_floor(shared_dir: Path, monkeypatch) -> None:
    from bench import extraction

    if not (shared_dir / "bench" / "article-extraction" / "ground-truth.json").is_file():
        pytest.skip("the article-extraction benchmark is absent")
    monkeypatch.setenv("NEWSFUSE_SHARED", str(shared_dir))
    ours, trafilatura_alone = extraction.run(subset=25, with_baseline=True)
    floor = json.loads(FLOORS.read_text("utf-8"))["extraction_f1_subset"]
    assert len(ours.tokens) == 25 and ours.failures == 0
    assert ours.mean("f1") >= floor, extraction.report([ours, trafilatura_alone])
    assert ours.mean("f1") > trafilatura_alone.mean("f1")  # the extra work must pay for itself
