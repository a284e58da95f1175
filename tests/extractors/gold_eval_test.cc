#include "extractors/gold_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

std::vector<AnnotatedPaper> Parse(const std::string& json) {
  std::vector<AnnotatedPaper> papers;
  Status s = ParseAnnotatedPapers(json, "test.json", &papers);
  EXPECT_TRUE(s.ok()) << s.message();
  return papers;
}

const FieldScore& Field(const EvalReport& report, const std::string& name) {
  for (const FieldScore& f : report.fields) {
    if (f.field == name) return f;
  }
  ADD_FAILURE() << "no field " << name;
  return report.fields.front();
}

TEST(GoldEvalTest, ReadsTheGoldShapeAndIgnoresOtherKeys) {
  auto papers = Parse(R"({"date": "2024-06-19", "papers": [
      {"arxiv": "2406.1", "title": "T", "votes": null, "proposes": ["X"],
       "models": ["GPT-4o"], "methods": [], "benchmarks": ["MMLU"],
       "results": [{"model": "", "benchmark": "MMLU", "value": 79.2, "unit": "%"},
                   {"model": null, "benchmark": "GSM8K", "value": 1}]}]})");
  ASSERT_EQ(papers.size(), 1u);
  EXPECT_EQ(papers[0].arxiv, "2406.1");
  EXPECT_EQ(papers[0].models, std::vector<std::string>{"GPT-4o"});
  ASSERT_EQ(papers[0].results.size(), 2u);
  EXPECT_DOUBLE_EQ(papers[0].results[0].value, 79.2);
  EXPECT_EQ(papers[0].results[1].model, "");
}

TEST(GoldEvalTest, RejectsMalformedDocumentsNamingTheSource) {
  for (const char* bad :
       {"not json", "[]", R"({"papers": {}})", R"({"papers": [{"title": "no id"}]})",
        R"({"papers": [{"arxiv": "1", "models": "GPT-4"}]})",
        R"({"papers": [{"arxiv": "1", "models": [3]}]})",
        R"({"papers": [{"arxiv": "1", "results": [{"benchmark": "MMLU", "value": "high"}]}]})"}) {
    std::vector<AnnotatedPaper> papers;
    Status s = ParseAnnotatedPapers(bad, "bad.json", &papers);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find("bad.json"), std::string::npos) << s.message();
  }
}

TEST(GoldEvalTest, NamesMatchByFoldedKeyOncePerPaper) {
  auto gold = Parse(R"({"papers": [{"arxiv": "1", "models": ["LLaMA-2", "GPT-4o"],
      "methods": ["Q-LoRA"], "benchmarks": ["MMLU", "GSM8K"], "proposes": ["TroL"]}]})");
  auto pred = Parse(R"({"papers": [{"arxiv": "1", "models": ["llama 2", "Llama2", "Claude"],
      "methods": [], "benchmarks": ["QLoRA", "mmlu"], "proposes": ["TROL"]}]})");
  EvalReport r = ScoreExtraction(gold, pred);
  EXPECT_EQ(r.matched_papers, 1);
  const FieldScore& models = Field(r, "models");
  EXPECT_EQ(models.matched, 1);    // llama2
  EXPECT_EQ(models.predicted, 2);  // llama2 once, claude
  EXPECT_EQ(models.gold, 2);
  EXPECT_DOUBLE_EQ(models.F1(), 0.5);
  // Untyped: QLoRA predicted as a benchmark still counts.
  const FieldScore& entities = Field(r, "entities");
  EXPECT_EQ(entities.matched, 3);
  EXPECT_EQ(entities.predicted, 4);
  EXPECT_EQ(entities.gold, 5);
  EXPECT_EQ(Field(r, "methods").matched, 0);
  EXPECT_EQ(Field(r, "proposes").matched, 1);
}

TEST(GoldEvalTest, MissingPapersCountAsMissedAndExtraPapersAreNotScored) {
  auto gold = Parse(R"({"papers": [{"arxiv": "1", "models": ["A1"]},
                                   {"arxiv": "2", "models": ["B2", "C3"]}]})");
  auto pred = Parse(R"({"papers": [{"arxiv": "1", "models": ["A1"]},
                                   {"arxiv": "9", "models": ["Z9"]}]})");
  EvalReport r = ScoreExtraction(gold, pred);
  EXPECT_EQ(r.gold_papers, 2);
  EXPECT_EQ(r.matched_papers, 1);
  EXPECT_EQ(r.missing, std::vector<std::string>{"2"});
  const FieldScore& models = Field(r, "models");
  EXPECT_EQ(models.matched, 1);
  EXPECT_EQ(models.predicted, 1);
  EXPECT_EQ(models.gold, 3);
  EXPECT_DOUBLE_EQ(models.Precision(), 1.0);
  EXPECT_NEAR(models.Recall(), 1.0 / 3, 1e-12);
}

TEST(GoldEvalTest, ResultsMatchOneToOneWithinAHundredth) {
  auto gold = Parse(R"({"papers": [{"arxiv": "1", "results": [
      {"model": "DeepSeek-Coder-V2", "benchmark": "HumanEval", "value": 90.2},
      {"model": "DeepSeek-Coder-V2", "benchmark": "HumanEval", "value": 90.2},
      {"model": "GPT-4o", "benchmark": "MBPP", "value": 76.2}]}]})");
  auto pred = Parse(R"({"papers": [{"arxiv": "1", "results": [
      {"model": "deepseek coder v2", "benchmark": "human-eval", "value": 90.205},
      {"model": "Other", "benchmark": "MBPP", "value": 76.2},
      {"model": "GPT-4o", "benchmark": "MBPP", "value": 76.22}]}]})");
  EvalReport r = ScoreExtraction(gold, pred);
  const FieldScore& results = Field(r, "results");
  EXPECT_EQ(results.matched, 1);  // one prediction cannot match both gold rows; 76.22 is too far
  EXPECT_EQ(results.predicted, 3);
  EXPECT_EQ(results.gold, 3);
  EXPECT_EQ(Field(r, "results_any_model").matched, 2);  // "Other" on MBPP 76.2 counts
}

TEST(GoldEvalTest, EmptyFieldsScoreZeroWithoutDividingByZero) {
  EvalReport r = ScoreExtraction(Parse(R"({"papers": [{"arxiv": "1"}]})"),
                                 Parse(R"({"papers": [{"arxiv": "1"}]})"));
  for (const FieldScore& f : r.fields) {
    EXPECT_EQ(f.Precision(), 0) << f.field;
    EXPECT_EQ(f.F1(), 0) << f.field;
  }
}

TEST(GoldEvalTest, JsonReportCarriesEveryField) {
  auto gold = Parse(R"({"papers": [{"arxiv": "1", "models": ["A1", "B2"]}, {"arxiv": "2"}]})");
  auto pred = Parse(R"({"papers": [{"arxiv": "1", "models": ["A1"]}]})");
  std::string json = EvalReportJson(ScoreExtraction(gold, pred));
  for (const char* part :
       {R"("gold_papers":2)", R"("matched_papers":1)", R"("missing":["2"])",
        R"("models":{"precision":1.0,"recall":0.5,")", R"("entities":{)", R"("methods":{)",
        R"("benchmarks":{)", R"("proposes":{)", R"("results":{)", R"("results_any_model":{)"}) {
    EXPECT_NE(json.find(part), std::string::npos) << part << " in " << json;
  }
  std::vector<AnnotatedPaper> roundtrip;
  EXPECT_FALSE(ParseAnnotatedPapers(json, "report", &roundtrip).ok());  // no "papers"
}

}  // namespace
}  // namespace papergraph
