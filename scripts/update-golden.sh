#!/usr/bin/env bash
# Rewrites the golden files of samples/ from the current build: every output
# of the default view in tests/golden/sample/, the GraphML and DOT of the
# other views in tests/golden/sample-<view>/ (their JSON-LD and N-Triples are
# the default view's), and the README's picture of the sample graph
# (docs/images/sample.svg, drawn by Graphviz left to right, as
# scripts/run-sample.sh draws out/sample/graph.svg). The view table must match
# tests/integration/test_samples.py. Review `git diff` afterwards: golden
# files pin the exact bytes.
#   PAPERGRAPH=build-x/papergraph scripts/update-golden.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PAPERGRAPH:-./build/papergraph}

"$bin" build samples -o tests/golden/sample --quiet >/dev/null

view() {
  local name=$1
  shift
  "$bin" build samples -o "tests/golden/sample-$name" --quiet "$@" >/dev/null
  rm -f "tests/golden/sample-$name/graph.jsonld" "tests/golden/sample-$name/graph.nt"
}
view coauthor --view coauthor
view coauthor-fractional --view coauthor --counting fractional --min-papers 2
view results --view results
view around --around "Mina Park" --depth 2
view dates --from 2024-06-04 --to 2024-06-04

mkdir -p docs/images
dot -Tsvg -Grankdir=LR tests/golden/sample/graph.dot -o docs/images/sample.svg
echo "updated tests/golden/sample*/ and docs/images/sample.svg"
