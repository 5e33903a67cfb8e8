"""The user's cache folder, and whether the analysis cache has a file in it yet: read by the ``brief``
command before any heavy import (``cli.entry.prepare_command``), so nothing here imports more than ``os``."""

from __future__ import annotations

import os
from pathlib import Path

ANALYSIS_FILE = "analysis.sqlite3"  # ``nlp.diskcache``'s file in the folder


def cache_root() -> Path:
    """``$NEWSFUSE_CACHE``, default ``~/.cache/newsfuse`` (the folder ``clean/langid.py`` uses)."""
    folder = os.environ.get("NEWSFUSE_CACHE")
    if folder:
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfuse"


def analysis_cache_absent() -> bool:
    """True when the analysis cache's file does not exist yet (a first brief, or a new ``$NEWSFUSE_CACHE``):
    nothing is stored, so every text of a brief is new, as with the cache off. It only chooses the order of
    the work (``cli.entry.every_text_new``, ``nlp.diskcache.AnalysisCache.new``): a brief is the same either way."""
    return not (cache_root() / ANALYSIS_FILE).exists()
