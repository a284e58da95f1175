#include "core/paper_tags.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/node_id.h"

namespace papergraph {
namespace {

std::vector<ExtractedPaper> Papers(int n) {
  std::vector<ExtractedPaper> papers(n);
  for (int i = 0; i < n; ++i) {
    ExtractedPaper& p = papers[i];
    p.record.arxiv = i % 2 ? "2401.0000" + std::to_string(i) : "cs/010100" + std::to_string(i);
    p.record.authors = {"Jose\xCC\x81  Ruiz", "", "Ann Lee " + std::to_string(i)};
    p.mentions = {{EntityKind::kMethod, "DPO", "dpo"}, {EntityKind::kBenchmark, "MMLU", "MMLU"}};
    p.results = {{"DPO", "MMLU", 1, "1", "", ""}, {"GPT-4o", "MMLU", 2, "2", "", ""}};
  }
  return papers;
}

TEST(PaperTagger, TagsEveryNodeInLookupOrderAndNormalisesAuthors) {
  std::vector<ExtractedPaper> papers = Papers(3);
  PaperTagger tagger(&papers, 1);
  const uint64_t* tags = tagger.Wait(1);
  ASSERT_EQ(tagger.TagCount(1), 1u + 3 + 2 + 4);
  EXPECT_EQ(tagger.TagCount(), 3 * tagger.TagCount(1));
  EXPECT_EQ(papers[1].record.authors[0], "Jos\xC3\xA9 Ruiz");
  std::vector<uint64_t> expected = {
      NodeIndex::TagOf("paper:2401.00001"), NodeIndex::TagOf(NodeId("author", "Jos\xC3\xA9 Ruiz")), 0,
      NodeIndex::TagOf("author:Ann_Lee_1"), NodeIndex::TagOf("method:DPO"), NodeIndex::TagOf("benchmark:MMLU"),
      NodeIndex::TagOf("method:DPO"),  // a method that scores is the scorer
      NodeIndex::TagOf("benchmark:MMLU"), NodeIndex::TagOf("model:GPT-4o"), NodeIndex::TagOf("benchmark:MMLU")};
  EXPECT_EQ(std::vector<uint64_t>(tags, tags + tagger.TagCount(1)), expected);
  EXPECT_EQ(PaperNodeId("cs/0101000"), "paper:cs_0101000");
  EXPECT_EQ(tagger.Wait(0)[0], NodeIndex::TagOf("paper:cs_0101000"));
  EXPECT_EQ(tagger.Ready(3), nullptr);  // no paper 3
}

TEST(PaperTagger, TheSameTagsOnOneOrTwoThreads) {
  std::vector<ExtractedPaper> a = Papers(500), b = Papers(500);
  PaperTagger one(&a, 1), two(&b, 2);
  for (size_t i = 0; i < a.size(); ++i) {
    const uint64_t *x = one.Wait(i), *y = two.Wait(i);
    ASSERT_EQ(std::vector<uint64_t>(x, x + one.TagCount(i)), std::vector<uint64_t>(y, y + two.TagCount(i)));
    EXPECT_EQ(a[i].record.authors, b[i].record.authors);
  }
}

}  // namespace
}  // namespace papergraph
