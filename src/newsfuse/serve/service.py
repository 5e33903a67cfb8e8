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
        if models is None:
            from newsfuse.nlp.diskcache import AnalysisCache

            # the analysis kept on disk, as ``brief``, ``batch`` and the Python API keep it: a story
            # briefed again (a growing story, a restarted server) skips spaCy and the encoder for
            # what it has seen; ``NEWSFUSE_ANALYSIS_CACHE=0`` turns it off
            models = Models(settings.options, disk=AnalysisCache.default(settings.options.encoder))
        self.models = models
        self._limiter = anyio.CapacityLimiter(settings.max_jobs)
        self.models_ready = False

    async def run(self, func: Callable[..., T], *args: object) -> T:
        return await anyio.to_thread.run_sync(func, *args, limiter=self._limiter)

    def load_models(self) -> None:
        # Touching the properties loads both models; done at start-up, not on the first request.
        _ = self.models.spacy
        self.models.load_encoder()
        self.models_ready = True
        log.info("models loaded")
