#!/usr/bin/env bash
# Create .venv and install newsfuse into it. Pass extras to add, e.g. `bootstrap.sh dev`.
# Idempotent: a second run only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
extras=${1:-}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
# CPU torch first: asked for by exact version, pip takes the local CPU wheel instead of a CUDA build.
.venv/bin/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
spec="."
[ -n "$extras" ] && spec=".[$extras]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
echo "newsfuse installed: $(.venv/bin/newsfuse --help >/dev/null && echo .venv/bin/newsfuse)"
