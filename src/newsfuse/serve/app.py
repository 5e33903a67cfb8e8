"""Build the FastAPI application: middleware, error mapping, routes, the page and its assets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import swagger_ui_bundle
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

import newsfuse
from newsfuse.errors import InputError, NewsfuseError, NothingUsableError, OptionsError, StoreError
from newsfuse.nlp import Models
from newsfuse.serve import routes_api, routes_stories
from newsfuse.serve.security import BodySizeLimit, SecurityHeaders
from newsfuse.serve.service import Service
from newsfuse.serve.settings import ServeSettings

STATIC_DIR = Path(__file__).parent / "static"

# Library errors become HTTP answers here, at the edge, and nowhere else.
_ERROR_STATUS: list[tuple[type[NewsfuseError], int]] = [
    (NothingUsableError, 422),
    (InputError, 422),
    (OptionsError, 422),
    (StoreError, 503),
]


def create_app(settings: ServeSettings | None = None, models: Models | None = None, preload: bool = True) -> FastAPI:
    """The app. Pass ``models`` to share already loaded models (tests, embedding in another app);
    with ``preload`` the models are loaded at start-up so the first request is not the slow one."""
    settings = settings or ServeSettings.from_env()
    service = Service(settings, models)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if preload:
            await service.run(service.load_models)
        yield

    app = FastAPI(
        title="newsfuse",
        version=getattr(newsfuse, "__version__", "0"),
        description="One cited, checkable brief from every article about a news story.",
        lifespan=lifespan,
        docs_url=None,  # served below from local assets: the machine may have no internet
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.service = service
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)  # added last = outermost: every answer gets the headers
    _add_error_handlers(app)

    app.include_router(routes_api.router)
    app.include_router(routes_stories.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="newsfuse API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )

    @app.get("/health", tags=["service"], summary="Liveness and whether the models are loaded")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "models_loaded": service.models_ready, "auth": settings.api_key is not None}

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    return app


def _add_error_handlers(app: FastAPI) -> None:
    async def newsfuse_error(request: Request, exc: Exception) -> JSONResponse:
        status = next((code for kind, code in _ERROR_STATUS if isinstance(exc, kind)), 500)
        return JSONResponse({"detail": str(exc)}, status_code=status)

    async def validation_error(request: Request, exc: Exception) -> JSONResponse:
        errors = exc.errors() if isinstance(exc, RequestValidationError) else []
        # One readable line first ("body.articles.0: each article needs ..."), the full list after.
        lines = [
            ".".join(str(p) for p in e.get("loc", ())) + ": " + str(e.get("msg", "")).removeprefix("Value error, ")
            for e in errors
        ]
        return JSONResponse(
            {"detail": "invalid request: " + "; ".join(lines[:5]), "errors": _jsonable(errors)}, status_code=422
        )

    app.add_exception_handler(NewsfuseError, newsfuse_error)
    app.add_exception_handler(RequestValidationError, validation_error)


def _jsonable(errors: Sequence[Any]) -> list[dict[str, Any]]:
    # pydantic puts the exception object under "ctx"; keep only what JSON can carry.
    return [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))} for e in errors
    ]
