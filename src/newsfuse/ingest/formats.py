"""Imports every built-in reader module so each registers itself."""

from newsfuse.ingest import (  # noqa: F401
    csv_reader,
    feed_reader,
    html_reader,
    jsonl_reader,
    text_reader,
    warc_reader,
)
