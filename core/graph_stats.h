// GraphStats: what `papergraph stats` reports about a KnowledgeGraph —
// counts per kind, the most prolific and most connected authors, the most
// mentioned models and benchmarks, the busiest listing days. Pure; ties are
// broken by name so the report is deterministic.
#ifndef PAPERGRAPH_CORE_GRAPH_STATS_H_
#define PAPERGRAPH_CORE_GRAPH_STATS_H_

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "core/knowledge_graph.h"

namespace papergraph {

struct GraphStats {
  using Ranking = std::vector<std::pair<std::string, int>>;  // label, count; best first

  std::array<size_t, kNodeKinds> nodes{};
  std::array<size_t, kEdgeKinds> edges{};
  Ranking authors_by_papers;
  Ranking authors_by_coauthors;  // distinct co-authors (coauthor edges)
  Ranking models_by_papers;
  Ranking benchmarks_by_papers;
  Ranking methods_by_papers;
  Ranking days_by_papers;  // "YYYY-MM-DD", papers listed that day
};

// The top `top` of each ranking.
GraphStats ComputeStats(const KnowledgeGraph& graph, size_t top);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_GRAPH_STATS_H_
