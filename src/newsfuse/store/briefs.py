"""One stored story back as documents for the brief pipeline."""

from __future__ import annotations

from pathlib import Path

from newsfuse.errors import StoryNotFoundError
from newsfuse.records import RawDocument
from newsfuse.store.db import Store


def story_documents(store_path: Path, story: str) -> list[RawDocument]:
    with Store(store_path, read_only=True) as db:
        rows = db.story_articles(story)
    if not rows:
        raise StoryNotFoundError(
            f"no story {story!r} in {store_path}: `newsfuse stories --store {store_path}` lists them"
        )
    return [
        RawDocument(
            path=r["path"] or r["url"] or r["id"],
            text=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            published=r["published"],
            url=r["url"],
        )
        for r in rows
    ]
