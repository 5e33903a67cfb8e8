"""Stop 52: the dev venvs' cold brief (the stop hook's, the tests') costs what the runtime venv's does.

``scripts/bootstrap.sh`` gives every venv the install step a brief reads (``scripts/compile_runtime.py``:
the encoder's optimised graph, the regular expressions' and generated code's tables), and the analysis
cache's size check costs the same in a small file and a full one (docs/speed.md, stop 52).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from newsfuse.nlp.diskcache import AnalysisCache, text_key

ROOT = Path(__file__).resolve().parents[1]

# a stand-in interpreter for bootstrap.sh: it logs each call and answers the few it must
_FAKE_PYTHON = """#!/usr/bin/env bash
echo "$*" >> "$(dirname "$0")/../calls.log"
case "$*" in
  *requirements.py*) echo "spacy==3.8.18" ;;
  *sysconfig*) echo /nowhere/site-packages ;;
esac
exit 0
"""


def _bootstrap_calls(tmp_path: Path, extras: str) -> list[str]:
    """The interpreter's calls that ``bootstrap.sh EXTRAS`` makes, in a copy of the scripts whose venv
    is a stand-in (nothing installed, nothing downloaded)."""
    tree = tmp_path / (extras.replace(",", "-") or "runtime")
    (tree / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", tree / "scripts" / "bootstrap.sh")
    bin_dir = tree / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("python", "newsfuse"):
        (bin_dir / name).write_text(_FAKE_PYTHON)
        (bin_dir / name).chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "PYTHON"}
    args = ["bash", str(tree / "scripts" / "bootstrap.sh")] + ([extras] if extras else [])
    subprocess.run(args, check=True, capture_output=True, text=True, env=env)
    return (tree / ".venv" / "calls.log").read_text().splitlines()


def test_every_venv_gets_the_install_step_a_brief_reads(tmp_path: Path) -> None:
    for extras in ("", "dev,store", "dev,store,ray,torch"):  # README command 1, the dev venv, .ci/run's
        calls = _bootstrap_calls(tmp_path, extras)
        assert sum("scripts/compile_runtime.py" in c for c in calls) == 1, (extras, calls)
        # the runtime venv alone is installed without bytecode for every module, and stripped
        assert any("--no-compile" in c for c in calls) == (extras == "")
        assert any("strip_runtime.py" in c for c in calls) == (extras == "")
        if extras:  # pip does not compile the editable install's own modules
            assert any("compileall" in c and "src/newsfuse" in c for c in calls)


_OLD_TABLE = (  # the table as stop 51's installs made it (no index)
    "CREATE TABLE entries (kind TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL,"
    " size INTEGER NOT NULL, added REAL NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID"
)


def _filled(path: Path, entries: int, older: bool = False) -> AnalysisCache:
    """A cache holding ``entries`` parses of 4 kB, written by this install or (``older``) by stop 51's."""
    if older:
        db = sqlite3.connect(path)
        db.execute(_OLD_TABLE)
        kind = f"parse/{AnalysisCache(path).version}"
        db.executemany(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?)",
            [(kind, text_key(str(n)), bytes(4000), 4000, float(n)) for n in range(entries)],
        )
        db.commit()
        db.close()
        cache = AnalysisCache(path)
        cache.put("split", {text_key("opened"): b"1"})  # opens the file as a brief does
        return cache
    cache = AnalysisCache(path)
    for start in range(0, entries, 100):
        cache.put("parse", {text_key(str(n)): bytes(4000) for n in range(start, start + 100)})
    return cache


def _steps_of_a_put(cache: AnalysisCache, key: str) -> int:
    """SQLite's virtual-machine steps for one ``put`` (a count of the work, not a time)."""
    db = cache._db
    assert db is not None
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    db.set_progress_handler(tick, 1)
    try:
        cache.put("encode", {text_key(key): bytes(1500)})
    finally:
        db.set_progress_handler(None, 1)
    return steps[0]


def test_a_put_costs_the_same_in_a_small_cache_and_a_full_one(tmp_path: Path) -> None:
    small = _filled(tmp_path / "small.sqlite3", 100)
    full, older = _filled(tmp_path / "full.sqlite3", 3000), _filled(tmp_path / "older.sqlite3", 3000, older=True)
    assert small.get("parse", [text_key("5")]) and full.get("parse", [text_key("2999")])
    assert older.get("parse", [text_key("2999")])
    a, b, c = (_steps_of_a_put(cache, "x") for cache in (small, full, older))
    # summing the table stepped through every entry: ~30 times the small cache's steps here
    assert b < 2 * a + 100 and c < 2 * a + 100, (a, b, c)
    # and the older file is bounded as before: the entries written first go first
    bounded = AnalysisCache(tmp_path / "older.sqlite3", max_bytes=4000 * 1000)
    bounded.put("parse", {text_key("last"): bytes(4000)})
    kept = bounded.get("parse", [text_key(str(n)) for n in range(3000)] + [text_key("last")])
    assert 500 <= len(kept) <= 1000 and text_key("last") in kept and text_key("0") not in kept, len(kept)
