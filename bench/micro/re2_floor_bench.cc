// The floor for a regex-driven extractor: one re2 pass over the same digest
// text the extract stage reads (bench_corpus.h), to set BM_ExtractAll's MB/s
// against.
//
// BM_Re2Floor_Tokens is the floor the benchmark reports: one
// RE2::FindAndConsume loop that hands back every Latin word or number
// ("GPT-4o", "MMLU", "90.2"), i.e. every token the entity and score
// extractors must look at, and nothing more (no lexicon, no context). A tool
// that finds names and scores with regexes does at least this much.
//
// BM_Re2Floor_SetScan is a lower bound below that floor, shown for
// context: an RE2::Set of four patterns of the kinds the extractors use, run
// once over each file. It only answers which patterns occur, so re2 runs its
// DFA over the bytes without stopping at matches -- the speed of the regex
// machine itself, not of a tool that needs the matches.
#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "bench/micro/bench_corpus.h"

namespace papergraph {
namespace {

void BM_Re2Floor_Tokens(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  static const RE2 kToken(R"(([A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*))");
  int64_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const std::string& text : c.texts) {
      re2::StringPiece input(text);
      re2::StringPiece token;
      while (RE2::FindAndConsume(&input, kToken, &token)) ++tokens;
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_Re2Floor_Tokens)->Unit(benchmark::kMillisecond);

void BM_Re2Floor_SetScan(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  RE2::Set set(RE2::DefaultOptions, RE2::UNANCHORED);
  for (const char* pattern : {R"(\d+(?:\.\d+)?\s*(?:%|점|퍼센트))",       // a score
                              R"([A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9\-]*)",  // a name
                              R"(벤치마크|정확도|성능|benchmark|accuracy)",  // a cue word
                              R"(###\s*\[[^\]]*\]\(https?://arxiv\.org/)"}) {  // a heading
    if (set.Add(pattern, nullptr) < 0) state.SkipWithError("bad pattern");
  }
  if (!set.Compile()) state.SkipWithError("RE2::Set::Compile failed");
  std::vector<int> hits;
  for (auto _ : state) {
    for (const std::string& text : c.texts) benchmark::DoNotOptimize(set.Match(text, &hits));
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_Re2Floor_SetScan)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace papergraph
