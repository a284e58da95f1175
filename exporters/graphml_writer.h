// WriteGraphml: a view of the knowledge graph (core/graph_views.h) as
// GraphML 1.0, for Gephi, NetworkX and igraph. The output validates against
// the official GraphML schema.
//
// Layout: one <graph>, edgedefault="directed" or "undirected" as the view
// says (one direction per file: NetworkX refuses mixed graphs and igraph
// ignores per-edge direction); nodes in vertex order with
// their content ids ("paper:2406.11931"); edges in the graph's edge order
// with ids e0, e1, ... Every key is declared with for="node" or for="edge",
// attr.name and attr.type, and each value is written in its key's type.
//
//   node keys (all nodes)  label string, kind string, r g b int (Gephi colour,
//                          see node_style.h), size double (see NodeSize)
//   papers                 arxiv, dates (space-separated), votes int,
//                          authors_truncated boolean, source, aliases
//   authors and entities   paper_count int, aliases
//   edge keys (all edges)  kind string, weight double
//   authored               position int (1-based place in the author list)
//   score                  value double, value_text, unit, paper, date, evidence
//                          (of the best report), reports int, papers (the
//                          reporting paper ids, space-separated) when the
//                          view collapsed the reports of the pair
// Aliases are joined with " | ". An absent or empty value is left out, never
// written as an empty element. Doubles are written at full precision (the
// shortest text that reads back as the same double).
//
// Edges are written as the view holds them; views built by DeriveView hold no
// two edges of one kind between a pair (Gephi would sum their weights).
//
// Returns IoError when `out` fails; nothing is printed. Control characters
// and invalid UTF-8 in labels become U+FFFD (see xml_escape.h).
#ifndef PAPERGRAPH_EXPORTERS_GRAPHML_WRITER_H_
#define PAPERGRAPH_EXPORTERS_GRAPHML_WRITER_H_

#include <ostream>

#include "core/graph_views.h"
#include "core/status.h"

namespace papergraph {

Status WriteGraphml(const GraphView& view, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_GRAPHML_WRITER_H_
