#include "extractors/result_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

const Lexicon& TestLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon l;
    Diagnostics diagnostics;
    l.AddTsv(
        "model\tDeepSeek-Coder-V2\n"
        "model\tGPT-4o\n"
        "model\tGPT-4\n"
        "model\to1\n"
        "model\to1-preview\n"
        "model\tAStar\n"
        "model\tLlama 3.2 1B\tLlama-3.2-1B\n"
        "model\tStyleGAN2\n"
        "model\tDiT\n"
        "method\tBPO\n"
        "benchmark\tHumanEval\n"
        "benchmark\tMBPP\n"
        "benchmark\tLiveCodeBench\n"
        "benchmark\tMMLU\n"
        "benchmark\tMATH\n"
        "benchmark\tGSM8K\n"
        "benchmark\tAIME\n"
        "benchmark\tMathVerse\n"
        "benchmark\tTL;DR\n"
        "benchmark\tFFHQ-256\n"
        "benchmark\tHackerRank-ASTRA\n"
        "benchmark\tImageNet\n",
        "test", &diagnostics);
    return l;
  }();
  return lexicon;
}

// Runs the extractor over one summary line. `entities` names the mentions
// as "kind:name" (the written form is the canonical one) and `proposes`.
std::vector<ScoreResult> Extract(const std::string& summary,
                                 const std::vector<std::string>& proposes = {}) {
  PaperRecord paper;
  paper.arxiv = "2401.00001";
  paper.sections.push_back({"", summary, 1});
  Entities entities;
  for (const LexiconEntry& e : TestLexicon().entries()) {
    entities.mentions.push_back({e.kind, e.canonical, e.canonical});
  }
  entities.proposes = proposes;
  return ExtractResults(paper, entities, TestLexicon());
}

// "model|benchmark|value|unit" for each result, in order.
std::vector<std::string> Tuples(const std::vector<ScoreResult>& results) {
  std::vector<std::string> out;
  for (const ScoreResult& r : results) {
    out.push_back(r.model + "|" + r.benchmark + "|" + r.value_text + "|" + r.unit);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(ResultExtractorTest, ScoreInParenthesesAfterBenchmark) {
  EXPECT_EQ(Tuples(Extract("DeepSeek-Coder-V2는 HumanEval(90.2%)과 MBPP(76.2%)에서 탁월한 성능을 "
                           "보였습니다.")),
            (Strings{"DeepSeek-Coder-V2|HumanEval|90.2|%", "DeepSeek-Coder-V2|MBPP|76.2|%"}));
}

TEST(ResultExtractorTest, KoreanLocativeAndProposedSystem) {
  // No model in the sentence: the paper's proposed system scored it.
  EXPECT_EQ(
      Tuples(Extract("일반 언어 처리에서는 MMLU에서 79.2%를 기록했습니다.", {"DeepSeek-Coder-V2"})),
      Strings{"DeepSeek-Coder-V2|MMLU|79.2|%"});
  EXPECT_EQ(
      Tuples(Extract("MATH 벤치마크에서 75.7% 정확도를 기록하였습니다.", {"DeepSeek-Coder-V2"})),
      Strings{"DeepSeek-Coder-V2|MATH|75.7|%"});
}

TEST(ResultExtractorTest, EnglishForms) {
  EXPECT_EQ(Tuples(Extract("DeepSeek-Coder-V2 achieves 43.4 pass@1 on LiveCodeBench and 90.2% on "
                           "HumanEval.")),
            (Strings{"DeepSeek-Coder-V2|LiveCodeBench|43.4|pass@1",
                     "DeepSeek-Coder-V2|HumanEval|90.2|%"}));
  EXPECT_EQ(Tuples(Extract("Results: HumanEval: 90.2, MBPP: 76.2.", {"DeepSeek-Coder-V2"})),
            (Strings{"DeepSeek-Coder-V2|HumanEval|90.2|", "DeepSeek-Coder-V2|MBPP|76.2|"}));
}

TEST(ResultExtractorTest, EnglishSubjectIsNotTheComparedModel) {
  EXPECT_EQ(Tuples(Extract("Compared to GPT-4, AStar reaches an accuracy of 54.0% on MathVerse.")),
            Strings{"AStar|MathVerse|54.0|%"});
}

TEST(ResultExtractorTest, ModelWithScoreInParentheses) {
  EXPECT_EQ(Tuples(Extract("AStar는 MathVerse 벤치마크에서 7B 백본을 사용하여 54.0%의 정확도로 "
                           "GPT-4o(50.2%)를 능가하는 성능을 보였습니다.")),
            (Strings{"AStar|MathVerse|54.0|%", "GPT-4o|MathVerse|50.2|%"}));
}

TEST(ResultExtractorTest, RespectivelyPairsListsInOrder) {
  EXPECT_EQ(
      Tuples(Extract("HumanEval 및 MBPP 벤치마크에서 최고 점수(pass@1)를 기록하며, 각각 70.53%와 "
                     "80.92%를 달성했습니다.",
                     {"BPO"})),
      (Strings{"BPO|HumanEval|70.53|pass@1", "BPO|MBPP|80.92|pass@1"}));
  EXPECT_EQ(Tuples(Extract("GPT-4o scores 88.1% and 95.3% on MMLU and GSM8K, respectively.")),
            (Strings{"GPT-4o|MMLU|88.1|%", "GPT-4o|GSM8K|95.3|%"}));
}

TEST(ResultExtractorTest, FromToKeepsTheNewValue) {
  EXPECT_EQ(Tuples(Extract("TL;DR에서 72.0%에서 80.2%로 성과를 개선하였습니다.", {"BPO"})),
            Strings{"BPO|TL;DR|80.2|%"});
  EXPECT_EQ(Tuples(Extract("BPO improves the win rate on TL;DR from 72.0% to 80.2%.")),
            Strings{"BPO|TL;DR|80.2|%"});
}

TEST(ResultExtractorTest, ModelListSharesTheScoreOnTheProposedBenchmark) {
  // The sentence names models but no benchmark: the paper's own benchmark.
  EXPECT_EQ(Tuples(Extract("o1, o1-preview 모델은 평균 75%의 점수를 기록하였습니다.",
                           {"HackerRank-ASTRA"})),
            (Strings{"o1|HackerRank-ASTRA|75|%", "o1-preview|HackerRank-ASTRA|75|%"}));
}

TEST(ResultExtractorTest, ComparedModelsOwnValue) {
  EXPECT_EQ(
      Tuples(Extract("FFHQ-256에서 FID 2.75로, StyleGAN2의 3.78보다 낮은 수치를 기록했습니다.",
                     {"AStar"})),
      (Strings{"AStar|FFHQ-256|2.75|FID", "StyleGAN2|FFHQ-256|3.78|FID"}));
}

TEST(ResultExtractorTest, EnglishScoreOwnedByTheModelAfterIt) {
  EXPECT_EQ(Tuples(Extract("AStar sets a new state of the art on ImageNet with an FID of 1.52, "
                           "compared with 2.27 for DiT.")),
            (Strings{"AStar|ImageNet|1.52|FID", "DiT|ImageNet|2.27|FID"}));
}

TEST(ResultExtractorTest, ListOfChangesAfterAScoreStaysApart) {
  // "a 7.2% improvement" is a change; 43.4 stays a score.
  EXPECT_EQ(Tuples(Extract("On LiveCodeBench it reaches 43.4 pass@1, a 7.2% improvement over the "
                           "previous best.",
                           {"AStar"})),
            Strings{"AStar|LiveCodeBench|43.4|pass@1"});
}

TEST(ResultExtractorTest, UnknownSubjectTakesTheScoreAwayFromTheDefault) {
  // RaceVLA is no entity of the paper: its score is not the proposed system's,
  // but a variant of the proposed name ("AStar-7B") is.
  EXPECT_TRUE(Extract("MMLU에서 RaceVLA는 성공률 31.3%를 기록했습니다.", {"AStar"}).empty());
  EXPECT_EQ(Tuples(Extract("MMLU에서 AStar-7B는 정확도 31.3%를 기록했습니다.", {"AStar"})),
            Strings{"AStar|MMLU|31.3|%"});
}

TEST(ResultExtractorTest, ChangesAreNotScores) {
  EXPECT_TRUE(
      Extract("Llama-3.2-1B 모델에서는 MATH 벤치마크에서 4.2%의 성능 향상을, GSM8K에서 4.1%의 "
              "성능 향상을 달성했습니다.")
          .empty());
  EXPECT_TRUE(
      Extract(
          "BPO는 HumanEval에서 5.7%, MBPP에서 10.3%, MMLU에서 24.4%의 성공률 향상을 보였습니다.")
          .empty());
  EXPECT_TRUE(Extract("It improves MMLU by 7.2% and is 3x faster on GSM8K.", {"BPO"}).empty());
  EXPECT_TRUE(
      Extract("MMLU에서 +7.2%, GSM8K에서 8.02% 향상, MATH에서 3배 빠른 추론.", {"BPO"}).empty());
  EXPECT_TRUE(Extract("MMLU에서 GPT-4 대비 13.2%p 높았습니다.", {"BPO"}).empty());
}

TEST(ResultExtractorTest, BoundsCountsAndDatesAreNotScores) {
  EXPECT_TRUE(
      Extract("다른 오픈 소스 모델들은 MMLU에서 20%에도 미치지 못했습니다.", {"BPO"}).empty());
  EXPECT_TRUE(Extract("MMLU에서 90% 이상을 기록했습니다.", {"BPO"}).empty());
  EXPECT_TRUE(Extract("GSM8K 벤치마크에서 817개의 샘플과 7B 모델로 2024년에 평가했습니다.", {"BPO"})
                  .empty());
  EXPECT_TRUE(
      Extract("Scores on MMLU exceed 90% for models over 70B parameters.", {"BPO"}).empty());
}

TEST(ResultExtractorTest, NumberWithoutBenchmarkIsNotAScore) {
  EXPECT_TRUE(
      Extract("BPO는 데이터의 60%를 사용하여 85.3%의 정확도를 기록했습니다.", {"BPO"}).empty());
}

TEST(ResultExtractorTest, UnknownBenchmarkDoesNotLendItsScoreToAKnownOne) {
  // "HumanEval-ET" is no entity of the paper: 10.3 is not HumanEval's.
  EXPECT_EQ(Tuples(Extract("BPO는 HumanEval에서 82.1%, HumanEval-ET에서 74.3%를 기록했습니다.")),
            Strings{"BPO|HumanEval|82.1|%"});
}

TEST(ResultExtractorTest, EachResultOncePerPaperWithItsEvidence) {
  std::vector<ScoreResult> results = Extract(
      "- **Performance Highlights**: AIME에서 57.1%를 기록합니다. 특히 AIME에서 57.1%의 정확도를 "
      "기록합니다.",
      {"BPO"});
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].evidence, "AIME에서 57.1%를 기록합니다.");
  EXPECT_DOUBLE_EQ(results[0].value, 57.1);
}

TEST(ResultExtractorTest, NoProposedSystemAndNoNamedModelGivesNothing) {
  EXPECT_TRUE(Extract("MMLU에서 79.2%를 기록했습니다.").empty());
}

}  // namespace
}  // namespace papergraph
