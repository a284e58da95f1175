#include "extractors/marked_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/extractors/test_lexicon.h"

namespace papergraph {
namespace {

using Strings = std::vector<std::string>;

const Lexicon& TestLexicon() {
  static const Lexicon lexicon = LexiconFromTsv(
        "model\tGPT-4o\n"
        "method\tDPO\n"
        "generic\tLLM\tLLMs|VLM|T2I|Transformer|Segmentation|model\n"
        "benchmark-cue\t벤치마크\t데이터셋|benchmark|dataset\n"
        "method-cue\t방법\t기법|최적화|method|pruning|attack|tuning\n"
        "model-cue\t모델\tmodel\n");
  return lexicon;
}

// "kind:name" of every marked name in one bullet.
Strings Marked(const std::string& text) {
  PaperRecord paper;
  paper.title = "A paper";
  paper.sections.push_back({"", text, 0});
  Strings out;
  for (const MarkedName& m : FindMarkedNames(paper, TestLexicon())) {
    out.push_back(std::string(EntityKindName(m.mention.kind)) + ":" + m.mention.canonical);
  }
  return out;
}

TEST(MarkedNamesTest, AcronymsInParenthesesTakeTheKindOfTheirDescription) {
  EXPECT_EQ(Marked("직접 선호 최적화(DPO)와 그룹 정책 최적화(GRPO) 알고리즘"),
                Strings{"method:GRPO"});  // DPO is known to the lexicon
  EXPECT_EQ(Marked("Fine-Grained Human Motion Diffusion Model (FG-MDM)이라는 프레임워크"),
            Strings{"model:FG-MDM"});
  EXPECT_EQ(Marked("Adaptive Prompt-Tailored Pruning (APTP)은 새로운 방법입니다."),
            Strings{"method:APTP"});
  EXPECT_EQ(Marked("계층적 택사노미(HPT, Hierarchical Prompting Taxonomy)를 소개"),
            Strings{"method:HPT"});
}

TEST(MarkedNamesTest, CitationsGenericWordsAndPlainWordsInParenthesesAreNotNames) {
  EXPECT_TRUE(Marked("DeepSeek-V2(DeepSeek-AI, 2024) 기반, 대형 언어 모델(LLM)과 "
                     "텍스트-이미지(T2I), 깊이 추정(depth estimation), 수치(d1)")
                  .empty());
}

TEST(MarkedNamesTest, NamesBeforeTheirExpansionAreFound) {
  EXPECT_EQ(Marked("KEEN(Knowledge Estimation of ENtities)이라는 프로브를 사용합니다."),
            Strings{"method:KEEN"});
  EXPECT_TRUE(Marked("Qwen (Bai and others) 모델").empty());  // initials do not match
}

TEST(MarkedNamesTest, NamesNextToCueWordsTakeTheCueKind) {
  EXPECT_EQ(Marked("AStar는 MathVerse 벤치마크에서 우수합니다."), Strings{"benchmark:MathVerse"});
  EXPECT_EQ(Marked("NoIntentEdit라는 새로운 데이터셋을 만들었으며"),
            Strings{"benchmark:NoIntentEdit"});
  EXPECT_EQ(Marked("새로운 벤치마크인 'HarmEval'을 제안"), Strings{"benchmark:HarmEval"});
  EXPECT_EQ(Marked("We evaluate on the FooQA benchmark."), Strings{"benchmark:FooQA"});
  EXPECT_EQ(Marked("새로운 방법인 Orthogonal Adaptation을 소개합니다."),
            Strings{"method:Orthogonal Adaptation"});
  // A capitalised cue is the name's last word.
  EXPECT_EQ(Marked("Pivotal Parameters Tuning을 사용"), Strings{"method:Pivotal Parameters Tuning"});
}

TEST(MarkedNamesTest, CueWordsDoNotMarkGenericKnownOrPlainWords) {
  EXPECT_EQ(Marked("Detection과 Segmentation 모델, GPT-4o 모델, LLM 벤치마크, the new benchmark"),
            Strings{});
}

TEST(MarkedNamesTest, ExpansionsOfAnAcronymAreNotNamesThemselves) {
  EXPECT_EQ(Marked("새로운 기법인 Interrogation Attack (IA)을 제안합니다."), Strings{"method:IA"});
}

TEST(MarkedNamesTest, LettersOfOtherScriptsGlueToAName) {
  EXPECT_TRUE(Marked("제안한 방법론인 ℬPO 방법은 우수합니다.").empty());
}

}  // namespace
}  // namespace papergraph
