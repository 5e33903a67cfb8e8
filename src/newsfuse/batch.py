"""Many stories in one process: one JSON line in, one brief out, models loaded once.

Input lines are ``{"id", "articles": [{"text", "title"?, "url"?, "published"?}]}`` (see
../shared/CONTRACT.md). With the "catch" failure policy a bad line becomes an error record and
the batch goes on; with "raise" the first bad line stops it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsfuse.errors import InputError, NewsfuseError
from newsfuse.ingest.inputs import ArticleInput, document_from_input, text_or_none
from newsfuse.nlp import Models
from newsfuse.options import Options
from newsfuse.records import Brief, RawDocument

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


@dataclass
class BatchResult:
    """One input line's outcome: a brief, or the reason there is none."""

    line: int  # 1-based line number in the input
    id: str | None
    brief: Brief | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        from newsfuse.render.json import brief_to_dict

        if self.brief is not None:
            return {"id": self.id, "brief": brief_to_dict(self.brief)}
        return {"id": self.id, "error": self.error, "line": self.line}


def parse_line(line: str, number: int, options: Options | None = None) -> tuple[str, list[RawDocument]]:
    """The story id and its documents, built like every other door's (``ingest.inputs``: headline
    detection, ``max_chars``); InputError says what is wrong with the line."""
    options = options or Options()
    where = f"line {number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise InputError(where, "a line must be a JSON object with 'id' and 'articles'")
    story_id = record.get("id")
    if story_id is None:
        raise InputError(where, "missing 'id'")
    articles = record.get("articles")
    if not isinstance(articles, list) or not articles:
        raise InputError(where, "'articles' must be a non-empty list")
    documents = []
    for k, article in enumerate(articles):
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            raise InputError(where, f"article {k} needs a 'text' string")
        fields = {name: text_or_none(article.get(name)) for name in ("title", "url", "published")}
        documents.append(document_from_input(ArticleInput(text=article["text"], **fields), k + 1, options))
    return str(story_id), documents


def _id_of(line: str) -> str | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    value = record.get("id") if isinstance(record, dict) else None
    return None if value is None else str(value)


def brief_lines(lines: Iterable[str], options: Options, models: Models) -> Iterator[BatchResult]:
    """A result per non-blank input line, in input order."""
    from newsfuse.pipeline import brief_from_documents

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            story_id, documents = parse_line(line, number, options)
            yield BatchResult(line=number, id=story_id, brief=brief_from_documents(documents, options, models))
        except NewsfuseError as exc:
            if options.on_error == "raise":
                raise
            log.warning("line %d: %s", number, exc)
            yield BatchResult(line=number, id=_id_of(line), error=str(exc))
