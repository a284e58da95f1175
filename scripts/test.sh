#!/usr/bin/env bash
# The whole test suite: installs build and test dependencies (Debian
# packages, and the pinned npm packages of tests/node), builds, runs CTest
# (unit tests and the integration tests on ../shared with the real consumers);
# then the same suite again built with AddressSanitizer and UBSan
# (build-asan/), and a short run of every libFuzzer target (build-fuzz/,
# clang). docs/robustness.md tells more. Arguments go to the first two ctest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
if [ ! -d tests/node/node_modules ]; then
  npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
fi
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2 "$@"

# Any sanitizer report fails the test that caused it: both sanitizers stop at
# the first report and exit with 86, never with papergraph's own codes.
export ASAN_OPTIONS=halt_on_error=1:exitcode=86:detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86
sanitized=(-DCMAKE_BUILD_TYPE=Release -DPAPERGRAPH_SANITIZE=ON
           -DCMAKE_CXX_FLAGS=-fno-sanitize-recover=all)
cmake -S . -B build-asan "${sanitized[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)"
ctest --test-dir build-asan --output-on-failure -j2 "$@"

cmake -S . -B build-fuzz "${sanitized[@]}" -DCMAKE_CXX_COMPILER=clang++-14 \
      -DPAPERGRAPH_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzzers
ctest --test-dir build-fuzz --output-on-failure -j2 -L fuzz
