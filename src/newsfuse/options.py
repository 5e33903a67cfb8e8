"""One options object, built once at the edge (CLI, HTTP, batch) and passed down to every stage."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from newsfuse.errors import OptionsError

FailurePolicy = Literal["catch", "raise"]
# The sentence encoder's engine: "numpy" (all-MiniLM-L6-v2 over its safetensors, no torch; the default)
# or "torch" (sentence-transformers, the reference; needs the `torch` extra). See docs/speed.md.
Encoder = Literal["numpy", "torch"]

# The embedded store (DuckDB, one file) used by ingest/stories/brief --story/serve when no --store is given.
DEFAULT_STORE = Path("newsfuse.duckdb")


@dataclass(frozen=True)
class Options:
    # summary
    words: int = 230  # target length of the summary in words (the brief stays at or under it)
    # reading limits: per-document guards so one bad input cannot stall a batch
    max_bytes: int = 20_000_000  # a file larger than this is read only up to the limit
    max_chars: int = 100_000  # article text beyond this is cut, and the cut is reported (long reads run ~60k)
    max_seconds_per_doc: float = 20.0  # HTML extraction time budget per document
    # deeper markup is flattened before parsing: libxml2 drops text nested more than ~255 deep
    max_html_depth: int = 200
    # failure policy for batch calls: "catch" keeps going and reports, "raise" stops at the first error
    on_error: FailurePolicy = "catch"
    # alignment: two sentences say the same thing at or above this cosine similarity
    support_threshold: float = 0.68
    # selection: a candidate this similar to a chosen sentence is redundant
    redundancy_threshold: float = 0.70  # tuned on Multi-News 0-124 (0.62: -0.2 R1, -0.3 R2)
    # a closing paragraph less similar than this to the rest of the story is an unrelated glued item
    off_topic_threshold: float = 0.36
    # sentence encoder engine (same model, same vectors to cosine > 0.9999)
    encoder: Encoder = "numpy"

    def __post_init__(self) -> None:
        if not 20 <= self.words <= 5_000:
            raise OptionsError(f"words must be between 20 and 5000, got {self.words}")
        for name in ("support_threshold", "redundancy_threshold", "off_topic_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise OptionsError(f"{name} must be in [0.0, 1.0], got {value}")
        if not 10 <= self.max_html_depth <= 250:
            raise OptionsError(f"max_html_depth must be in [10, 250] (libxml2's limit), got {self.max_html_depth}")
        if self.max_bytes <= 0 or self.max_chars <= 0:
            raise OptionsError("max_bytes and max_chars must be positive")
        if self.encoder not in ("numpy", "torch"):
            raise OptionsError(f"encoder must be 'numpy' or 'torch', got {self.encoder!r}")
        if self.on_error not in ("catch", "raise"):
            raise OptionsError(f"on_error must be 'catch' or 'raise', got {self.on_error!r}")

    def with_(self, **changes: object) -> Options:
        return replace(self, **changes)  # type: ignore[arg-type]
