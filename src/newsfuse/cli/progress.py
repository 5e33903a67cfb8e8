"""A rich progress display for long CLI jobs, fed by the pipeline's stage callback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the pipeline (and its models) are imported only when a command runs
    from newsfuse.pipeline import ProgressCallback

STAGES = ("reading", "cleaning", "analysing", "writing")


@contextmanager
def stage_progress(stages: tuple[str, ...] = STAGES) -> Iterator[ProgressCallback | None]:
    """A callback that advances a progress bar on stderr as each stage starts; None (no display)
    when stderr is not a terminal, so pipes and logs stay clean."""
    if not sys.stderr.isatty():
        yield None
        return
    # rich only when there is a terminal to draw on: pipes, scripts and benchmarks skip its import
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<10}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} stages"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("starting", total=len(stages))

    def advance(stage: str) -> None:
        done = stages.index(stage) if stage in stages else 0
        progress.update(task, description=stage, completed=done)

    with progress:
        yield advance
        progress.update(task, completed=len(stages))
