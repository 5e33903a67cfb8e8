"""Whether this process is the ``newsfuse`` command itself (read before any heavy import)."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from typing import Any

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


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
    - the sentence encoder built at once in a thread when there is no analysis cache (every text is new:
      it will be needed), beside the command's own imports (``early_encoder``); and when the command
      line names only files or folders, the articles read and cleaned here, before those imports, and
      the sentences guessed from them handed to that thread (``_read_early``)."""
    if argv[1:2] != ["brief"]:
        return
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    gc.set_threshold(0)
    off = os.environ.get("NEWSFUSE_ANALYSIS_CACHE", "1").strip().lower() in ("0", "false", "no", "off")
    if off and not {"--help", "-h"} & set(argv):
        # the test of ``AnalysisCache.default``: with a cache, a re-brief may need no encoder
        paths = brief_paths(argv[2:])
        early = _build_encoder_soon(reading=bool(paths))
        guessed: list[str] = []
        try:
            if paths:
                guessed = _read_early(paths)
        finally:
            early.post(guessed)


class _Early:
    """The encoder being built in its thread (``_build_encoder_soon``), and what it encodes once built."""

    def __init__(self, reading: bool) -> None:
        self.built: dict[str, Any] = {}
        self.ready = threading.Event()  # built, or its build failed
        self.posted = threading.Event()  # the guessed sentences are known (set at once when none will be read)
        self.guessed: list[str] = []
        if not reading:
            self.posted.set()
        self.thread: threading.Thread | None = None

    def post(self, guessed: list[str]) -> None:
        self.guessed = list(guessed)
        self.posted.set()


_early: list[_Early] = []
# the articles ``_read_early`` read and cleaned: (the paths, the options read with, (documents, skipped, cleaned))
_read: list[tuple[list[str], Any, Any]] = []


def _build_encoder_soon(reading: bool = False) -> _Early:
    """Build the default sentence encoder (``OnnxMiniLM``) in a thread, for ``early_encoder``; with
    ``reading``, the thread then waits for the sentences ``_read_early`` guessed (``_Early.post``) and
    encodes them in the encoder's cache (``CachedEmbedder.encode_each``), which ``early_encoder`` gives.

    Why this early: the ``brief`` command's own imports (typer, pydantic, numpy, the pipeline: ~0.5 s of
    the main thread) leave the second core idle, and the encoder must be ready when the first
    sentences are known (``_read_early``, or ``brief_cmd``: the articles are read and cleaned before the
    pipeline is imported, and the sentences guessed from them are encoded while it imports and spaCy
    loads). The thread's own imports (numpy, ONNX Runtime, tokenizers) are the command's too: whichever
    thread comes first imports them. A failure is left for the usual load to meet (and raise) again."""
    early = _Early(reading)

    def build() -> None:
        try:
            from newsfuse.nlp.models import CachedEmbedder, load_embedder

            cached = CachedEmbedder(load_embedder("onnx"))
        except Exception:  # ``early_encoder`` gives None: the usual load raises it where it is used
            early.built["failed"] = True
            early.ready.set()
            return
        early.built["model"] = cached
        early.ready.set()
        early.posted.wait()
        if not early.guessed:
            return
        from newsfuse.nlp.encoder import beside

        with beside():  # the main thread imports meanwhile, then spaCy's passes have the other core
            try:
                cached.encode_each(early.guessed)
            except Exception:  # ``nlp.analyse`` makes the call again, and fails as usual
                log.debug("encoding the guessed sentences failed", exc_info=True)

    # not a daemon: an interpreter ending meanwhile (a failed brief) waits for the fraction of a second
    # rather than stop the thread inside ONNX Runtime's C++ code
    early.thread = threading.Thread(target=build, name="newsfuse-early-encoder")
    early.thread.start()
    _early.append(early)
    return early


def early_encoder(encoder: str) -> Any:
    """The encoder ``prepare_command`` started building (a ``CachedEmbedder``), once it is built (None if
    it started none, for another engine than ``encoder``, or its build failed); given once: a later
    call gets None. Its thread may still be encoding the guessed sentences (``_build_encoder_soon``)."""
    if encoder != "onnx" or not _early:
        return None
    early = _early.pop()
    early.ready.wait()
    return early.built.get("model")


# ``brief``'s options that take a value, and the values ``--format`` takes (``brief_cmd.Format``)
_VALUED = {"-f", "--format", "-o", "--output", "--words", "--store"}
_FORMATS = {"json", "md", "html"}


def brief_paths(args: list[str]) -> list[str]:
    """The PATH arguments of a ``brief`` command line (``args``: what follows ``brief``) that reads
    files or folders and nothing else, or [] when it does anything else (``--story``, ``--split``, an
    option or a value this does not know: typer then decides, as always)."""
    paths: list[str] = []
    rest = iter(args)
    for arg in rest:
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _VALUED:
            if not eq:
                value = next(rest, "")
            if (name in ("-f", "--format") and value not in _FORMATS) or (name == "--words" and not value.isdigit()):
                return []
            if not value:
                return []
        elif arg.startswith("-"):  # another option (--story, --split, --help), "--" or stdin's "-"
            return []
        else:
            paths.append(arg)
    return paths


def _read_early(paths: list[str]) -> list[str]:
    """Read and clean the articles under ``paths`` as the ``brief`` command would (``brief_cmd``, which
    takes them: ``early_read``), before the command's own imports; the sentences guessed from them
    (``nlp.presplit``), for the encoder's thread. Nothing is kept when reading fails: the command then
    reads again, and meets the error where it always has.

    Why: the encoder is built ~0.2 s into a cold brief, but the guessed sentences came only once typer,
    pydantic and the command's modules were imported and the articles read and cleaned (~0.5 s): the
    second core idled between. Read here, they are known before the encoder is, and the encoder's
    thread starts on them as soon as it is built (docs/speed.md, stop 41). The main thread does the
    same work in another order."""
    log_to_stderr()  # as ``cli.app.main`` does first: cleaning's warnings read the same
    from pathlib import Path

    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.ingest.inputs import read_documents
    from newsfuse.nlp.presplit import likely_sentences
    from newsfuse.options import Options

    options = Options()
    try:
        documents, skipped = read_documents([Path(p) for p in paths], options)
        cleaned = clean_documents(documents, languages=False)
    except Exception:  # read again by the command, which reports it
        return []
    _read.append((list(paths), options, (documents, skipped, cleaned)))
    return likely_sentences([p for article in cleaned[0] for p in article.paragraphs])


def early_read(paths: list[Any], options: Any) -> Any:
    """What ``_read_early`` read and cleaned for ``paths`` (as typer gave them) with the same reading
    options as ``options`` (``read``, ``on_error``), or None; given once."""
    if not _read:
        return None
    from pathlib import Path

    given, used, done = _read.pop()
    if [Path(p) for p in paths] != [Path(p) for p in given] or (used.read, used.on_error) != (
        options.read,
        options.on_error,
    ):
        return None
    return done


def log_to_stderr() -> None:
    """The command's log set-up (warnings and up, on stderr): ``cli.app.main``, or ``_read_early`` before it."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="newsfuse: %(message)s", stream=sys.stderr)
