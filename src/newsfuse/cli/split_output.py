"""`newsfuse brief PATH... --split`: one brief per story the input holds, the main story first.

With ``-o FOLDER`` each brief is written to ``FOLDER/story-N.<format>``; on stdout JSON briefs come
as one JSON array and Markdown briefs one after the other under a rule (HTML needs ``-o``)."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.cli.common import fail, report_skipped, write_output
from newsfuse.errors import NothingUsableError
from newsfuse.ingest import read_paths
from newsfuse.nlp import Models
from newsfuse.options import Options
from newsfuse.pipeline import ProgressCallback, briefs_per_story, story_from_documents
from newsfuse.render import FORMATS
from newsfuse.render.json import brief_to_dict


def write_split(
    paths: list[Path],
    options: Options,
    models: Models,
    fmt: str,
    output: Path | None,
    progress: ProgressCallback | None,
) -> None:
    if output is None and fmt == "html":
        raise fail("--split --format html needs -o FOLDER (one page per story)")
    if progress is not None:
        progress("reading")
    documents, skipped = read_paths(paths, options)
    if not documents:
        raise NothingUsableError("nothing usable was read: " + "; ".join(f"{s.path}: {s.reason}" for s in skipped))
    story = story_from_documents(documents, options, models, skipped, progress)
    if progress is not None:
        progress("writing")
    briefs = briefs_per_story(story, options, models, skipped)
    report_skipped(skipped)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        for number, brief in enumerate(briefs, 1):
            write_output(FORMATS[fmt](brief), output / f"story-{number}.{fmt}")
    elif fmt == "json":
        write_output(json.dumps([brief_to_dict(b) for b in briefs], ensure_ascii=False, indent=2) + "\n", None)
    else:
        write_output("\n---\n\n".join(FORMATS[fmt](b) for b in briefs), None)
