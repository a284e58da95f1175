#!/usr/bin/env bash
# Draws the README's two pictures of the shared corpus with Graphviz:
#   docs/images/coauthors.svg  the co-authors of one prolific author who share
#                              at least two papers with them (coauthor view)
#   docs/images/results.svg    the models and methods scored on one benchmark,
#                              and the other benchmarks they were scored on
#                              (results view, depth 2)
# papergraph writes each view's DOT; gvpr then sets the layout engine, a title
# and bigger fonts and outlines the centre node. Names and scores only: no
# summary text of the corpus goes into the pictures.
#   scripts/draw-pictures.sh [CORPUS_DIR]      # default ../shared/corpus/daily_papers_ko
#   PAPERGRAPH=build-x/papergraph scripts/draw-pictures.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PAPERGRAPH:-./build/papergraph}
corpus=${1:-../shared/corpus/daily_papers_ko}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# style ENGINE CENTRE TITLE ATTRIBUTES: the gvpr program that sets the layout
# engine, the title and the graph ATTRIBUTES ("name=value ..."), enlarges the
# fonts and outlines the node labelled CENTRE.
style() {
  local attributes="" kv
  for kv in $4; do attributes+="\$G.${kv%%=*} = \"${kv#*=}\"; "; done
  cat <<GVPR
BEG_G { \$G.layout = "$1"; \$G.label = "$3"; \$G.labelloc = "t";
        \$G.fontname = "Helvetica"; \$G.fontsize = "18"; $attributes}
N { fontsize = "14"; }
N [label == "$2"] { penwidth = "3"; }
E { fontsize = "12"; }
GVPR
}

# draw NAME ENGINE CENTRE TITLE ATTRIBUTES BUILD_FLAGS...: builds the view of
# the corpus that BUILD_FLAGS select and draws docs/images/NAME.svg.
draw() {
  local name=$1 engine=$2
  "$bin" build "$corpus" -o "$tmp/$name" --quiet "${@:6}" >/dev/null
  gvpr -c "$(style "$engine" "$3" "$4" "$5")" "$tmp/$name/graph.dot" |
    "$engine" -Tsvg -o "docs/images/$name.svg"
  echo "docs/images/$name.svg"
}

mkdir -p docs/images
draw coauthors sfdp "Ziwei Liu" "Co-authors of Ziwei Liu with at least two shared papers" \
  "splines=false" \
  --view coauthor --around "Ziwei Liu" --depth 1 --min-weight 2
draw results neato "MATH" "Scores on MATH, and the other benchmarks of those models" \
  "overlap=voronoi sep=+14 splines=true" \
  --view results --around MATH --depth 2
