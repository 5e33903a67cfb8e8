"""The JSON Schema (draft 2020-12) of the brief, schema ``newsfuse.brief/1`` (../shared/CONTRACT.md).

``newsfuse schema`` prints it. It also describes the keys later schemas of version 1 may add
(``timeline``, ``warnings``, facts' ``id`` and ``importance``), so a brief that adds them still
validates; new keys are allowed everywhere (the contract may be extended, never renamed).
Enumerations come from the records (``RemovalReason``, ``FactStatus``), so they cannot drift.
"""

from __future__ import annotations

import json
from typing import Any, get_args

from newsfuse.records import FactStatus, RemovalReason
from newsfuse.render.json import SCHEMA

SCHEMA_ID = "https://newsfuse.invalid/schema/brief-1.json"

_STR = {"type": "string"}
_NULLABLE_STR = {"type": ["string", "null"]}
_SOURCE_ID = {"type": "string", "pattern": "^S[1-9][0-9]*$"}
_SOURCES = {"type": "array", "items": {"$ref": "#/$defs/source_id"}, "minItems": 1, "uniqueItems": True}


def _object(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "required": list(required),
        "properties": {**required, **(optional or {})},
        "additionalProperties": True,
    }


def brief_schema() -> dict[str, Any]:
    source = _object(
        {
            "id": {"$ref": "#/$defs/source_id"},
            "path": _STR,
            "title": _NULLABLE_STR,
            "outlet": _NULLABLE_STR,
            "published": _NULLABLE_STR,
            "words": {"type": "integer", "minimum": 0},
            "removed": {
                "type": "array",
                "items": _object({"text": _STR, "reason": {"enum": sorted(get_args(RemovalReason))}}),
            },
            "copy_of": {"oneOf": [{"$ref": "#/$defs/source_id"}, {"type": "null"}]},
        },
        {"url": _NULLABLE_STR, "language": _NULLABLE_STR},
    )
    cited = _object({"text": _STR, "sources": _SOURCES})
    summary_item = _object(
        {"text": _STR, "sources": _SOURCES},
        {"passages": {"type": "object", "propertyNames": {"$ref": "#/$defs/source_id"}, "additionalProperties": _STR}},
    )
    fact = _object(
        {"text": _STR, "sources": _SOURCES, "status": {"enum": sorted(get_args(FactStatus))}},
        {
            "id": {"type": ["string", "integer"]},
            "importance": {"type": "number"},
            "voice": {"enum": ["transcript", "letter", "opinion", "post", "quoted"]},
            "speaker": _NULLABLE_STR,
        },
    )
    claim = _object({"text": _STR, "value": _STR, "sources": _SOURCES})
    quote = _object(
        {
            "text": _STR,
            "speaker": _NULLABLE_STR,
            "sources": _SOURCES,
            "variants": {"type": "array", "items": cited},
        }
    )
    entity = _object({"name": _STR, "type": _STR, "aliases": {"type": "array", "items": _STR}, "sources": _SOURCES})
    event = _object({"date": _STR, "text": _STR, "sources": _SOURCES})
    any_sources = {"type": "array", "items": {"$ref": "#/$defs/source_id"}}
    warning = _object({"kind": _STR, "message": _STR}, {"sources": any_sources})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsfuse brief",
        "description": "One cited brief for the articles of one story (../shared/CONTRACT.md).",
        **_object(
            {
                "schema": {"const": SCHEMA},
                "title": _STR,
                "sources": {"type": "array", "items": source},
                "skipped": {"type": "array", "items": _object({"path": _STR, "reason": _STR})},
                "summary": {"type": "array", "items": summary_item},
                "facts": {"type": "array", "items": fact},
                "conflicts": {
                    "type": "array",
                    "items": _object({"topic": _STR, "claims": {"type": "array", "items": claim, "minItems": 2}}),
                },
                "quotes": {"type": "array", "items": quote},
                "entities": {"type": "array", "items": entity},
            },
            {
                "timeline": {"type": "array", "items": event},
                "warnings": {"type": "array", "items": warning},
            },
        ),
        "$defs": {"source_id": _SOURCE_ID},
    }


def schema_json() -> str:
    return json.dumps(brief_schema(), ensure_ascii=False, indent=2) + "\n"
