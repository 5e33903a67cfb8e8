"""JSON Lines: one article object per line; broken lines are reported and the rest are read."""

from __future__ import annotations

import json

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_text
from newsfuse.ingest.fields import TEXT_FIELDS, record_to_document
from newsfuse.ingest.registry import Found, register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped


@register(".jsonl", ".ndjson", ".json")
def read_jsonl(path: str, data: bytes, options: Options) -> list[RawDocument]:
    text = decode_text(path, data)
    stripped = text.strip()
    whole = _whole_json(stripped)
    if isinstance(whole, dict):  # one pretty-printed article object
        lines: list[tuple[int, object]] = [(1, whole)]
        problems: list[tuple[int, str]] = []
    elif stripped.startswith("["):  # a plain JSON array of records is accepted too
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"invalid JSON array ({exc.msg} at line {exc.lineno})") from exc
        lines = list(enumerate(records if isinstance(records, list) else [records], start=1))
        problems = []
    else:
        lines, problems = _parse_lines(text)
    documents: list[RawDocument] = []
    for number, record in lines:
        if not isinstance(record, dict):
            problems.append((number, "not a JSON object"))
            continue
        document = record_to_document(f"{path}#{number}", record)
        if document is None:
            problems.append((number, f"no text field (expected one of {', '.join(TEXT_FIELDS[:4])}, ...)"))
            continue
        documents.append(document)
    if not documents:
        detail = "; ".join(f"line {n}: {why}" for n, why in problems[:3]) or "no records"
        raise InputError(path, f"no readable article in the JSON lines ({detail})")
    return Found(documents, [Skipped(path=f"{path}#{n}", reason=f"line {n}: {why}") for n, why in problems])


def _whole_json(text: str) -> object:
    if not text.startswith("{") or "\n" not in text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None  # not one object: read it line by line


def _parse_lines(text: str) -> tuple[list[tuple[int, object]], list[tuple[int, str]]]:
    records: list[tuple[int, object]] = []
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append((number, f"broken JSON ({exc.msg})"))
    return records, problems
