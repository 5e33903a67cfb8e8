"""Drop debug symbols from the compiled extensions of the runtime venv (scripts/bootstrap.sh, no extras).

spaCy's, thinc's and blis's extension modules carry ~120 MB of DWARF sections that only a debugger
reads: ``strip --strip-debug`` removes them and leaves code, symbols and behaviour as they are.

Libraries vendored by auditwheel (the ``*.libs`` folders: numpy's and scipy's OpenBLAS) were rewritten
by patchelf, and strip can break their program headers ("ELF load command address/offset not
page-aligned"), so they are left alone; and every stripped file is loaded (dlopen) before it replaces
the original, so a library this check rejects stays untouched. Without ``strip`` (binutils) on the
machine nothing happens: the venv is only larger.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path


def strip(site: Path) -> int:
    """Strip every extension under ``site``; returns the bytes saved."""
    tool = shutil.which("strip")
    if tool is None:
        print("strip_runtime: `strip` (binutils) not found; debug symbols kept", file=sys.stderr)
        return 0
    saved = 0
    for path in sorted(site.rglob("*.so*")):
        if not path.is_file() or path.is_symlink() or any(part.endswith(".libs") for part in path.parts):
            continue
        trial = path.with_name(path.name + ".stripped")
        done = subprocess.run([tool, "--strip-debug", "-o", str(trial), str(path)], capture_output=True)
        if done.returncode != 0 or not trial.exists() or trial.stat().st_size >= path.stat().st_size:
            trial.unlink(missing_ok=True)
            continue
        try:
            ctypes.CDLL(str(trial), mode=os.RTLD_LAZY)
        except OSError:
            trial.unlink()
            continue
        saved += path.stat().st_size - trial.stat().st_size
        shutil.copymode(path, trial)
        os.replace(trial, path)
    return saved


if __name__ == "__main__":
    site = Path(sys.argv[1])
    print(f"strip_runtime: {strip(site) / 1e6:.0f} MB of debug symbols dropped from {site}")
