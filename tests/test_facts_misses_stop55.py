"""Stop 55 (h-multi55): a single-source gold fact the brief does not list single-source with its outlet is classed
(``bench/facts_misses.py``, ``lone_stage``), so that the fall of the single-source column can be traced to its cause
(a join, a status, a citation, the inventory)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.facts_gold import GoldCluster, GoldItem
from bench.facts_misses import Capture, lone_stage


def _gold(items: list[GoldItem]) -> GoldCluster:
    return GoldCluster(
        id="example",
        split="tune",
        origin={"kind": "corpus"},
        documents={},
        facts=[],
        single_source=items,
        conflicts=[],
        non_conflicts=[],
        quotes=[],
        key_facts=[],
        conflicts_complete=False,
    )


def test_a_single_source_fact_not_listed_is_classed_by_what_the_brief_did_with_it(
    models: Any, example_dir: Path
) -> None:
    from newsfuse.ingest import read_paths
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.render.json import brief_to_dict

    options = Options()
    documents, _ = read_paths([example_dir], options)
    with Capture() as cap:
        brief = brief_to_dict(brief_from_documents(documents, options, models))
    listed = GoldItem("first-visit", [["first visit by an Estrellan president"]], ["S1"])
    treaties = GoldItem("three-treaties", [["three framework treaties"]], ["S3"])
    nowhere = GoldItem("nowhere", [["a sentence no outlet wrote"]], ["S1"])
    gold = _gold([listed, treaties, nowhere])
    assert lone_stage(gold, listed, brief, cap) is None
    found = lone_stage(gold, treaties, brief, cap)
    assert found is not None and found.kind == "shown with its outlet, not single-source (disputed)"
    missing = lone_stage(gold, nowhere, brief, cap)
    assert missing is not None and missing.kind == "rule matches no item of its outlet"
