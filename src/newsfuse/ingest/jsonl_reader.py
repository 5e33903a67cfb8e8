"""JSON Lines: one article object per line; broken lines are reported and the rest are read."""

from __future__ import annotations

import json
import logging

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_text
from newsfuse.ingest.fields import TEXT_FIELDS, record_to_document
from newsfuse.ingest.registry import register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Removed

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


@register(".jsonl", ".ndjson", ".json")
def read_jsonl(path: str, data: bytes, options: Options) -> list[RawDocument]:
    text = decode_text(path, data)
    stripped = text.strip()
    whole = _whole_json(stripped)
    if isinstance(whole, dict):  # one pretty-printed article object
        lines: list[tuple[int, object]] = [(1, whole)]
        problems: list[str] = []
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
            problems.append(f"line {number}: not a JSON object")
            continue
        document = record_to_document(f"{path}#{number}", record)
        if document is None:
            problems.append(f"line {number}: no text field (expected one of {', '.join(TEXT_FIELDS[:4])}, ...)")
            continue
        documents.append(document)
    for problem in problems:
        log.warning("%s: %s", path, problem)
    if not documents:
        detail = "; ".join(problems[:3]) or "no records"
        raise InputError(path, f"no readable article in the JSON lines ({detail})")
    if problems:
        # Reported on the first document so the output names them; the reader never drops silently.
        note = f"[{path}: {len(problems)} line(s) not read: {'; '.join(problems[:5])}]"
        documents[0].removed.append(Removed(text=note, reason="limit"))
    return documents


def _whole_json(text: str) -> object:
    if not text.startswith("{") or "\n" not in text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None  # not one object: read it line by line


def _parse_lines(text: str) -> tuple[list[tuple[int, object]], list[str]]:
    records: list[tuple[int, object]] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: broken JSON ({exc.msg})")
    return records, problems
