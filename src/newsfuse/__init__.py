"""newsfuse: one cited, checkable brief from every article about a news story.

    from newsfuse import brief, Brief, Options, Models

Importing ``newsfuse`` is cheap: the names above load on first use (PEP 562), and the models
(spaCy, the sentence embedder) only when a brief is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsfuse.api import brief
    from newsfuse.nlp.models import Models
    from newsfuse.options import Options
    from newsfuse.records import Brief

_LAZY = {
    "brief": ("newsfuse.api", "brief"),
    "Brief": ("newsfuse.records", "Brief"),
    "Options": ("newsfuse.options", "Options"),
    "Models": ("newsfuse.nlp.models", "Models"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = ["Brief", "Models", "Options", "__version__", "brief"]
