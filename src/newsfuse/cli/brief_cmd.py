"""`newsfuse brief PATH... [--format json|md|html] [-o FILE] [--words N]`"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail, report_skipped, write_output
from newsfuse.cli.progress import stage_progress
from newsfuse.errors import NewsfuseError, NothingUsableError
from newsfuse.options import Options, SummaryOptions

if TYPE_CHECKING:
    from newsfuse.nlp.models import Models
    from newsfuse.pipeline import ProgressCallback
    from newsfuse.records import Article, RawDocument, Skipped


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
        from newsfuse.cli.entry import early_encoder
        from newsfuse.nlp import Models

        # the encoder ``prepare_command`` may have started building (every text new) is taken when loaded
        models = Models(options, disk=disk, early=lambda: early_encoder(options.encoder))
        # every text is new without the analysis cache, or into a cache with no file yet (a first brief):
        # the same work as with a cache, in the order of the cache-off brief (docs/speed.md, stop 46)
        every_new = disk is None or disk.new
        ahead = every_new and bool(paths) and story is None and not split
        with stage_progress() as progress:
            cleaned = documents = skipped = None
            if ahead:
                # every text is new: the articles are read and cleaned before the
                # pipeline's imports, and the sentences guessed from them (``nlp.presplit``) are encoded in
                # the encoder's thread while the pipeline imports and spaCy loads (``Models.load_embedder_soon``)
                documents, skipped, cleaned = _read_and_clean(paths or [], options, models, progress)
            elif every_new:
                # the encoder loads while the pipeline imports, reads and cleans (``Models.load_embedder_soon``).
                # With the cache a re-brief may need no encoder at all: it loads only once spaCy must run
                # (``nlp.analyse``)
                models.load_embedder_soon()
            from newsfuse.pipeline import brief_from_paths
            from newsfuse.render import FORMATS

            if story is not None:
                from newsfuse.pipeline import brief_from_documents
                from newsfuse.store.briefs import story_documents

                result = brief_from_documents(story_documents(store, story), options, models, progress=progress)
            elif paths and split:
                from newsfuse.cli.split_output import write_split

                write_split(paths, options, models, format.value, output, progress)
                return
            elif documents is not None and skipped is not None:
                from newsfuse.pipeline import brief_from_documents

                result = brief_from_documents(documents, options, models, skipped, progress, cleaned)
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


def _read_and_clean(
    paths: list[Path], options: Options, models: Models, progress: ProgressCallback | None
) -> tuple[list[RawDocument], list[Skipped], tuple[list[Article], list[Skipped]]]:
    """Read and clean the articles under ``paths`` as ``pipeline.brief_from_paths`` does, and start
    the encoder's thread on the sentences guessed from them (the guess ``nlp.analyse`` makes again, on
    the same paragraphs: its own call then finds them encoded). What the pipeline's imports cost the
    main thread (~0.17 s CPU) the encoder's thread spends on the guessed sentences, which it used to
    reach only once ``analyse`` started (docs/speed.md, stop 40)."""
    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.ingest.inputs import read_documents
    from newsfuse.nlp.presplit import likely_sentences

    if progress is not None:
        progress("reading")
    documents, skipped = read_documents(list(paths), options)
    cleaned = clean_documents(documents, languages=False)
    models.load_embedder_soon(likely_sentences([p for article in cleaned[0] for p in article.paragraphs]))
    return documents, skipped, cleaned
