#include "extractors/list_pairing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

const std::vector<Mention>& Mentions() {
  static const std::vector<Mention> mentions = {
      {EntityKind::kBenchmark, "HumanEval", "HumanEval"},
      {EntityKind::kBenchmark, "MBPP", "MBPP"},
      {EntityKind::kBenchmark, "MMLU", "MMLU"},
      {EntityKind::kModel, "GPT-4o", "GPT-4o"},
  };
  return mentions;
}

// The benchmark each number pairs with ("-" for none), in number order.
std::vector<std::string> Pairs(const std::string& sentence) {
  std::vector<Occurrence> found = FindOccurrences(sentence, Mentions(), Lexicon());
  std::string masked = MaskOccurrences(sentence, found);
  std::vector<ScoreNumber> numbers = FindScoreNumbers(masked);
  std::vector<std::string> out;
  for (size_t i : PairListsInOrder(masked, found, numbers)) {
    out.push_back(i == kNoPair ? "-" : found[i].mention->canonical);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(ListPairingTest, KoreanEachPairsWithTheBenchmarksBefore) {
  EXPECT_EQ(
      Pairs("MMLU는 제외하고, HumanEval (Chen et al., 2021) 및 MBPP에서 각각 70.53%와 80.92%"),
      (Strings{"-", "HumanEval", "MBPP"}));  // the year 2021 pairs with nothing
}

TEST(ListPairingTest, EnglishRespectivelyPairsWithTheBenchmarksAfter) {
  EXPECT_EQ(
      Pairs("GPT-4o scores 88.1%, 95.3% and 60.2% on HumanEval, MBPP and MMLU, respectively."),
      (Strings{"HumanEval", "MBPP", "MMLU"}));
}

TEST(ListPairingTest, UnmarkedListsPairOnlyWhenTheBenchmarksAreOneList) {
  EXPECT_EQ(Pairs("HumanEval 및 MBPP에서 55.89 및 95.8의 정확도"), (Strings{"HumanEval", "MBPP"}));
  EXPECT_EQ(Pairs("HumanEval에서 높았고 GPT-4o는 MBPP에서 55.89 및 95.8"), (Strings{"-", "-"}));
}

TEST(ListPairingTest, CountsMustAgree) {
  EXPECT_EQ(Pairs("HumanEval 및 MBPP에서 각각 1.5, 2.5, 3.5"), (Strings{"-", "-", "-"}));
  EXPECT_EQ(Pairs("MBPP에서 80.9%"), Strings{"-"});
}

}  // namespace
}  // namespace papergraph
