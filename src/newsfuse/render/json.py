"""The brief as the JSON of ../shared/CONTRACT.md (schema newsfuse.brief/1)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from newsfuse.records import Article, Brief, Fact, Quote

SCHEMA = "newsfuse.brief/1"


def source_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "language": article.language,
        "words": article.words,
        "removed": [asdict(r) for r in article.removed],
        "copy_of": article.copy_of,
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """A quote as the contract has it: the words inside the marks; its sentence (``context``) is for reading only."""
    item = asdict(quote)
    del item["context"]
    return item


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """A fact; ``voice`` and ``speaker`` only when the fact is another voice's (summarize/voice.py)."""
    item = asdict(fact)
    for key in ("voice", "speaker"):
        if item[key] is None:
            del item[key]
    return item


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "sources": [source_to_dict(a) for a in brief.sources],
        "skipped": [asdict(s) for s in brief.skipped],
        "summary": [asdict(s) for s in brief.summary],
        "facts": [fact_to_dict(f) for f in brief.facts],
        "conflicts": [asdict(c) for c in brief.conflicts],
        "quotes": [quote_to_dict(q) for q in brief.quotes],
        "entities": [asdict(e) for e in brief.entities],
        "timeline": [asdict(t) for t in brief.timeline],
        "warnings": [asdict(w) for w in brief.warnings],
    }


def to_json(brief: Brief) -> str:
    # Stable key order and no timestamps: the same input gives byte-identical output.
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"
