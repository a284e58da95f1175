// The extractors, each over every record of the corpus: entities, results,
// both (the extract stage of `build`), and the pieces they spend time in
// (sentence splitting, lexicon lookups, the text keys). Whole-corpus
// benchmarks report MB/s of digest text (bench_corpus.h); the pieces report
// MB/s of the strings they are given.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/micro/bench_corpus.h"
#include "core/text.h"
#include "extractors/entity_extractor.h"
#include "extractors/lexicon.h"
#include "extractors/result_extractor.h"
#include "extractors/sentence_splitter.h"

namespace papergraph {
namespace {

int64_t TotalSize(const std::vector<std::string>& strings) {
  int64_t n = 0;
  for (const std::string& s : strings) n += static_cast<int64_t>(s.size());
  return n;
}

void SetCorpusCounters(benchmark::State& state, const BenchCorpus& c) {
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.records.size()));
}

void BM_ExtractEntities(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  const Lexicon& lexicon = Lexicon::Builtin();
  for (auto _ : state) {
    for (const PaperRecord& r : c.records) benchmark::DoNotOptimize(ExtractEntities(r, lexicon));
  }
  SetCorpusCounters(state, c);
}
BENCHMARK(BM_ExtractEntities)->Unit(benchmark::kMillisecond);

void BM_ExtractResults(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  const Lexicon& lexicon = Lexicon::Builtin();
  for (auto _ : state) {
    for (size_t i = 0; i < c.records.size(); ++i) {
      benchmark::DoNotOptimize(ExtractResults(c.records[i], c.entities[i], lexicon));
    }
  }
  SetCorpusCounters(state, c);
}
BENCHMARK(BM_ExtractResults)->Unit(benchmark::kMillisecond);

// Entities then results: the "extract" of `build --timings`, on one thread.
// Its MB/s over the re2 floor's (re2_floor_bench.cc) is the ratio.
void BM_ExtractAll(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  const Lexicon& lexicon = Lexicon::Builtin();
  for (auto _ : state) {
    for (const PaperRecord& r : c.records) {
      Entities entities = ExtractEntities(r, lexicon);
      benchmark::DoNotOptimize(ExtractResults(r, entities, lexicon));
    }
  }
  SetCorpusCounters(state, c);
}
BENCHMARK(BM_ExtractAll)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (const std::string& s : c.summaries) benchmark::DoNotOptimize(SplitSentences(s));
  }
  state.SetBytesProcessed(state.iterations() * TotalSize(c.summaries));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// Lookups by folded key: every mention as written (hits) and every author
// name (misses, like most runs of tokens the extractor tries).
void BM_LexiconFind(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  const Lexicon& lexicon = Lexicon::Builtin();
  for (auto _ : state) {
    for (const std::string& s : c.surfaces) benchmark::DoNotOptimize(lexicon.Find(s));
    for (const std::string& s : c.author_names) benchmark::DoNotOptimize(lexicon.Find(s));
  }
  state.SetBytesProcessed(state.iterations() * (TotalSize(c.surfaces) + TotalSize(c.author_names)));
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(c.surfaces.size() + c.author_names.size()));
}
BENCHMARK(BM_LexiconFind)->Unit(benchmark::kMillisecond);

// Cue words in every summary (the extractor lower-cases ASCII first).
void BM_LexiconFindCues(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  const Lexicon& lexicon = Lexicon::Builtin();
  std::vector<std::string> lowered = c.summaries;
  for (std::string& s : lowered) {
    for (char& ch : s) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
  }
  for (auto _ : state) {
    for (const std::string& s : lowered) benchmark::DoNotOptimize(lexicon.FindCues(s));
  }
  state.SetBytesProcessed(state.iterations() * TotalSize(lowered));
}
BENCHMARK(BM_LexiconFindCues)->Unit(benchmark::kMillisecond);

void BM_FoldKey(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (const std::string& s : c.surfaces) benchmark::DoNotOptimize(FoldKey(s));
    for (const std::string& s : c.author_names) benchmark::DoNotOptimize(FoldKey(s));
  }
  state.SetBytesProcessed(state.iterations() * (TotalSize(c.surfaces) + TotalSize(c.author_names)));
}
BENCHMARK(BM_FoldKey)->Unit(benchmark::kMillisecond);

void BM_NormalizeName(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (const std::string& s : c.author_names) benchmark::DoNotOptimize(NormalizeName(s));
  }
  state.SetBytesProcessed(state.iterations() * TotalSize(c.author_names));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.author_names.size()));
}
BENCHMARK(BM_NormalizeName)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace papergraph
