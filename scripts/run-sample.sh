#!/usr/bin/env bash
# The main job on the project's own samples: installs what is missing,
# builds, reads samples/, writes the graph to out/sample/ and draws it with
# Graphviz as out/sample/graph.svg (the README's picture).
#   PAPERGRAPH=build-x/papergraph scripts/run-sample.sh   # that binary; no install, no build
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PAPERGRAPH:-}" ]; then
  bash scripts/install-deps.sh
  bash scripts/build.sh
fi
"${PAPERGRAPH:-./build/papergraph}" build samples -o out/sample
dot -Tsvg -Grankdir=LR out/sample/graph.dot -o out/sample/graph.svg
echo "outputs written to $(pwd)/out/sample/ (graph.svg is the picture)"
