#include "core/coauthor_edges.h"

#include <algorithm>
#include <utility>

#include "core/parallel_for.h"

namespace papergraph {
namespace {

// Calls f(lower, higher) for every pair of authors of every paper.
template <typename F>
void ForEachPair(const std::vector<uint32_t>& authors, const std::vector<size_t>& ends, F f) {
  size_t begin = 0;
  for (size_t end : ends) {
    for (size_t i = begin; i < end; ++i) {
      for (size_t j = i + 1; j < end; ++j) {
        auto [lower, higher] = std::minmax(authors[i], authors[j]);
        f(lower, higher);
      }
    }
    begin = end;
  }
}

}  // namespace

void CoauthorEdges::AddPaper(const std::vector<Vertex>& authors) {
  if (authors.size() < 2) return;
  for (Vertex v : authors) authors_.push_back(static_cast<uint32_t>(v));
  ends_.push_back(authors_.size());
}

size_t CoauthorEdges::AddEdges(KnowledgeGraph* g, uint32_t low, uint32_t high,
                               const std::vector<size_t>& first, std::vector<uint32_t>* higher) {
  size_t added = 0;
  std::vector<std::pair<Vertex, double>> edges;  // to, weight
  for (uint32_t v = low; v < high; ++v) {
    auto begin = higher->begin() + first[v], end = higher->begin() + first[v + 1];
    if (begin == end) continue;
    std::sort(begin, end);
    edges.clear();
    while (begin != end) {
      auto run = std::find_if(begin, end, [&](uint32_t w) { return w != *begin; });
      edges.push_back({*begin, static_cast<double>(run - begin)});
      begin = run;
    }
    g->AddOutEdges(v, EdgeKind::kCoauthor, edges);
    added += edges.size();
  }
  return added;
}

void CoauthorEdges::AddTo(KnowledgeGraph* g, int threads) const {
  uint32_t vertices = static_cast<uint32_t>(g->num_nodes());
  // first[v]: where vertex v's higher co-authors go, one per pair listed.
  std::vector<size_t> first(size_t{vertices} + 1, 0);
  ForEachPair(authors_, ends_, [&](uint32_t a, uint32_t) { ++first[a + 1]; });
  for (uint32_t v = 0; v < vertices; ++v) first[v + 1] += first[v];
  std::vector<uint32_t> higher(first[vertices]);
  std::vector<size_t> next(first.begin(), first.end() - 1);
  ForEachPair(authors_, ends_, [&](uint32_t a, uint32_t b) { higher[next[a]++] = b; });
  // Ranges of vertices with about as many pairs each, shared by the threads.
  constexpr size_t kChunks = 64;
  std::vector<uint32_t> bounds(kChunks + 1, vertices);
  for (size_t k = 0; k < kChunks; ++k) {
    bounds[k] = static_cast<uint32_t>(
        std::lower_bound(first.begin(), first.end() - 1, first[vertices] * k / kChunks) - first.begin());
  }
  std::vector<size_t> added(kChunks);
  ParallelFor(kChunks, threads, [&](size_t k) {
    added[k] = AddEdges(g, bounds[k], bounds[k + 1], first, &higher);
  });
  size_t edges = 0;
  for (size_t n : added) edges += n;
  g->CountEdges(EdgeKind::kCoauthor, edges);
}

}  // namespace papergraph
