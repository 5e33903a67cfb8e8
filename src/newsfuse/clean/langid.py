"""py3langid's classifier over a memory-mapped copy of its model.

py3langid ships its model LZMA-compressed (``data/model.npz.xz``, 4.6 MB) and decompresses it in
every process on the first ``classify``: ~0.4 s of CPU (0.9 s at load 10) and ~76 MB resident (a
28 MB float16 weight table, a 39 MB state table copied into a stdlib array, a 100k-int list) for
classifying a few articles (docs/speed.md, stop 19). Here the arrays are kept uncompressed and
memory-mapped: a process reads only the pages the articles touch. The install keeps them beside this
module's bytecode (``pack``, run by ``scripts/compile_runtime.py``), so no brief writes them; without
that copy they are written once to ``$NEWSFUSE_CACHE`` (default ``~/.cache/newsfuse``; ``langid-<key>/``,
key = a hash of the model file, so a new py3langid gets its own copy; safe to delete, rebuilt on the
next use).

The classifier is py3langid's own ``LanguageIdentifier`` built from the same arrays with the same
defaults as ``py3langid.classify`` (no probability normalisation, every language), so the labels
are the same (``tests/test_clean_langid.py`` compares them). When the cache cannot be written
(read-only home), py3langid's own loader is used.
"""

from __future__ import annotations

import hashlib
import io
import logging
import lzma
import mmap
import os
import shutil
import threading
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsfuse.cachedir import cache_root

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


def _model_file() -> Path:
    import py3langid.langid

    return Path(py3langid.langid.MODEL_DIR) / py3langid.langid.MODEL_FILE


# py3langid's model is an .npz (a zip of stored .npy files) compressed with LZMA: each array kept
# here is one of its members, copied as it is
_MEMBERS = {"ptc": "ptc", "pc": "pc", "nextmove": "nextmove", "nextmove_row": "row", "out_feat": "out"}


_CHUNK = 8 << 20  # bytes decompressed, or copied, per call: few GIL round trips, little memory


def _write(folder: Path, model: Path) -> None:
    """The model's arrays decompressed from py3langid's LZMA file once into ``folder`` (atomically:
    built aside, then renamed): py3langid's arrays byte for byte (tested)."""
    partial = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    partial.mkdir(parents=True, exist_ok=True)
    try:
        _decompress(model, partial)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    try:
        partial.replace(folder)
    except OSError:  # another process finished first
        shutil.rmtree(partial, ignore_errors=True)


_FILES = (*(f"{name}.npy" for name in _MEMBERS.values()), "classes.txt")


def _installed_folder(name: str) -> Path:
    """Where an install keeps the arrays (``pack``): beside this module's bytecode."""
    return Path(__file__).with_name("__pycache__") / name


def _complete(folder: Path) -> bool:
    # ``classes.txt`` is written last, and a folder is only renamed into place whole
    return (folder / "classes.txt").is_file()


def pack() -> Path:
    """Keep the model's arrays, uncompressed, beside this module's bytecode (the install does this:
    ``scripts/compile_runtime.py``): every brief maps them from there and none writes them.

    Stop 27 kept them deflated there (7.9 MB) and a first brief into an empty cache folder inflated
    them into it: 0.3-0.45 s of CPU and 0.1-0.2 s of system time on a thread of its own (zlib, 68 MB
    written), beside the encoder's thread that starts with the command, and +17 MB of peak RSS; a new
    cache folder's brief cost that much more than one with the cache off (docs/speed.md, stop 53).
    The install holds 60 MB more (68 MB of arrays for the 7.9 MB copy)."""
    model = _model_file()
    name = f"langid-{hashlib.sha1(model.read_bytes()).hexdigest()[:16]}"
    target = _installed_folder(name)
    if not _complete(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(target, ignore_errors=True)  # an incomplete copy
        _write(target, model)
    for stale in target.parent.glob("langid-*"):  # another py3langid's model, or stop 27's deflated copy
        if stale != target and not stale.name.endswith(".tmp"):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
    return target


def _decompress(model: Path, partial: Path) -> None:
    """Decompress py3langid's model into the folder ``partial``.

    The LZMA stream is decompressed 8 MB of output per call into a file, then each .npy member of
    that .npz is copied 8 MB at a time into its own file. Read through ``lzma.open``, the stream
    took the GIL back every 8 kB of input, so beside a busy main thread the load (``load_soon``)
    took 6 s instead of 0.7 s; one ``lzma.decompress`` call held 143 MB at once, which, now that
    nothing waits for the load before the encoder and spaCy load (``pipeline.languages_soon``),
    raised a first brief's peak RSS to 447-489 MB. py3langid's ``load_model`` then ``np.save``
    held ~150 MB too (docs/speed.md, stop 25). The arrays are py3langid's, byte for byte."""
    npz = partial / "model.npz"
    decompressor = lzma.LZMADecompressor()
    with npz.open("wb") as out:
        out.write(decompressor.decompress(model.read_bytes(), max_length=_CHUNK))
        while not decompressor.eof:
            if decompressor.needs_input:
                raise ValueError(f"{model}: truncated")
            out.write(decompressor.decompress(b"", max_length=_CHUNK))
    with zipfile.ZipFile(npz) as archive:
        missing = {f"{name}.npy" for name in (*_MEMBERS, "classes")} - set(archive.namelist())
        if missing:
            raise ValueError(f"{model}: unsupported model layout, missing {sorted(missing)}")
        for member, name in _MEMBERS.items():
            with archive.open(f"{member}.npy") as src, (partial / f"{name}.npy").open("wb") as out:
                shutil.copyfileobj(src, out, length=_CHUNK)
        classes = np.load(io.BytesIO(archive.read("classes.npy")), allow_pickle=False).tolist()
    npz.unlink()
    (partial / "classes.txt").write_text("\n".join(classes), encoding="utf-8")


def _load() -> LanguageIdentifier:
    from py3langid.langid import LanguageIdentifier

    model = _model_file()
    name = f"langid-{hashlib.sha1(model.read_bytes()).hexdigest()[:16]}"
    folder = _installed_folder(name)
    try:
        if not _complete(folder):
            folder = cache_root() / name
            if not _complete(folder):
                _write(folder, model)
        arrays: dict[str, Any] = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in ("ptc", "pc")}
        nextmove, row, out = (_mapped(folder / f"{name}.npy") for name in ("nextmove", "row", "out"))
        classes = (folder / "classes.txt").read_text(encoding="utf-8").split("\n")
    except (OSError, ValueError) as exc:  # ValueError: an empty file cannot be mapped
        log.info("py3langid model not cached (%s): decompressing it in this process", exc)
        import py3langid.langid

        return py3langid.langid.LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
    # The state tables are walked byte by byte in Python, so each look-up must give a Python int:
    # numpy scalars from a memory map made that walk 2.3x slower (measured, stop 19); memoryviews
    # of the mapped files give ints as fast as stdlib arrays do. The weight table, read a few rows
    # per article, is a numpy memory map.
    return LanguageIdentifier(
        arrays["ptc"],
        np.asarray(arrays["pc"]),
        classes,
        nextmove,
        out,
        tk_row=row,  # Python ints: py3langid shifts them by 8
    )


def _mapped(path: Path) -> memoryview:
    """A 1-d .npy file as a memoryview of its memory-mapped data: indexing gives Python ints.

    The 39 MB state table was read into a stdlib array: 0.067 s CPU and +77 MB peak RSS for a table
    whose walk touches a few hundred pages; mapped, 0.0002-0.0007 s and +2 MB, and the walk is as
    fast (``/tmp/sp24/lid2.py``, ``lid3.py``; docs/speed.md, stop 24). The map stays open as long as
    the view does."""
    with path.open("rb") as f:
        major, _minor = np.lib.format.read_magic(f)
        read_header = np.lib.format.read_array_header_1_0 if major == 1 else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read_header(f)
        offset = f.tell()
        if len(shape) != 1 or fortran or dtype.byteorder == ">" or dtype.char not in "bBhHiIlLqQ":
            raise ValueError(f"{path}: not a 1-d native integer array")
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    data = memoryview(mapped)[offset : offset + int(np.prod(shape)) * dtype.itemsize]
    item: str = dtype.char
    return data.cast(item)  # type: ignore[call-overload]  # an integer code, checked above


def _get() -> LanguageIdentifier:
    global _identifier
    with _lock:  # a load already running (``load_soon``) is waited for, not repeated
        if _identifier is None:
            _identifier = _load()
        return _identifier


def load_soon() -> None:
    """Start loading the model in a background thread, for a caller that will classify soon but has
    other work first (the ``brief`` command, before it imports the pipeline); ``classify`` then waits
    for that load instead of starting its own.

    With the model in the install or cached the load is a memory map (0.0007 s). Without either (a
    tree whose install step has not run, into an empty cache) it decompresses py3langid's 4.6 MB of
    LZMA to 68 MB and writes it: 0.54-0.64 s CPU on the main thread, before spaCy even loads, with
    the second core idle (docs/speed.md, stop 25). ``lzma`` and the file writes release the GIL, so
    in a thread most of it runs beside the main thread's imports. A failed load is left for
    ``classify`` to raise in its caller's thread."""
    if _identifier is not None:
        return

    def load() -> None:
        try:
            _get()
        except Exception:  # ``classify`` loads again, and raises, where it is called
            log.debug("loading the language model ahead failed", exc_info=True)

    # not a daemon: an interpreter ending meanwhile (a failed brief) lets the model's files be written
    # whole rather than stop the thread between them
    threading.Thread(target=load, name="newsfuse-load-langid").start()


def classify(text: str) -> str:
    """The language code py3langid gives ``text`` (``py3langid.classify(text)[0]``)."""
    language, _score = _get().classify(text)
    return str(language)
