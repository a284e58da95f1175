// The four writers, each writing the corpus graph (or its default view, as
// `build` does) into a stream that counts and discards the bytes, and the
// two RDF writers sharing one RdfGraph. MB/s of output written; the counter
// out_MB is the size of one file.
#include <benchmark/benchmark.h>

#include <ostream>
#include <streambuf>

#include "bench/micro/bench_corpus.h"
#include "exporters/exporters.h"

namespace papergraph {
namespace {

// A streambuf that keeps nothing and counts what it is given.
class CountingBuf : public std::streambuf {
 public:
  int64_t count() const { return count_; }

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    count_ += n;
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) ++count_;
    return traits_type::not_eof(c);
  }

 private:
  int64_t count_ = 0;
};

template <typename Input>
void WriteToNull(benchmark::State& state, Status (*write)(const Input&, std::ostream&),
                 const Input& input) {
  int64_t bytes = 0;
  for (auto _ : state) {
    CountingBuf buf;
    std::ostream out(&buf);
    Status s = write(input, out);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    bytes = buf.count();
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["out_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_WriteGraphml(benchmark::State& state) { WriteToNull(state, WriteGraphml, Corpus().view); }
BENCHMARK(BM_WriteGraphml)->Unit(benchmark::kMillisecond);

void BM_WriteDot(benchmark::State& state) { WriteToNull(state, WriteDot, Corpus().view); }
BENCHMARK(BM_WriteDot)->Unit(benchmark::kMillisecond);

void BM_WriteJsonld(benchmark::State& state) { WriteToNull(state, WriteJsonld, Corpus().graph); }
BENCHMARK(BM_WriteJsonld)->Unit(benchmark::kMillisecond);

void BM_WriteNtriples(benchmark::State& state) {
  WriteToNull(state, WriteNtriples, Corpus().graph);
}
BENCHMARK(BM_WriteNtriples)->Unit(benchmark::kMillisecond);

// Both RDF files from one RdfGraph, as `build` writes them (there, on two
// threads); out_MB is their sum.
Status WriteBothRdf(const KnowledgeGraph& graph, std::ostream& out) {
  RdfGraph rdf(graph);
  Status s = WriteJsonld(rdf, out);
  return s.ok() ? WriteNtriples(rdf, out) : s;
}

void BM_WriteRdfShared(benchmark::State& state) { WriteToNull(state, WriteBothRdf, Corpus().graph); }
BENCHMARK(BM_WriteRdfShared)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace papergraph
