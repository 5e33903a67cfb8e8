"""The state a running server shares between requests: settings, models, the job limiter."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

from newsfuse.nlp import Models
from newsfuse.serve.settings import ServeSettings

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

T = TypeVar("T")


class Service:
    """Models are loaded once and shared; CPU-bound work runs in worker threads, at most
    ``settings.max_jobs`` at a time, so the event loop never waits on model work."""

    def __init__(self, settings: ServeSettings, models: Models | None = None) -> None:
        self.settings = settings
        self.models = models or Models(settings.options)
        self._limiter = anyio.CapacityLimiter(settings.max_jobs)
        self.models_ready = False

    async def run(self, func: Callable[..., T], *args: object) -> T:
        return await anyio.to_thread.run_sync(func, *args, limiter=self._limiter)

    def load_models(self) -> None:
        # Touching the properties loads both models; done at start-up, not on the first request.
        _ = self.models.spacy
        _ = self.models.embedder
        self.models_ready = True
        log.info("models loaded")
