#include "extractors/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view s : SplitSentences(text)) out.emplace_back(s);
  return out;
}

TEST(SentenceSplitterTest, SplitsAtSentenceEndsNotDecimalsOrAbbreviations) {
  EXPECT_EQ(Split("MMLU에서 79.2%를 기록했습니다. GSM8K에서도 좋았다!\n다음 줄"),
            (std::vector<std::string>{"MMLU에서 79.2%를 기록했습니다.", "GSM8K에서도 좋았다!",
                                      "다음 줄"}));
  EXPECT_EQ(Split("Models (e.g. GPT-4 vs. Llama, Chen et al. 2021) score 90.2. Next one"),
            (std::vector<std::string>{"Models (e.g. GPT-4 vs. Llama, Chen et al. 2021) score 90.2.",
                                      "Next one"}));
}

TEST(SentenceSplitterTest, SplitsInsideAPythonDictSummary) {
  EXPECT_EQ(Split("[{'code': 'A는 90.2%입니다.', 'math': 'B는 75.7%입니다.'}]").size(), 2u);
}

TEST(SentenceSplitterTest, EmptyAndBlankTextGiveNothing) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split(" \n \n").empty());
}

TEST(SentenceSplitterTest, EvidenceDropsDigestDecoration) {
  EXPECT_EQ(EvidenceText("- **Performance Highlights**: A는  90.2%입니다."), "A는 90.2%입니다.");
  EXPECT_EQ(EvidenceText("- ***What's New***: X"), "X");
  EXPECT_EQ(EvidenceText("', 'math': 'B는 75.7%입니다.'"), "B는 75.7%입니다.");
  EXPECT_EQ(EvidenceText("plain"), "plain");
}

}  // namespace
}  // namespace papergraph
