"""The generated code's table (newsfuse/code_cache.py): what it hands out is what compiling gives."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
import textwrap
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse import code_cache

# a module's source with dataclasses of every kind dataclasses writes code for (frozen, ordered,
# defaults and factories, slots, keyword-only) and string annotations (forward references)
SOURCE = textwrap.dedent(
    """
    from __future__ import annotations
    import dataclasses

    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = ()

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Box:
        corner: Point
        items: list[Point] = dataclasses.field(default_factory=list)
        label: str | None = None

    @dataclasses.dataclass(eq=False)
    class Plain:
        name: str
    """
)


@pytest.fixture
def fresh() -> Iterator[None]:
    """Each test starts and ends with the stdlib compiling for itself (the suite's own process)."""
    code_cache.uninstall()
    yield
    code_cache.uninstall()


def _module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses reads the module's namespace
    try:
        exec(compile(SOURCE, f"<{name}>", "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    return module


def _methods(module: types.ModuleType) -> dict[str, types.CodeType]:
    found = {}
    for cls_name in ("Point", "Box", "Plain"):
        cls = getattr(module, cls_name)
        for attr, value in vars(cls).items():
            code = getattr(value, "__code__", None)
            if code is not None and attr.startswith("__"):
                found[f"{cls_name}.{attr}"] = code
    return found


def test_classes_built_from_the_table_equal_the_plain_ones(fresh: None, tmp_path: Path) -> None:
    plain = _methods(_module("plain_classes"))
    assert {"Point.__init__", "Point.__repr__", "Point.__eq__", "Point.__lt__", "Point.__hash__"} <= set(plain)
    assert {"Point.__setattr__", "Box.__init__", "Plain.__init__"} <= set(plain)

    code_cache.record()
    _module("recorded_classes")
    table = code_cache.save(tmp_path / "codegen.marshal")
    code_cache.uninstall()
    assert code_cache.install(table) >= len(plain)

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"compiled again: {args[:1]}")

    original = code_cache._builtin_compile
    code_cache._builtin_compile = no_compiling  # type: ignore[assignment]
    try:
        cached = _methods(_module("cached_classes"))
    finally:
        code_cache._builtin_compile = original
    assert cached.keys() == plain.keys()
    for name, code in plain.items():
        assert cached[name] == code, name  # code objects compare by bytecode, constants, names, lines


def test_the_cached_classes_behave_as_dataclasses(fresh: None, tmp_path: Path) -> None:
    code_cache.record()
    _module("recorded_behaviour")
    table = code_cache.save(tmp_path / "codegen.marshal")
    code_cache.uninstall()
    code_cache.install(table)
    module = _module("cached_behaviour")
    point = module.Point(1, tags=("a",))
    assert repr(point) == "Point(x=1, y=0, tags=('a',))"
    assert point < module.Point(2) and point == module.Point(1, 0, ("a",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3
    box = module.Box(corner=point)
    assert box.items == [] and box.label is None and not hasattr(box, "__dict__")
    with pytest.raises(TypeError):
        module.Box(point)  # keyword-only


def test_forward_references_compile_to_the_same_code(fresh: None, tmp_path: Path) -> None:
    texts = ["list[int]", "dict[str, tuple[int, ...]] | None", "Annotated[Path, typer.Option('-o')]", "None"]
    plain = [typing.ForwardRef(text).__forward_code__ for text in texts]
    code_cache.record()
    for text in texts:
        typing.ForwardRef(text)
    table = code_cache.save(tmp_path / "codegen.marshal")
    code_cache.uninstall()
    assert code_cache.install(table) == len(texts)
    cached = [typing.ForwardRef(text).__forward_code__ for text in texts]
    assert cached == plain
    assert all(a == compile(t, "<string>", "eval", dont_inherit=True) for a, t in zip(cached, texts, strict=True))
    # a reference the table lacks is compiled, and compiled once in the process
    new = typing.ForwardRef("set[bytes]").__forward_code__
    assert new == compile("set[bytes]", "<string>", "eval", dont_inherit=True)
    assert typing.ForwardRef("set[bytes]").__forward_code__ is new


def test_only_the_stdlib_calls_are_routed_and_uninstall_restores_them(fresh: None) -> None:
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)
    code_cache.install(Path("/nonexistent/codegen.marshal"))  # no table: everything is compiled as before
    assert vars(dataclasses)["exec"] is code_cache._exec
    assert vars(typing)["compile"] is code_cache._compile
    # other calls pass through unchanged: code objects, other file names, other arguments
    namespace: dict[str, object] = {}
    code_cache._exec(compile("a = 1", "<x>", "exec"), namespace)
    assert namespace["a"] == 1
    assert code_cache._compile("1 + 1", "<other>", "eval").co_filename == "<other>"
    flags = code_cache._compile("x = 1", "<string>", "exec", 0, True)
    assert flags.co_filename == "<string>"
    code_cache.uninstall()
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


def test_exec_without_namespaces_uses_the_callers(fresh: None) -> None:
    """``exec(text)`` with no namespaces runs in the caller's globals, as the builtin does."""
    code_cache.install(Path("/nonexistent/codegen.marshal"))

    def caller(run: object) -> object:
        seen = "the caller's local"  # noqa: F841 (read by the executed text from the caller's locals)
        run("global _code_cache_probe\n_code_cache_probe = seen", None, None)  # type: ignore[operator]
        return globals().pop("_code_cache_probe", None)

    assert caller(code_cache._exec) == caller(exec) is not None


def test_a_damaged_table_is_ignored(fresh: None, tmp_path: Path) -> None:
    broken = tmp_path / "broken.marshal"
    broken.write_bytes(b"\x00not marshal")
    assert code_cache.install(broken) == 0
    wrong = tmp_path / "wrong.marshal"
    wrong.write_bytes(marshal.dumps({("exec", "x = 1"): "not code", "key": 1}))
    assert code_cache.install(wrong) == 0
    assert _methods(_module("after_damage"))  # classes still build, compiled as before


def test_the_command_installs_the_table(tmp_path: Path) -> None:
    """The ``newsfuse`` process routes the stdlib's generated code through the table before its own
    imports (a program that imports newsfuse does not: the suite's own process shows it)."""
    probe = (
        "import dataclasses, os, runpy, sys, typing\n"
        "sys.argv = ['newsfuse', 'brief', '--help']\n"
        "def leave(code=0):\n"
        "    raise SystemExit(code)\n"
        "os._exit = leave\n"
        "try:\n"
        "    runpy.run_module('newsfuse', run_name='__main__', alter_sys=True)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('routed', 'exec' in vars(dataclasses), 'compile' in vars(typing))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert "routed True True" in done.stdout, done.stderr[-2000:]
