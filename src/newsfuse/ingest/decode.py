"""Bytes to text: UTF-8 first, then a guarded fallback, rejecting binary data."""

from __future__ import annotations

import re
import unicodedata

from newsfuse.errors import InputError

_BOMS = {b"\xef\xbb\xbf": "utf-8-sig", b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}


def decode_text(path: str, data: bytes) -> str:
    """Decode bytes that should be text, or raise InputError saying why they are not."""
    for bom, codec in _BOMS.items():
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            if _looks_like_garbage(text):
                raise InputError(path, f"undecodable: starts with a {codec} byte-order mark but is not {codec} text")
            return text
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError(path, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: mostly legacy single-byte pages. cp1252 decodes almost any byte, so check that
    # the result still looks like text before trusting it.
    text = data.decode("cp1252", errors="replace")
    if _looks_like_garbage(text):
        raise InputError(path, "undecodable: neither UTF-8 nor a single-byte text encoding")
    return text


def _looks_like_garbage(text: str) -> bool:
    """Replacement characters, control codes or unassigned/private code points in bulk."""
    sample = text[:8192]
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f") or unicodedata.category(ch) in ("Cn", "Co", "Cs")
    )
    if bad > max(8, len(sample) // 50):
        return True
    # UTF-16 read from random bytes turns into CJK soup with no spaces at all; real Chinese or
    # Japanese has no spaces either, but stays inside the common CJK blocks.
    no_spaces = len(sample) > 200 and sample.count(" ") + sample.count("\n") < len(sample) // 100
    return no_spaces and not _mostly_common_cjk(sample)


_COMMON_CJK = ((0x3000, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xFF00, 0xFFEF))


def _mostly_common_cjk(sample: str) -> bool:
    common = sum(1 for ch in sample if any(low <= ord(ch) <= high for low, high in _COMMON_CJK))
    return common >= 0.9 * len(sample)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(path: str, data: bytes) -> str:
    """Decode a page: BOM, then UTF-8, then the charset the page declares, then the text fallback."""
    if not data.startswith(tuple(_BOMS)) and b"\x00" in data[:8192]:
        raise InputError(path, "binary data (NUL bytes), not an HTML page")
    if not data.startswith(tuple(_BOMS)):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        declared = _META_CHARSET.search(data[:16384])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii").lower(), errors="replace")
            except LookupError:
                pass  # an unknown charset name: fall back to the generic text check
    return decode_text(path, data)
