"""`newsfuse batch IN.jsonl [--words N] [-o OUT.jsonl]`: one brief per input line, in input order."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail
from newsfuse.errors import NewsfuseError
from newsfuse.options import Options, SummaryOptions


class OnError(StrEnum):
    catch = "catch"
    raise_ = "raise"


@app.command()
def batch(
    source: Annotated[Path, typer.Argument(help="JSON lines: {id, articles: [{text, title, url, published}]}.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON lines here, not stdout.")] = None,
    words: Annotated[int, typer.Option(help="Summary length in words.")] = SummaryOptions.words,
    on_error: Annotated[
        OnError, typer.Option("--on-error", help="catch: write an error record and go on; raise: stop.")
    ] = OnError.catch,
) -> None:
    """Write a brief for every story in IN.jsonl (models are loaded once for the whole batch).

    A bad line gives {"id", "error", "line"} and a message on stderr; exit 0 when at least one
    brief was written, 2 when none was, 1 when --on-error raise stopped the batch."""
    from newsfuse.batch import brief_lines
    from newsfuse.nlp import Models
    from newsfuse.nlp.diskcache import AnalysisCache

    try:
        options = Options(on_error=on_error.value).with_(words=words)
        handle = source.open(encoding="utf-8")
    except (NewsfuseError, OSError) as exc:
        raise fail(f"{source}: {exc}") from exc
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    written = failed = 0
    try:
        with handle:
            # models' results kept between runs, as ``brief`` does (nlp/diskcache.py): a batch run again,
            # or stories that share articles with an earlier run, skip spaCy and the encoder for them
            models = Models(options, disk=AnalysisCache.default(options.encoder))
            for result in brief_lines(handle, options, models):
                if result.error is not None:
                    failed += 1
                    typer.echo(f"newsfuse: line {result.line} ({result.id}): {result.error}", err=True)
                else:
                    written += 1
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
    except NewsfuseError as exc:
        raise fail(str(exc), 1) from exc
    finally:
        if output:
            out.close()
    if written == 0:
        raise fail(f"no brief written ({failed} line(s) failed)")
