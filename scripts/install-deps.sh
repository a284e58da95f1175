#!/usr/bin/env bash
# Installs the Debian packages papergraph needs to build and to run its tests.
# Idempotent: only missing packages are installed. Needs root (or sudo).
set -euo pipefail

BUILD_PKGS=(cmake g++ make pkg-config libboost-graph-dev rapidjson-dev libre2-dev
            libutf8proc-dev libmimalloc-dev libgtest-dev libbenchmark-dev graphviz)
TEST_PKGS=(python3 python3-networkx python3-igraph python3-rdflib
           libxml2-utils nodejs npm clang-14 libclang-rt-14-dev)

want=("${BUILD_PKGS[@]}")
if [ "${1:-}" = "--with-tests" ]; then want+=("${TEST_PKGS[@]}"); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# Node.js may come from outside Debian (nvm, a tarball); accept any node/npm on PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
