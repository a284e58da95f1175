#include "bench/micro/bench_corpus.h"

#include <cstdlib>
#include <iostream>
#include <utility>

#include "bench/micro/digest_renderings.h"
#include "core/graph_builder.h"
#include "extractors/digest_formats.h"
#include "extractors/input_files.h"
#include "extractors/lexicon.h"
#include "extractors/paper_extraction.h"

namespace papergraph {
namespace {

std::string& CorpusDir() {
  static std::string dir = [] {
    const char* env = std::getenv("PAPERGRAPH_BENCH_CORPUS");
    return std::string(env && *env ? env : PAPERGRAPH_DEFAULT_CORPUS);
  }();
  return dir;
}

[[noreturn]] void Fail(const std::string& message) {
  std::cerr << "papergraph_bench: " << message << "\n";
  std::exit(2);
}

BenchCorpus Load(const std::string& dir) {
  BenchCorpus c;
  c.dir = dir;
  Diagnostics diagnostics;
  for (const std::string& file : CollectInputFiles({dir}, &diagnostics)) {
    std::string text;
    if (!ReadDigestFile(file, &text, &diagnostics)) continue;  // skipped by build too
    c.bytes += static_cast<int64_t>(text.size());
    c.files.push_back(file);
    c.texts.push_back(std::move(text));
  }
  if (c.files.empty()) Fail("no digests under " + dir + " (set --corpus=DIR or PAPERGRAPH_BENCH_CORPUS)");
  // The records with their summaries (ReadAndExtract drops those once
  // extracted, and the extractors and renderings must be timed on them).
  for (size_t i = 0; i < c.files.size(); ++i) {
    for (PaperRecord& r : ReadDigest(c.texts[i], c.files[i], "auto", &diagnostics)) {
      c.records.push_back(std::move(r));
    }
  }
  for (const PaperRecord& r : c.records) {
    c.papers.push_back(ExtractPaper(r, Lexicon::Builtin()));
    const ExtractedPaper& p = c.papers.back();
    c.entities.push_back(ExtractEntities(p.record, Lexicon::Builtin()));
    c.summaries.push_back(p.record.SummaryText());
    c.author_names.insert(c.author_names.end(), p.record.authors.begin(), p.record.authors.end());
    for (const Mention& m : p.mentions) c.surfaces.push_back(m.surface);
  }
  c.graph = BuildGraph(c.papers, BuildOptions(), &diagnostics);
  Status s = DeriveView(c.graph, ViewOptions(), &c.view);
  if (!s.ok()) Fail("DeriveView: " + s.message());
  c.table_digest = RenderTableDigest(c.records);
  c.json_digest = RenderJsonDigest(c.records);
  // The renderings must read back as the same papers, or their readers
  // would be timed on less work.
  for (const auto& [text, format] : {std::pair(&c.table_digest, "table"), std::pair(&c.json_digest, "json")}) {
    Diagnostics ignored;
    size_t n = ReadDigest(*text, "corpus", format, &ignored).size();
    if (n != c.records.size()) {
      Fail(std::string(format) + " rendering reads back as " + std::to_string(n) + " records, not " +
           std::to_string(c.records.size()));
    }
  }
  return c;
}

}  // namespace

void SetCorpusDir(const std::string& dir) { CorpusDir() = dir; }

const BenchCorpus& Corpus() {
  static const BenchCorpus corpus = Load(CorpusDir());
  return corpus;
}

}  // namespace papergraph
