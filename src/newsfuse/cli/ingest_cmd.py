"""`newsfuse ingest PATH... [--store PATH] [--engine local|ray]`: add new articles to the store."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail, report_skipped
from newsfuse.errors import NewsfuseError
from newsfuse.options import DEFAULT_STORE


class Engine(StrEnum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (read recursively).")],
    store: Annotated[Path, typer.Option("--store", help="The store file (created when missing).")] = DEFAULT_STORE,
    engine: Annotated[
        Engine,
        typer.Option(
            help="local: this process; ray: Ray actors (one per CPU) read, clean, fingerprint and embed "
            "while this process dedups, clusters and writes."
        ),
    ] = Engine.local,
    ray_address: Annotated[
        str | None, typer.Option(help="Ray cluster to use (default: $RAY_ADDRESS, else a local Ray).")
    ] = None,
    num_cpus: Annotated[int | None, typer.Option(help="CPUs for a local Ray.")] = None,
    briefs: Annotated[
        Path | None, typer.Option(help="Also write DIR/<story>.json for every story with 2+ articles.")
    ] = None,
    representation: Annotated[
        str,
        typer.Option(
            help="Article vectors for clustering: minilm, static, learnt or cascade (faster); one per store file."
        ),
    ] = "minilm",
) -> None:
    """Read, clean, dedup and cluster articles; store only those not stored yet (by content hash)."""
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.store import Store, ingest_paths

    try:
        options = Options().with_(representation=representation)
        with Store(store) as db:
            if engine is Engine.ray:
                from newsfuse.scale.ray_pipeline import ingest_with_ray

                report = ingest_with_ray(db, paths, options, Models(options), address=ray_address, num_cpus=num_cpus)
            else:
                from newsfuse.cluster import embedder_for

                report = ingest_paths(db, paths, options, embedder_for(options.cluster, Models(options)))
            total, stories = db.count("articles"), db.count("stories")
            story_ids = [row.id for row in db.stories() if row.size >= 2] if briefs else []
        if briefs:
            _write_briefs(store, story_ids, briefs, engine, options)
    except NewsfuseError as exc:
        raise fail(str(exc), 1) from exc
    report_skipped(report.skipped)
    typer.echo(
        f"read {report.read}, added {report.added}, already stored {report.already_stored}, "
        f"repeated in input {report.repeated_in_input}, copies {report.copies}, new stories {report.new_stories}; "
        f"store {store}: {total} articles in {stories} stories ({report.seconds:.1f} s)"
    )
    if report.read == 0:
        raise typer.Exit(2)


def _write_briefs(store: Path, story_ids: list[str], folder: Path, engine: Engine, options: object) -> None:
    from newsfuse.options import Options
    from newsfuse.store.briefs import story_documents

    assert isinstance(options, Options)
    stories = {s: story_documents(store, s) for s in story_ids}
    if engine is Engine.ray:
        from newsfuse.scale.ray_pipeline import briefs_with_ray

        texts = briefs_with_ray(stories, options)
    else:
        from newsfuse.nlp import Models
        from newsfuse.pipeline import brief_from_documents
        from newsfuse.render import FORMATS

        models = Models(options)
        texts = {s: FORMATS["json"](brief_from_documents(docs, options, models)) for s, docs in stories.items()}
    folder.mkdir(parents=True, exist_ok=True)
    for story, text in texts.items():
        if text is not None:
            (folder / f"{story}.json").write_text(text, encoding="utf-8")
