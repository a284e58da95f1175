#include "extractors/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/text.h"

namespace papergraph {

extern const char kBuiltinLexiconTsv[];
extern const char kBuiltinCuesTsv[];

namespace {

using Severity = Diagnostic::Severity;

TEST(LexiconTest, ParsesEntriesAndSkipsCommentsAndBlankLines) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv(
      "# a comment\n"
      "\n"
      "model\tLLaMA-2\tLlama 2|Llama2\r\n"
      "   \n"
      "method\tDPO\tDirect Preference Optimization\n"
      "benchmark\tMMLU\n",
      "test.tsv", &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(lexicon.entries().size(), 3u);
  EXPECT_EQ(lexicon.entries()[0].kind, EntityKind::kModel);
  EXPECT_EQ(lexicon.entries()[0].canonical, "LLaMA-2");
  EXPECT_EQ(lexicon.entries()[0].aliases, (std::vector<std::string>{"Llama 2", "Llama2"}));
  EXPECT_EQ(lexicon.entries()[1].kind, EntityKind::kMethod);
  EXPECT_EQ(lexicon.entries()[2].kind, EntityKind::kBenchmark);
  EXPECT_TRUE(lexicon.entries()[2].aliases.empty());
}

TEST(LexiconTest, FindsByFoldedKeyOfCanonicalAndAliases) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv("method\tDPO\tDirect Preference Optimization\nmethod\tQLoRA\n", "t", &diagnostics);
  ASSERT_NE(lexicon.Find("dpo"), nullptr);
  EXPECT_EQ(lexicon.Find("dpo")->canonical, "DPO");
  EXPECT_EQ(lexicon.Find("direct-preference optimization")->canonical, "DPO");
  EXPECT_EQ(lexicon.Find("Q-LoRA")->canonical, "QLoRA");
  EXPECT_EQ(lexicon.Find("PPO"), nullptr);
  EXPECT_EQ(lexicon.Find(""), nullptr);
}

TEST(LexiconTest, ReportsMalformedLinesWithTheirLineAndSkipsThem) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv(
      "model\tGPT-4\n"
      "just one field\n"
      "dataset\tImageNet\n"
      "model\t---\n"
      "model\tA\tB\tC\n"
      "model\tBERT\tBert||b\n"
      "benchmark\tGSM8K\n",
      "user.tsv", &diagnostics);
  ASSERT_EQ(diagnostics.size(), 5u);
  const int lines[] = {2, 3, 4, 5, 6};
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    EXPECT_EQ(diagnostics[i].file, "user.tsv");
    EXPECT_EQ(diagnostics[i].line, lines[i]);
    EXPECT_EQ(diagnostics[i].severity, Severity::kWarning);
  }
  EXPECT_NE(diagnostics[0].message.find("found 1 field(s)"), std::string::npos);
  EXPECT_NE(diagnostics[1].message.find("unknown kind 'dataset'"), std::string::npos);
  EXPECT_NE(diagnostics[2].message.find("no letter or digit"), std::string::npos);
  EXPECT_NE(diagnostics[3].message.find("found 4 field(s)"), std::string::npos);
  EXPECT_NE(diagnostics[4].message.find("empty alias"), std::string::npos);
  ASSERT_EQ(lexicon.entries().size(), 2u);
  EXPECT_EQ(lexicon.entries()[1].canonical, "GSM8K");
  EXPECT_EQ(lexicon.Find("BERT"), nullptr);
}

TEST(LexiconTest, LaterEntryOverridesEarlierOneWithASharedKey) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv("model\tLLaMA-2\tLlama 2\nbenchmark\tMMLU\nmodel\tQwen\n", "builtin",
                 &diagnostics);
  lexicon.AddTsv(
      "model\tLlama 2\tMeta Llama 2\n"     // replaces LLaMA-2 in place
      "method\tMMLU\n"                     // same name, new kind
      "model\tQwen-Llama\tQwen|llama2\n",  // merges Qwen and Llama 2
      "mine.tsv", &diagnostics);
  ASSERT_EQ(diagnostics.size(), 4u);
  for (const Diagnostic& d : diagnostics) EXPECT_EQ(d.severity, Severity::kNote);
  EXPECT_EQ(diagnostics[0].line, 1);
  EXPECT_NE(diagnostics[0].message.find("replaces the earlier entry 'LLaMA-2'"), std::string::npos);
  EXPECT_EQ(lexicon.Find("MMLU")->kind, EntityKind::kMethod);
  ASSERT_EQ(lexicon.entries().size(), 2u);
  EXPECT_EQ(lexicon.entries()[0].canonical, "Qwen-Llama");
  EXPECT_EQ(lexicon.entries()[1].canonical, "MMLU");
  EXPECT_EQ(lexicon.Find("Qwen")->canonical, "Qwen-Llama");
  EXPECT_EQ(lexicon.Find("LLaMA-2")->canonical, "Qwen-Llama");
  EXPECT_EQ(lexicon.Find("Meta Llama 2"), nullptr);  // its entry was replaced
}

TEST(LexiconTest, BuiltinDataIsCleanAndCoversTheField) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv(kBuiltinLexiconTsv, "lexicon.tsv", &diagnostics);
  for (const Diagnostic& d : diagnostics) ADD_FAILURE() << d.ToString();
  EXPECT_GT(lexicon.entries().size(), 600u);
  EXPECT_EQ(Lexicon::Builtin().entries().size(), lexicon.entries().size());

  struct Known {
    const char* written;
    const char* canonical;
    EntityKind kind;
  };
  const Known known[] = {
      {"GPT-4o", "GPT-4o", EntityKind::kModel},
      {"Llama2", "Llama 2", EntityKind::kModel},
      {"Gemini-1.5-Pro", "Gemini 1.5 Pro", EntityKind::kModel},
      {"Stable Diffusion XL", "SDXL", EntityKind::kModel},
      {"Q-LoRA", "QLoRA", EntityKind::kMethod},
      {"Direct Preference Optimization", "DPO", EntityKind::kMethod},
      {"chain of thought", "CoT", EntityKind::kMethod},
      {"HellaSwag", "HellaSwag", EntityKind::kBenchmark},
      {"AIME24", "AIME 2024", EntityKind::kBenchmark},
      {"SWE-bench Verified", "SWE-bench Verified", EntityKind::kBenchmark},
  };
  for (const Known& k : known) {
    const LexiconEntry* entry = lexicon.Find(k.written);
    ASSERT_NE(entry, nullptr) << k.written;
    EXPECT_EQ(entry->canonical, k.canonical);
    EXPECT_EQ(entry->kind, k.kind) << k.written;
  }
  for (const char* generic :
       {"LLM", "VLM", "SOTA", "GPU", "Transformer", "diffusion model", "fine-tuning"}) {
    EXPECT_EQ(lexicon.Find(generic), nullptr) << generic;
  }
}

TEST(LexiconTest, GenericAndCueLinesAreNotEntities) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv(
      "generic\tLLM\tLLMs|large language model\n"
      "benchmark-cue\t벤치마크\tBenchmark\n"
      "method-cue\t기법\n"
      "model\tGPT-4o\n"
      "cue\tword\n",
      "cues.tsv", &diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);  // "cue" names no kind
  EXPECT_EQ(diagnostics[0].line, 5);
  EXPECT_NE(diagnostics[0].message.find("unknown kind 'cue'"), std::string::npos);
  EXPECT_EQ(lexicon.entries().size(), 1u);
  EXPECT_EQ(lexicon.Find("LLM"), nullptr);
  EXPECT_TRUE(lexicon.IsGeneric("llms"));
  EXPECT_TRUE(lexicon.IsGeneric("Large Language Model"));
  EXPECT_FALSE(lexicon.IsGeneric("GPT-4o"));
  ASSERT_EQ(lexicon.cues().size(), 3u);
  EXPECT_EQ(lexicon.cues()[0].word, "벤치마크");
  EXPECT_EQ(lexicon.cues()[1].word, "benchmark");  // ASCII lower-cased
  EXPECT_EQ(lexicon.cues()[1].kind, EntityKind::kBenchmark);
  EXPECT_EQ(lexicon.cues()[2].kind, EntityKind::kMethod);
}

TEST(LexiconTest, BuiltinCuesAreCleanAndNeverNameAKnownEntity) {
  Lexicon cues;
  Diagnostics diagnostics;
  cues.AddTsv(kBuiltinCuesTsv, "cues.tsv", &diagnostics);
  for (const Diagnostic& d : diagnostics) ADD_FAILURE() << d.ToString();
  EXPECT_TRUE(cues.entries().empty());
  EXPECT_GT(cues.cues().size(), 50u);
  for (const char* generic : {"LLM", "LLMs", "VLM", "SOTA", "GPU", "Transformer", "T2I", "FID",
                              "OpenAI", "Survey", "diffusion model"}) {
    EXPECT_TRUE(Lexicon::Builtin().IsGeneric(generic)) << generic;
  }
  // A generic word that the entity lexicon also lists would be found by one
  // rule and refused by another.
  for (const LexiconEntry& entry : Lexicon::Builtin().entries()) {
    EXPECT_FALSE(cues.IsGeneric(entry.canonical)) << entry.canonical;
  }
}

TEST(LexiconTest, LookupFoldedSaysWhetherALongerKeyGoesOn) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv("model\tGPT-4\nmodel\tGPT-4o\nbenchmark\tMMLU-Pro\n", "test.tsv", &diagnostics);
  Lexicon::KeyLookup gpt4 = lexicon.LookupFolded("gpt4");
  ASSERT_NE(gpt4.entry, nullptr);
  EXPECT_EQ(gpt4.entry->canonical, "GPT-4");
  EXPECT_TRUE(gpt4.longer);  // "gpt4o"
  EXPECT_FALSE(lexicon.LookupFolded("gpt4o").longer);
  Lexicon::KeyLookup mmlu = lexicon.LookupFolded("mmlu");  // a prefix only
  EXPECT_EQ(mmlu.entry, nullptr);
  EXPECT_TRUE(mmlu.longer);
  EXPECT_EQ(lexicon.LookupFolded("mmlux").entry, nullptr);
  EXPECT_FALSE(lexicon.LookupFolded("mmlux").longer);
}

TEST(LexiconTest, FindCuesGivesEveryOccurrenceByCueThenPosition) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv("benchmark-cue\t벤치마크\tbench|benchmark\nmodel-cue\t모델\n", "test.tsv",
                 &diagnostics);
  std::string lower = LowerAscii("A Benchmark 모델과 벤치마크, bench");
  EXPECT_EQ(lower, "a benchmark 모델과 벤치마크, bench");
  std::vector<std::pair<std::string, size_t>> hits;
  for (const Lexicon::CueHit& hit : lexicon.FindCues(lower)) {
    hits.emplace_back(lexicon.cues()[hit.cue].word, hit.at);
  }
  // Cues in the order added: 벤치마크, bench, benchmark, 모델; "bench" twice.
  std::vector<std::pair<std::string, size_t>> expected = {
      {"벤치마크", 22}, {"bench", 2}, {"bench", 36}, {"benchmark", 2}, {"모델", 12}};
  EXPECT_EQ(hits, expected);
}

TEST(LexiconTest, FindCuesFindsShortCuesAndCuesAtTheEdges) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv("benchmark-cue\t셋\tqa|set\nmodel-cue\tlm\n", "test.tsv", &diagnostics);
  std::vector<std::pair<std::string, size_t>> hits;
  for (const Lexicon::CueHit& hit : lexicon.FindCues("set qa 셋 lmqa 데이터셋")) {
    hits.emplace_back(lexicon.cues()[hit.cue].word, hit.at);
  }
  std::vector<std::pair<std::string, size_t>> expected = {
      {"셋", 7}, {"셋", 25}, {"qa", 4}, {"qa", 13}, {"set", 0}, {"lm", 11}};
  EXPECT_EQ(hits, expected);
}

}  // namespace
}  // namespace papergraph
