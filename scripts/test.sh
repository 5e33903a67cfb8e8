#!/usr/bin/env bash
# The project's test command: set up (with the dev tools), lint, type-check, run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev,store,ray,torch
# The browser tests drive the web page in Debian's Chromium; install it when it is missing.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || echo "test.sh: chromium could not be installed; the browser tests will skip" >&2
  else
    echo "test.sh: chromium is missing and apt-get needs root; the browser tests will skip" >&2
  fi
fi
.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check src tests bench
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
