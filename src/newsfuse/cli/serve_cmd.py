"""`newsfuse serve [--host 127.0.0.1] [--port 8000] [--api-key KEY]`"""

from __future__ import annotations

from typing import Annotated

import typer

from newsfuse.cli.app import app
from newsfuse.cli.common import fail
from newsfuse.errors import OptionsError


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1 keeps it on this machine).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    api_key: Annotated[
        str | None,
        typer.Option(help="Require this key on every /api route (default: $NEWSFUSE_API_KEY; unset = no key)."),
    ] = None,
    max_articles: Annotated[int, typer.Option(help="Most articles accepted in one request.")] = 200,
    max_body_mb: Annotated[float, typer.Option(help="Largest request body accepted, in megabytes.")] = 8.0,
    jobs: Annotated[int, typer.Option(help="Briefs computed at the same time; more requests wait.")] = 2,
    store: Annotated[
        str | None, typer.Option(help="Store file for /api/stories (default: newsfuse.duckdb here).")
    ] = None,
) -> None:
    """Serve the JSON API (POST /api/brief, /api/extract; docs at /docs) and the web page at /."""
    import uvicorn

    from newsfuse.serve import ServeSettings, create_app

    try:
        settings = ServeSettings.from_env(
            api_key=api_key,
            max_articles=max_articles,
            max_body_bytes=int(max_body_mb * 1_000_000),
            max_jobs=jobs,
            store_path=store,
        )
    except OptionsError as exc:
        raise fail(str(exc), 1) from exc
    if settings.api_key is None and host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"newsfuse: warning: serving on {host} without an API key (set --api-key)", err=True)
    typer.echo(f"newsfuse: loading models, then serving on http://{host}:{port}/", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False)
