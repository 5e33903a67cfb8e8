"""The installed package, not the source tree: build the wheel, install it into a scratch folder
and brief the example with it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # builds and installs the wheel in a fresh venv
def test_wheel_installs_and_runs_the_main_job(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("newsfuse-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "newsfuse/py.typed" in names
    assert "newsfuse/pipeline.py" in names
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import newsfuse; print(newsfuse.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(target))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsfuse",
            "brief",
            str(ROOT / "examples" / "lake-tessel-summit"),
            "--format",
            "md",
            "--words",
            "80",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# ") and "## Summary" in result.stdout and "[[1]](#source-1)" in result.stdout
