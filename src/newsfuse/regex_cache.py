"""Compiled regular expressions kept between runs of the command, as Python keeps bytecode.

A cold ``newsfuse brief`` compiles ~520 regular expressions (spaCy's tokenizer rules, the cleaning
rules, ftfy's, packaging's, newsfuse's own): **0.21-0.26 s of main-thread CPU**, all of it on the
serial path (the imports and spaCy's load, with the second core idle). Python's ``re`` parses each
pattern and emits its SRE code in every process, but that code depends only on the pattern, its
flags and the interpreter. So the command keeps a table of it (``regex.<interpreter>.marshal`` in
this package's ``__pycache__``) and hands a known pattern's code straight to ``_sre.compile``, the
call ``re._compiler.compile`` ends with: the same ``re.Pattern`` (patterns compare equal by pattern,
flags and code), **0.005 s to read the table and 0.003 s to build the 520 patterns** (docs/speed.md,
stop 26).

The table is written only by ``record`` then ``save`` (``main``: the patterns that importing a brief's
modules, loading spaCy's pipeline and briefing the bundled example compile), which
``scripts/compile_runtime.py`` runs at install beside the bytecode; a run of the command only reads
it, so the patterns a brief builds from its articles (alternations of the story's names) never
accumulate. A pattern not in the table is compiled by ``re`` as usual. The table's file name carries
a digest of the interpreter's version and SRE magic, so another Python never reads it.

Only the ``newsfuse`` command installs it (``newsfuse/cli/__init__.py``), never a program that
imports newsfuse as a library. It lives outside ``newsfuse.cli`` so that ``record`` can start before
the command's modules are imported.
"""

from __future__ import annotations

import _sre  # CPython's regex engine, which ``re._compiler`` calls
import array
import marshal
import os
import re
import re._compiler as _compiler
import re._parser as _parser
import sys
from pathlib import Path
from typing import Any

from newsfuse.marshal_table import read_table, table_file

_CODE = "I"  # SRE code words are unsigned C ints (``_sre.CODESIZE`` bytes)
_LIMIT = 4096  # patterns kept in the table

# (pattern, flags) -> (flags with the pattern's inline ones, code as bytes, groups - 1, groupindex, indexgroup)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_table: dict[tuple[str | bytes, int], _Entry] = {}
_recording = False
_original = _compiler.compile


def table_path() -> Path:
    """The table's file: this package's ``__pycache__``, named for the interpreter that wrote it."""
    return table_file("regex", f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.implementation.cache_tag}")


def _compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
    """``re._compiler.compile``, taking a known pattern's code from the table (and, while recording,
    putting every new one there)."""
    if type(pattern) in (str, bytes) and type(flags) is int and not flags & re.DEBUG:
        entry = _table.get((pattern, flags))
        if entry is not None:
            final, code, groups, groupindex, indexgroup = entry
            try:
                return _sre.compile(
                    pattern, final, array.array(_CODE, code).tolist(), groups, dict(groupindex), indexgroup
                )
            except Exception:  # a damaged entry (``_sre`` checks the code): compile as ``re`` does
                _table.pop((pattern, flags), None)
        elif _recording and len(_table) < _LIMIT:
            return _record(pattern, flags)
    return _original(pattern, flags)


# ``needed_strings``'s values, by "flags:pattern", kept in the table's file under a key no compiled
# pattern has (``re`` passes flags >= 0)
_NEEDED_KEY = ("", -1)
_needed: dict[str, tuple[str, ...] | None] = {}


def needed_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``regex_literals.needed(pattern)``, read from the table when the install recorded it there (the
    cleaner's line rules: parsing their ~15,000 characters again took 0.02 s of a cold brief's CPU) and
    put there while recording."""
    key = f"{pattern.flags}:{pattern.pattern}"
    if key in _needed:
        found = _needed[key]
        if found is None or (isinstance(found, tuple) and all(isinstance(s, str) and s for s in found)):
            return found
    from newsfuse.regex_literals import needed

    found = needed(pattern)
    if _recording:
        _needed[key] = found
    return found


def _record(pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    """``re._compiler.compile``, step by step, keeping what it hands to ``_sre.compile`` in the table."""
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        names[index] = name
    final, groups = int(flags | parsed.state.flags), parsed.state.groups - 1
    _table[(pattern, flags)] = (final, array.array(_CODE, code).tobytes(), groups, groupindex, tuple(names))
    return _sre.compile(pattern, final, code, groups, dict(groupindex), tuple(names))


def install(path: Path | None = None) -> int:
    """Read the table (if there is one) and let ``re`` take compiled patterns from it; the number of
    patterns read. Idempotent; ``uninstall`` undoes it."""
    if array.array(_CODE).itemsize != _sre.CODESIZE:
        return 0
    found = read_table(path or table_path())
    kept = found.pop(_NEEDED_KEY, None)
    if isinstance(kept, dict):
        _needed.update(kept)
    _table.update(found)
    _compiler.compile = _compile
    return len(_table)


def uninstall() -> None:
    """``re`` compiles every pattern itself again; the table in memory is emptied."""
    global _recording
    _compiler.compile = _original
    _recording = False
    _table.clear()
    _needed.clear()


def record() -> None:
    """From now on, put every pattern compiled in this process into a new table; ``save`` writes it.
    The table starts empty (the file is not read), so a new install's table holds the patterns of
    the code installed, not those of every version before it."""
    global _recording
    if array.array(_CODE).itemsize != _sre.CODESIZE:
        return
    _table.clear()
    _needed.clear()
    _compiler.compile = _compile
    _recording = True


def save(path: Path | None = None) -> Path:
    """Write the table (atomically: written aside, then renamed)."""
    target = path or table_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    partial.write_bytes(marshal.dumps({**_table, _NEEDED_KEY: dict(_needed)}))
    partial.replace(target)
    return target


def main(paths: list[str]) -> Path:
    """Record the patterns a brief compiles: its modules imported, spaCy's pipeline loaded, and PATH...
    briefed (the bundled example at install), then write the table. A recording already started
    (``scripts/compile_runtime.py`` starts it before its own imports) goes on."""
    if not _recording:
        record()
    import importlib

    for name in ("newsfuse.cli", "newsfuse.cli.brief_cmd", "newsfuse.pipeline", "newsfuse.render"):
        importlib.import_module(name)
    from newsfuse.nlp import Models
    from newsfuse.options import Options

    models = Models(Options())
    models.spacy  # noqa: B018 (loads the pipeline: its tokenizer's patterns)
    if paths:
        from newsfuse.pipeline import brief_from_paths
        from newsfuse.render import FORMATS

        made = brief_from_paths(paths, Options(), models)
        for render in FORMATS.values():
            render(made)
    return save()
