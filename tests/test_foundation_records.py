"""Records round-trip through pickle and JSON; options validate where they enter."""

from __future__ import annotations

import json
import pickle
from dataclasses import asdict

import pytest

from newsfuse.errors import OptionsError
from newsfuse.options import Options
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


@pytest.mark.parametrize("bad", [{"words": 5}, {"support_threshold": 1.5}, {"on_error": "ignore"}, {"max_bytes": 0}])
def test_options_reject_out_of_range_values(bad: dict) -> None:
    with pytest.raises(OptionsError):
        Options(**bad)
