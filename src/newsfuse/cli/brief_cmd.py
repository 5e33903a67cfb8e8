"""`newsfuse brief PATH... [--format json|md|html] [-o FILE] [--words N]`"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail, report_skipped, write_output
from newsfuse.cli.progress import stage_progress
from newsfuse.errors import NewsfuseError, NothingUsableError
from newsfuse.options import Options, SummaryOptions


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


@app.command()
def brief(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders of articles (read recursively).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    words: Annotated[int, typer.Option(help="Summary length in words.")] = SummaryOptions.words,
    story: Annotated[str | None, typer.Option("--story", help="Brief this story of the store instead.")] = None,
    store: Annotated[Path, typer.Option("--store", help="The store file (with --story).")] = Path("newsfuse.duckdb"),
    split: Annotated[
        bool, typer.Option("--split", help="One brief per story the input holds (-o names a folder for them).")
    ] = False,
) -> None:
    """Write one cited brief for all the articles under PATH..."""
    from newsfuse.clean.langid import load_soon

    load_soon()  # cleaning classifies each article's language: its model loads while the pipeline imports
    from newsfuse.nlp.diskcache import AnalysisCache

    try:
        options = Options().with_(words=words)
        disk = AnalysisCache.default(options.encoder)  # models' results kept between runs (nlp/diskcache.py)
        if disk is not None:
            disk.open_soon()  # its file is created or opened while the pipeline imports, reads and cleans
        from newsfuse.nlp import Models

        models = Models(options, disk=disk)
        if disk is None:
            # every text is new without the analysis cache: the encoder loads while the pipeline imports,
            # reads and cleans, so that the core is free for the guessed sentences while spaCy loads
            # (``Models.load_embedder_soon``, ``nlp.presplit``). With the cache a re-brief may need no
            # encoder at all: it loads only once spaCy must run (``nlp.analyse``)
            models.load_embedder_soon()
        from newsfuse.pipeline import brief_from_paths
        from newsfuse.render import FORMATS

        with stage_progress() as progress:
            if story is not None:
                from newsfuse.pipeline import brief_from_documents
                from newsfuse.store.briefs import story_documents

                result = brief_from_documents(story_documents(store, story), options, models, progress=progress)
            elif paths and split:
                from newsfuse.cli.split_output import write_split

                write_split(paths, options, models, format.value, output, progress)
                return
            elif paths:
                result = brief_from_paths(paths, options, models, progress=progress)
            else:
                raise NothingUsableError("give PATH... or --story ID")
    except NothingUsableError as exc:
        raise fail(str(exc)) from exc
    except NewsfuseError as exc:
        raise fail(str(exc), 1) from exc
    report_skipped(result.skipped)
    write_output(FORMATS[format.value](result), output)
