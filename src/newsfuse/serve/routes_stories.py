"""Stories kept in the embedded DuckDB store: list them, and read one story's brief."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from newsfuse.serve.security import require_api_key

router = APIRouter(prefix="/api/stories", dependencies=[Depends(require_api_key)], tags=["stories"])
