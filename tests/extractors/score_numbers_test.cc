#include "extractors/score_numbers.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extractors/number_context.h"

namespace papergraph {
namespace {

// "value:role[:unit]" for each number, role as S(core) C(hange) B(ound)
// P(revious) O(ther), and "+" after S for a from-to's new value.
std::vector<std::string> Roles(const std::string& masked) {
  std::vector<std::string> out;
  for (const ScoreNumber& n : FindScoreNumbers(masked)) {
    char role = "SCBPO"[static_cast<int>(n.role)];
    std::string s = n.value_text + ":" + role + (n.new_value ? "+" : "");
    if (!n.unit.empty()) s += ":" + n.unit;
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(ScoreNumbersTest, ScoresWithUnitsAndMetrics) {
  EXPECT_EQ(Roles("\x02\x02(90.2%)과 \x02\x02에서 79.2%"), (Strings{"90.2:S:%", "79.2:S:%"}));
  EXPECT_EQ(Roles("achieves 43.4 pass@1 on \x02\x02"), Strings{"43.4:S:pass@1"});
  EXPECT_EQ(Roles("FID 1.48을 기록, 72.2점"), (Strings{"1.48:S:FID", "72.2:S"}));
  EXPECT_EQ(Roles("(SD = 0.0497)"), Strings{"0.0497:S:SD"});
  EXPECT_EQ(Roles("1,317.5 and 63.3 AP"), (Strings{"1317.5:S", "63.3:S:AP"}));
  EXPECT_EQ(Roles("R@2를 47\\%로"), (Strings{"2:O", "47:S:R@2"}));
  EXPECT_EQ(Roles("(42.5\\% 대 38.9\\%)"), (Strings{"42.5:S:%", "38.9:C:%"}));
}

TEST(ScoreNumbersTest, Changes) {
  EXPECT_EQ(Roles("+7.2%와 -0.875, ±1.5"), (Strings{"7.2:C:%", "0.875:C", "1.5:C"}));
  EXPECT_EQ(Roles("8.02% 향상, 4.2%의 성능 향상을, 3배 빠른, 5.8%p"),
            (Strings{"8.02:C:%", "4.2:C:%", "3:C", "5.8:C:%"}));
  EXPECT_EQ(Roles("improves by 7.2% and is 2.5x faster, 3.1 points higher"),
            (Strings{"7.2:C:%", "2.5:C", "3.1:C"}));
  // A list takes the role of its last member.
  EXPECT_EQ(Roles("\x02에서 5.7%, \x02에서 10.3%, \x02에서 24.4%의 성공률 향상"),
            (Strings{"5.7:C:%", "10.3:C:%", "24.4:C:%"}));
  EXPECT_EQ(Roles("12.3% (53.9%에서 66.2%로)의 향상"),
            (Strings{"12.3:C:%", "53.9:P:%", "66.2:S+:%"}));
  EXPECT_EQ(Roles("정확도가 16%에서 33% 감소"), (Strings{"16:C:%", "33:C:%"}));
}

TEST(ScoreNumbersTest, BoundsPreviousValuesAndReferences) {
  EXPECT_EQ(Roles("10% 미만, 90%를 넘는, 20%에도 미치지, over 80%"),
            (Strings{"10:B:%", "90:B:%", "20:B:%", "80:B:%"}));
  EXPECT_EQ(Roles("72.0%에서 80.2%로, from 1.81 to 1.40"),
            (Strings{"72.0:P:%", "80.2:S+:%", "1.81:P", "1.40:S+"}));
  EXPECT_EQ(Roles("이전 기록인 FID 2.41을 1.81로 개선"), (Strings{"2.41:P:FID", "1.81:S+"}));
  EXPECT_EQ(Roles("50.0% 대비, \x01\x01의 3.78보다"), (Strings{"50.0:O:%", "3.78:S"}));
}

TEST(ScoreNumbersTest, CountsSizesDatesAndNamesAreNotScores) {
  EXPECT_EQ(Roles("817개, 7B, 2024년, 16/256, v1.5, 62 tasks, 42"),
            (Strings{"817:O", "7:O", "2024:O", "16:O", "256:O", "1.5:O", "62:O", "42:O"}));
  EXPECT_TRUE(Roles("\x01\x01\x01\x01\x01").empty());  // digits inside a masked name
}

TEST(ScoreNumbersTest, VersionsAreNotScoresButShortNamedMeasuresAre) {
  EXPECT_EQ(Roles("RAG 2.0과 Gemini 1.5, LSD 0.82, Frechet Inception Distance 3.31"),
            (Strings{"2.0:O", "1.5:O", "0.82:S", "3.31:S:FID"}));
}

// The byte test spares MetricBefore only texts it cannot match.
TEST(ScoreNumbersTest, MetricMayEndBeforeWhereverMetricBeforeMatches) {
  const std::string matching[] = {"FID ", "the FID of ", "pass@1 = ", "CLIP Score는 약 ", "mAP@0.5 ( ",
                                  "BLEU-4 점수는 ", "chrF++: ", "Fréchet Inception Distance ",
                                  "ROUGE-L 스코어 ", "SD∼", "EM 값이 평균 ", "Elo value around ",
                                  "F1가 ", "IoU를 ", "PPL로 ", "KID~"};
  for (const std::string& before : matching) {
    EXPECT_TRUE(RE2::PartialMatch(before, MetricBefore())) << before;
    EXPECT_TRUE(MetricMayEndBefore(before)) << before;
  }
  for (const char* before : {"MMLU에서 ", "정확도 ", "", " ( ", "FID ((", "성능에서 "}) {
    EXPECT_FALSE(MetricMayEndBefore(before)) << before;
    EXPECT_FALSE(RE2::PartialMatch(before, MetricBefore())) << before;
  }
}

TEST(ScoreNumbersTest, LastMetricBefore) {
  std::string s = "최고 점수(pass@1)를 기록하며 각각 70.53%";
  EXPECT_EQ(LastMetricBefore(s, s.size()), "pass@1");
  EXPECT_EQ(LastMetricBefore("MMLU에서 80%", 12), "");
}

TEST(ScoreNumbersTest, LowerIsBetter) {
  EXPECT_TRUE(LowerIsBetter("FID"));
  EXPECT_TRUE(LowerIsBetter("perplexity"));
  EXPECT_TRUE(LowerIsBetter("WER"));
  EXPECT_FALSE(LowerIsBetter("%"));
  EXPECT_FALSE(LowerIsBetter("pass@1"));
  EXPECT_FALSE(LowerIsBetter(""));
}

}  // namespace
}  // namespace papergraph
