#!/usr/bin/env bash
# The main job on the project's own samples: installs what is missing,
# builds, reads samples/ and writes the graph to out/sample/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/papergraph build samples -o out/sample
echo "outputs written to $(pwd)/out/sample/"
