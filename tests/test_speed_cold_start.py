"""The serial start of a cold ``newsfuse brief`` (docs/speed.md, stop 43): the brief command registered
alone, and no SQLite without the analysis cache; what the user sees is the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# runs the command in a fresh interpreter as ``python -m newsfuse`` does; with EARLY the other
# commands are registered first (the CLI package imported before the command line names ``brief``)
_PROBE = """
import runpy, sys
args = {args!r}
if {early}:
    sys.argv = ["probe"]
    import newsfuse.cli
sys.argv = ["newsfuse", *args]
code = 0
try:
    runpy.run_module("newsfuse", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print("\\n@@", code, "newsfuse.cli.bench_cmd" in sys.modules, "sqlite3" in sys.modules)
"""


def _run(args: list[str], early: bool) -> tuple[str, str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(args=args, early=early)], capture_output=True, text=True, timeout=120
    )
    out, _, tail = done.stdout.rpartition("\n@@ ")
    return out, done.stderr, tail.split()


@pytest.mark.parametrize("args", [["brief", "--help"], ["brief", "--format", "xml", "nowhere"], ["brief", "--nope"]])
def test_brief_alone_reads_as_with_every_command(args: list[str]) -> None:
    """``newsfuse brief`` registers only the brief command; its help, usage and errors are those of the
    application with every command registered."""
    alone_out, alone_err, (alone_code, alone_bench, _) = _run(args, early=False)
    all_out, all_err, (all_code, all_bench, _) = _run(args, early=True)
    assert (alone_bench, all_bench) == ("False", "True")
    assert (alone_out, alone_err, alone_code) == (all_out, all_err, all_code)
    assert alone_out or alone_err


def test_other_command_lines_get_every_command() -> None:
    out, _, (code, bench, _) = _run(["--help"], early=False)
    assert code in ("0", "None") and bench == "True"
    assert "bench" in out and "brief" in out and "extract" in out


def test_the_analysis_cache_module_needs_no_sqlite_until_used(tmp_path: Path) -> None:
    """``nlp.diskcache`` (imported by every brief, for ``text_key``) imports SQLite only to open a cache."""
    probe = (
        "import sys; from pathlib import Path\n"
        "from newsfuse.nlp.diskcache import AnalysisCache, text_key\n"
        "text_key('a'); before = 'sqlite3' in sys.modules\n"
        f"cache = AnalysisCache(Path({str(tmp_path)!r}) / 'a.sqlite3', 'v')\n"
        "cache.put('split', {b'k': b'v'}); got = cache.get('split', [b'k'])\n"
        "print(before, 'sqlite3' in sys.modules, got)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip().split(maxsplit=2) == ["False", "True", "{b'k': b'v'}"]
