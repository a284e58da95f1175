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
#include <functional>
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

  // Calls visit on every node / edge in the order above until it returns
  // false. Returns false when a visit did.
  bool ForEachNode(const std::function<bool(const ViewNode&)>& visit) const;
  bool ForEachEdge(const std::function<bool(const ViewEdge&)>& visit) const;

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
  bool TakesGraphEdge(Vertex from, Vertex to, const EdgeProps& e) const;
  // Visits the view's edges, ends filtered by `keep` (the nodes of the view,
  // or, while DeriveView applies `around`, those before it).
  bool VisitEdges(const std::vector<bool>& keep,
                  const std::function<bool(const ViewEdge&)>& visit) const;

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

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_GRAPH_VIEW_H_
