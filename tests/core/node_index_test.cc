#include "core/node_index.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace papergraph {
namespace {

TEST(NodeIndex, FindsEveryInsertedIdAcrossGrowthAndNothingElse) {
  std::vector<std::string> ids;
  auto id_of = [&](size_t n) -> std::string_view { return ids[n]; };
  NodeIndex index;
  EXPECT_FALSE(index.Find("author:nobody", id_of));
  for (size_t n = 0; n < 20000; ++n) {  // grows from 16 slots many times
    ids.push_back((n % 3 ? "author:" : "paper:") + std::to_string(n * 7919));
    index.Insert(n, id_of);
  }
  for (size_t n = 0; n < ids.size(); ++n) {
    std::optional<size_t> found = index.Find(ids[n], id_of);
    ASSERT_TRUE(found) << ids[n];
    EXPECT_EQ(*found, n);
  }
  EXPECT_FALSE(index.Find("author:1", id_of));
  EXPECT_FALSE(index.Find("", id_of));
  EXPECT_FALSE(index.Find(ids[5] + " ", id_of));
}

TEST(NodeIndex, FindsTheEmptyIdAndNoPrefix) {
  std::vector<std::string> ids = {"model:GPT-4o", "benchmark:MMLU", ""};
  auto id_of = [&](size_t n) -> std::string_view { return ids[n]; };
  NodeIndex index;
  for (size_t n = 0; n < ids.size(); ++n) index.Insert(n, id_of);
  EXPECT_EQ(index.Find("benchmark:MMLU", id_of), std::optional<size_t>(1));
  EXPECT_EQ(index.Find("", id_of), std::optional<size_t>(2));
  EXPECT_FALSE(index.Find("model:GPT-4", id_of));
}

TEST(NodeIndex, FindsByATagComputedAheadWithTheCallersTest) {
  std::vector<std::string> ids;
  auto id_of = [&](size_t n) -> std::string_view { return ids[n]; };
  NodeIndex index;
  size_t probable_hits = 0;
  for (size_t n = 0; n < 5000; ++n) {
    ids.push_back("author:" + std::to_string(n * 31));
    if (n % 2) {
      index.InsertTagged(n, NodeIndex::TagOf(ids[n]));
    } else {
      index.Insert(n, id_of);
    }
  }
  for (size_t n = 0; n < ids.size(); ++n) {
    uint64_t tag = NodeIndex::TagOf(ids[n]);
    index.Prefetch(tag);
    EXPECT_EQ(index.Find(ids[n], id_of), std::optional<size_t>(n));
    EXPECT_EQ(index.FindTagged(tag, [&](size_t m) { return ids[m] == ids[n]; }), std::optional<size_t>(n));
    // The caller's test decides: one that never holds finds nothing.
    EXPECT_FALSE(index.FindTagged(tag, [](size_t) { return false; }));
    // Probable names the node of the probe's first slot, when the tags agree.
    if (std::optional<size_t> probable = index.Probable(tag)) {
      EXPECT_EQ(NodeIndex::TagOf(ids[*probable]), tag);
      probable_hits += *probable == n;
    }
  }
  EXPECT_GT(probable_hits, ids.size() / 2);  // at most 70% full: most probes end where they start
  EXPECT_FALSE(index.FindTagged(NodeIndex::TagOf("author:1"), [&](size_t m) { return ids[m] == "author:1"; }));
}

}  // namespace
}  // namespace papergraph
