"""Articles from a request body → RawDocuments, the pipeline's input records."""

from __future__ import annotations

from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest.limits import limit_text
from newsfuse.ingest.registry import reader_for
from newsfuse.ingest.text_reader import document_from_fields
from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped
from newsfuse.serve.schemas import ArticleIn


def display_path(article: ArticleIn, number: int) -> str:
    return article.path or article.url or f"article-{number}"


def to_documents(articles: list[ArticleIn], options: Options) -> tuple[list[RawDocument], list[Skipped]]:
    """One RawDocument per article; an HTML page goes through the same reader as `.html` files.
    Metadata the client sent wins over what was found in the page. An article that cannot be
    read is reported as Skipped (the batch goes on), or raised when ``options.on_error == "raise"``."""
    documents: list[RawDocument] = []
    skipped: list[Skipped] = []
    for number, article in enumerate(articles, start=1):
        path = display_path(article, number)
        try:
            if article.text and article.text.strip():
                doc = text_document(path, article)
            else:
                doc = html_document(path, article.html or "", options)
        except InputError as exc:
            if options.on_error == "raise":
                raise
            skipped.append(Skipped(path=exc.path, reason=exc.reason))
            continue
        doc.title = article.title or doc.title
        doc.url = article.url or doc.url
        doc.published = article.published or doc.published
        documents.append(limit_text(doc, options.max_chars))
    return documents, skipped


def text_document(path: str, article: ArticleIn) -> RawDocument:
    doc = document_from_fields(0, article.text or "", article.title, article.url, article.published)
    doc.path = path
    return doc


def html_document(path: str, html: str, options: Options) -> RawDocument:
    data = html.encode("utf-8")[: options.max_bytes]
    reader = reader_for(Path("page.html"))
    if reader is not None:
        found = reader(path, data, options)
        if not found:
            raise InputError(path, "no article text found in the HTML")
        return found[0]
    raise InputError(path, "no HTML reader is registered")
