#include "core/graph_stats.h"

#include <algorithm>
#include <map>

namespace papergraph {
namespace {

void Rank(std::vector<std::pair<std::string, int>>* ranking, size_t top) {
  std::sort(ranking->begin(), ranking->end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (ranking->size() > top) ranking->resize(top);
}

}  // namespace

GraphStats ComputeStats(const KnowledgeGraph& graph, size_t top) {
  GraphStats stats;
  stats.nodes = graph.NodeCounts();
  stats.edges = graph.EdgeCounts();
  const Graph& g = graph.graph();
  std::vector<int> coauthors(boost::num_vertices(g), 0);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].kind != EdgeKind::kCoauthor) continue;
    ++coauthors[boost::source(e, g)];
    ++coauthors[boost::target(e, g)];
  }
  std::map<std::string, int> days;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    switch (n.kind) {
      case NodeKind::kPaper:
        for (const std::string& d : n.paper().dates) ++days[d];
        break;
      case NodeKind::kAuthor:
        stats.authors_by_papers.emplace_back(n.label, n.paper_count);
        stats.authors_by_coauthors.emplace_back(n.label, coauthors[v]);
        break;
      case NodeKind::kModel: stats.models_by_papers.emplace_back(n.label, n.paper_count); break;
      case NodeKind::kMethod: stats.methods_by_papers.emplace_back(n.label, n.paper_count); break;
      case NodeKind::kBenchmark: stats.benchmarks_by_papers.emplace_back(n.label, n.paper_count); break;
    }
  }
  stats.days_by_papers.assign(days.begin(), days.end());
  for (GraphStats::Ranking* r : {&stats.authors_by_papers, &stats.authors_by_coauthors,
                                 &stats.models_by_papers, &stats.benchmarks_by_papers,
                                 &stats.methods_by_papers, &stats.days_by_papers}) {
    Rank(r, top);
  }
  return stats;
}

}  // namespace papergraph
