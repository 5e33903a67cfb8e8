"""Rewrite the golden files from the current pipeline. Run after an intended change, then read
the diff (`git diff tests/golden`) before committing it: the golden files are the review."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse.clean import clean_document  # noqa: E402
from newsfuse.ingest import read_paths  # noqa: E402
from newsfuse.nlp import Models  # noqa: E402
from newsfuse.options import Options  # noqa: E402
from newsfuse.pipeline import brief_from_paths  # noqa: E402
from newsfuse.render import FORMATS  # noqa: E402

EXAMPLE = "examples/lake-tessel-summit"
GOLDEN = ROOT / "tests" / "golden"


def main() -> None:
    os.chdir(ROOT)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    options = Options()
    documents, _ = read_paths([EXAMPLE], options)
    cleaned = []
    for n, doc in enumerate(documents, 1):
        article = clean_document(doc, f"S{n}")
        cleaned.append(
            {
                "path": article.path,
                "title": article.title,
                "paragraphs": article.paragraphs,
                "removed": [[r.reason, r.text] for r in article.removed],
            }
        )
    (GOLDEN / "clean.json").write_text(json.dumps(cleaned, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    brief = brief_from_paths([EXAMPLE], options, Models(options))
    for fmt, render in FORMATS.items():
        (GOLDEN / f"brief.{fmt}").write_text(render(brief), encoding="utf-8")
    print(f"wrote {GOLDEN}/clean.json and brief.{{{','.join(FORMATS)}}}")


if __name__ == "__main__":
    main()
