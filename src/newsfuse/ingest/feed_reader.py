"""RSS and Atom feeds: each item is one article (its full content when the feed carries it,
else its summary), with the item's title, link and date."""

from __future__ import annotations

import re
import time
from typing import Any
from urllib.parse import urlparse

from newsfuse.errors import InputError
from newsfuse.ingest.registry import Found, register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


@register(".rss", ".atom", ".xml", ".rdf")
def read_feed(path: str, data: bytes, options: Options) -> list[RawDocument]:
    import feedparser

    if not _FEED_ROOT.search(data[:65536]):
        raise InputError(path, "XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise InputError(path, f"feed has no items{problem}")
    outlet = _feed_outlet(parsed.feed)
    documents: list[RawDocument] = []
    empty: list[Skipped] = []
    for number, entry in enumerate(parsed.entries, start=1):
        text = fragment_to_text(_entry_html(entry))
        if not text.strip():
            empty.append(Skipped(path=f"{path}#{number}", reason=f"item {number} has no content or summary"))
            continue
        link = entry.get("link")
        documents.append(
            RawDocument(
                path=f"{path}#{number}",
                text=text,
                title=(entry.get("title") or "").strip() or None,
                outlet=outlet or _domain(link),
                published=_entry_date(entry),
                url=link,
                author=entry.get("author"),
            )
        )
    if not documents:
        raise InputError(path, "no feed item carries text")
    return Found(documents, empty)


def _entry_html(entry: Any) -> str:
    # Full content beats the summary: many feeds put the whole article in content:encoded.
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return entry.get("published") or entry.get("updated")


def _feed_outlet(feed: Any) -> str | None:
    title = (feed.get("title") or "").strip()
    return title or _domain(feed.get("link"))


def _domain(url: str | None) -> str | None:
    host = urlparse(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def fragment_to_text(html: str) -> str:
    """Plain text of an HTML fragment, one block element per line."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises ParserError/ValueError on junk; the raw text is still usable
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    text = root.text_content()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
