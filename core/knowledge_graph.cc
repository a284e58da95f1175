#include "core/knowledge_graph.h"

namespace papergraph {

static_assert(sizeof(EdgeProps) <= 24, "an edge's properties fit one 32-byte allocation");

const PaperFields& NodeProps::paper() const {
  static const PaperFields kNone;
  return paper_ ? *paper_ : kNone;
}

PaperFields& NodeProps::mutable_paper() {
  if (!paper_) paper_ = std::make_unique<PaperFields>();
  return *paper_;
}

const ScoreReport& EdgeProps::report() const {
  static const ScoreReport kNone;
  return score ? *score : kNone;
}


const char* NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPaper: return "paper";
    case NodeKind::kAuthor: return "author";
    case NodeKind::kModel: return "model";
    case NodeKind::kMethod: return "method";
    case NodeKind::kBenchmark: return "benchmark";
  }
  return "paper";
}

const char* EdgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kAuthored: return "authored";
    case EdgeKind::kCoauthor: return "coauthor";
    case EdgeKind::kMentions: return "mentions";
    case EdgeKind::kProposes: return "proposes";
    case EdgeKind::kScore: return "score";
  }
  return "authored";
}

Vertex KnowledgeGraph::AddNode(NodeProps props) {
  if (std::optional<size_t> known = index_.Find(props.id, IdOf())) return *known;
  uint64_t tag = NodeIndex::TagOf(props.id);
  return AddNewNode(std::move(props), tag);
}

Vertex KnowledgeGraph::AddNewNode(NodeProps props, uint64_t tag) {
  Vertex v = boost::add_vertex(*graph_);  // boost's add_vertex(props, g) would copy them
  (*graph_)[v] = std::move(props);
  index_.InsertTagged(v, tag);
  return v;
}

void KnowledgeGraph::PrefetchNode(uint64_t tag) const {
  if (std::optional<size_t> n = index_.Probable(tag)) {
    const NodeProps& node = (*graph_)[*n];
    __builtin_prefetch(&node);
    __builtin_prefetch(node.label.data());
    const auto& out = graph_->out_edge_list(*n);
    if (!out.empty()) __builtin_prefetch(&out.back() + 1);
  }
}

std::optional<Vertex> KnowledgeGraph::Find(std::string_view id) const {
  return index_.Find(id, IdOf());
}

Edge KnowledgeGraph::AddEdge(Vertex from, Vertex to, EdgeProps props) {
  ++edge_counts_[static_cast<int>(props.kind)];
  return boost::add_edge(from, to, std::move(props), *graph_).first;
}

void KnowledgeGraph::AddOutEdges(Vertex from, EdgeKind kind,
                                 const std::vector<std::pair<Vertex, double>>& edges) {
  auto& out = graph_->out_edge_list(from);
  out.reserve(out.size() + edges.size());
  for (const auto& [to, weight] : edges) {
    EdgeProps e;
    e.kind = kind;
    e.weight = weight;
    boost::add_edge(from, to, std::move(e), *graph_);
  }
}

Edge KnowledgeGraph::AddScore(Vertex model, Vertex benchmark, ScoreReport report) {
  reports_.push_back(std::move(report));
  EdgeProps e;
  e.kind = EdgeKind::kScore;
  e.score = &reports_.back();
  return AddEdge(model, benchmark, e);
}

std::array<size_t, kNodeKinds> KnowledgeGraph::NodeCounts() const {
  std::array<size_t, kNodeKinds> counts{};
  for (Vertex v : boost::make_iterator_range(boost::vertices(*graph_))) {
    ++counts[static_cast<int>((*graph_)[v].kind)];
  }
  return counts;
}

}  // namespace papergraph
