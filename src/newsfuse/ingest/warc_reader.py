"""WARC archives (e.g. CC-NEWS dumps): every HTML response record is one page.

warcio reads the archive as a stream (plain or per-record gzip), so memory stays bounded by one
record, and each record's payload is read only up to ``Options.max_bytes``.
"""

from __future__ import annotations

import io

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_html
from newsfuse.ingest.html_extract import html_to_document
from newsfuse.ingest.registry import Found, register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Removed, Skipped

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@register(".warc", ".warc.gz", ".arc", ".arc.gz")
def read_warc(path: str, data: bytes, options: Options) -> list[RawDocument]:
    from warcio.archiveiterator import ArchiveIterator

    documents: list[RawDocument] = []
    problems: list[Skipped] = []
    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            if record.rec_type != "response":
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            name = f"{path}#{number}"
            content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if content_type and not content_type.lower().startswith(_HTML_TYPES):
                continue
            payload = record.content_stream().read(options.max_bytes + 1)
            try:
                document = html_to_document(name, decode_html(name, payload[: options.max_bytes]), options, url=url)
            except InputError as exc:
                problems.append(Skipped(path=name, reason=f"{url}: {exc.reason}"))
                continue
            if len(payload) > options.max_bytes:
                document.removed.append(Removed(text=f"[record cut at {options.max_bytes:,} bytes]", reason="limit"))
            documents.append(document)
    except Exception as exc:  # warcio raises assorted errors (and AttributeError) on truncated archives
        reason = f"archive is truncated or corrupt after record {number} ({type(exc).__name__}: {exc})"
        if not documents:
            raise InputError(path, f"unreadable WARC: {reason}") from exc
        problems.append(Skipped(path=path, reason=reason))
    if not documents:
        detail = f" ({problems[0].reason})" if problems else ""
        raise InputError(path, "no HTML response record with article text" + detail)
    return Found(documents, problems)
