"""Compiled code of the source text that imports generate, kept between runs of the command.

Importing a brief's modules compiles ~1,400 small pieces of Python source that no ``.pyc`` holds:
``dataclasses`` writes each dataclass's ``__init__``, ``__repr__``, ``__eq__``... as text and
``exec``s it (~580 texts: newsfuse's records and options, pydantic's, typer's), and ``typing``
compiles every forward reference (the string annotations of pydantic-core's ~600 schema classes).
That was 0.06-0.07 s of the main thread's CPU before spaCy starts (timed around each compile); the
table takes ~0.03 s off it (docs/speed.md, stop 47). The compiled code depends only on the text, the mode and the
interpreter, as a ``.pyc`` does on its source. So the command keeps a table of it
(``codegen.<interpreter>.marshal`` in this package's ``__pycache__``, beside ``regex_cache``'s table)
and hands a known text's code object to ``exec``, or returns it from ``compile``: the same code that
compiling the text gives (``tests/test_speed_code_cache.py`` compares the classes and references
built both ways).

Only ``dataclasses``' and ``typing``'s own calls are routed here (the module-level names ``exec``
and ``compile`` that their functions look up), and only where those functions do call them, so
nothing else in the process is touched. Every text compiled is kept in memory, so one met again is
compiled once. The table's file is written only by ``record`` then ``save``
(``scripts/compile_runtime.py``, at install), and read by the ``newsfuse`` command
(``newsfuse/cli/__init__.py``), never by a program that imports newsfuse as a library. A text not in
the table is compiled as before.
"""

from __future__ import annotations

import marshal
import os
import sys
import types
from pathlib import Path
from typing import Any

from newsfuse.marshal_table import read_table, table_file

_LIMIT = 20000  # texts kept in the table
_FILENAME = "<string>"  # what ``exec`` of a string and ``typing.ForwardRef`` compile under

# (mode, source) -> code
_table: dict[tuple[str, str], types.CodeType] = {}
_builtin_exec = exec
_builtin_compile = compile
_patched: list[tuple[types.ModuleType, str]] = []


def table_path() -> Path:
    """The table's file: this package's ``__pycache__``, named for the interpreter that wrote it (code
    objects are specific to the interpreter's version, as ``.pyc`` files are)."""
    return table_file("codegen", f"{sys.version}|{sys.implementation.cache_tag}|{marshal.version}")


def _code(source: str, mode: str) -> types.CodeType:
    """``source`` compiled as the stdlib's own call compiles it: under ``<string>``, with no
    ``__future__`` flags (``dataclasses`` and ``typing`` import none, so their calls inherit none)."""
    key = (mode, source)
    code = _table.get(key)
    if code is None:
        code = _builtin_compile(source, _FILENAME, mode, dont_inherit=True)
        if len(_table) < _LIMIT:  # a text met again in this process (typer's ``None``) is compiled once
            _table[key] = code
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` for ``dataclasses``: a text's code from the table; anything else as ``exec`` does."""
    if type(source) is str:
        source = _code(source, "exec")
    if globals is None:  # ``exec``'s default: the calling frame's namespaces (here, the caller's caller)
        frame = sys._getframe(1)
        globals = frame.f_globals
        locals = frame.f_locals if locals is None else locals
    _builtin_exec(source, globals, locals)


def _compile(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
    """``compile`` for ``typing`` (``ForwardRef``): a text's code from the table when it is compiled
    under ``<string>`` with no other arguments; anything else as ``compile`` does."""
    if type(source) is str and filename == _FILENAME and mode in ("eval", "exec") and not args and not kwargs:
        return _code(source, mode)
    return _builtin_compile(source, filename, mode, *args, **kwargs)


def _route() -> None:
    """Point ``dataclasses``' ``exec`` and ``typing``'s ``compile`` here, where the stdlib's functions
    call them by those names (checked in their code, so another Python's layout is left alone)."""
    if _patched:
        return
    import dataclasses
    import typing

    for module, name, function, replacement in (
        (dataclasses, "exec", getattr(dataclasses, "_create_fn", None), _exec),
        (typing, "compile", getattr(getattr(typing, "ForwardRef", None), "__init__", None), _compile),
    ):
        code = getattr(function, "__code__", None)
        if code is not None and name in code.co_names and name not in vars(module):
            setattr(module, name, replacement)
            _patched.append((module, name))


def install(path: Path | None = None) -> int:
    """Read the table (if there is one) and route the stdlib's generated code through it; the number of
    texts read. Idempotent; ``uninstall`` undoes it."""
    _table.update(
        (key, code)
        for key, code in read_table(path or table_path()).items()
        if isinstance(key, tuple) and len(key) == 2 and isinstance(code, types.CodeType)
    )
    _route()
    return len(_table)


def uninstall() -> None:
    """The stdlib compiles every text itself again; the table in memory is emptied."""
    while _patched:
        module, name = _patched.pop()
        vars(module).pop(name, None)
    _table.clear()


def record() -> None:
    """From now on, put every text compiled through here into a new table; ``save`` writes it. The
    table starts empty (the file is not read), so an install's table holds its own code's texts."""
    _table.clear()
    _route()


def save(path: Path | None = None) -> Path:
    """Write the table (atomically: written aside, then renamed)."""
    target = path or table_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    partial.write_bytes(marshal.dumps(dict(_table)))
    partial.replace(target)
    return target
