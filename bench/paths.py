"""Where the benchmark data lives: ``$NEWSFUSE_SHARED``, else ``../shared`` beside the checkout.

Every benchmark finds its data through :func:`shared_dir`, so one override serves them all."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSFUSE_SHARED", str(SHARED)))
