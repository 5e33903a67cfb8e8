"""`newsfuse bench <name>`: benchmarks that run inside the project and print their figures.

Each benchmark is one command on the `bench` sub-app; its code lives in bench/<name>.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.errors import NewsfuseError


def _checkout_bench() -> None:
    """Put the source checkout that holds ``bench/`` on the import path (an editable install
    or a run from the checkout); a plain installed package has no benchmarks to run."""
    import importlib.util
    import sys

    try:
        if importlib.util.find_spec("bench.paths") is not None:
            return
    except ModuleNotFoundError:  # no `bench` package on the path at all (the console script, outside the checkout)
        pass
    root = Path(__file__).resolve().parents[3]
    if not (root / "bench" / "paths.py").is_file():
        raise NewsfuseError("the benchmarks live in the source checkout's bench/ folder; run them from a checkout")
    sys.path.insert(0, str(root))


bench_app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("extraction")
def extraction(
    subset: Annotated[int | None, typer.Option(help="Score a fixed, evenly spread sample of N pages.")] = None,
    baseline: Annotated[bool, typer.Option(help="Also score trafilatura alone, in the same process.")] = True,
) -> None:
    """Article-extraction benchmark: token P/R/F1 of `extract` beside trafilatura alone."""
    _checkout_bench()
    from bench import extraction as bench

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
    _checkout_bench()
    from bench import load as bench

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
    _checkout_bench()
    from bench import cleaning as bench

    typer.echo(bench.report(bench.run(limit=limit), sample=sample))


@bench_app.command("rouge")
def rouge(
    limit: Annotated[int | None, typer.Option(help="Only the first N Multi-News clusters.")] = None,
    start: Annotated[
        int, typer.Option(help="First validation row (0-based); `--start 125 --limit 125` = the held-out rows.")
    ] = 0,
    tune: Annotated[
        Path | None,
        typer.Option(help="Refit the ranking weights on clusters 0-124, write them to this file and score with them."),
    ] = None,
) -> None:
    """Multi-News ROUGE (250 words, stemmed F1) of newsfuse beside Lead, LexRank, TextRank, centroid-MMR."""
    _checkout_bench()
    from bench import rouge as bench

    typer.echo(bench.main(limit=limit, tune=tune, start=start))


@bench_app.command("neus")
def neus(
    limit: Annotated[int | None, typer.Option(help="Only the first N NeuS stories.")] = None,
) -> None:
    """NeuS/AllSides ROUGE (70 words) of newsfuse beside the same baselines."""
    _checkout_bench()
    from bench import neus as bench

    from newsfuse.nlp import Models
    from newsfuse.options import Options

    options = Options()
    typer.echo(bench.run(options, Models(options), limit=limit)[1])


@bench_app.command("clustering")
def clustering(
    save_decision: Annotated[
        Path | None, typer.Option(help="Write the decision fitted on the tune half here (e.g. to ship it).")
    ] = None,
    paired: Annotated[
        bool,
        typer.Option(help="Also tune on the paired similar events' tune half and score their report half."),
    ] = False,
    paired_only: Annotated[bool, typer.Option(help="Only the paired similar events (shipped decision).")] = False,
    errors: Annotated[
        bool,
        typer.Option(
            help="With --paired/--paired-only: what merges and what splits on the paired tune half, by class."
        ),
    ] = False,
    representation: Annotated[
        str,
        typer.Option(
            help="Article vectors: minilm (the encoder), static (MiniLM word pieces), learnt (fitted to MiniLM) "
            "or cascade (learnt, MiniLM where unsure)."
        ),
    ] = "minilm",
) -> None:
    """Story clustering: B-cubed P/R/F1 on the shuffled Multi-News stream, beside TF-IDF + threshold."""
    _checkout_bench()
    from bench import clustering as bench

    from newsfuse.cluster import embedder_for
    from newsfuse.cluster.decision import load_decision
    from newsfuse.nlp import Models
    from newsfuse.options import ClusterParams

    params = ClusterParams(representation=representation)  # type: ignore[arg-type]  # checked there
    embedder = embedder_for(params, Models())
    trained = [load_decision(representation=representation)]
    rows: list[bench.Row] = []
    info: dict[str, float] = {}
    if not paired_only:
        extra = None
        name = f"newsfuse.cluster.decision/{representation}-multinews-tune-half"
        if paired:
            from bench import paired_events

            extra, name = [paired_events.tune_stream()], name + "+paired-tune-half"
        rows, info = bench.run(embedder, save_decision=save_decision, extra=extra, name=name, trained=trained)
    if paired or paired_only:
        from bench import paired_events

        more, more_info = paired_events.run(embedder, trained[-1])
        rows, info = [*rows, *more], {**info, **more_info}
    typer.echo(f"{'system | stream':48} {'P':>6} {'R':>6} {'F1':>6} {'articles':>8}")
    for row in rows:
        typer.echo(f"{row.name:48} {row.precision:6.3f} {row.recall:6.3f} {row.f1:6.3f} {row.articles:8d}")
    typer.echo(", ".join(f"{k}={v:g}" for k, v in info.items()))
    if errors and (paired or paired_only):
        typer.echo("\n".join(paired_events.error_listing(embedder, trained[-1])))


@bench_app.command("dedup")
def dedup(
    per_kind: Annotated[int, typer.Option(help="Pairs of each kind to build.")] = 200,
    seed: Annotated[int, typer.Option(help="Seed of the pair construction (defaults were tuned on seed 11).")] = 3,
) -> None:
    """Copy detection: precision/recall on verbatim, chrome-added and rewritten copies of Multi-News articles."""
    _checkout_bench()
    from bench import dedup as bench

    result = bench.run(per_kind=per_kind, seed=seed)
    typer.echo(", ".join(f"{k}={v:.3f}" for k, v in result.items()))


@bench_app.command("throughput")
def throughput(
    sizes: Annotated[str, typer.Option(help="Comma-separated stream sizes.")] = "1000,10000",
    ray: Annotated[bool, typer.Option(help="Also time the Ray engine on local CPUs.")] = False,
    ray_sizes: Annotated[str | None, typer.Option(help="Sizes for the Ray engine (default: --sizes).")] = None,
    local: Annotated[bool, typer.Option(help="Time the local engine (one core).")] = True,
    cpus: Annotated[int, typer.Option(help="CPUs of the local Ray.")] = 2,
    cluster_sizes: Annotated[
        str | None, typer.Option(help="Also time `newsfuse cluster`'s work alone on these stream sizes (one core).")
    ] = None,
    representation: Annotated[
        str, typer.Option(help="Vectors for clustering: minilm, static, learnt or cascade.")
    ] = "minilm",
) -> None:
    """Articles/s and memory of ingest+dedup+cluster on one core, on streams sampled from Multi-News."""
    _checkout_bench()
    from bench import throughput as bench

    def parse(text: str) -> list[int]:
        return [int(s) for s in text.split(",") if s]

    for n in parse(cluster_sizes or ""):
        typer.echo(bench.cluster_rate(n, representation))
    lines = bench.run(
        parse(sizes) if local else [],
        with_ray=ray,
        ray_sizes=parse(ray_sizes or sizes),
        cpus=cpus,
        representation=representation,
    )
    for line in lines:
        typer.echo(line)  # each as soon as it is measured


@bench_app.command("polnear")
def polnear(
    split: Annotated[str, typer.Option(help="PolNeAR split to score: dev (report) or train (tuning).")] = "dev",
    limit: Annotated[int | None, typer.Option(help="Only the first N documents (in name order).")] = None,
) -> None:
    """PolNeAR attribution: quote content and speaker P/R, direct quotes and reported speech, beside a baseline."""
    _checkout_bench()
    from bench import polnear as bench

    typer.echo(bench.report(bench.run(split=split, limit=limit)))


@bench_app.command("facts")
def facts(
    split: Annotated[str, typer.Option(help="Gold clusters to score: tune, report (untouched) or all.")] = "all",
    system: Annotated[
        list[str] | None, typer.Option(help="System rows: newsfuse (today's code) and/or baseline (stored briefs).")
    ] = None,
    write_baseline: Annotated[
        bool, typer.Option(help="Store today's briefs of the gold clusters that have no baseline yet, then score.")
    ] = False,
    verbose: Annotated[bool, typer.Option(help="Also print one row per cluster.")] = False,
    tune_pairs: Annotated[
        Path | None,
        typer.Option(help="Refit the story pair model on the tune stories, write it to PATH (no scoring)."),
    ] = None,
    leave_one_out: Annotated[
        bool,
        typer.Option(help="Score each tune story with a story pair model fitted on the other tune stories."),
    ] = False,
) -> None:
    """Fact graph, conflicts, quote speakers and summary coverage against the hand-annotated gold set."""
    _checkout_bench()
    from bench import facts as bench
    from bench.facts_gold import load_all

    if tune_pairs is not None:
        from bench import facts_pairs

        from newsfuse.align import story_pairs

        typer.echo(facts_pairs.tune(tune_pairs, story_pairs.threshold()))
        return
    if leave_one_out:
        from bench import facts_pairs

        typer.echo(facts_pairs.leave_one_out(verbose=verbose))
        return

    if split not in ("tune", "report", "all"):
        raise typer.BadParameter("--split must be tune, report or all")
    if write_baseline:
        for line in bench.write_baseline(load_all()):
            typer.echo(f"baseline: {line}", err=True)
    try:
        typer.echo(bench.run(split=split, systems=system or ["newsfuse", "baseline"], verbose=verbose))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


@bench_app.command("speakers")
def speakers(
    split: Annotated[str, typer.Option(help="tune (worked on), kept (read once at the end) or all.")] = "tune",
    verbose: Annotated[bool, typer.Option(help="Also print the quotes whose speaker is right.")] = False,
    subset: Annotated[
        str,
        typer.Option(
            "--set",
            help="multinews (stop 38's rows), mn47 / mn48 / mn54 / mn55 / mn57 / mn58 (stop 47's / 48's / 54's / "
            "55's / 57's / 58's rows), mn59 (stop 59's four BASIL events), mn60 (stop 60's rows), basil "
            "(every BASIL event), basil39 … basil46, basil49 … basil53, basil56 (one stop's) or all.",
        ),
    ] = "all",
) -> None:
    """Quote speakers on thirty-eight Multi-News rows and seventy-two BASIL events labelled by hand
    (bench/gold/speakers.tsv)."""
    _split_bench("speakers", split, verbose, subset=subset)


def _split_bench(name: str, split: str, verbose: bool, **more: str) -> None:
    """A hand-labelled check set's ``run(split, verbose, **more)`` (bench/<name>.py), printed; a bad split is a usage
    error."""
    _checkout_bench()
    import importlib

    bench = importlib.import_module(f"bench.{name}")
    try:
        typer.echo(bench.run(split=split, verbose=verbose, **more))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


@bench_app.command("speed")
def speed(
    runs: Annotated[int, typer.Option(help="Cold runs per story and engine (the median is shown).")] = 3,
    venv: Annotated[
        Path | None, typer.Option(help="A fresh runtime venv (README's first command) to time and measure.")
    ] = None,
    build: Annotated[
        bool, typer.Option(help="Clone this checkout to a temporary folder and bootstrap a fresh venv (minutes).")
    ] = False,
) -> None:
    """Cold and warm brief times (shared corpus, bundled example), peak RSS, fresh venv size; torch beside."""
    _checkout_bench()
    from bench import speed as bench

    for line in bench.run(runs=runs, venv=venv, build=build):
        typer.echo(line)  # each as soon as it is measured


@bench_app.command("mrpc")
def mrpc(
    split: Annotated[str, typer.Option(help="train (figures on its held-out fifth) or test.")] = "test",
    tune: Annotated[
        Path | None,
        typer.Option(help="Refit the same-fact model on train minus its held-out fifth, write it here, score with it."),
    ] = None,
) -> None:
    """MRPC paraphrase pairs: the fact graph's same-fact decision beside a cosine-threshold baseline."""
    _checkout_bench()
    from bench import mrpc as bench

    try:
        typer.echo(bench.run(split, tune))
    except FileNotFoundError as exc:
        typer.echo(f"newsfuse: {exc}", err=True)
        raise typer.Exit(2) from exc


@bench_app.command("timeline")
def timeline(
    split: Annotated[str, typer.Option(help="tune (worked on), kept (read once at the end) or all.")] = "tune",
    verbose: Annotated[bool, typer.Option(help="Also print the items of events told once at a right date.")] = False,
) -> None:
    """Timeline items per dated event on eight BASIL triplets labelled by hand (bench/gold/timeline.tsv)."""
    _split_bench("timeline", split, verbose)
