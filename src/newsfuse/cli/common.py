"""Helpers shared by commands: output, error reporting, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from newsfuse.records import Skipped

EXIT_NOTHING_USABLE = 2
_written = False  # set once a command's whole output is written (see ``output_written``)


def report_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        typer.echo(f"newsfuse: skipped {item.path}: {item.reason}", err=True)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    global _written
    _written = True


def output_written() -> bool:
    """True once ``write_output`` wrote a command's result (stdout flushed, or the file closed).
    ``app.main`` then ends the process with ``os._exit`` instead of tearing down every module and
    model (0.4–0.6 s of a cold brief, docs/speed.md) — when the process is the ``newsfuse`` command
    itself; commands that hold a store, a server or Ray workers do not write through it."""
    return _written


def fail(message: str, code: int = EXIT_NOTHING_USABLE) -> typer.Exit:
    typer.echo(f"newsfuse: {message}", err=True)
    return typer.Exit(code)
