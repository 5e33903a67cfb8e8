"""`newsfuse schema [-o FILE]`: the JSON Schema of the brief (newsfuse.brief/1)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import write_output


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema of the brief JSON (`brief --format json`, batch, HTTP)."""
    from newsfuse.render.schema import schema_json

    write_output(schema_json(), output)
