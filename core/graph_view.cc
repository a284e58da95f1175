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

bool GraphView::ForEachNode(const std::function<bool(const ViewNode&)>& visit) const {
  const Graph& g = graph_->graph();
  for (Vertex v = 0; v < keep_.size(); ++v) {
    if (keep_[v] && !visit(ViewNode{v, &g[v], paper_count_[v]})) return false;
  }
  return true;
}

bool GraphView::ForEachEdge(const std::function<bool(const ViewEdge&)>& visit) const {
  return VisitEdges(keep_, visit);
}

bool GraphView::TakesGraphEdge(Vertex from, Vertex to, const EdgeProps& e) const {
  if (!graph_kinds_[static_cast<int>(e.kind)]) return false;
  switch (e.kind) {
    case EdgeKind::kAuthored: return paper_kept_[to];
    case EdgeKind::kMentions:
    case EdgeKind::kProposes: return paper_kept_[from];
    case EdgeKind::kCoauthor: return e.weight >= min_coauthor_weight_;
    case EdgeKind::kScore: return true;  // a Whole view's; others collapse them
  }
  return false;
}

bool GraphView::VisitEdges(const std::vector<bool>& keep,
                           const std::function<bool(const ViewEdge&)>& visit) const {
  const Graph& g = graph_->graph();
  auto own = own_.begin();
  for (Vertex v = 0; v < keep.size(); ++v) {
    if (!keep[v]) {
      while (own != own_.end() && own->from == v) ++own;
      continue;
    }
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      Vertex to = boost::target(e, g);
      const EdgeProps& props = g[e];
      if (!keep[to] || !TakesGraphEdge(v, to, props)) continue;
      const ScoreReport* report = props.kind == EdgeKind::kScore ? &props.report() : nullptr;
      if (!visit(ViewEdge{v, to, props.kind, props.weight, props.position, report, nullptr})) {
        return false;
      }
    }
    for (; own != own_.end() && own->from == v; ++own) {
      if (!keep[own->to]) continue;
      const ScoreReport* report = own->best ? &own->best->report() : nullptr;
      if (!visit(ViewEdge{v, own->to, own->kind, own->weight, 0, report, own->summary})) {
        return false;
      }
    }
  }
  return true;
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
