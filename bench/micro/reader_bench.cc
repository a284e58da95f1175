// The readers: text -> PaperRecords in each digest format, and
// ReadDigestFile (file -> clean UTF-8 text; the files are in the page cache
// after the first iteration). MB/s of the text each one reads.
#include <benchmark/benchmark.h>

#include "bench/micro/bench_corpus.h"
#include "extractors/digest_formats.h"
#include "extractors/input_files.h"

namespace papergraph {
namespace {

// Every corpus file through ReadDigest, format detected by content as
// `build` does by default.
void BM_ReadDigestMarkdown(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (size_t i = 0; i < c.texts.size(); ++i) {
      Diagnostics diagnostics;
      benchmark::DoNotOptimize(ReadDigest(c.texts[i], c.files[i], "auto", &diagnostics));
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.records.size()));
}
BENCHMARK(BM_ReadDigestMarkdown)->Unit(benchmark::kMillisecond);

// One digest holding every record, in `format`.
void ReadOneDigest(benchmark::State& state, const std::string& text, const char* format) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    Diagnostics diagnostics;
    benchmark::DoNotOptimize(ReadDigest(text, "corpus", format, &diagnostics));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.records.size()));
}

void BM_ReadDigestTable(benchmark::State& state) {
  ReadOneDigest(state, Corpus().table_digest, "table");
}
BENCHMARK(BM_ReadDigestTable)->Unit(benchmark::kMillisecond);

void BM_ReadDigestJson(benchmark::State& state) {
  ReadOneDigest(state, Corpus().json_digest, "json");
}
BENCHMARK(BM_ReadDigestJson)->Unit(benchmark::kMillisecond);

void BM_ReadDigestFile(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  for (auto _ : state) {
    for (const std::string& file : c.files) {
      std::string text;
      Diagnostics diagnostics;
      benchmark::DoNotOptimize(ReadDigestFile(file, &text, &diagnostics));
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_ReadDigestFile)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace papergraph
