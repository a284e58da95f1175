#include "extractors/entity_occurrences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/score_numbers.h"

namespace papergraph {
namespace {

std::vector<std::string> Found(const std::string& sentence, const std::vector<Mention>& mentions,
                               const Lexicon& lexicon = Lexicon()) {
  std::vector<std::string> out;
  for (const Occurrence& o : FindOccurrences(sentence, mentions, lexicon)) {
    out.push_back(sentence.substr(o.begin, o.end - o.begin) + "=" + o.mention->canonical);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(EntityOccurrencesTest, NamesStandAloneOnly) {
  std::vector<Mention> m = {{EntityKind::kBenchmark, "MMLU", "MMLU"},
                            {EntityKind::kBenchmark, "HumanEval", "HumanEval"}};
  EXPECT_EQ(Found("MMLU에서, MMLU-Pro와 MMLUs, HumanEval+ 그리고 (HumanEval)", m),
            (Strings{"MMLU=MMLU", "HumanEval=HumanEval"}));
}

TEST(EntityOccurrencesTest, LongestFormWinsAndAliasesCount) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv("model\tLlama 3.2 1B\tLlama-3.2-1B\nmodel\tLlama 3\n", "test", &diagnostics);
  std::vector<Mention> m = {{EntityKind::kModel, "Llama 3", "Llama 3"},
                            {EntityKind::kModel, "Llama 3.2 1B", "Llama 3.2 1B"}};
  EXPECT_EQ(Found("Llama-3.2-1B와 Llama 3", m, lexicon),
            (Strings{"Llama-3.2-1B=Llama 3.2 1B", "Llama 3=Llama 3"}));
}

TEST(EntityOccurrencesTest, MaskKeepsOffsetsAndMarksKinds) {
  std::vector<Mention> m = {{EntityKind::kBenchmark, "MMLU", "MMLU"},
                            {EntityKind::kModel, "GPT-4o", "GPT-4o"}};
  std::string s = "GPT-4o: MMLU 88%";
  std::string masked = MaskOccurrences(s, FindOccurrences(s, m, Lexicon()));
  EXPECT_EQ(masked, std::string(6, kModelMask) + ": " + std::string(4, kBenchmarkMask) + " 88%");
}

}  // namespace
}  // namespace papergraph
