"""Imports every built-in reader module so each registers itself."""

from newsfuse.ingest import text_reader  # noqa: F401
