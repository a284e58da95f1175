#include "exporters/rdf_graph.h"

#include <utility>

namespace papergraph {

Status RdfGraph::Prepare() {
  std::call_once(prepared_, [this] {
    std::vector<NodeKind> kinds;  // by vertex: read here only, so not kept
    status_ = MintIris(&kinds);
    if (status_.ok()) status_ = CollectEdges(kinds);
  });
  return status_;
}

Status RdfGraph::MintIris(std::vector<NodeKind>* kinds) {
  const Graph& g = graph_.graph();
  iris_.Reserve(graph_.num_nodes());
  kinds->reserve(graph_.num_nodes());
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& node = g[v];
    if (node.kind == NodeKind::kPaper && node.paper().arxiv.empty()) {
      return Status::InvalidArgument("paper node " + node.id + " has no arXiv id");
    }
    kinds->push_back(node.kind);
    iris_.Add(node);
  }
  return Status::Ok();
}

// Files every edge under the paper it belongs to: the paper edges in one
// array grouped by paper (offsets by vertex), in graph order within a
// paper; the score edges by the paper that reports them. Each edge's
// properties are read once (they are allocated apart: a cache miss each).
Status RdfGraph::CollectEdges(const std::vector<NodeKind>& kinds) {
  const Graph& g = graph_.graph();
  const size_t num_nodes = graph_.num_nodes();
  const auto counts = graph_.EdgeCounts();
  const size_t expected = counts[static_cast<int>(EdgeKind::kAuthored)] +
                          counts[static_cast<int>(EdgeKind::kMentions)] +
                          counts[static_cast<int>(EdgeKind::kProposes)];
  std::vector<uint32_t> place;  // by part: its paper, then where it goes
  parts_.reserve(expected);
  place.reserve(expected);
  part_start_.assign(num_nodes + 1, 0);
  for (Vertex from = 0; from < num_nodes; ++from) {
    bool from_paper = kinds[from] == NodeKind::kPaper;
    for (Edge e : boost::make_iterator_range(boost::out_edges(from, g))) {
      const EdgeProps& props = g[e];
      // Co-authorship is derivable from schema:author, so not written.
      if (props.kind == EdgeKind::kCoauthor) continue;
      if (props.kind == EdgeKind::kScore) {
        if (Status s = FileScore(e); !s.ok()) return s;
        continue;
      }
      // An authored, mentions or proposes edge, whichever way it points.
      Vertex to = boost::target(e, g);
      Vertex paper = from_paper ? from : to, other = from_paper ? to : from;
      if (kinds[paper] != NodeKind::kPaper) {
        return Status::InvalidArgument(std::string(EdgeKindName(props.kind)) + " edge " +
                                       EdgeName(from, to) + " has no paper end");
      }
      int32_t tag = -static_cast<int32_t>(props.kind);
      if (props.kind == EdgeKind::kAuthored) {
        tag = props.position;
        if (tag < 1) {
          return Status::InvalidArgument("authored edge " + EdgeName(from, to) +
                                         " has no 1-based position");
        }
      }
      ++part_start_[paper + 1];
      parts_.push_back({static_cast<uint32_t>(other), tag});
      place.push_back(static_cast<uint32_t>(paper));
    }
  }
  for (size_t v = 0; v < num_nodes; ++v) part_start_[v + 1] += part_start_[v];
  // Each part's place among its paper's, then each moved there in place,
  // cycle by cycle, so that no second array of parts is needed.
  std::vector<uint32_t> next(part_start_.begin(), part_start_.end() - 1);  // by paper
  for (uint32_t& p : place) p = next[p]++;
  for (size_t i = 0; i < parts_.size(); ++i) {
    while (place[i] != i) {
      std::swap(parts_[i], parts_[place[i]]);
      std::swap(place[i], place[place[i]]);
    }
  }
  return Status::Ok();
}

// "FROM_ID -> TO_ID", for messages.
std::string RdfGraph::EdgeName(Vertex from, Vertex to) const {
  const Graph& g = graph_.graph();
  return g[from].id + " -> " + g[to].id;
}

Status RdfGraph::FileScore(Edge e) {
  const Graph& g = graph_.graph();
  const ScoreReport& report = g[e].report();
  std::optional<Vertex> p = graph_.Find(report.paper);
  if (!p || g[*p].kind != NodeKind::kPaper) {
    return Status::InvalidArgument("score edge " +
                                   EdgeName(boost::source(e, g), boost::target(e, g)) +
                                   " names no paper node: '" + report.paper + "'");
  }
  scores_[*p].push_back(e);
  if (!report.unit.empty() && report.unit != "%") metrics_.insert(report.unit);
  return Status::Ok();
}

}  // namespace papergraph
