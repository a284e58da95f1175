// GraphView: what a drawing export shows of the KnowledgeGraph, without
// copying it. A view refers to the graph's nodes and edges and stores only
// what differs: which nodes are kept, their recounted paper_count, and the
// edges the graph does not hold as such (coauthor edges recounted under a
// filter, one collapsed score edge per model-benchmark pair). DeriveView
// (graph_views.h) makes one; the writers walk it:
//
//   view.ForEachNode([&](const ViewNode& n) { ...; return true; });
//   view.ForEachEdge([&](const ViewEdge& e) { ...; return true; });
//
// The graph must outlive the view and stay unchanged while the view is used.
//
// Order: nodes in vertex order of the graph; edges grouped by their source
// node in that order, and for one source: the graph's own edges that the view
// keeps, in the graph's order, then the view's recounted coauthor edges (by
// target), then its score edges (by target). The order depends on the
// graph and the options only.
#ifndef PAPERGRAPH_CORE_GRAPH_VIEW_H_
#define PAPERGRAPH_CORE_GRAPH_VIEW_H_

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/knowledge_graph.h"

namespace papergraph {

// What one collapsed score edge stands for.
struct ScoreSummary {
  int reports = 0;                  // score edges of the full graph
  std::vector<std::string> papers;  // distinct reporting paper ids, sorted
};

// A node as the view shows it: the graph's node, paper_count recounted.
struct ViewNode {
  Vertex vertex;           // of the graph
  const NodeProps* props;  // the graph's; its paper_count is the graph's
  int paper_count;         // over the papers the view keeps
};

// An edge as the view shows it.
struct ViewEdge {
  Vertex from, to;             // vertices of the graph
  EdgeKind kind;
  double weight;               // coauthor: shared papers (or fractional); score: reports; else 1
  int position;                // authored: 1-based place in the author list
  const ScoreReport* report;   // score: the best report of the pair; else null
  const ScoreSummary* summary; // score: the reports of the pair; else null
};

class GraphView {
 public:
  // Every node and edge of `graph` as it holds them: nothing recounted or
  // collapsed (tests of the writers use it). A temporary graph would not
  // outlive the view, hence the deleted overload.
  static GraphView Whole(const KnowledgeGraph& graph, bool directed = true);
  static GraphView Whole(KnowledgeGraph&& graph, bool directed = true) = delete;

  const KnowledgeGraph& graph() const { return *graph_; }
  bool directed() const { return directed_; }
  size_t num_nodes() const { return num_nodes_; }

  // Calls visit (a callable taking const ViewNode& / const ViewEdge& and
  // returning bool) on every node / edge in the order above until it returns
  // false. Returns false when a visit did. Templates, so that the writers'
  // visits are inlined: they run once per node and edge of big graphs.
  template <typename Visit>
  bool ForEachNode(Visit&& visit) const;
  template <typename Visit>
  bool ForEachEdge(Visit&& visit) const {
    return VisitEdges(keep_, visit);
  }

  std::array<size_t, kNodeKinds> NodeCounts() const;
  std::array<size_t, kEdgeKinds> EdgeCounts() const;

 private:
  friend class ViewDeriver;  // graph_views.cc fills what follows

  // An edge the view holds itself, in vertices of the graph.
  struct OwnEdge {
    Vertex from, to;
    EdgeKind kind;
    double weight;
    const EdgeProps* best = nullptr;        // score: the graph's edge with the best report
    const ScoreSummary* summary = nullptr;  // score
  };

  // Whether the graph's own edge `e` (from -> to) is in the view, by the
  // rule before the node filter; ForEachEdge adds that both ends are kept.
  bool TakesGraphEdge(Vertex from, Vertex to, const EdgeProps& e) const {
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
  // Visits the view's edges, ends filtered by `keep` (the nodes of the view,
  // or, while DeriveView applies `around`, those before it).
  template <typename Visit>
  bool VisitEdges(const std::vector<bool>& keep, Visit&& visit) const;

  const KnowledgeGraph* graph_ = nullptr;
  bool directed_ = true;
  size_t num_nodes_ = 0;
  std::vector<bool> keep_;           // by vertex of the graph
  std::vector<bool> paper_kept_;     // by vertex: papers the date filter keeps
  std::vector<int> paper_count_;     // by vertex, recounted
  // The graph's edges the view shows: which kinds (score edges only in a
  // Whole view), and for coauthor edges (taken from the graph when it
  // counted them the same way) a least weight.
  std::array<bool, kEdgeKinds> graph_kinds_{};
  double min_coauthor_weight_ = 0;
  std::vector<OwnEdge> own_;         // sorted by `from`, stable
  std::map<std::pair<Vertex, Vertex>, ScoreSummary> scores_;  // by (model, benchmark)
};

template <typename Visit>
bool GraphView::ForEachNode(Visit&& visit) const {
  const Graph& g = graph_->graph();
  for (Vertex v = 0; v < keep_.size(); ++v) {
    if (keep_[v] && !visit(ViewNode{v, &g[v], paper_count_[v]})) return false;
  }
  return true;
}

template <typename Visit>
bool GraphView::VisitEdges(const std::vector<bool>& keep, Visit&& visit) const {
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

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_GRAPH_VIEW_H_
