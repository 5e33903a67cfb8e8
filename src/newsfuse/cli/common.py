"""Helpers shared by commands: output, error reporting, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from newsfuse.records import Skipped

EXIT_NOTHING_USABLE = 2


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


def fail(message: str, code: int = EXIT_NOTHING_USABLE) -> typer.Exit:
    typer.echo(f"newsfuse: {message}", err=True)
    return typer.Exit(code)
