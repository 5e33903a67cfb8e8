"""CSV/TSV tables with one article per row and a text column."""

from __future__ import annotations

import csv
import io
import sys

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_text
from newsfuse.ingest.fields import TEXT_FIELDS, has_text_field, record_to_document
from newsfuse.ingest.registry import Found, register
from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped


@register(".csv", ".tsv")
def read_csv(path: str, data: bytes, options: Options) -> list[RawDocument]:
    text = decode_text(path, data)
    delimiter = "\t" if path.lower().removesuffix(".gz").endswith(".tsv") else _sniff_delimiter(text)
    csv.field_size_limit(min(sys.maxsize, options.max_bytes))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c for c in (reader.fieldnames or []) if c is not None]
    if not has_text_field(columns):
        raise InputError(
            path,
            f"no text column: found {', '.join(columns[:10]) or 'no header'}; "
            f"name the article column one of {', '.join(TEXT_FIELDS[:5])}",
        )
    documents: list[RawDocument] = []
    empty: list[int] = []
    try:
        for row in reader:
            line = reader.line_num
            document = record_to_document(f"{path}#{line}", {k: v for k, v in row.items() if k is not None})
            if document is None:
                empty.append(line)
            else:
                documents.append(document)
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV near line {reader.line_num}: {exc}") from exc
    if not documents:
        raise InputError(path, "every row has an empty text column")
    return Found(
        documents, [Skipped(path=f"{path}#{line}", reason=f"line {line}: empty text column") for line in empty]
    )


def _sniff_delimiter(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text[:4096].split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","
