// WriteDot: a view of the knowledge graph (core/graph_views.h) as Graphviz DOT.
//
// Output is `digraph papergraph { ... }` with `->` edges for a directed view,
// `graph papergraph { ... }` with `--` edges for an undirected one. Graph
// attributes come first: overlap=false, outputorder=edgesfirst and a layout
// hint, layout=dot for views of at most kDotLayoutMaxNodes nodes (layered and
// readable, seconds to draw) and layout=sfdp above (the hierarchical engine
// does not finish on thousands of nodes). The attribute wins over the command
// name and over -K, so `dot -Tsvg` of a big view still runs sfdp; edit the
// line to force another engine. Then every node in vertex order, then every
// edge in the graph's edge order. Each node has a quoted id and label and is
// styled by kind (shape and fill colour, see node_style.h); each node and
// edge carries a `kind` attribute so that programs reading the DOT file can
// tell them apart. In a directed view, coauthor edges are drawn without
// arrowheads (dir=none), since coauthorship is symmetric and stored once per
// pair, and do not rank their ends (constraint=false: as flat edges between
// authors they make `dot` take minutes on a few hundred nodes); score edges are labelled with the value as written and its unit
// ("90.2%", "41.5 FID"), and a collapsed pair adds "(best of N)" to the label
// and carries reports=N.
//
// Every id, label and value goes through DotQuote, so `dot -Tcanon` reads
// the file without warnings whatever the text contains. Returns IoError when
// `out` fails; nothing is printed.
#ifndef PAPERGRAPH_EXPORTERS_DOT_WRITER_H_
#define PAPERGRAPH_EXPORTERS_DOT_WRITER_H_

#include <ostream>

#include "core/graph_views.h"
#include "core/status.h"

namespace papergraph {

// Views up to this size get layout=dot, bigger ones layout=sfdp.
constexpr size_t kDotLayoutMaxNodes = 300;

Status WriteDot(const GraphView& view, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_DOT_WRITER_H_
