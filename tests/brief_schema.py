"""Every brief a test produces is checked against ``newsfuse schema`` (see conftest.py)."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _validator() -> Any:
    import jsonschema

    from newsfuse.render.schema import brief_schema

    schema = brief_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def assert_valid_brief(data: dict[str, Any]) -> None:
    """Fail with every violation of the brief's JSON Schema (path: message)."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    problems = ["/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in errors]
    assert not problems, "brief does not match `newsfuse schema`:\n" + "\n".join(problems[:20])
