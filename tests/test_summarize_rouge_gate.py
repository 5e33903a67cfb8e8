"""Quality gate: Multi-News ROUGE of newsfuse on a fixed subset of held-out clusters (125-136,
never used for tuning) stays at or above the floors in quality_floors.json and ahead of Lead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.options import Options

FLOORS = Path(__file__).parent / "quality_floors.json"
SUBSET_START, SUBSET_SIZE = 125, 12


@pytest.mark.shared
def test_multinews_rouge_subset_meets_floors_and_beats_lead(shared_dir, models):
    from bench.data import analysed_stories, multinews
    from bench.rouge import score_clusters

    path = shared_dir / "bench" / "multinews" / "validation.csv"
    if not path.exists():
        pytest.skip("Multi-News validation set is absent")
    options = Options()
    clusters = multinews(path, limit=SUBSET_SIZE, start=SUBSET_START)
    pairs = analysed_stories(clusters, options, models)
    scores = score_clusters(pairs, options, ("newsfuse", "lead"), parse=models.parse)
    r1, r2, _ = scores.mean("newsfuse")
    lead_r1, lead_r2, _ = scores.mean("lead")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert r1 >= floors["multinews_r1_subset"], (r1, r2)
    assert r2 >= floors["multinews_r2_subset"], (r1, r2)
    assert r1 > lead_r1 and r2 > lead_r2, ((r1, r2), (lead_r1, lead_r2))
