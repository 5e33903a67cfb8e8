"""Walk paths (files, folders recursively), pick a reader per file, and keep going past files that
cannot be read."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest.limits import gunzip_bounded, limit_text, read_bounded
from newsfuse.ingest.registry import Found, reader_for
from newsfuse.options import Options
from newsfuse.records import RawDocument, Removed, Skipped

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Yield (file, problem) for every path; folders are walked recursively in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child, None
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or folder"


def read_paths(paths: Iterable[str | Path], options: Options) -> tuple[list[RawDocument], list[Skipped]]:
    """Read every article under ``paths``. Unreadable inputs are returned as Skipped, not raised,
    unless ``options.on_error == "raise"``."""
    documents: list[RawDocument] = []
    skipped: list[Skipped] = []
    for path, problem in iter_files(paths):
        try:
            if problem:
                raise InputError(str(path), problem)
            found = read_file(path, options)
            skipped.extend(found.skipped)  # parts of a container (lines, records) that could not be read
            if not found:
                raise InputError(str(path), "no article text found")
            documents.extend(found)
        except InputError as exc:
            if options.on_error == "raise":
                raise
            log.info("skipped %s", exc)  # info, not warning: the edges report `skipped` themselves
            skipped.append(Skipped(path=exc.path, reason=exc.reason))
        except (Exception, RecursionError) as exc:  # a parser bug on hostile input must not end the batch
            if options.on_error == "raise":
                raise InputError(str(path), f"reader failed: {type(exc).__name__}: {exc}") from exc
            log.info("skipped %s: reader failed: %s: %s", path, type(exc).__name__, exc)
            skipped.append(Skipped(path=str(path), reason=f"reader failed ({type(exc).__name__}: {exc})"[:300]))
    return documents, skipped


def read_file(path: Path, options: Options) -> Found:
    name = str(path)
    reader = reader_for(path)
    data, note = read_bounded(path, options.max_bytes)
    if reader is None and path.name.lower().endswith(".gz"):
        inner = path.with_name(path.name[:-3])
        reader = reader_for(inner)
        if reader is not None:
            data, inflate_note = gunzip_bounded(name, data, options.max_bytes)
            note = note or inflate_note
    if reader is None:
        raise InputError(name, f"unsupported file type '{''.join(path.suffixes) or path.name}'")
    if not data.strip():
        raise InputError(name, "empty file")
    found = reader(name, data, options)
    documents = [doc for doc in (limit_text(doc, options.max_chars) for doc in found) if doc.text.strip()]
    if note:
        for doc in documents:
            doc.removed.append(Removed(text=note, reason="limit"))
    return Found(documents, getattr(found, "skipped", []))


__all__ = ["iter_files", "read_file", "read_paths"]
