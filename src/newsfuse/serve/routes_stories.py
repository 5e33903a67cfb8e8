"""Stories kept in the embedded DuckDB store (`newsfuse ingest`): list them, brief one.

The store is opened read-only per request, in a worker thread; a missing, locked or corrupt
store is a StoreError, answered as 503 with the store's own message (what to run, what to move).
"""

from __future__ import annotations

import pathlib
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from newsfuse.errors import StoryNotFoundError
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import Brief
from newsfuse.serve.routes_api import brief_json, service_of
from newsfuse.serve.security import require_api_key
from newsfuse.serve.service import Service

router = APIRouter(prefix="/api/stories", dependencies=[Depends(require_api_key)], tags=["stories"])


def store_path(service: Service) -> str:
    from newsfuse.options import DEFAULT_STORE

    return service.settings.store_path or str(DEFAULT_STORE)


@router.get("", summary="Stories in the store, largest first")
async def list_stories(
    request: Request, limit: Annotated[int, Query(ge=1, le=10_000, description="At most this many.")] = 100
) -> dict[str, Any]:
    service = service_of(request)

    def work() -> dict[str, Any]:
        from newsfuse.store import Store

        with Store(store_path(service), read_only=True) as store:
            return {"stories": [asdict(row) for row in store.stories(limit)]}

    return await service.run(work)


@router.get("/{story_id}/brief", summary="The brief of one stored story (newsfuse.brief/1 JSON)")
async def story_brief(
    request: Request,
    story_id: Annotated[str, Path(max_length=200)],
    words: Annotated[int | None, Query(description="Summary length in words (20-5000).")] = None,
    source_text: Annotated[bool, Query(description="Add each source's cleaned text as sources[].text")] = False,
) -> dict[str, Any]:
    service = service_of(request)
    options: Options = service.settings.options
    if words is not None:
        options = options.with_(words=words)

    def work() -> Brief | None:
        from newsfuse.store.briefs import story_documents

        try:
            documents = story_documents(pathlib.Path(store_path(service)), story_id)
        except StoryNotFoundError:
            return None
        return brief_from_documents(documents, options, service.models)

    brief = await service.run(work)
    if brief is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id!r} in the store; GET /api/stories lists them")
    return brief_json(brief, source_text)
