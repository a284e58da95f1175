#include "exporters/node_style.h"

#include <cmath>

namespace papergraph {

const NodeStyle& StyleOf(NodeKind kind) {
  // Indexed by NodeKind; colours from the Tableau 10 palette.
  static const NodeStyle kStyles[kNodeKinds] = {
      {0x4E, 0x79, 0xA7, "#4E79A7", "box"},      // paper
      {0xBA, 0xB0, 0xAC, "#BAB0AC", "ellipse"},  // author
      {0xF2, 0x8E, 0x2B, "#F28E2B", "hexagon"},  // model
      {0x59, 0xA1, 0x4F, "#59A14F", "diamond"},  // method
      {0xB0, 0x7A, 0xA1, "#B07AA1", "octagon"},  // benchmark
  };
  return kStyles[static_cast<int>(kind)];
}

double NodeSize(const NodeProps& node, int paper_count) {
  int n = node.kind == NodeKind::kPaper ? node.paper().votes.value_or(0) : paper_count;
  return 5 + 5 * std::sqrt(static_cast<double>(n > 0 ? n : 0));
}

}  // namespace papergraph
