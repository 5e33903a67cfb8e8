"""Import ftfy without importing wcwidth, which ftfy's import pulls in for functions cleaning never calls.

``ftfy/__init__.py`` imports ``ftfy.formatting`` (for ``display_ljust``, used by ``explain_unicode``),
and that runs ``from wcwidth import wcswidth, wcwidth``: wcwidth 0.9 imports its 25 modules (Unicode
width, grapheme and line-break tables, terminal escape parsers) to give those two names. Cleaning calls
``ftfy.fix_text`` only, which never measures display widths (ftfy 6.3: ``grep -n wcwidth ftfy/*.py``),
and the import sits on the ``brief`` command's serial start, before the encoder has sentences to
encode: **0.025-0.033 s of the main thread's CPU** at load 16 (docs/speed.md, stop 53).

So while ftfy imports, ``wcwidth`` is a stand-in module whose ``wcwidth`` and ``wcswidth`` import the
real package and call its function; it is removed from ``sys.modules`` as soon as the import returns, so
``import wcwidth`` afterwards imports the real package, and ftfy's width functions give what they always
did (``tests/test_speed_stop53.py``). If ftfy or wcwidth was imported already, this imports ftfy plainly.
The same way as spaCy's command-line package (``nlp.models.import_spacy``).
"""

from __future__ import annotations

import sys
import types
from typing import Any


def _wcwidth(*args: Any, **kwargs: Any) -> Any:
    from wcwidth import wcwidth

    return wcwidth(*args, **kwargs)


def _wcswidth(*args: Any, **kwargs: Any) -> Any:
    from wcwidth import wcswidth

    return wcswidth(*args, **kwargs)


def import_ftfy() -> types.ModuleType:
    """``ftfy``, imported with ``wcwidth`` a stand-in while it imports (see the module's docstring)."""
    if "ftfy" in sys.modules or "wcwidth" in sys.modules:
        import ftfy

        return ftfy
    stand_in = types.ModuleType("wcwidth")
    stand_in.wcwidth = _wcwidth  # type: ignore[attr-defined]
    stand_in.wcswidth = _wcswidth  # type: ignore[attr-defined]
    sys.modules["wcwidth"] = stand_in
    try:
        import ftfy
    finally:
        if sys.modules.get("wcwidth") is stand_in:
            del sys.modules["wcwidth"]
    return ftfy
