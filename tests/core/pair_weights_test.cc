#include "core/pair_weights.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace papergraph {
namespace {

TEST(PairWeights, SumsEachUnorderedPairOnceInPairOrder) {
  PairWeights w;
  w.Add(7, 3, 1.0);
  w.Add(1, 2, 1.0);
  w.Add(3, 7, 0.5);
  w.Add(2, 1, 2.0);
  auto sums = w.Sum();
  ASSERT_EQ(sums.size(), 2u);
  EXPECT_EQ(sums[0].first, PairWeights::Pair(1, 2));
  EXPECT_EQ(sums[0].second, 3.0);
  EXPECT_EQ(sums[1].first, PairWeights::Pair(3, 7));
  EXPECT_EQ(sums[1].second, 1.5);
  EXPECT_TRUE(w.Sum().empty());  // Sum empties it
}

TEST(PairWeights, AddsInTheOrderOfAdding) {
  // Floating-point addition is not associative: 1e16 + 1 + -1e16 is 0 when
  // added left to right, 1 in another order. The sum must be the former.
  PairWeights w;
  w.Add(1, 2, 1e16);
  w.Add(5, 6, 1.0);
  w.Add(2, 1, 1.0);
  w.Add(1, 2, -1e16);
  EXPECT_EQ(w.Sum()[0].second, (1e16 + 1.0) + -1e16);
}

TEST(PairWeights, AgreesWithAMapOnLargeVertexNumbers) {
  // Vertex numbers across every 16-bit digit of the sort, up to 2^32 - 1;
  // weights that show the order of adding (each pair's sum is exact).
  std::mt19937 random(7);
  const std::vector<Vertex> vertices = {0, 1, 65535, 65536, 65537, 1u << 20, (1u << 20) + 3,
                                        4294967294u, 4294967295u};
  PairWeights w;
  std::map<PairWeights::Pair, double> expected;
  for (int i = 0; i < 5000; ++i) {
    Vertex a = vertices[random() % vertices.size()], b = vertices[random() % vertices.size()];
    double weight = (i % 7) + 0.25;
    w.Add(a, b, weight);
    expected[{static_cast<uint32_t>(std::min(a, b)), static_cast<uint32_t>(std::max(a, b))}] += weight;
  }
  auto sums = w.Sum();
  ASSERT_EQ(sums.size(), expected.size());
  size_t i = 0;
  for (const auto& [pair, weight] : expected) {
    EXPECT_EQ(sums[i].first, pair) << i;
    EXPECT_EQ(sums[i].second, weight) << i;
    ++i;
  }
}

}  // namespace
}  // namespace papergraph
