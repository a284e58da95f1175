#include "core/pair_weights.h"

#include <algorithm>

namespace papergraph {

std::vector<std::pair<PairWeights::Pair, double>> PairWeights::Sum() {
  // Stable, so equal pairs keep the order they were added in.
  std::stable_sort(added_.begin(), added_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // Each distinct pair's sum goes over the first of its entries, in place.
  size_t sums = 0;
  for (size_t i = 0; i < added_.size(); ++i) {
    if (sums > 0 && added_[sums - 1].first == added_[i].first) {
      added_[sums - 1].second += added_[i].second;
    } else {
      added_[sums++] = added_[i];
    }
  }
  added_.resize(sums);
  return std::move(added_);
}

}  // namespace papergraph
