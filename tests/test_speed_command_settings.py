"""Process-wide settings the ``newsfuse`` process makes for its command (``cli.entry.prepare_command``):
``brief`` gets OpenBLAS on one thread and no automatic cyclic garbage collection; other commands
(a server, a batch) and programs that call ``main`` keep Python's and numpy's defaults."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.cli.entry import prepare_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def restored() -> Iterator[None]:
    thresholds, blas = gc.get_threshold(), os.environ.get("OPENBLAS_NUM_THREADS")
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if blas is None:
            os.environ.pop("OPENBLAS_NUM_THREADS", None)
        else:
            os.environ["OPENBLAS_NUM_THREADS"] = blas


def test_brief_turns_the_cyclic_collector_off_and_blas_to_one_thread(restored: None) -> None:
    os.environ.pop("OPENBLAS_NUM_THREADS", None)
    gc.set_threshold(700, 10, 10)
    prepare_command(["newsfuse", "brief", "folder"])
    assert gc.get_threshold()[0] == 0 and os.environ["OPENBLAS_NUM_THREADS"] == "1"
    gc.enable()  # what srsly does around each msgpack read: the threshold keeps it off
    assert gc.isenabled() and gc.get_threshold()[0] == 0


def test_other_commands_and_a_users_blas_setting_are_kept(restored: None) -> None:
    gc.set_threshold(700, 10, 10)
    os.environ.pop("OPENBLAS_NUM_THREADS", None)
    for argv in (["newsfuse", "serve"], ["newsfuse", "batch", "x"], ["newsfuse"], ["newsfuse", "bench", "brief"]):
        prepare_command(argv)
        assert gc.get_threshold() == (700, 10, 10) and "OPENBLAS_NUM_THREADS" not in os.environ
    os.environ["OPENBLAS_NUM_THREADS"] = "4"
    prepare_command(["newsfuse", "brief", "folder"])
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


def test_a_program_that_calls_main_keeps_its_collector() -> None:
    code = (
        "import gc, sys; sys.argv = ['newsfuse', 'brief', '--help']\n"
        "from newsfuse.cli import main\n"
        "try:\n main()\nexcept SystemExit:\n pass\n"
        "print(gc.get_threshold()[0])\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] != "0"
