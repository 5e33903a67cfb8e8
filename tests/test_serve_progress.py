"""The pipeline's stage callback, which drives the CLI's progress display."""

from __future__ import annotations

from pathlib import Path

from newsfuse.cli.progress import stage_progress
from newsfuse.nlp import Models
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "serve"


def test_stages_are_reported_in_order(fast_models: Models) -> None:
    seen: list[str] = []
    paths = [FIXTURES / "coastline-herald.txt", FIXTURES / "valley-post.txt"]
    brief = brief_from_paths(paths, Options(), fast_models, progress=seen.append)
    assert seen == ["reading", "cleaning", "analysing", "writing"]
    assert brief.summary


def test_no_progress_display_without_a_terminal() -> None:
    # pytest captures stderr, so it is not a terminal: no display, no callback
    with stage_progress() as progress:
        assert progress is None
