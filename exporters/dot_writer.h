// WriteDot: the knowledge graph as a Graphviz DOT digraph.
//
// Output is `digraph papergraph { ... }`: graph attributes first (layout=sfdp,
// since the hierarchical `dot` engine does not finish on graphs of thousands
// of nodes; override with -K), then every node in vertex order, then every
// edge in the graph's edge order. Each node has a quoted id and label and is
// styled by kind (shape and fill colour, see node_style.h); each node and
// edge carries a `kind` attribute so that programs reading the DOT file can
// tell them apart. Coauthor edges are drawn without arrowheads (dir=none),
// since coauthorship is symmetric and stored once per pair; score edges are
// labelled with the value as written and its unit ("90.2%", "41.5 FID").
//
// Every id, label and value goes through DotQuote, so `dot -Tcanon` reads
// the file without warnings whatever the text contains. Returns IoError when
// `out` fails; nothing is printed.
#ifndef PAPERGRAPH_EXPORTERS_DOT_WRITER_H_
#define PAPERGRAPH_EXPORTERS_DOT_WRITER_H_

#include <ostream>

#include "core/knowledge_graph.h"
#include "core/status.h"

namespace papergraph {

Status WriteDot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_DOT_WRITER_H_
