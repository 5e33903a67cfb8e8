"""Every door in builds documents here: the Python API, the CLI, batch lines and HTTP bodies.

An input is a path (a file or a folder, read by the registered readers), an article given as
fields (``ArticleInput``: text or an HTML page, with optional title, url, published, path), or a
plain text. Whatever the door, an article goes through the same steps: the headline detection
of ``.txt`` files (a first line that reads as a headline becomes the title when none was given),
the HTML reader for pages, metadata the caller gave winning over what was found, and the same
``ReadLimits`` (``max_bytes`` for pages, ``max_chars`` for text, each cut reported). So the same
article gives the same brief whichever door it came in by.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsfuse.errors import InputError, NothingUsableError
from newsfuse.ingest.limits import limit_text
from newsfuse.ingest.paths import read_paths
from newsfuse.ingest.registry import reader_for
from newsfuse.ingest.text_reader import split_title
from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped


@dataclass(frozen=True)
class ArticleInput:
    """One article given as fields: ``text``, or a web page in ``html`` (the body is extracted)."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None  # a name for the source; default: the url, else "article-N"

    @classmethod
    def from_mapping(cls, record: Mapping[str, object], where: str = "article") -> ArticleInput:
        """From a dict like a batch line's article or an HTTP body's; InputError says what is wrong."""
        fields = {name: text_or_none(record.get(name)) for name in ("title", "url", "published", "path")}
        text, html = record.get("text"), record.get("html")
        if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
            raise InputError(where, "needs a non-empty 'text' string (or 'html')")
        return cls(text=text if isinstance(text, str) else None, html=html if isinstance(html, str) else None, **fields)


# What ``read_inputs`` takes: a path, an ArticleInput, a dict with its fields, or an article's text.
Input = str | os.PathLike[str] | ArticleInput | Mapping[str, object]


def text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def is_path(item: object) -> bool:
    """A PathLike is a path; a string is a path when it is one line naming an existing file or
    folder, and otherwise an article's text."""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) > 4096 or not item.strip():
        return False
    try:
        return Path(item).exists()
    except (OSError, ValueError):
        return False


def document_from_input(article: ArticleInput, number: int, options: Options) -> RawDocument:
    """The RawDocument of one article given as fields (``number`` is 1-based, for its default name)."""
    path = article.path or article.url or f"article-{number}"
    if not (article.html and article.html.strip()) or (article.text and article.text.strip()):
        text = article.text or ""
        title, body = (article.title, text) if article.title else split_title(text)
        doc = RawDocument(path=path, text=body, title=title)
    else:
        doc = _html_document(path, article.html or "", options)
    doc.title = article.title or doc.title
    doc.url = article.url or doc.url
    doc.published = article.published or doc.published
    return limit_text(doc, options.read.max_chars)


def _html_document(path: str, html: str, options: Options) -> RawDocument:
    reader = reader_for(Path("page.html"))
    if reader is None:
        raise InputError(path, "no HTML reader is registered")
    found = reader(path, html.encode("utf-8")[: options.read.max_bytes], options)
    if not found:
        raise InputError(path, "no article text found in the HTML")
    return found[0]


def read_inputs(inputs: Input | Iterable[Input], options: Options) -> tuple[list[RawDocument], list[Skipped]]:
    """Documents in input order. An input that cannot be read is returned as Skipped (or raised
    when ``options.on_error == "raise"``); a folder adds every article under it."""
    items: list[Input] = [inputs] if isinstance(inputs, (str, os.PathLike, ArticleInput, Mapping)) else list(inputs)
    documents: list[RawDocument] = []
    skipped: list[Skipped] = []
    for number, item in enumerate(items, start=1):
        if is_path(item):
            found, problems = read_paths([item], options)  # type: ignore[list-item]
            documents.extend(found)
            skipped.extend(problems)
            continue
        try:
            if isinstance(item, str):
                article = ArticleInput(text=item)
            elif isinstance(item, Mapping):
                article = ArticleInput.from_mapping(item, f"article-{number}")
            elif isinstance(item, ArticleInput):
                article = item
            else:
                raise InputError(f"input {number}", f"not a path, text or article dict ({type(item).__name__})")
            if not ((article.text and article.text.strip()) or (article.html and article.html.strip())):
                raise InputError(article.path or f"article-{number}", "empty article text")
            documents.append(document_from_input(article, number, options))
        except InputError as exc:
            if options.on_error == "raise":
                raise
            skipped.append(Skipped(path=exc.path, reason=exc.reason))
    return documents, skipped


__all__ = ["ArticleInput", "Input", "document_from_input", "is_path", "read_inputs", "text_or_none"]


def read_documents(inputs: Input | Iterable[Input], options: Options) -> tuple[list[RawDocument], list[Skipped]]:
    """``read_inputs``, raising ``NothingUsableError`` (naming each input's problem) when no document was read."""
    documents, skipped = read_inputs(inputs, options)
    if not documents:
        raise NothingUsableError("nothing usable was read: " + "; ".join(f"{s.path}: {s.reason}" for s in skipped))
    return documents, skipped
