// The front half of `build` as the CLI runs it (cli/pipeline.h): find,
// read and extract every file, on 1 and 2 threads. MB/s of digest text.
#include <benchmark/benchmark.h>

#include "bench/micro/bench_corpus.h"
#include "cli/pipeline.h"
#include "extractors/lexicon.h"

namespace papergraph {
namespace {

void BM_ReadAndExtract(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  PipelineOptions options;
  options.threads = static_cast<int>(state.range(0));
  PipelineStats stats;
  for (auto _ : state) {
    Diagnostics diagnostics;
    stats = PipelineStats();
    benchmark::DoNotOptimize(ReadAndExtract({c.dir}, Lexicon::Builtin(), options, &diagnostics, &stats));
  }
  if (stats.listings != static_cast<int>(c.records.size())) state.SkipWithError("listings differ");
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_ReadAndExtract)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace papergraph
