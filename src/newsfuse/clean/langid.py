"""py3langid's classifier over a memory-mapped copy of its model.

py3langid ships its model LZMA-compressed (``data/model.npz.xz``, 4.6 MB) and decompresses it in
every process on the first ``classify``: ~0.4 s of CPU (0.9 s at load 10) and ~76 MB resident (a
28 MB float16 weight table, a 39 MB state table copied into a stdlib array, a 100k-int list) for
classifying a few articles (docs/speed.md, stop 19). Here the arrays are written once, uncompressed,
to ``$NEWSFUSE_CACHE`` (default ``~/.cache/newsfuse``; ``langid-<key>/``, key = a hash of the model
file, so a new py3langid gets its own copy; safe to delete, rebuilt on the next use) and memory-mapped:
a process reads only the pages the articles touch.

The classifier is py3langid's own ``LanguageIdentifier`` built from the same arrays with the same
defaults as ``py3langid.classify`` (no probability normalisation, every language), so the labels
are the same (``tests/test_clean_langid.py`` compares them). When the cache cannot be written
(read-only home), py3langid's own loader is used.
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


def _cache_dir() -> Path:
    """``$NEWSFUSE_CACHE``, default ``~/.cache/newsfuse`` (the folder ``cluster.static`` uses)."""
    folder = os.environ.get("NEWSFUSE_CACHE")
    if folder:
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfuse"


def _model_file() -> Path:
    import py3langid.langid

    return Path(py3langid.langid.MODEL_DIR) / py3langid.langid.MODEL_FILE


def _write(folder: Path, model: Path) -> None:
    """Decompress py3langid's model once into ``folder`` (atomically: built aside, then renamed)."""
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(model)
    partial = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    partial.mkdir(parents=True, exist_ok=True)
    np.save(partial / "ptc.npy", np.asarray(ptc))
    np.save(partial / "pc.npy", np.asarray(pc))
    np.save(partial / "nextmove.npy", np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode)))
    np.save(partial / "row.npy", np.frombuffer(row, dtype=np.dtype(row.typecode)))
    np.save(partial / "out.npy", np.asarray(out, dtype=np.int64))
    (partial / "classes.txt").write_text("\n".join(classes), encoding="utf-8")
    try:
        partial.replace(folder)
    except OSError:  # another process finished first
        shutil.rmtree(partial, ignore_errors=True)


def _load() -> LanguageIdentifier:
    from py3langid.langid import LanguageIdentifier

    model = _model_file()
    key = hashlib.sha1(model.read_bytes()).hexdigest()[:16]
    folder = _cache_dir() / f"langid-{key}"
    try:
        if not (folder / "classes.txt").is_file():
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


def classify(text: str) -> str:
    """The language code py3langid gives ``text`` (``py3langid.classify(text)[0]``)."""
    global _identifier
    with _lock:
        if _identifier is None:
            _identifier = _load()
        identifier = _identifier
    language, _score = identifier.classify(text)
    return str(language)
