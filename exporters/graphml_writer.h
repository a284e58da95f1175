// WriteGraphml: the knowledge graph as GraphML 1.0, for Gephi, NetworkX and
// igraph. The output validates against the official GraphML schema.
//
// Layout: one <graph edgedefault="directed">; nodes in vertex order with
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
// Aliases are joined with " | ". An absent or empty value is left out, never
// written as an empty element. Doubles are written at full precision (the
// shortest text that reads back as the same double).
//
// Parallel edges are written as stored (one score edge per reported score);
// Gephi merges parallel edges on import and sums their weights.
//
// Returns IoError when `out` fails; nothing is printed. Control characters
// and invalid UTF-8 in labels become U+FFFD (see xml_escape.h).
#ifndef PAPERGRAPH_EXPORTERS_GRAPHML_WRITER_H_
#define PAPERGRAPH_EXPORTERS_GRAPHML_WRITER_H_

#include <ostream>

#include "core/knowledge_graph.h"
#include "core/status.h"

namespace papergraph {

Status WriteGraphml(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_GRAPHML_WRITER_H_
