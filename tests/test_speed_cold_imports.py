"""What a cold brief does not import: torch (spaCy starts without it even where it is installed,
``nlp.models.import_spacy``, and the packaged pipeline gives the same brief) and scipy."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lake-tessel-summit"

# argv: "hide" (the default path: spaCy imported by newsfuse) or "torch" (torch imported first, so thinc
# takes it as it did before), the story, the output file. Prints what thinc saw and what was loaded.
_SCRIPT = """
import sys
if sys.argv[1] == "torch":
    import torch  # noqa: F401
from newsfuse.nlp import Models
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_paths
from newsfuse.render import FORMATS
options = Options()
text = FORMATS["json"](brief_from_paths([sys.argv[2]], options, Models(options)))
open(sys.argv[3], "w", encoding="utf-8").write(text)
import thinc.compat
loaded = "torch" in sys.modules
import torch  # importable after spaCy started without it: the torch encoder needs it
print(thinc.compat.has_torch, loaded, torch.ones(2).sum().item())
"""


def _brief(mode: str, out: Path) -> list[str]:
    env = {**os.environ, "NEWSFUSE_ANALYSIS_CACHE": "0", "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode, str(EXAMPLE), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return run.stdout.split()


@pytest.mark.slow  # two briefs in fresh processes
@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed here")
def test_spacy_without_torch_gives_the_same_brief(tmp_path: Path) -> None:
    hidden = _brief("hide", tmp_path / "hidden.json")
    with_torch = _brief("torch", tmp_path / "torch.json")
    assert hidden == ["False", "False", "2.0"]  # thinc saw no torch, the brief never loaded it
    assert with_torch == ["True", "True", "2.0"]
    text = (tmp_path / "hidden.json").read_text(encoding="utf-8")
    assert '"facts"' in text and text == (tmp_path / "torch.json").read_text(encoding="utf-8")


def test_a_torch_blocked_by_the_caller_stays_blocked() -> None:
    script = (
        "import sys\n"
        "sys.modules['torch'] = None\n"  # blocked by the caller (a test, an embedder of its own)
        "from newsfuse.nlp.models import import_spacy\n"
        "import_spacy()\n"
        "import thinc.compat\n"
        "print('spacy' in sys.modules, sys.modules['torch'] is None, thinc.compat.has_torch)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    command = [sys.executable, "-c", script]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    assert run.stdout.split() == ["True", "True", "False"]


def test_a_brief_imports_neither_torch_nor_scipy() -> None:
    """thinc's torch (hidden while spaCy imports) and scipy.sparse (same_fact's products are numpy's)
    were 1 s and 0.15-0.2 s of a cold brief: neither is imported, whether installed or not; nor is
    numpy.ma (0.033 s), which numpy 2's plain ``unique``, ``union1d`` and ``median`` import."""
    code = (
        "import sys; from newsfuse import brief; from tests.fakes import HashingEmbedder; "
        "from newsfuse.nlp import Models; from newsfuse.options import Options; "
        f"result = brief([{str(EXAMPLE)!r}], models=Models(Options(), embedder=HashingEmbedder())); "
        "assert result.facts; "
        "print(sorted(m for m in sys.modules if (m.split('.')[0] in ('torch', 'scipy') or m == 'numpy.ma') "
        "and sys.modules[m] is not None))"
    )
    env = {**os.environ, "NEWSFUSE_ANALYSIS_CACHE": "0"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_bench_speed_times_runs_that_read_bytecode() -> None:
    import importlib.util

    from bench.speed import compile_newsfuse

    import newsfuse.pipeline

    compile_newsfuse(sys.executable)  # whatever PYTHONDONTWRITEBYTECODE says
    source = newsfuse.pipeline.__file__
    assert source is not None
    compiled = Path(importlib.util.cache_from_source(source))
    assert compiled.is_file() and compiled.stat().st_mtime >= Path(source).stat().st_mtime
    # and the table of compiled regular expressions an install writes (newsfuse/regex_cache.py)
    from newsfuse import regex_cache

    assert regex_cache.table_path().stat().st_mtime >= Path(source).stat().st_mtime
