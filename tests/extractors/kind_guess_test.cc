#include "extractors/kind_guess.h"

#include <gtest/gtest.h>

#include "tests/extractors/test_lexicon.h"

namespace papergraph {
namespace {

// The cue words the guesses rely on.
const Lexicon& TestLexicon() {
  static const Lexicon lexicon = LexiconFromTsv(
      "benchmark-cue\t벤치마크\t데이터셋|benchmark\n"
      "method-cue\t방법\tpruning|method\n"
      "model-cue\t모델\tmodel\n");
  return lexicon;
}

TEST(KindGuessTest, KindGuessUsesShapeThenNearbyCuesThenFallback) {
  PaperRecord paper;
  paper.title = "Something new";
  paper.sections.push_back({"", "우리는 VoCo라는 첫 번째 비전 압축 방법을 제안합니다. Zeta는 강력한 모델입니다.", 0});
  EXPECT_EQ(GuessKind("FooBench", paper, TestLexicon(), EntityKind::kModel), EntityKind::kBenchmark);
  EXPECT_EQ(GuessKind("LLaVA-Grounding", paper, TestLexicon(), EntityKind::kMethod),
            EntityKind::kModel);
  EXPECT_EQ(GuessKind("VoCo", paper, TestLexicon(), EntityKind::kModel), EntityKind::kMethod);
  EXPECT_EQ(GuessKind("Zeta", paper, TestLexicon(), EntityKind::kMethod), EntityKind::kModel);
  EXPECT_EQ(GuessKind("Absent", paper, TestLexicon(), EntityKind::kMethod), EntityKind::kMethod);
}

TEST(KindGuessTest, GuessKindReadsWhatTheSubjectSentenceSaysTheNameIs) {
  PaperRecord paper;
  paper.title = "Something new";
  paper.sections.push_back(
      {"",
       "Zorro로 학습된 모델은 강하며 이는 새로운 벤치마크입니다. "
       "Omega는 여러 모델의 응답을 모은 데이터셋으로, 공개됩니다. "
       "Kappa is a new model-free pruning method. BlueZ-3B는 새로운 접근 방법입니다.",
       0});
  // Not the subject: the cue after the name, not the predicate, decides.
  EXPECT_EQ(GuessKind("Zorro", paper, TestLexicon(), EntityKind::kMethod), EntityKind::kModel);
  EXPECT_EQ(GuessKind("Omega", paper, TestLexicon(), EntityKind::kMethod), EntityKind::kBenchmark);
  EXPECT_EQ(GuessKind("Kappa", paper, TestLexicon(), EntityKind::kModel), EntityKind::kMethod);
  // A parameter count in the name says model whatever the sentence says.
  EXPECT_EQ(GuessKind("BlueZ-3B", paper, TestLexicon(), EntityKind::kMethod), EntityKind::kModel);
}

}  // namespace
}  // namespace papergraph
