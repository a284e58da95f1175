#include "core/pair_weights.h"

#include <algorithm>
#include <utility>

namespace papergraph {
namespace {

using Entry = std::pair<PairWeights::Pair, double>;

uint64_t Key(const Entry& e) { return uint64_t{e.first.first} << 32 | e.first.second; }

// Sorts by pair, stably, in time linear in the entries: a least-significant-
// digit radix sort of the 64-bit key (low vertex, high vertex), 16 bits a
// pass. A pass whose digit is the same in every entry is skipped, so
// vertex numbers below 65,536 take two passes.
void SortByPair(std::vector<Entry>* entries) {
  std::vector<Entry> sorted(entries->size());
  std::vector<size_t> start(size_t{1} << 16);
  for (int shift = 0; shift < 64; shift += 16) {
    std::fill(start.begin(), start.end(), 0);
    for (const Entry& e : *entries) ++start[(Key(e) >> shift) & 0xFFFF];
    if (entries->empty() || start[(Key(entries->front()) >> shift) & 0xFFFF] == entries->size()) continue;
    size_t at = 0;
    for (size_t& s : start) at += std::exchange(s, at);  // counts become the digits' first places
    for (const Entry& e : *entries) sorted[start[(Key(e) >> shift) & 0xFFFF]++] = e;
    entries->swap(sorted);
  }
}

}  // namespace

std::vector<std::pair<PairWeights::Pair, double>> PairWeights::Sum() {
  SortByPair(&added_);  // stable: equal pairs keep the order they were added in
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
