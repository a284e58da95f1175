// PairWeights: weights summed per unordered vertex pair, as co-authorship
// needs (every pair of a paper's authors adds to the pair's weight).
//
//   PairWeights w;
//   w.Add(7, 3, 1.0);  w.Add(3, 7, 0.5);
//   w.Sum() == {{{3, 7}, 1.5}}
//
// Sum gives each distinct pair once, lower vertex first, in pair order, its
// weights added in the order they were added: the result depends on the
// input alone. Kept as a vector sorted once at the end (a radix sort, linear
// in the adds) and summed in place:
// 16 bytes per Add (vertices below 2^32), where a std::map spent a tree node
// per pair.
#ifndef PAPERGRAPH_CORE_PAIR_WEIGHTS_H_
#define PAPERGRAPH_CORE_PAIR_WEIGHTS_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "core/knowledge_graph.h"

namespace papergraph {

class PairWeights {
 public:
  using Pair = std::pair<uint32_t, uint32_t>;

  // Room for `adds` calls of Add (the vector would otherwise double as it
  // grows, and for a moment hold its old and new storage both).
  void Reserve(size_t adds) { added_.reserve(adds); }
  void Add(Vertex a, Vertex b, double weight) {
    auto [low, high] = std::minmax(a, b);
    added_.push_back({{static_cast<uint32_t>(low), static_cast<uint32_t>(high)}, weight});
  }

  // The summed weights; empties what was added.
  std::vector<std::pair<Pair, double>> Sum();

 private:
  std::vector<std::pair<Pair, double>> added_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_PAIR_WEIGHTS_H_
