"""Store: articles and stories in one embedded DuckDB file, so ingest can run again and again.

DuckDB and Arrow are the ``store`` extra: the brief job needs neither, so they load only here.
"""

from newsfuse.errors import require_extra

for _module in ("duckdb", "pyarrow"):
    require_extra(_module, "the store (ingest, stories, brief --story, /api/stories)", "store")

from newsfuse.store.db import DEFAULT_STORE, Store, StoryRow  # noqa: E402  (after the extra check)
from newsfuse.store.pipeline import IngestReport, ingest_articles, ingest_paths  # noqa: E402

__all__ = ["DEFAULT_STORE", "IngestReport", "Store", "StoryRow", "ingest_articles", "ingest_paths"]
