"""`newsfuse extract PATH... [-o FILE]`: one JSON line per article, cleaned, with what was removed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail, report_skipped, write_output
from newsfuse.errors import NewsfuseError
from newsfuse.options import Options


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (read recursively).")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Read and clean every article under PATH...; write one JSON line per article."""
    from newsfuse.extract import article_row, extract_articles

    try:
        articles, skipped = extract_articles(paths, Options())
    except NewsfuseError as exc:
        raise fail(str(exc), 1) from exc
    report_skipped(skipped)
    write_output("".join(json.dumps(article_row(a), ensure_ascii=False) + "\n" for a in articles), output)
    if not articles:
        raise fail("nothing usable was read")
