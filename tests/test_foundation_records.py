"""Records round-trip through pickle and JSON; options validate where they enter."""

from __future__ import annotations

import json
import pickle
from dataclasses import asdict

import pytest

from newsfuse.errors import OptionsError
from newsfuse.options import ClusterParams, DedupParams, Options, SummaryOptions
from newsfuse.records import Article, Brief, Removed, Skipped, SummaryItem


def _brief() -> Brief:
    article = Article(
        id="S1",
        path="a.txt",
        title="T",
        outlet=None,
        published=None,
        url=None,
        paragraphs=["One two three.", "Four five."],
        removed=[Removed("Leave a Reply", "boilerplate")],
    )
    return Brief(
        title="T",
        sources=[article],
        skipped=[Skipped("b.bin", "binary")],
        summary=[SummaryItem("One two three.", ["S1"])],
    )


def test_records_round_trip_pickle_and_json() -> None:
    brief = _brief()
    assert pickle.loads(pickle.dumps(brief)) == brief
    data = json.loads(json.dumps(asdict(brief)))
    assert data["sources"][0]["removed"] == [{"text": "Leave a Reply", "reason": "boilerplate"}]
    assert brief.sources[0].text == "One two three.\n\nFour five."
    assert brief.sources[0].words == 5


@pytest.mark.parametrize(
    "bad",
    [
        {"words": 5},
        {"support_threshold": 1.5},
        {"on_error": "ignore"},
        {"max_bytes": 0},
        {"same_speaker": 170.0},
        {"jaccard": 0.0},
        {"window_days": 0},
        {"no_such_setting": 1},
        {"summary": 230},
    ],
)
def test_options_reject_out_of_range_values(bad: dict) -> None:
    with pytest.raises(OptionsError):
        Options().with_(**bad)


def test_options_are_grouped_per_stage_and_changed_by_name() -> None:
    options = Options().with_(words=120, max_chars=50_000, support_threshold=0.7)
    assert (options.summary.words, options.read.max_chars, options.align.support_threshold) == (120, 50_000, 0.7)
    assert options.with_(summary=SummaryOptions(words=90)).summary.words == 90
    assert Options().summary == SummaryOptions()  # the change made a copy
    assert options.dedup == DedupParams() and options.cluster == ClusterParams()
