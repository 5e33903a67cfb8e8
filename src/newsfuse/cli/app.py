"""The typer application; each command lives in its own module and registers itself here."""

from __future__ import annotations

import logging
import os
import sys

import typer

app = typer.Typer(
    name="newsfuse",
    help="Read every article about a story and write one cited brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Read every article about a story and write one cited brief."""


def _register_commands() -> None:
    """Each module adds its commands to `app` when imported.

    The ``newsfuse brief`` process registers the brief command alone: typer turns every registered
    command into a click command before it parses the command line, and the others (22 with the
    ``bench`` group's fourteen) and their modules cost ~0.03-0.04 s of the main thread's CPU at the
    start of a cold brief, before the articles are read and the encoder can start (docs/speed.md,
    stop 43). Its help, usage and errors are the same: they name
    only the brief command. Any other command line (``--help``, another command, a program that
    imports ``app``) gets them all."""
    if brief_alone(sys.argv):
        from newsfuse.cli import brief_cmd

        return
    from newsfuse.cli import (
        batch_cmd,  # noqa: F401
        bench_cmd,  # noqa: F401
        brief_cmd,  # noqa: F401
        cluster_cmd,  # noqa: F401
        extract_cmd,  # noqa: F401
        ingest_cmd,  # noqa: F401
        schema_cmd,  # noqa: F401
        serve_cmd,  # noqa: F401
        stories_cmd,  # noqa: F401
    )


def brief_alone(argv: list[str]) -> bool:
    """Whether this process is the ``newsfuse`` command running ``brief`` (see ``_register_commands``)."""
    from newsfuse.cli.entry import process_entry

    return argv[1:2] == ["brief"] and process_entry()


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="newsfuse: %(message)s", stream=sys.stderr)
    _register_commands()
    from newsfuse.cli.common import output_written
    from newsfuse.cli.entry import process_entry
    from newsfuse.errors import MissingExtraError

    try:
        app()
    except MissingExtraError as exc:  # a command that needs an extra that is not installed
        typer.echo(f"newsfuse: {exc}", err=True)
        raise SystemExit(1) from exc
    except SystemExit as exc:
        if exc.code in (0, None) and output_written() and process_entry():
            # the result is out: skip the interpreter's teardown (freeing the models and every module
            # took 0.4-0.6 s); stdout, stderr and the log handlers are flushed first
            logging.shutdown()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        raise


_register_commands()
