"""The command's table of compiled regular expressions (``newsfuse.regex_cache``): a pattern taken from
the table is the very pattern ``re`` compiles, and anything the table does not hold, or holds damaged,
is compiled by ``re`` as before."""

from __future__ import annotations

import re
import re._compiler as compiler
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse import regex_cache

# invented patterns covering what the table stores: flags given and inline, named and numbered
# groups, bytes, look-behind, a character class and repeats
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\b(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z]+)\b", 0),
    (r"(?i)mayor\s+(\w+)", 0),
    (r"^\s*(?:the|a|an)\s+", int(re.IGNORECASE | re.MULTILINE)),  # ``re`` hands flags on as an int
    (r"(?<![\w’'-])(Ada Brant|Tom Vell)(?![\w’'-])", 0),
    (r"[\x00-\x1f\x7f-\x9f]+", 0),
    (rb"\d{1,3}(?:,\d{3})*", 0),
    (r"(a)|(b)(c)?", int(re.VERBOSE)),
]
TEXTS = ["Mayor Ada Brant met Tom Vell.", "the 12,400 voters\n An aide", "abc b a", "x\x07y"]


@pytest.fixture
def table(tmp_path: Path) -> Iterator[Path]:
    """A table recorded from ``PATTERNS`` and written to a file; ``re`` is left as it was."""
    path = tmp_path / "regex.marshal"
    regex_cache.record()
    try:
        for pattern, flags in PATTERNS:
            compiler.compile(pattern, flags)
        regex_cache.save(path)
    finally:
        regex_cache.uninstall()
    yield path
    regex_cache.uninstall()


def _behaviour(compiled: re.Pattern[str] | re.Pattern[bytes]) -> list[object]:
    found: list[object] = [compiled.flags, compiled.groups, dict(compiled.groupindex)]
    for text in TEXTS:
        subject = text.encode() if isinstance(compiled.pattern, bytes) else text
        found.append([m.span() for m in compiled.finditer(subject)])  # type: ignore[arg-type]
        found.append([m.groups() for m in compiled.finditer(subject)])  # type: ignore[arg-type]
    return found


def test_patterns_from_the_table_are_those_re_compiles(table: Path) -> None:
    assert regex_cache.install(table) == len(PATTERNS)
    assert compiler.compile is not regex_cache._original
    for pattern, flags in PATTERNS:
        cached = compiler.compile(pattern, flags)
        own = regex_cache._original(pattern, flags)
        assert cached == own  # Pattern equality compares pattern, flags and the SRE code
        assert _behaviour(cached) == _behaviour(own)


def test_a_pattern_not_in_the_table_is_compiled_by_re(table: Path) -> None:
    regex_cache.install(table)
    pattern = r"\bcouncil(?:lor)?s?\b"
    assert (pattern, 0) not in regex_cache._table
    assert compiler.compile(pattern, 0) == regex_cache._original(pattern, 0)
    assert (pattern, 0) not in regex_cache._table  # a command's run never adds to the table


def test_a_damaged_entry_is_compiled_by_re(table: Path) -> None:
    regex_cache.install(table)
    pattern, flags = PATTERNS[0]
    final, _code, groups, groupindex, indexgroup = regex_cache._table[(pattern, flags)]
    regex_cache._table[(pattern, flags)] = (final, b"\xff\xff\xff\xff" * 3, groups, groupindex, indexgroup)
    assert compiler.compile(pattern, flags) == regex_cache._original(pattern, flags)


def test_an_unreadable_table_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(b"not marshal data")
    try:
        assert regex_cache.install(path) == 0
        assert compiler.compile(r"(x)+", 0) == regex_cache._original(r"(x)+", 0)
    finally:
        regex_cache.uninstall()
    assert compiler.compile is regex_cache._original


def test_recording_starts_a_new_table(table: Path) -> None:
    """An install records the patterns of the code installed, not those of the table before it."""
    regex_cache.record()
    try:
        compiler.compile(r"(?:budget|levy)\s+vote", 0)
        assert list(regex_cache._table) == [(r"(?:budget|levy)\s+vote", 0)]
    finally:
        regex_cache.uninstall()


def test_the_table_is_named_for_its_interpreter() -> None:
    path = regex_cache.table_path()
    assert path.parent.name == "__pycache__"
    assert sys.implementation.cache_tag in path.name


def test_only_the_command_reads_the_table() -> None:
    """A program importing ``newsfuse.cli`` (here pytest) keeps ``re`` as it is; the command
    (``python -m newsfuse``) installs the table."""
    import newsfuse.cli  # noqa: F401

    assert compiler.compile is regex_cache._original
    probe = (
        "import runpy, sys, re._compiler as c; sys.argv = ['newsfuse', '--help']\n"
        "try:\n    runpy.run_module('newsfuse', run_name='__main__', alter_sys=True)\n"
        "except SystemExit:\n    pass\n"
        "print(c.compile.__module__)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "newsfuse.regex_cache"
