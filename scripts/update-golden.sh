#!/usr/bin/env bash
# Rewrites tests/golden/sample/ from the current build, and the README's
# picture of the sample graph (docs/images/sample.svg, drawn by Graphviz).
# Review `git diff` afterwards: golden files pin the exact bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/papergraph build samples -o tests/golden/sample --quiet >/dev/null
mkdir -p docs/images
dot -Tsvg tests/golden/sample/graph.dot -o docs/images/sample.svg
echo "updated tests/golden/sample/ and docs/images/sample.svg"
