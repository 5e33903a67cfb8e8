"""Map a record from a table or JSON line (many exporters, many field names) to a RawDocument."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

from newsfuse.ingest.outlet import reader_name
from newsfuse.records import RawDocument

# First present, non-empty field wins. Names seen in news-please, CC-NEWS exports, Hugging Face
# news sets and newsroom CMS dumps.
TEXT_FIELDS = ("text", "content", "body", "maintext", "article", "article_text", "articleBody", "full_text", "story")
TITLE_FIELDS = ("title", "headline", "name")
URL_FIELDS = ("url", "link", "source_url", "uri")
DATE_FIELDS = ("published", "date", "date_publish", "published_at", "publish_date", "pubDate", "datetime", "time")
OUTLET_FIELDS = ("outlet", "source", "source_domain", "site", "sitename", "site_name", "publisher", "domain")
AUTHOR_FIELDS = ("author", "authors", "byline")


def _first(record: Mapping[str, object], names: tuple[str, ...]) -> str | None:
    lowered = {str(key).lower(): value for key, value in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, Mapping):
            value = value.get("name") or value.get("title")
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def iso_date(value: str | None) -> str | None:
    """ISO 8601 for the date formats exports use (ISO with a space, RFC 2822 from feeds and mail);
    anything else is kept as written rather than guessed."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return text
    if len(text) <= 10 and parsed.time() == datetime.min.time():
        return parsed.date().isoformat()
    return parsed.isoformat()


def has_text_field(names: list[str]) -> bool:
    wanted = {name.lower() for name in TEXT_FIELDS}
    return any(name.strip().lower() in wanted for name in names)


def record_to_document(path: str, record: Mapping[str, object]) -> RawDocument | None:
    """The record's article, or None when it carries no text."""
    text = _first(record, TEXT_FIELDS)
    if text is None:
        return None
    url = _first(record, URL_FIELDS)
    outlet = _first(record, OUTLET_FIELDS)
    if outlet is None and url:
        outlet = (urlparse(url).hostname or "").removeprefix("www.") or None
    outlet = reader_name(outlet)
    return RawDocument(
        path=path,
        text=text,
        title=_first(record, TITLE_FIELDS),
        outlet=outlet,
        published=iso_date(_first(record, DATE_FIELDS)),
        url=url,
        author=_first(record, AUTHOR_FIELDS),
    )
