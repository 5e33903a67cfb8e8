"""`newsfuse bench <name>`: benchmarks that run inside the project and print their figures.

Each benchmark is one command on the `bench` sub-app; its code lives in newsfuse/bench/<name>.py.
"""

from __future__ import annotations

from typing import Annotated

import typer

from newsfuse.cli.app import app

bench_app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("extraction")
def extraction(
    subset: Annotated[int | None, typer.Option(help="Score a fixed, evenly spread sample of N pages.")] = None,
    baseline: Annotated[bool, typer.Option(help="Also score trafilatura alone, in the same process.")] = True,
) -> None:
    """Article-extraction benchmark: token P/R/F1 of `extract` beside trafilatura alone."""
    from newsfuse.bench import extraction as bench

    typer.echo(bench.report(bench.run(subset=subset, with_baseline=baseline)))
