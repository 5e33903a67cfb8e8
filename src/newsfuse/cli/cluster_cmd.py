"""`newsfuse cluster IN.jsonl [-o OUT.jsonl]`: group a stream of articles into stories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail, write_output


def _read_stream(path: Path) -> list[dict[str, object]]:
    lines = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
                raise ValueError(f'{path}:{number}: each line needs an "id" and a "text"')
            lines.append(record)
    return lines


@app.command()
def cluster(
    input: Annotated[Path, typer.Argument(help='JSON lines {"id", "text", "title"?, "published"?, "url"?}.')],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    window_days: Annotated[float, typer.Option(help="A story with no article for this long is closed.")] = 7.0,
    representation: Annotated[
        str,
        typer.Option(
            help="Article vectors: minilm (the encoder on every article), static or learnt (10x+ faster), "
            "or cascade (learnt, MiniLM on the unsure ~10 %)."
        ),
    ] = "minilm",
) -> None:
    """Group a stream of articles into stories: one {"id", "story"} line per input line, in order."""
    from newsfuse.cluster import ClusterParams, OnlineClusterer, StreamItem, embedder_for
    from newsfuse.errors import NewsfuseError
    from newsfuse.nlp import Models

    try:
        records = _read_stream(input)
        params = ClusterParams(window_days=window_days, representation=representation)  # type: ignore[arg-type]
    except (OSError, ValueError, NewsfuseError) as exc:
        raise fail(str(exc)) from exc
    items = [
        StreamItem(str(r["id"]), str(r["text"]), _opt(r, "title"), _opt(r, "published"), _opt(r, "url"))
        for r in records
    ]
    # Arrival order is the input order; the clusterer itself never reorders.
    clusterer = OnlineClusterer(embedder_for(params, Models()), params=params)
    lines = [
        json.dumps({"id": r["id"], "story": story})
        for r, (_id, story) in zip(records, clusterer.cluster_all(items), strict=True)
    ]
    write_output("".join(line + "\n" for line in lines), output)


def _opt(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return None if value is None else str(value)
