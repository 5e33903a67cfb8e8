"""Store: articles and stories in one embedded DuckDB file, so ingest can run again and again."""

from newsfuse.store.db import DEFAULT_STORE, Store, StoryRow
from newsfuse.store.pipeline import IngestReport, ingest_articles, ingest_paths

__all__ = ["DEFAULT_STORE", "IngestReport", "Store", "StoryRow", "ingest_articles", "ingest_paths"]
