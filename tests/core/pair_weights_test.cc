#include "core/pair_weights.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace papergraph
