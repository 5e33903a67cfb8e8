"""The JSON API under /api: brief and extract for posted articles."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents, clean_documents
from newsfuse.records import Brief
from newsfuse.render.json import brief_to_dict
from newsfuse.serve.documents import to_documents
from newsfuse.serve.schemas import ArticlesIn, BriefIn
from newsfuse.serve.security import require_api_key
from newsfuse.serve.service import Service

router = APIRouter(prefix="/api", dependencies=[Depends(require_api_key)], tags=["api"])


def service_of(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


def check_count(body: ArticlesIn, service: Service) -> None:
    limit = service.settings.max_articles
    if len(body.articles) > limit:
        raise HTTPException(
            status_code=413,
            detail=f"too many articles: {len(body.articles)} sent, the limit is {limit}; split the story",
        )


def brief_json(brief: Brief, source_text: bool) -> dict[str, Any]:
    data = brief_to_dict(brief)
    if source_text:
        # An added key (the contract allows new keys): the cleaned text the brief cites, so a
        # client can show where each summary sentence comes from.
        for source, article in zip(data["sources"], brief.sources, strict=True):
            source["text"] = article.text
    return data


@router.post("/brief", summary="One cited brief for the posted articles (newsfuse.brief/1 JSON)")
async def post_brief(
    body: BriefIn,
    request: Request,
    source_text: Annotated[bool, Query(description="Add each source's cleaned text as sources[].text")] = False,
) -> dict[str, Any]:
    service = service_of(request)
    check_count(body, service)
    options: Options = service.settings.options
    if body.words is not None:
        options = options.with_(words=body.words)  # OptionsError → 422 with the range to use

    def work() -> Brief:
        documents, skipped = to_documents(body.articles, options)
        return brief_from_documents(documents, options, service.models, skipped)

    brief = await service.run(work)
    return brief_json(brief, source_text)


@router.post("/extract", summary="The cleaned articles, as `newsfuse extract` writes them")
async def post_extract(body: ArticlesIn, request: Request) -> dict[str, Any]:
    service = service_of(request)
    check_count(body, service)
    options = service.settings.options

    def work() -> dict[str, Any]:
        documents, skipped = to_documents(body.articles, options)
        articles, empty = clean_documents(documents)
        return {
            "articles": [
                {
                    "path": a.path,
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": a.published,
                    "text": a.text,
                    "removed": [{"text": r.text, "reason": r.reason} for r in a.removed],
                }
                for a in articles
            ],
            "skipped": [{"path": s.path, "reason": s.reason} for s in [*skipped, *empty]],
        }

    return await service.run(work)
