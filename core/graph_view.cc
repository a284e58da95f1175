#include "core/graph_view.h"

namespace papergraph {

GraphView GraphView::Whole(const KnowledgeGraph& graph, bool directed) {
  GraphView view;
  view.graph_ = &graph;
  view.directed_ = directed;
  view.num_nodes_ = graph.num_nodes();
  view.keep_.assign(graph.num_nodes(), true);
  view.paper_kept_.assign(graph.num_nodes(), true);
  for (Vertex v = 0; v < graph.num_nodes(); ++v) view.paper_count_.push_back(graph.node(v).paper_count);
  view.graph_kinds_.fill(true);
  return view;
}

std::array<size_t, kNodeKinds> GraphView::NodeCounts() const {
  std::array<size_t, kNodeKinds> counts{};
  ForEachNode([&](const ViewNode& n) {
    ++counts[static_cast<int>(n.props->kind)];
    return true;
  });
  return counts;
}

std::array<size_t, kEdgeKinds> GraphView::EdgeCounts() const {
  std::array<size_t, kEdgeKinds> counts{};
  ForEachEdge([&](const ViewEdge& e) {
    ++counts[static_cast<int>(e.kind)];
    return true;
  });
  return counts;
}

}  // namespace papergraph
