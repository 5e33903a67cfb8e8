"""Clean stage: keep the article, drop everything else, and report each dropped line.

``clean_document`` is imported on first use (PEP 562), so that ``newsfuse.clean.langid`` can be
imported without the cleaner's rules, ftfy and the ingest helpers: the ``brief`` command starts the
language model's load from it before anything else (``langid.load_soon``, docs/speed.md stop 25).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsfuse.clean.cleaner import clean_document

__all__ = ["clean_document"]


def __getattr__(name: str) -> Any:
    if name == "clean_document":
        from newsfuse.clean.cleaner import clean_document

        return clean_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
