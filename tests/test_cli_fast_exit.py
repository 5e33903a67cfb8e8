"""The CLI ends with ``os._exit`` once a command's output is written (cli/app.py): nothing of the
output may be lost — stdout through a pipe, a file with -o — and the exit code stays right."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lake-tessel-summit"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], cwd=ROOT, capture_output=True, text=True)


def test_piped_stdout_is_complete() -> None:
    done = _run("extract", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == len(list(EXAMPLE.glob("*.txt"))) and done.stdout.endswith("\n")


def test_output_file_is_complete(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "articles.jsonl"
    done = _run("extract", str(EXAMPLE), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(EXAMPLE.glob("*.txt")))


def test_failures_keep_their_exit_code(tmp_path: Path) -> None:
    done = _run("extract", str(tmp_path / "missing"))
    assert done.returncode == 2
    assert "newsfuse:" in done.stderr


def test_a_caller_of_main_gets_system_exit_back(tmp_path: Path) -> None:
    """runpy / an embedding program: ``main`` raises SystemExit as before, code after it still runs."""
    out = tmp_path / "articles.jsonl"
    code = (
        "import runpy, sys; sys.argv = ['newsfuse', 'extract', sys.argv[1], '-o', sys.argv[2]]\n"
        "try:\n runpy.run_module('newsfuse', run_name='__main__')\nexcept SystemExit as e:\n print('exit', e.code)\n"
    )
    argv = [sys.executable, "-c", code, str(EXAMPLE), str(out)]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "exit 0", done.stderr
    assert out.is_file()
