"""HTML pages: the article body and metadata via trafilatura (see html_extract)."""

from __future__ import annotations

from newsfuse.ingest.decode import decode_html
from newsfuse.ingest.html_extract import html_to_document
from newsfuse.ingest.registry import register
from newsfuse.options import Options
from newsfuse.records import RawDocument


@register(".html", ".htm", ".xhtml", ".shtml")
def read_html(path: str, data: bytes, options: Options) -> list[RawDocument]:
    return [html_to_document(path, decode_html(path, data), options)]
