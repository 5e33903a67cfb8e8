"""Read and clean articles without summarising them: what `newsfuse extract` and the extraction
benchmark run, so they score exactly what the brief sees."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsfuse.ingest import read_paths
from newsfuse.options import Options
from newsfuse.records import Article, Skipped


def extract_articles(paths: Iterable[str | Path], options: Options) -> tuple[list[Article], list[Skipped]]:
    """Every article under ``paths``, cleaned; inputs with no text left are returned as Skipped."""
    from newsfuse.pipeline import clean_documents  # the same cleaning as the brief's

    documents, skipped = read_paths(paths, options)
    articles, empty = clean_documents(documents)
    return articles, skipped + empty


def article_row(article: Article) -> dict[str, Any]:
    """The `extract` JSON line of one article (shared/CONTRACT.md), plus url and language."""
    return {
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "text": article.text,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "url": article.url,
        "language": article.language,
    }
