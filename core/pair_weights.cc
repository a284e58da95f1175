#include "core/pair_weights.h"

#include <algorithm>

namespace papergraph {

std::vector<std::pair<PairWeights::Pair, double>> PairWeights::Sum() {
  // Stable, so equal pairs keep the order they were added in.
  std::stable_sort(added_.begin(), added_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<Pair, double>> sums;
  for (const auto& [pair, weight] : added_) {
    if (!sums.empty() && sums.back().first == pair) {
      sums.back().second += weight;
    } else {
      sums.push_back({pair, weight});
    }
  }
  std::vector<std::pair<Pair, double>>().swap(added_);
  return sums;
}

}  // namespace papergraph
