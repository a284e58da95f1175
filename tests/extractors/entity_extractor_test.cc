#include "extractors/entity_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/extractors/test_lexicon.h"

namespace papergraph {
namespace {

using Strings = std::vector<std::string>;

// A small lexicon so that each test shows the entries it depends on.
const Lexicon& TestLexicon() {
  static const Lexicon lexicon = LexiconFromTsv(
        "model\tGPT-4\n"
        "model\tGPT-4o\n"
        "model\tLLaMA\tLlama\n"
        "model\tLlama 3\n"
        "model\tGemini\n"
        "model\tGemini 1.5 Pro\n"
        "model\tQwen2.5\n"
        "model\tCLIP\n"
        "model\to1\n"
        "model\tSAM\tSegment Anything\n"
        "method\tDPO\tDirect Preference Optimization\n"
        "method\tLoRA\tLORA\n"
        "method\tQLoRA\n"
        "method\tCoT\tChain-of-Thought\n"
        "benchmark\tMMLU\n"
        "benchmark\tMATH\n"
        "benchmark\tARC\n"
        "benchmark\tGSM8K\n"
        "benchmark\tNeedle in a Haystack\tNIAH\n"
        "benchmark\tAlpacaEval 2\tAlpacaEval 2.0\n"
        "model\tStable Diffusion\n"
        "model\tClaude 3.5 Sonnet\n"
        "generic\tLLM\tLLMs|VLM|Large Language Models|Position|Survey|Agents|Models\n"
        "benchmark-cue\t벤치마크\t데이터셋|benchmark\n"
        "method-cue\t방법\t기법|최적화|method\n"
        "model-cue\t모델\tmodel\n");
  return lexicon;
}

PaperRecord Paper(std::string title, std::vector<std::string> bullets) {
  PaperRecord paper;
  paper.title = std::move(title);
  for (std::string& text : bullets) paper.sections.push_back({"", std::move(text), 0});
  return paper;
}

// "kind:canonical" for each mention, in order.
Strings Found(const PaperRecord& paper, const Lexicon& lexicon = TestLexicon()) {
  Strings out;
  for (const Mention& m : ExtractEntities(paper, lexicon).mentions) {
    out.push_back(std::string(EntityKindName(m.kind)) + ":" + m.canonical);
  }
  return out;
}

TEST(EntityExtractorTest, KoreanParticlesEndANameButLatinLettersDoNot) {
  EXPECT_EQ(Found(Paper("A study", {"MMLU에서 80%, GSM8K와 MMLUs 및 XMMLU 그리고 GPT-4o를 사용"})),
            (Strings{"benchmark:MMLU", "benchmark:GSM8K", "model:GPT-4o"}));
}

TEST(EntityExtractorTest, FoldedSpellingsMapToTheCanonicalAndKeepTheSurface) {
  Entities e = ExtractEntities(Paper("On tuning", {"We use Q-LoRA and direct preference "
                                                   "optimization on LLaMA."}),
                               TestLexicon());
  ASSERT_EQ(e.mentions.size(), 3u);
  EXPECT_EQ(e.mentions[0].canonical, "QLoRA");
  EXPECT_EQ(e.mentions[0].surface, "Q-LoRA");
  EXPECT_EQ(e.mentions[1].canonical, "DPO");
  EXPECT_EQ(e.mentions[1].surface, "direct preference optimization");
  EXPECT_EQ(e.mentions[2].canonical, "LLaMA");
  EXPECT_TRUE(e.proposes.empty());
}

TEST(EntityExtractorTest, LongestMatchWinsAndFamilyCountsOnlyWhenWrittenAlone) {
  EXPECT_EQ(Found(Paper("Evaluation notes", {"Gemini 1.5 Pro beats GPT-4 on AlpacaEval 2.0."})),
            (Strings{"model:Gemini 1.5 Pro", "model:GPT-4", "benchmark:AlpacaEval 2"}));
  EXPECT_EQ(Found(Paper("Evaluation notes", {"Gemini 1.5 Pro와 Gemini 계열 비교"})),
            (Strings{"model:Gemini 1.5 Pro", "model:Gemini"}));
  EXPECT_EQ(Found(Paper("Evaluation notes", {"Needle in a Haystack (NIAH) 테스트"})),
            (Strings{"benchmark:Needle in a Haystack"}));
}

TEST(EntityExtractorTest, SizedVariantsAreTheirOwnEntities) {
  Entities e = ExtractEntities(
      Paper("Evaluation notes", {"Llama-3-70B-Instruct, Llama3-8B, Qwen2.5-1.5B and Llama 3."}),
      TestLexicon());
  Strings names;
  for (const Mention& m : e.mentions) names.push_back(m.canonical + "=" + m.surface);
  EXPECT_EQ(names, (Strings{"Llama 3 70B Instruct=Llama-3-70B-Instruct", "Llama 3 8B=Llama3-8B",
                            "Qwen2.5-1.5B=Qwen2.5-1.5B", "Llama 3=Llama 3"}));
}

TEST(EntityExtractorTest, ShortNamesNeedTheirExactCase) {
  EXPECT_EQ(Found(Paper("Math and arc lengths", {"math word problems, an Arc, O1 grade, sam, "
                                                 "cot, Lora, a gemini and a llama"})),
            Strings{});
  EXPECT_EQ(Found(Paper("Evaluation notes", {"MATH, ARC, o1, SAM, CoT, LORA"})),
            (Strings{"benchmark:MATH", "benchmark:ARC", "model:o1", "model:SAM", "method:CoT",
                     "method:LoRA"}));
}

TEST(EntityExtractorTest, NamesGluedIntoLongerNamesAreNotMentions) {
  EXPECT_EQ(Found(Paper("Evaluation notes", {"VoCo-LLaMA, LLaMA-Omni, GPT-4.5, CLIP-based and "
                                             "non-LoRA baselines"})),
            (Strings{"model:CLIP", "method:LoRA"}));
  EXPECT_EQ(Found(Paper("GSM8K-Guided Search with DPO-Refined CoT-Trained Models", {})),
            (Strings{"benchmark:GSM8K", "method:DPO", "method:CoT"}));
}

TEST(EntityExtractorTest, PluralsOfCapitalisedNamesAreMentionsOfTheName) {
  Entities e = ExtractEntities(Paper("Evaluation notes", {"Two CLIPs and GPT-4s, but not SAMs."}),
                               TestLexicon());
  ASSERT_EQ(e.mentions.size(), 3u);
  EXPECT_EQ(e.mentions[0].canonical, "CLIP");
  EXPECT_EQ(e.mentions[0].surface, "CLIPs");
  EXPECT_EQ(e.mentions[1].canonical, "GPT-4");
  EXPECT_EQ(e.mentions[2].canonical, "SAM");
}

TEST(EntityExtractorTest, SentencePunctuationDoesNotJoinNames) {
  EXPECT_EQ(Found(Paper("Evaluation notes", {"We compare with GPT. 4 runs of Llama, 3 seeds."})),
            (Strings{"model:LLaMA"}));
}

TEST(EntityExtractorTest, GenericWordsAreNeverEntities) {
  const Lexicon& builtin = Lexicon::Builtin();
  EXPECT_EQ(Found(Paper("LLM: Transformer models for SOTA on GPU",
                        {"LLM과 VLM, MLLM은 Transformer 기반이며 SOTA 성능을 GPU에서 달성합니다. "
                         "diffusion model을 fine-tuning했습니다."}),
                  builtin),
            Strings{});
}

TEST(EntityExtractorTest, TitlePrefixIsProposedWithAGuessedKind) {
  Entities e =
      ExtractEntities(Paper("TroL: Traversal of Layers for Large Language and Vision Models",
                            {"TroL은 새로운 효율적 모델 패밀리입니다. GPT-4o보다 우수합니다."}),
                      TestLexicon());
  EXPECT_EQ(e.proposes, Strings{"TroL"});
  ASSERT_EQ(e.mentions.size(), 2u);
  EXPECT_EQ(e.mentions[0].kind, EntityKind::kModel);
  EXPECT_EQ(e.mentions[0].canonical, "TroL");

  e = ExtractEntities(Paper("VoCo-LLaMA: Towards Vision Compression",
                            {"우리는 VoCo-LLaMA라는 첫 번째 비전 압축 방법을 제안합니다."}),
                      TestLexicon());
  EXPECT_EQ(e.proposes, Strings{"VoCo-LLaMA"});
  EXPECT_EQ(Found(Paper("VoCo-LLaMA: Towards Vision Compression", {})),
            Strings{"method:VoCo-LLaMA"});
  EXPECT_EQ(e.mentions.at(0).kind, EntityKind::kMethod);

  EXPECT_EQ(Found(Paper("VisDiffBench: Describing Differences in Image Sets", {})),
            Strings{"benchmark:VisDiffBench"});
  EXPECT_EQ(Found(Paper("Stack-X: A Benchmark for Code Agents", {})), Strings{"benchmark:Stack-X"});
  EXPECT_EQ(Found(Paper("Depth Anywhere: Better Depth via Distillation", {})),
            Strings{"method:Depth Anywhere"});
  EXPECT_EQ(Found(Paper("LLaVA-Grounding: Grounded Visual Chat", {})),
            Strings{"model:LLaVA-Grounding"});
}

TEST(EntityExtractorTest, VersionAndTierVariantsOfAFamilyAreTheirOwnEntities) {
  Entities e = ExtractEntities(
      Paper("Evaluation notes", {"Stable Diffusion V2.1, Claude-3.5-Sonnet-1022 및 GPT-4o-mini"}),
      TestLexicon());
  Strings names;
  for (const Mention& m : e.mentions) names.push_back(m.canonical);
  EXPECT_EQ(names, (Strings{"Stable Diffusion V2.1", "Claude 3.5 Sonnet 1022", "GPT-4o-mini"}));
}

TEST(EntityExtractorTest, NamesTheLexiconLacksAreFoundByTheirMarks) {
  EXPECT_EQ(Found(Paper("A study", {"그룹 정책 최적화(GRPO)를 사용하고 MathVerse 벤치마크와 "
                                   "대형 언어 모델(LLM)에서 GPT-4o를 평가합니다."})),
            (Strings{"model:GPT-4o", "method:GRPO", "benchmark:MathVerse"}));
}

TEST(EntityExtractorTest, ProposalsAreMentionsToo) {
  Entities e = ExtractEntities(
      Paper("TroL: Traversal of Layers", {"TroL은 새로운 효율적 모델입니다. 또한 NoIntentEdit라는 "
                                          "새로운 데이터셋을 만들었습니다."}),
      TestLexicon());
  EXPECT_EQ(e.proposes, (Strings{"TroL", "NoIntentEdit"}));
  ASSERT_EQ(e.mentions.size(), 2u);
  EXPECT_EQ(e.mentions[0].kind, EntityKind::kModel);
  EXPECT_EQ(e.mentions[1].kind, EntityKind::kBenchmark);
}

}  // namespace
}  // namespace papergraph
