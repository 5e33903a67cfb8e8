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


@bench_app.command("load")
def load(
    requests: Annotated[int, typer.Option(help="Requests per endpoint.")] = 200,
    concurrency: Annotated[int, typer.Option(help="Requests in flight at once.")] = 8,
    url: Annotated[
        str | None, typer.Option(help="A running server on 127.0.0.1 to test; default: start one on a free port.")
    ] = None,
    api_key: Annotated[str | None, typer.Option(help="API key of that server, if it needs one.")] = None,
) -> None:
    """Load test of `newsfuse serve` on loopback: GET /health and POST /api/brief, p50/p95 latency."""
    from newsfuse.bench import load as bench

    try:
        results = bench.run(requests=requests, concurrency=concurrency, url=url, api_key=api_key)
    except (ValueError, RuntimeError) as exc:
        typer.echo(f"newsfuse: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(bench.report(results))
    if any(r.errors for r in results):
        raise typer.Exit(1)


@bench_app.command("cleaning")
def cleaning(
    limit: Annotated[int | None, typer.Option(help="Only the first N Multi-News documents.")] = None,
    sample: Annotated[int, typer.Option(help="How many removed lines to print for checking by eye.")] = 40,
) -> None:
    """What the line cleaner removes from Multi-News validation articles, by reason, with a sample."""
    from newsfuse.bench import cleaning as bench

    typer.echo(bench.report(bench.run(limit=limit), sample=sample))
