#!/usr/bin/env bash
# The whole test suite: installs build and test dependencies (Debian
# packages, and the pinned npm packages of tests/node), builds, runs CTest
# (unit tests and the integration tests on ../shared with the real consumers).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
if [ ! -d tests/node/node_modules ]; then
  npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
fi
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2 "$@"
