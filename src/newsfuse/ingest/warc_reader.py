"""WARC archives (e.g. CC-NEWS dumps): every HTML response record is one page.

warcio reads the archive as a stream (plain or per-record gzip), so memory stays bounded by one
record, and each record's payload is read only up to ``Options.max_bytes``.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_html
from newsfuse.ingest.html_extract import html_to_document
from newsfuse.ingest.registry import Found, register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Removed, Skipped

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@register(".warc", ".warc.gz", ".arc", ".arc.gz")
def read_warc(path: str, data: bytes, options: Options) -> list[RawDocument]:
    from warcio.archiveiterator import ArchiveIterator

    documents: list[RawDocument] = []
    problems: list[Skipped] = []
    number = 0
    # warcio writes its own warnings about damaged records straight to stderr; catch them so the
    # damage is reported once, on this file, through the batch's `skipped` list.
    warnings = io.StringIO()
    failure: Exception | None = None
    try:
        with contextlib.redirect_stderr(warnings):
            # one record at a time: memory stays bounded by a record, whatever the archive's size
            for url, payload in _html_responses(ArchiveIterator(io.BytesIO(data), arc2warc=True), options):
                number += 1
                name = f"{path}#{number}"
                try:
                    document = html_to_document(name, decode_html(name, payload[: options.max_bytes]), options, url=url)
                except InputError as exc:
                    problems.append(Skipped(path=name, reason=f"{url}: {exc.reason}"))
                    continue
                if len(payload) > options.max_bytes:
                    document.removed.append(
                        Removed(text=f"[record cut at {options.max_bytes:,} bytes]", reason="limit")
                    )
                documents.append(document)
    except Exception as exc:  # warcio raises assorted errors (and AttributeError) on truncated archives
        failure = exc
    if warnings.getvalue().strip():
        problems.append(Skipped(path=path, reason="damaged record: " + " ".join(warnings.getvalue().split())[:200]))
    if failure is not None:
        reason = f"archive is truncated or corrupt after record {number} ({type(failure).__name__}: {failure})"
        if not documents:
            raise InputError(path, f"unreadable WARC: {reason}") from failure
        problems.append(Skipped(path=path, reason=reason))
    if not documents:
        detail = f" ({problems[0].reason})" if problems else ""
        raise InputError(path, "no HTML response record with article text" + detail)
    return Found(documents, problems)


def _html_responses(records: Iterable[ArcWarcRecord], options: Options) -> Iterator[tuple[str | None, bytes]]:
    """(target URL, payload) of each HTML response record, payload read up to the size limit + 1."""
    for record in records:
        if record.rec_type != "response":
            continue
        content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
        if content_type and not content_type.lower().startswith(_HTML_TYPES):
            continue
        yield record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read(options.max_bytes + 1)
