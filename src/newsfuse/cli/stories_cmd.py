"""`newsfuse stories [--store PATH]`: the stories in the store, largest first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail
from newsfuse.errors import StoreError
from newsfuse.options import DEFAULT_STORE


@app.command()
def stories(
    store: Annotated[Path, typer.Option("--store", help="The store file.")] = DEFAULT_STORE,
    limit: Annotated[int | None, typer.Option(help="Only the N largest stories.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per story.")] = False,
) -> None:
    """List the stories in the store: id, articles, first and last date, title."""
    from newsfuse.store import Store

    try:
        with Store(store, read_only=True) as db:
            rows = db.stories(limit)
    except StoreError as exc:
        raise fail(str(exc), 1) from exc
    for row in rows:
        if as_json:
            typer.echo(json.dumps(row.__dict__))
        else:
            dates = f"{row.first_published or '?'}..{row.last_published or '?'}"
            typer.echo(f"{row.id}\t{row.size}\t{dates}\t{row.title or ''}")
