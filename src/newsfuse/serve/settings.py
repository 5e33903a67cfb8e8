"""Settings of the HTTP service, built once at start-up and validated where they enter."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from newsfuse.errors import OptionsError
from newsfuse.options import Options

API_KEY_ENV = "NEWSFUSE_API_KEY"


@dataclass(frozen=True)
class ServeSettings:
    # When set, every /api route needs this key (header X-API-Key or Authorization: Bearer).
    api_key: str | None = None
    # Guards so one client cannot exhaust the server: a request body above max_body_bytes is
    # refused with 413 before it is parsed; more than max_articles articles is a 413 as well.
    max_body_bytes: int = 8_000_000
    max_articles: int = 200
    # Pipeline jobs running at once; more wait their turn in the thread pool (the CPU is the limit).
    max_jobs: int = 2
    # Embedded store with the stories (``GET /api/stories``); None uses the store's default path.
    store_path: str | None = None
    options: Options = field(default_factory=Options)

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1_000:
            raise OptionsError(f"max_body_bytes must be at least 1000, got {self.max_body_bytes}")
        if self.max_articles < 1:
            raise OptionsError(f"max_articles must be at least 1, got {self.max_articles}")
        if self.max_jobs < 1:
            raise OptionsError(f"max_jobs must be at least 1, got {self.max_jobs}")
        if self.api_key is not None and len(self.api_key) < 8:
            raise OptionsError("api key must be at least 8 characters long; use a random string")

    @classmethod
    def from_env(cls, api_key: str | None = None, **values: object) -> ServeSettings:
        """Settings with the API key from the flag, else from $NEWSFUSE_API_KEY (empty means none)."""
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        return cls(api_key=key or None, **values)  # type: ignore[arg-type]
