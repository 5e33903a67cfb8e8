"""Whether this process is the ``newsfuse`` command itself (read before any heavy import)."""

from __future__ import annotations

import gc
import os
import sys
import threading
from typing import Any


def process_entry() -> bool:
    """True when this process is the ``newsfuse`` command itself (the console script, or ``python -m
    newsfuse``), not a program that calls ``main`` and expects ``SystemExit`` back (tests, runpy)."""
    entry = sys.modules.get("__main__")
    spec = getattr(entry, "__spec__", None)
    if spec is not None:
        return str(spec.name) in ("newsfuse", "newsfuse.__main__")
    return os.path.basename(str(getattr(entry, "__file__", "") or "")) == "newsfuse"


def prepare_command(argv: list[str]) -> None:
    """Process-wide settings for the command in ``argv``, made by the ``newsfuse`` process itself
    before anything heavy is imported (``cli/__init__.py``); a program that calls ``main`` keeps its own.

    For ``brief``, a process that writes one result and ends (``cli.app.main``'s ``os._exit``):

    - numpy's OpenBLAS on one thread, before numpy loads: its matrices in a brief are small (the
      similarities of a story's sentences, spaCy's layers), and its second thread, woken by each
      product, spun 0.22-0.35 s of CPU in a cold brief of the shared corpus, on the core the encoder
      and spaCy share (the brief unchanged; docs/speed.md, stop 27). A value the user set is kept.
    - no automatic cyclic garbage collection (``gc.set_threshold(0)``; ``gc.enable``, which srsly
      calls around every msgpack read, does not undo it): a cold brief of the shared corpus ran 305
      young, 28 middle and 2 full collections, 0.18-0.20 s of CPU on the critical path, most of it
      walking spaCy's and the models' long-lived objects, and found little to free: the peak RSS was
      431-457 MB with the collector and 432-436 MB without it; a brief of 60 BASIL articles spent 1.5 s
      of its 59 s in collections, peak 762 MB without them against 775 MB with them
      (``/tmp/sp29/gcprof.py``, docs/speed.md stop 29). Reference counting still frees everything
      that is not in a cycle, and the process ends after its one brief.
    - the sentence encoder built at once in a thread when every text is new (no analysis cache, or
      none yet: ``every_text_new``), beside the command's own imports (``early_encoder``)."""
    if argv[1:2] != ["brief"]:
        return
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    gc.set_threshold(0)
    if every_text_new() and not {"--help", "-h"} & set(argv):
        _build_encoder_soon()


def every_text_new() -> bool:
    """No analysis cache can hold this brief's texts: it is off (``NEWSFUSE_ANALYSIS_CACHE=0``, the test of
    ``AnalysisCache.default``) or its file does not exist yet (a first brief into a new cache folder,
    ``cachedir.analysis_cache_absent``). With a filled cache a re-brief may need no encoder at all.

    A first brief into an empty cache took the cache's path, whose encoder loads only once spaCy must run:
    main-thread CPU 3.06 s (cache off) against 3.58 s, ~0.5 s more of the cold brief's wall on two cores
    (docs/speed.md, stop 46)."""
    if os.environ.get("NEWSFUSE_ANALYSIS_CACHE", "1").strip().lower() in ("0", "false", "no", "off"):
        return True
    from newsfuse.cachedir import analysis_cache_absent

    return analysis_cache_absent()


_early: list[tuple[threading.Thread, dict[str, Any]]] = []


def _build_encoder_soon() -> None:
    """Build the default sentence encoder (``OnnxMiniLM``) in a thread, for ``early_encoder``.

    Why this early: the ``brief`` command's own imports (typer, pydantic, numpy, the pipeline: ~0.5 s of
    the main thread) leave the second core idle, and the encoder must be ready when the first
    sentences are known (``brief_cmd``: the articles are read and cleaned before the pipeline is
    imported, and the sentences guessed from them are encoded while it imports and spaCy loads). The
    thread's own imports (numpy, ONNX Runtime, tokenizers) are the command's too: whichever thread
    comes first imports them. A failure is left for the usual load to meet (and raise) again."""
    built: dict[str, Any] = {}

    def build() -> None:
        try:
            from newsfuse.nlp.models import load_embedder

            built["model"] = load_embedder("onnx")
        except Exception:  # ``early_encoder`` gives None: the usual load raises it where it is used
            built["failed"] = True

    # not a daemon: an interpreter ending meanwhile (a failed brief) waits for the fraction of a second
    # rather than stop the thread inside ONNX Runtime's C++ code
    thread = threading.Thread(target=build, name="newsfuse-early-encoder")
    thread.start()
    _early.append((thread, built))


def early_encoder(encoder: str) -> Any:
    """The encoder ``prepare_command`` started building, once it is built (None if it started none, for
    another engine than ``encoder``, or its build failed); given once: a later call gets None."""
    if encoder != "onnx" or not _early:
        return None
    thread, built = _early.pop()
    thread.join()
    return built.get("model")
