"""Which reader handles which file. A new input format is one small module registered here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from newsfuse.options import Options
from newsfuse.records import RawDocument, Skipped


class Found(list[RawDocument]):
    """What a reader found: the documents, plus the parts of the input it had to skip (a broken
    JSON line, an unreadable WARC record), each with its reason. A plain list is fine too."""

    def __init__(self, documents: Iterable[RawDocument] = (), skipped: Iterable[Skipped] = ()) -> None:
        super().__init__(documents)
        self.skipped = list(skipped)


# A reader gets the display path, the (already decompressed) bytes and the options, and returns
# the documents it found. It raises InputError with a reason a user can act on.
Reader = Callable[[str, bytes, Options], list[RawDocument]]

_READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def decorate(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix.lower()] = reader
        return reader

    return decorate


def reader_for(path: Path) -> Reader | None:
    """The reader for a path by its suffixes, longest match first (".warc.gz" before ".gz")."""
    _load_builtin_readers()
    name = path.name.lower()
    for suffix in sorted(_READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return _READERS[suffix]
    return None


def known_suffixes() -> list[str]:
    _load_builtin_readers()
    return sorted(_READERS)


def _load_builtin_readers() -> None:
    # Imported for their @register side effect; deferred so a reader's heavy dependency
    # (trafilatura, warcio) is only imported when readers are first needed.
    from newsfuse.ingest import formats  # noqa: F401
