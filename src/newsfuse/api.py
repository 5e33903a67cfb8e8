"""The Python API: ``brief(inputs) -> Brief``.

    from newsfuse import brief
    result = brief(["first article text ...", "second article text ..."], words=120)
    print(result.to_markdown())

Inputs are paths (files or folders, every format the CLI reads), article texts, or dicts like a
batch line's articles (``{"text", "title"?, "url"?, "published"?}``, or ``"html"`` for a page); a
string is a path when it is one line naming an existing file or folder, otherwise it is a text.
Documents are built by ``ingest.inputs``, the one function the CLI, batch and HTTP use too, so the
same articles give the same brief everywhere. The models load on first use and are kept for the
process, so later calls are fast; pass ``models=Models(...)`` to manage them yourself. What the models
found is also kept on disk between processes, as the CLI does (``nlp/diskcache.py``: the user cache
folder, ``$NEWSFUSE_CACHE``; ``NEWSFUSE_ANALYSIS_CACHE=0`` turns it off): a script that briefs the
same or a growing set of articles again skips spaCy and the encoder for what it has seen.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from newsfuse.ingest.inputs import Input
from newsfuse.nlp.models import Models
from newsfuse.options import Options
from newsfuse.records import Brief

_shared: dict[int, Models] = {}  # per max_chars (spaCy's max_length follows it)
_lock = threading.Lock()


def shared_models(options: Options) -> Models:
    """The process's models for these options, created on first use (nothing loads until a stage needs
    it), with the analysis cache on disk unless ``NEWSFUSE_ANALYSIS_CACHE=0``."""
    from newsfuse.nlp.diskcache import AnalysisCache

    with _lock:
        key = options.read.max_chars
        if key not in _shared:
            _shared[key] = Models(options, disk=AnalysisCache.default(options.encoder))
        return _shared[key]


def brief(
    inputs: Input | Iterable[Input],
    *,
    words: int | None = None,
    options: Options | None = None,
    models: Models | None = None,
) -> Brief:
    """One cited brief for all the articles in ``inputs``.

    ``words`` (default 230, or ``options.summary.words``) is the summary length. Inputs that cannot
    be read are listed in ``Brief.skipped`` (or raised with ``on_error="raise"``); when nothing
    usable is left, ``NothingUsableError`` is raised. Bad option values raise ``OptionsError``."""
    from newsfuse.pipeline import brief_from_inputs

    options = options or Options()
    if words is not None:
        options = options.with_(words=words)
    return brief_from_inputs(inputs, options, models or shared_models(options))


__all__ = ["Brief", "Models", "Options", "brief", "shared_models"]
