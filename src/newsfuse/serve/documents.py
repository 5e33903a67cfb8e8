"""Articles from a request body → RawDocuments, through the same function as every other door."""

from __future__ import annotations

from newsfuse.ingest.inputs import ArticleInput, read_inputs
from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped
from newsfuse.serve.schemas import ArticleIn


def to_documents(articles: list[ArticleIn], options: Options) -> tuple[list[RawDocument], list[Skipped]]:
    """One RawDocument per article; an HTML page goes through the same reader as `.html` files.
    Metadata the client sent wins over what was found in the page. An article that cannot be
    read is reported as Skipped (the batch goes on), or raised when ``options.on_error == "raise"``."""
    inputs = [
        ArticleInput(text=a.text, html=a.html, title=a.title, url=a.url, published=a.published, path=a.path)
        for a in articles
    ]
    return read_inputs(inputs, options)
