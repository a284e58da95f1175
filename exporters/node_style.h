// NodeStyle: how a node looks in every visual export, so that GraphML (Gephi)
// and DOT (Graphviz) draw the same graph the same way.
//
//   kind       colour    DOT shape
//   paper      #4E79A7   box
//   author     #BAB0AC   ellipse
//   model      #F28E2B   hexagon
//   method     #59A14F   diamond
//   benchmark  #B07AA1   octagon
//
// NodeSize grows with the square root of how much a node is used, so that a
// few very popular models do not dwarf everything else:
//   size = 5 + 5 * sqrt(n), n = votes for papers (0 when absent),
//                           n = paper_count for authors and entities.
#ifndef PAPERGRAPH_EXPORTERS_NODE_STYLE_H_
#define PAPERGRAPH_EXPORTERS_NODE_STYLE_H_

#include "core/knowledge_graph.h"

namespace papergraph {

struct NodeStyle {
  int r, g, b;          // fill colour, 0-255 each
  const char* hex;      // the same colour as "#RRGGBB"
  const char* dot_shape;
};

const NodeStyle& StyleOf(NodeKind kind);

// `paper_count` is the node's as the drawn view counts it.
double NodeSize(const NodeProps& node, int paper_count);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_NODE_STYLE_H_
