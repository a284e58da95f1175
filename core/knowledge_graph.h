// KnowledgeGraph: the papergraph graph, a boost::adjacency_list with bundled
// node and edge properties, plus an index from stable node id to vertex.
//
// Node ids are content ids ("paper:2406.11931", "author:Y.2E_Wu",
// "model:GPT-4o"), never container indices, so exporters can write them
// as they are. The builder (graph_builder.h) adds nodes and edges in a
// deterministic order, and exporters write them in vertex/edge order, so the
// same input always gives the same files.
#ifndef PAPERGRAPH_CORE_KNOWLEDGE_GRAPH_H_
#define PAPERGRAPH_CORE_KNOWLEDGE_GRAPH_H_

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "core/node_index.h"

namespace papergraph {

enum class NodeKind { kPaper, kAuthor, kModel, kMethod, kBenchmark };
enum class EdgeKind : uint8_t { kAuthored, kCoauthor, kMentions, kProposes, kScore };
constexpr int kNodeKinds = 5;
constexpr int kEdgeKinds = 5;

const char* NodeKindName(NodeKind kind);  // "paper", "author", ...
const char* EdgeKindName(EdgeKind kind);  // "authored", "coauthor", ...

// What only a paper node has.
struct PaperFields {
  std::string arxiv;
  std::vector<std::string> dates;   // listing dates, sorted, unique
  std::optional<int> votes;
  bool authors_truncated = false;
  std::string source;               // "file:line" of the first listing
};

// Nodes are mostly authors, so the fields of papers live apart: a node
// spends 8 bytes on them unless it is a paper. Movable, not copyable.
struct NodeProps {
  std::string id;     // stable content id, an xs:NMTOKEN
  std::string label;  // title for papers, name otherwise
  // Other written forms: other titles of a paper, aliases of an entity.
  std::vector<std::string> aliases;
  int paper_count = 0;  // papers that list this author / mention this entity
  NodeKind kind = NodeKind::kPaper;

  // The paper's fields; empty ones when none were set (any node not a paper).
  const PaperFields& paper() const;
  // The paper's fields to set, created on first use.
  PaperFields& mutable_paper();

 private:
  std::unique_ptr<PaperFields> paper_;
};

// What one score edge (model -> benchmark) reports.
struct ScoreReport {
  double value = 0;
  std::string value_text;  // as written
  std::string unit;        // "%", "" or a metric name
  std::string paper;       // node id of the paper that reports it
  std::string date;        // listing date of that paper
  std::string evidence;    // the sentence
};

// Edges are many (co-author pairs above all) and boost allocates each one's
// properties apart, so an edge is small: 24 bytes, one 32-byte allocation.
// The text of a score report is kept by the graph (AddScore).
struct EdgeProps {
  double weight = 1;                   // coauthor: shared papers; others: 1
  const ScoreReport* score = nullptr;  // score edges; null on others
  int32_t position = 0;                // authored: 1-based place in the author list
  EdgeKind kind = EdgeKind::kAuthored;

  // The report of a score edge; an empty one when there is none.
  const ScoreReport& report() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                    NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Movable, not copyable: score edges point into the graph's own reports.
class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  KnowledgeGraph(KnowledgeGraph&&) = default;
  KnowledgeGraph& operator=(KnowledgeGraph&&) = default;
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  // Returns the vertex with props.id, adding it with `props` if new.
  Vertex AddNode(NodeProps props);
  std::optional<Vertex> Find(std::string_view id) const;

  // The same two with the id's index tag computed ahead (NodeIndex::TagOf):
  // FindTagged returns the node with that tag for which same(node props)
  // holds; AddNewNode adds a node whose id no node has.
  template <typename Same>
  std::optional<Vertex> FindTagged(uint64_t tag, Same same) const {
    return index_.FindTagged(tag, [&](size_t n) { return same((*graph_)[n]); });
  }
  Vertex AddNewNode(NodeProps props, uint64_t tag);
  // Room for `nodes` nodes in all, so that adding them moves none.
  void ReserveNodes(size_t nodes) { graph_->m_vertices.reserve(nodes); }
  // Start loading what a FindTagged(tag, ...) reads: its index slot (a few
  // nodes ahead), then, once the slot is loaded, the node it most likely
  // finds, with the end of its out-edges.
  void PrefetchSlot(uint64_t tag) const { index_.Prefetch(tag); }
  void PrefetchNode(uint64_t tag) const;

  // Adds an edge; parallel edges are allowed (one per score report).
  Edge AddEdge(Vertex from, Vertex to, EdgeProps props);
  // Adds edges of one kind from `from`, to each (vertex, weight) in turn,
  // without counting them: CountEdges does. Several threads may add at once,
  // each from vertices of its own.
  void AddOutEdges(Vertex from, EdgeKind kind, const std::vector<std::pair<Vertex, double>>& edges);
  void CountEdges(EdgeKind kind, size_t added) { edge_counts_[static_cast<int>(kind)] += added; }
  // Adds a score edge model -> benchmark carrying `report`, which the graph keeps.
  Edge AddScore(Vertex model, Vertex benchmark, ScoreReport report);

  const Graph& graph() const { return *graph_; }
  NodeProps& node(Vertex v) { return (*graph_)[v]; }
  const NodeProps& node(Vertex v) const { return (*graph_)[v]; }

  size_t num_nodes() const { return boost::num_vertices(*graph_); }
  size_t num_edges() const { return boost::num_edges(*graph_); }
  std::array<size_t, kNodeKinds> NodeCounts() const;
  std::array<size_t, kEdgeKinds> EdgeCounts() const { return edge_counts_; }

  // How the graph's coauthor edges were counted, so that a view counting the
  // same way can show them instead of counting again: one per shared paper,
  // papers of more than `max_authors` authors left out (0: none left out).
  // Unset (the default) when nothing counted them, e.g. a graph built by hand.
  void SetCoauthorCut(int max_authors) { coauthor_cut_ = max_authors > 0 ? max_authors : 0; }
  std::optional<int> coauthor_cut() const { return coauthor_cut_; }

 private:
  // Apart, so that moving the graph moves a pointer: boost 1.74's
  // adjacency_list has no move constructor, and its swap copies.
  std::unique_ptr<Graph> graph_ = std::make_unique<Graph>();
  // (*graph_)[n].id, for index_.
  auto IdOf() const {
    return [this](size_t n) -> std::string_view { return (*graph_)[n].id; };
  }

  NodeIndex index_;
  std::deque<ScoreReport> reports_;  // of the score edges; a deque never moves them
  std::array<size_t, kEdgeKinds> edge_counts_{};  // edges by kind, counted as added
  std::optional<int> coauthor_cut_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_KNOWLEDGE_GRAPH_H_
