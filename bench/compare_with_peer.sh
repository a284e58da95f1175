#!/usr/bin/env bash
# Whole-process benchmark on the shared corpus, papergraph and the Python peer
# (../shared/peer, re + NetworkX) in the same run: best wall time of N runs,
# peak RSS, MB/s of digest text through `build` (all formats).
#   bash bench/compare_with_peer.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
corpus=../shared/corpus/daily_papers_ko
peer=../shared/peer/papergraph_peer.py
[ -x build/papergraph ] || bash scripts/build.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bytes=$(find "$corpus" -name '*.md' -print0 | xargs -0 cat | wc -c)

# best_of CMD...: prints "seconds peak_kib" of the fastest of $runs runs.
best_of() {
  local best="" rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
    read -r t m < "$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; rss=$m; fi
  done
  echo "$best $rss"
}

read -r pg_s pg_kib < <(best_of build/papergraph build "$corpus" -o "$work/pg" --quiet)
read -r peer_s peer_kib < <(best_of /usr/bin/python3 "$peer" "$corpus" --out "$work/peer")
awk -v b="$bytes" -v ps="$pg_s" -v pk="$pg_kib" -v qs="$peer_s" -v qk="$peer_kib" -v n="$runs" 'BEGIN {
  printf "corpus: %.1f MB of digests, best of %d runs each\n", b / 1e6, n
  printf "%-12s %8s %10s %10s\n", "tool", "wall s", "MB/s", "peak MiB"
  printf "%-12s %8.2f %10.1f %10.1f\n", "papergraph", ps, b / 1e6 / (ps > 0 ? ps : 0.01), pk / 1024
  printf "%-12s %8.2f %10.1f %10.1f\n", "python peer", qs, b / 1e6 / qs, qk / 1024
  printf "peer / papergraph wall time: %.1fx (time resolution 0.01 s)\n", qs / (ps > 0 ? ps : 0.01)
}'
