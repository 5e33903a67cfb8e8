"""Per-document guards for markup: nesting depth and time.

One hostile page (100,000 nested <div>s, a parser that never finishes) must not stall a batch, so
the HTML is measured with a cheap linear scan before any tree is built, and extraction runs under
a wall-clock budget.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from newsfuse.errors import InputError

# Elements that never take a closing tag, so they do not add nesting.
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "bgsound",
        "frame",
        "keygen",
    ]
)
# "[^<>]*" (not "[^>]*?") keeps every scan linear: an unclosed "<a" stops at the next "<".
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>")
_BLOCK_START = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)


def strip_script_blocks(html: str) -> str:
    """Remove comments, scripts and styles, whose contents could fake tags.

    Scanned by hand rather than with a lazy ``.*?`` regex, which goes quadratic on hostile
    pages full of unclosed ``<script>`` tags; an unclosed block runs to the end of the page.
    """
    lowered = html.lower()
    parts: list[str] = []
    position = 0
    while (match := _BLOCK_START.search(html, position)) is not None:
        parts.append(html[position : match.start()])
        closer = "-->" if match.group(1) is None else f"</{match.group(1).lower()}"
        end = lowered.find(closer, match.end())
        if end < 0:
            position = len(html)
            break
        close_end = lowered.find(">", end)
        position = len(html) if close_end < 0 else close_end + 1
        parts.append(" ")
    parts.append(html[position:])
    return "".join(parts)


def _is_void(name: str, rest: str) -> bool:
    return name.lower() in _VOID or rest.endswith("/")


def markup_depth(html: str) -> int:
    """The deepest element nesting in ``html``, from tags alone (no tree is built)."""
    depth = deepest = 0
    for match in _TAG.finditer(strip_script_blocks(html)):
        closing, name, rest = match.groups()
        if _is_void(name, rest):
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def flatten_deep_markup(html: str, max_depth: int) -> str:
    """Drop the tags nested deeper than ``max_depth``, keeping their text.

    A page that deep is broken or hostile; its text is still worth reading, its structure is not.
    Script and style blocks are removed first so their contents cannot fake tags.
    """
    depth = 0

    def keep_or_drop(match: re.Match[str]) -> str:
        nonlocal depth
        closing, name, rest = match.groups()
        if _is_void(name, rest):
            return match.group(0) if depth < max_depth else " "
        if closing:
            depth = max(0, depth - 1)
            return match.group(0) if depth < max_depth else " "
        depth += 1
        return match.group(0) if depth <= max_depth else " "

    return _TAG.sub(keep_or_drop, strip_script_blocks(html))


class _OutOfTime(Exception):
    pass


@contextmanager
def time_limit(path: str, seconds: float) -> Iterator[None]:
    """Raise InputError when the block runs longer than ``seconds``.

    Uses a SIGALRM interval timer, which only the main thread of a process can own; elsewhere
    (worker threads of a server) the block runs unguarded and the size and depth limits remain
    the protection. The timer fires between Python bytecodes, so a single long C call (one huge
    lxml parse) is interrupted only when it returns.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OutOfTime:
        raise InputError(path, f"extraction took longer than {seconds:g} s; document skipped") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
