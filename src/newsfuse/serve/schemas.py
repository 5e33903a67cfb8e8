"""Request bodies of the JSON API (pydantic). Response bodies are the contract's JSON dicts."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ArticleIn(BaseModel):
    """One article as a client sends it: plain ``text``, or a web page in ``html`` that the server
    extracts (an addition to the contract: a new key, nothing renamed)."""

    model_config = ConfigDict(extra="ignore")

    text: str | None = Field(default=None, description="Article text, paragraphs separated by newlines.")
    html: str | None = Field(default=None, description="A web page; the server extracts the article body.")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = Field(default=None, description="A name for the source (e.g. the file name).")

    @model_validator(mode="after")
    def _needs_body(self) -> ArticleIn:
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("each article needs a non-empty 'text' (or 'html')")
        return self


class ArticlesIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    articles: list[ArticleIn] = Field(min_length=1, description="The articles about one story.")


class BriefIn(ArticlesIn):
    words: int | None = Field(default=None, description="Summary length in words (20-5000).")
