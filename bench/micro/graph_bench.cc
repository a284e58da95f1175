// The graph builder (extracted papers -> KnowledgeGraph) and the views
// derived from the graph for drawing. MB/s of digest text (bench_corpus.h).
#include <benchmark/benchmark.h>

#include "bench/micro/bench_corpus.h"
#include "core/graph_builder.h"
#include "core/graph_views.h"

namespace papergraph {
namespace {

// Args: BuildOptions::max_coauthor_list (25 = the default cut, 0 = none) and
// BuildOptions::threads (1 or 2). Wall time, since the build uses a second
// thread when it has one; the graph is freed outside the timing, as `build`
// never frees it.
void BM_BuildGraph(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  BuildOptions options;
  options.max_coauthor_list = static_cast<int>(state.range(0));
  options.threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    state.PauseTiming();  // BuildGraph consumes its input
    std::vector<ExtractedPaper> papers = c.papers;
    Diagnostics diagnostics;
    state.ResumeTiming();
    KnowledgeGraph graph = BuildGraph(std::move(papers), options, &diagnostics);
    benchmark::DoNotOptimize(graph);
    state.PauseTiming();
    graph = KnowledgeGraph();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.papers.size()));
}
BENCHMARK(BM_BuildGraph)
    ->ArgNames({"max_authors", "threads"})
    ->Args({25, 1})
    ->Args({25, 2})
    ->Args({0, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// Arg: the ViewKind (0 full, 1 coauthor, 2 results).
void BM_DeriveView(benchmark::State& state) {
  const BenchCorpus& c = Corpus();
  ViewOptions options;
  options.kind = static_cast<ViewKind>(state.range(0));
  for (auto _ : state) {
    GraphView view;
    benchmark::DoNotOptimize(DeriveView(c.graph, options, &view));
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_DeriveView)->ArgName("view")->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace papergraph
