"""Article body and metadata from one HTML page (trafilatura, with htmldate for the date).

Extraction strategy, measured on the article-extraction benchmark (docs/ingest.md):
trafilatura with ``favor_precision`` and without comments, and when that keeps very little of a
page, trafilatura's default (balanced) run, which wins on pages whose markup hides the body
from the precise run (paywall teasers, unusual templates).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from newsfuse.errors import InputError
from newsfuse.ingest.guards import flatten_deep_markup, markup_depth, strip_script_blocks, time_limit
from newsfuse.options import Options, ReadLimits
from newsfuse.records import RawDocument, Removed

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_WORD = re.compile(r"\w+")

# The limits and the precise→balanced switch (short_body_words, fallback_gain) are options.ReadLimits.


@dataclass
class Extracted:
    text: str
    title: str | None
    author: str | None
    outlet: str | None
    published: str | None
    url: str | None


def html_to_document(path: str, html: str, options: Options, url: str | None = None) -> RawDocument:
    """One RawDocument from a page, or InputError naming why there is none."""
    removed: list[Removed] = []
    with time_limit(path, options.max_seconds_per_doc):
        if len(html) > options.read.max_html_chars:
            html, note = _cap_markup(html, options.read.max_html_chars)
            if note:
                removed.append(Removed(text=note, reason="limit"))
        depth = markup_depth(html)
        flattened = depth > options.max_html_depth
        if flattened:
            html = flatten_deep_markup(html, options.max_html_depth)
            note = f"[markup flattened: nesting depth {depth:,} exceeds {options.max_html_depth:,}]"
            removed.append(Removed(text=note, reason="limit"))
        found = extract_html(html, url, options.read)
    if found is None or not found.text.strip():
        detail = f" (after flattening markup nested {depth:,} deep)" if flattened else ""
        raise InputError(path, f"no article text found in the HTML{detail}")
    return RawDocument(
        path=path,
        text=found.text,
        title=found.title,
        outlet=found.outlet,
        published=found.published,
        url=found.url,
        author=found.author,
        removed=removed,
    )


def _cap_markup(html: str, limit: int) -> tuple[str, str | None]:
    """Scripts and styles out first (they are most of many big pages); then cut what is left."""
    stripped = strip_script_blocks(html)
    if len(stripped) <= limit:
        return html, None  # only scripts made it big: keep it whole for JSON-LD metadata
    return stripped[:limit], f"[markup cut: {len(stripped):,} characters, kept the first {limit:,}]"


def extract_html(html: str, url: str | None = None, limits: ReadLimits | None = None) -> Extracted | None:
    """The article of a page: body text (paragraphs one per line) and metadata."""
    import trafilatura

    limits = limits or ReadLimits()
    document = trafilatura.bare_extraction(
        html, url=url, favor_precision=True, include_comments=False, with_metadata=True
    )
    text = _text_of(document)
    if len(_WORD.findall(text)) < limits.short_body_words:
        balanced = _text_of(trafilatura.bare_extraction(html, url=url, include_comments=False))
        if len(_WORD.findall(balanced)) >= limits.fallback_gain * max(1, len(_WORD.findall(text))):
            text = balanced
    if document is None and not text:
        return None
    title = _attr(document, "title")
    page_url = _attr(document, "url") or url
    outlet = _attr(document, "sitename") or _domain(page_url)
    published = _attr(document, "date") or _htmldate(html)
    return Extracted(
        text=text,
        title=title,
        author=_attr(document, "author"),
        outlet=outlet,
        published=published,
        url=page_url,
    )


def _text_of(document: object) -> str:
    return str(getattr(document, "text", None) or "") if document is not None else ""


def _attr(document: object, name: str) -> str | None:
    value = getattr(document, name, None) if document is not None else None
    return str(value).strip() or None if value else None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _htmldate(html: str) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, extensive_search=False)
    except Exception as exc:  # htmldate raises assorted parser errors on broken markup
        log.debug("htmldate failed: %s", exc)
        return None
    return str(found) if found else None
