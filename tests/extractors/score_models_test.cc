#include "extractors/score_models.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

const std::vector<Mention>& Mentions() {
  static const std::vector<Mention> mentions = {
      {EntityKind::kModel, "GPT-4o", "GPT-4o"},
      {EntityKind::kModel, "o1", "o1"},
      {EntityKind::kModel, "AStar", "AStar"},
      {EntityKind::kBenchmark, "MMLU", "MMLU"},
  };
  return mentions;
}

// "source: model, model" for the number with value `value` in `text`.
std::string Models(const std::string& text, const std::string& value,
                   const ProposedSystem& proposed = {{"AStar"}, "AStar"}) {
  ScoreSentence s;
  s.text = text;
  s.found = FindOccurrences(text, Mentions(), Lexicon());
  s.masked = MaskOccurrences(text, s.found);
  s.numbers = FindScoreNumbers(s.masked);
  for (const ScoreNumber& n : s.numbers) {
    if (n.value_text != value) continue;
    ModelSource source = ModelSource::kOwner;
    std::vector<std::string> models = ModelsOfScore(s, n, proposed, &source);
    std::string out = source == ModelSource::kOwner     ? "owner:"
                      : source == ModelSource::kSubject ? "subject:"
                                                        : "proposed:";
    for (const std::string& m : models) out += " " + m;
    return out;
  }
  return "no number " + value;
}

TEST(ScoreModelsTest, OwnerWrittenWithTheNumber) {
  EXPECT_EQ(Models("AStar는 MMLU에서 54.0%로 GPT-4o(50.2%)를 능가", "50.2"), "owner: GPT-4o");
  EXPECT_EQ(Models("AStar는 MMLU에서 54.0%로 GPT-4o(50.2%)를 능가", "54.0"), "subject: AStar");
  EXPECT_EQ(Models("an FID of 1.52, compared with 2.27 for GPT-4o", "2.27"), "owner: GPT-4o");
}

TEST(ScoreModelsTest, KoreanSubjectWithItsList) {
  EXPECT_EQ(Models("o1, GPT-4o 모델은 MMLU에서 평균 75%", "75"), "subject: o1 GPT-4o");
  EXPECT_EQ(Models("GPT-4o조차도 MMLU에서 39.97%에 그쳤다", "39.97"), "subject: GPT-4o");
}

TEST(ScoreModelsTest, EnglishSubjectIsNotAComparedModel) {
  EXPECT_EQ(Models("Compared to GPT-4o, o1 reaches 91.2% on MMLU", "91.2"), "subject: o1");
  EXPECT_EQ(Models("It outperforms GPT-4o with 91.2% on MMLU", "91.2"), "proposed: AStar");
}

TEST(ScoreModelsTest, UnknownSubjectLeavesNoModel) {
  EXPECT_EQ(Models("MMLU에서 RaceVLA는 31.3%를 기록", "31.3"), "subject:");
  EXPECT_EQ(Models("MMLU에서 AStar-7B는 31.3%를 기록", "31.3"), "proposed: AStar");
  EXPECT_EQ(Models("MMLU에서 31.3%를 기록", "31.3", {}), "proposed:");
}

}  // namespace
}  // namespace papergraph
