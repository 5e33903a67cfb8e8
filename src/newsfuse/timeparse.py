"""Publication times as sortable numbers; unknown or unparseable dates sort last."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime


def timestamp(published: str | None) -> float | None:
    """Seconds since the epoch for an ISO 8601 date or datetime, None when unknown."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def sort_key(published: str | None, words: int, order: int) -> tuple[float, int, int]:
    """Earliest first, then the most complete, then the first seen."""
    ts = timestamp(published)
    return (math.inf if ts is None else ts, -words, order)


def plausible(ts: float) -> float:
    """``ts`` capped at a day after now: a stream's windows advance with its newest article, and one
    misparsed date years ahead must not close every story or empty the duplicate index."""
    return min(ts, time.time() + 86_400.0)
