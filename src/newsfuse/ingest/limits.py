"""Per-document reading limits: bounded file reads, bounded gzip inflation, cut over-long text.
Every cut is recorded on the document (``removed`` with reason "limit"), never silent."""

from __future__ import annotations

import zlib
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.records import RawDocument, Removed


def read_bounded(path: Path, max_bytes: int) -> tuple[bytes, str | None]:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            data = handle.read(max_bytes)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        return data, f"[input cut: file is {size:,} bytes, only the first {max_bytes:,} were read]"
    return data, None


def gunzip_bounded(name: str, data: bytes, max_bytes: int) -> tuple[bytes, str | None]:
    """Inflate gzip data without ever holding more than ``max_bytes`` (zip bombs stop here)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes)
    except zlib.error as exc:
        raise InputError(name, f"corrupt gzip data ({exc})") from exc
    if inflater.unconsumed_tail:
        return out, f"[input cut: decompressed size exceeds {max_bytes:,} bytes]"
    if not inflater.eof:
        if not out:
            raise InputError(name, "truncated gzip data: nothing could be decompressed")
        return out, "[input cut: gzip data is truncated; the readable part was kept]"
    return out, None


def limit_text(doc: RawDocument, max_chars: int) -> RawDocument:
    if len(doc.text) <= max_chars:
        return doc
    cut = doc.text.rfind("\n", 0, max_chars)
    cut = cut if cut > max_chars // 2 else max_chars
    doc.removed.append(
        Removed(text=f"[text cut: {len(doc.text):,} characters, kept the first {cut:,}]", reason="limit")
    )
    doc.text = doc.text[:cut]
    return doc


__all__ = ["gunzip_bounded", "limit_text", "read_bounded"]
