"""`newsfuse schema`: the JSON Schema of the brief; every brief tests produce is checked against it."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from newsfuse.records import Brief, Skipped, SummaryItem


def _schema() -> dict:
    from newsfuse.cli.app import app

    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_schema_is_valid_json_schema_and_names_the_contract() -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": "newsfuse.brief/1"}
    assert {"timeline", "warnings"} <= set(schema["properties"])
    fact = schema["properties"]["facts"]["items"]["properties"]
    assert {"id", "importance"} <= set(fact)


def test_golden_brief_and_later_version_1_keys_validate(valid_brief) -> None:
    from tests.conftest import GOLDEN

    data = json.loads((GOLDEN / "brief.json").read_text(encoding="utf-8"))
    valid_brief(data)
    data["timeline"] = [{"date": "2023-03-21", "text": "Xi arrived in Moscow.", "sources": ["S1"]}]
    data["warnings"] = [{"kind": "several_stories", "message": "two stories", "sources": ["S4"]}]
    data["facts"][0] |= {"id": "F1", "importance": 0.8}
    data["quotes"].append({"text": "We agree.", "speaker": None, "sources": ["S2"], "variants": []})
    valid_brief(data)


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.pop("summary"),
        lambda d: d.update(schema="newsfuse.brief/2"),
        lambda d: d["summary"][0].update(sources=[]),
        lambda d: d["facts"][0].update(status="likely"),
        lambda d: d["sources"][0]["removed"].append({"text": "x", "reason": "because"}),
        lambda d: d["quotes"][0].update(speaker=7) if d["quotes"] else d.update(quotes=[{"text": 1}]),
    ],
)
def test_briefs_that_break_the_contract_fail(break_it, valid_brief) -> None:
    from tests.conftest import GOLDEN

    data = json.loads((GOLDEN / "brief.json").read_text(encoding="utf-8"))
    break_it(data)
    with pytest.raises(AssertionError, match="does not match"):
        valid_brief(data)


def test_briefs_rendered_in_tests_are_checked_on_the_way_out() -> None:
    """conftest wraps render.json.brief_to_dict: a brief that breaks the schema fails wherever it is rendered."""
    bad = Brief(
        title="t",
        sources=[],
        skipped=[Skipped(path="p", reason="r")],
        summary=[SummaryItem(text="uncited", sources=[])],
    )
    with pytest.raises(AssertionError, match="does not match"):
        bad.to_dict()
