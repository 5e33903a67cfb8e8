"""A table of precompiled objects kept in this package's ``__pycache__`` (``regex_cache``: compiled patterns,
``code_cache``: the stdlib's generated code), written at install by ``scripts/compile_runtime.py``. One file per
interpreter: what is stored is specific to the interpreter's version, as ``.pyc`` files are."""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any


def table_file(kind: str, version: str) -> Path:
    """The file of the ``kind`` table for an interpreter described by ``version``."""
    digest = hashlib.sha1(version.encode()).hexdigest()[:12]
    return Path(__file__).parent / "__pycache__" / f"{kind}.{sys.implementation.cache_tag}.{digest}.marshal"


def read_table(path: Path) -> dict[Any, Any]:
    """The table in ``path``; empty when there is none or it cannot be read (a damaged table is ignored)."""
    try:
        with path.open("rb") as f:
            found = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}
