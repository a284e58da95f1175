// The input every micro-benchmark reads: a directory of digests (by default
// the shared corpus, ../shared/corpus/daily_papers_ko), loaded once at
// benchmark time and never copied anywhere, with each stage's output kept so
// that a benchmark of one stage starts from the real input of that stage.
//
//   const BenchCorpus& corpus = Corpus();
//   for (auto _ : state) ...;
//   state.SetBytesProcessed(state.iterations() * corpus.bytes);
//
// `bytes` is the size of the digest text as read (ReadDigestFile), the unit
// of every "MB/s of digest text" figure: a benchmark of a whole-corpus stage
// reports it, so its MB/s compares with `papergraph build` and the re2 floor.
#ifndef PAPERGRAPH_BENCH_MICRO_BENCH_CORPUS_H_
#define PAPERGRAPH_BENCH_MICRO_BENCH_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/graph_views.h"
#include "core/knowledge_graph.h"
#include "core/paper_record.h"
#include "extractors/entity_extractor.h"

namespace papergraph {

struct BenchCorpus {
  std::string dir;
  std::vector<std::string> files;  // every digest under dir that could be read, sorted
  std::vector<std::string> texts;  // their text, as ReadDigestFile gives it
  int64_t bytes = 0;               // sum of texts' sizes

  std::vector<PaperRecord> records;     // every listing, as the readers give them
  std::vector<Entities> entities;       // ExtractEntities of each record
  std::vector<ExtractedPaper> papers;   // records with entities and results
  std::vector<std::string> summaries;   // SummaryText() of each record
  std::vector<std::string> author_names;  // every author name as listed
  std::vector<std::string> surfaces;      // every entity mention as written

  KnowledgeGraph graph;  // BuildGraph of papers, default options
  GraphView view;        // DeriveView of graph, default options (what build writes)

  // The records again in the other two digest formats, in memory only.
  std::string table_digest;  // digest_renderings.h RenderTableDigest
  std::string json_digest;   // digest_renderings.h RenderJsonDigest
};

// Where Corpus() reads from; call before the first Corpus(). The default is
// $PAPERGRAPH_BENCH_CORPUS, else the shared corpus next to the source tree.
void SetCorpusDir(const std::string& dir);

// Loads the corpus on first use (exits with a message if it has no
// digests), then returns it.
const BenchCorpus& Corpus();

}  // namespace papergraph

#endif  // PAPERGRAPH_BENCH_MICRO_BENCH_CORPUS_H_
