"""Whether this process is the ``newsfuse`` command itself (read before any heavy import)."""

from __future__ import annotations

import os
import sys


def process_entry() -> bool:
    """True when this process is the ``newsfuse`` command itself (the console script, or ``python -m
    newsfuse``), not a program that calls ``main`` and expects ``SystemExit`` back (tests, runpy)."""
    entry = sys.modules.get("__main__")
    spec = getattr(entry, "__spec__", None)
    if spec is not None:
        return str(spec.name) in ("newsfuse", "newsfuse.__main__")
    return os.path.basename(str(getattr(entry, "__file__", "") or "")) == "newsfuse"
