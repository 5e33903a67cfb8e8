"""`newsfuse bench speed`: cold and warm brief times, peak RSS and the fresh runtime venv's size.

- cold: a new process per run (``python -m newsfuse brief PATH --format json -o /dev/null``, the
  analysis cache on disk off: ``NEWSFUSE_ANALYSIS_CACHE=0``),
  wall time and the child's own peak RSS (``os.wait4``), for the shared corpus and the bundled
  example, with each Python given (this environment; ``--venv`` adds a fresh runtime venv, the
  README's first command, where torch is absent so spaCy starts without it).
- re-brief: the same command with the analysis cache on (``nlp/diskcache.py``) in an empty folder:
  one run fills it (it also builds the language model's cache there), the next ones read it.
- the numpy encoder (the engine-free fallback) the same way, and the torch path: the same cold
  brief with ``encoder="torch"`` (sentence-transformers) when this environment has the ``torch``
  extra, so all engines are timed in the same run.
- warm: in this process, models loaded once: a brief of each story, then the same brief again
  (embeddings and spaCy splits cached by text), and again with those caches emptied (models
  loaded, nothing cached: the cost of a new story).
- bytecode: newsfuse's modules are compiled before any run (``compile_newsfuse``), as an installed
  package's are, whatever PYTHONDONTWRITEBYTECODE says, and the table of compiled regular
  expressions an install writes (``newsfuse/regex_cache.py``) is written the same way.
- size: ``du``-style size of the fresh venv (``--venv DIR``, or ``--build`` clones this checkout to
  a temporary folder and runs ``scripts/bootstrap.sh`` there, which takes minutes).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.paths import shared_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lake-tessel-summit"
_SCRIPT = (
    "import sys\n"
    "from newsfuse.nlp import Models\n"
    "from newsfuse.options import Options\n"
    "from newsfuse.pipeline import brief_from_paths\n"
    "from newsfuse.render import FORMATS\n"
    "options = Options(encoder=sys.argv[1])\n"
    "FORMATS['json'](brief_from_paths([sys.argv[2]], options, Models(options)))\n"
)


@dataclass
class Cold:
    label: str
    story: str
    seconds: list[float]
    peak_mb: list[float]
    cpu: list[float]  # user + sys seconds of the child: steadier than wall time on a shared machine

    def line(self) -> str:
        return (
            f"{self.label:36s} {self.story:24s} cold {statistics.median(self.seconds):6.2f} s "
            f"(min {min(self.seconds):.2f}, {len(self.seconds)} runs)  CPU {statistics.median(self.cpu):6.2f} s  "
            f"peak RSS {max(self.peak_mb):5.0f} MB"
        )


_NO_DISK_CACHE = {"NEWSFUSE_ANALYSIS_CACHE": "0"}  # cold means cold: the CLI's analysis cache (nlp/diskcache.py) off
_NO_DISK_CACHE_ENV = {**os.environ, **_NO_DISK_CACHE}


def _run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, the child's own peak RSS in MB, and its CPU seconds (user + sys)."""
    start = time.perf_counter()
    child_env = {**os.environ, **(_NO_DISK_CACHE if env is None else env)}
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def cold(label: str, argv: list[str], story: Path, runs: int, env: dict[str, str] | None = None) -> Cold:
    results = [_run([*argv, str(story)], env) for _ in range(runs)]
    return Cold(label, story.name, [r[0] for r in results], [r[1] for r in results], [r[2] for r in results])


def warm(stories: list[Path]) -> Iterator[str]:
    from newsfuse.nlp import Models
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_paths

    options = Options()
    models = Models(options)
    for story in stories:
        timings = []
        for phase in ("first", "again", "uncached"):
            if phase == "uncached":
                models.split_cache.clear()
                clear = getattr(models.embedder, "clear", None)  # the per-process embedding cache
                if clear is not None:
                    clear()
            start = time.perf_counter()
            brief_from_paths([story], options, models)
            timings.append(f"{phase} {time.perf_counter() - start:5.2f} s")
        yield f"warm (one process)                   {story.name:24s} " + ", ".join(timings)


def venv_mb(venv: Path) -> float:
    out = subprocess.run(["du", "-sm", str(venv)], capture_output=True, text=True, check=True).stdout
    return float(out.split()[0])


def build_venv(folder: Path) -> Path:
    """Clone this checkout (committed state) and run the README's set-up; return the venv."""
    clone = folder / "newsfuse"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    subprocess.run(["bash", "scripts/bootstrap.sh"], cwd=clone, check=True, stdout=subprocess.DEVNULL)
    return clone / ".venv"


def compile_newsfuse(python: str) -> None:
    """Write the bytecode of the newsfuse package that ``python`` imports (the working tree's, through
    PYTHONPATH, or its venv's), so a cold run reads .pyc as an installed one does: where
    PYTHONDONTWRITEBYTECODE is set (this machine's shells), each run compiled ~100 modules again,
    ~0.1-0.3 s of CPU that no user's install spends (docs/speed.md, stop 22)."""
    code = "import compileall, os, newsfuse; compileall.compile_dir(os.path.dirname(newsfuse.__file__), quiet=2)"
    subprocess.run([python, "-c", code], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    # and the table of compiled regular expressions an install writes beside the bytecode
    # (newsfuse/regex_cache.py: ~0.17 s of a cold brief's CPU, docs/speed.md stop 26)
    table = f"from newsfuse import regex_cache; regex_cache.main([{str(EXAMPLE)!r}])"
    subprocess.run([python, "-c", table], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=_NO_DISK_CACHE_ENV)
    # and the language model's arrays, which a brief maps from the install instead of decompressing
    # py3langid's LZMA file into an empty cache (clean/langid.py ``pack``: ~0.5 s of CPU, stops 27 and 53)
    pack = "from newsfuse.clean import langid; langid.pack()"
    subprocess.run([python, "-c", pack], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def run(runs: int = 3, venv: Path | None = None, build: bool = False) -> Iterator[str]:
    """The report's lines, each as soon as it is measured."""
    import importlib.util

    stories = [shared_dir() / "corpora" / "xi-putin-moscow-2023", EXAMPLE]
    stories = [s for s in stories if s.is_dir()]
    with tempfile.TemporaryDirectory(prefix="newsfuse-speed-") as tmp:
        if build:
            venv = build_venv(Path(tmp))
        pythons = [("this env, onnx encoder", sys.executable)]
        if venv is not None:
            pythons.insert(0, ("fresh runtime venv", str(venv / "bin" / "python")))
        for _label, python in pythons:
            compile_newsfuse(python)
        for number, (label, python) in enumerate(pythons):
            for story in stories:
                cli = [python, "-m", "newsfuse", "brief", "--format", "json", "-o", os.devnull]
                yield cold(label, cli, story, runs).line()
            for story in stories:  # the analysis cache on disk: a first brief fills it, the next ones read it
                cache = {"NEWSFUSE_CACHE": str(Path(tmp) / f"cache-{number}-{story.name}")}
                yield cold(f"{label}, fills cache", cli, story, 1, cache).line()
                yield cold(f"{label}, re-brief", cli, story, runs, cache).line()
        for story in stories:  # the numpy forward pass: the engine-free fallback, same process start
            yield cold("this env, numpy encoder", [sys.executable, "-c", _SCRIPT, "numpy"], story, runs).line()
        if importlib.util.find_spec("sentence_transformers") is not None:
            for story in stories:
                script = [sys.executable, "-c", _SCRIPT, "torch"]
                yield cold("this env, torch encoder", script, story, runs).line()
        else:
            yield "torch encoder: not installed here (the `torch` extra)"
        yield from warm(stories)
        if venv is not None:
            yield f"fresh runtime venv size              {venv_mb(venv):.0f} MB ({venv})"
