// papergraph_bench: Google Benchmark's flags, plus --corpus=DIR (the digests
// to read; default $PAPERGRAPH_BENCH_CORPUS, else ../shared/corpus).
#include <benchmark/benchmark.h>

#include <cstring>
#include <iostream>

#include "bench/micro/bench_corpus.h"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      papergraph::SetCorpusDir(argv[i] + 9);
    } else {
      std::cerr << "papergraph_bench: unknown flag " << argv[i] << " (--help lists them)\n";
      return 2;
    }
  }
  const papergraph::BenchCorpus& corpus = papergraph::Corpus();
  benchmark::AddCustomContext("corpus", corpus.dir);
  benchmark::AddCustomContext("corpus_files", std::to_string(corpus.files.size()));
  benchmark::AddCustomContext("corpus_bytes", std::to_string(corpus.bytes));
  benchmark::AddCustomContext("corpus_listings", std::to_string(corpus.records.size()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
