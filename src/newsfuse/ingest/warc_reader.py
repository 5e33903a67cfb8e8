"""WARC archives (e.g. CC-NEWS dumps): every HTML response record is one page.

warcio reads the archive as a stream (plain or per-record gzip), so memory stays bounded by one
record, and each record's payload is read only up to ``Options.max_bytes``.
"""

from __future__ import annotations

import io
import logging

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_html
from newsfuse.ingest.html_extract import html_to_document
from newsfuse.ingest.registry import register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Removed

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@register(".warc", ".warc.gz", ".arc", ".arc.gz")
def read_warc(path: str, data: bytes, options: Options) -> list[RawDocument]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    documents: list[RawDocument] = []
    problems: list[str] = []
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
            cut = len(payload) > options.max_bytes
            try:
                document = html_to_document(name, decode_html(name, payload[: options.max_bytes]), options, url=url)
            except InputError as exc:
                problems.append(f"record {number} ({url}): {exc.reason}")
                continue
            if cut:
                document.removed.append(Removed(text=f"[record cut at {options.max_bytes:,} bytes]", reason="limit"))
            documents.append(document)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        if not documents:
            raise InputError(path, f"unreadable WARC archive ({exc})") from exc
        problems.append(f"archive ends early after record {number} ({exc})")
    for problem in problems:
        log.warning("%s: %s", path, problem)
    if not documents:
        raise InputError(path, "no HTML response record with article text" + (f" ({problems[0]})" if problems else ""))
    if problems:
        note = f"[{path}: {len(problems)} record(s) not read: {'; '.join(problems[:5])}]"
        documents[0].removed.append(Removed(text=note, reason="limit"))
    return documents
