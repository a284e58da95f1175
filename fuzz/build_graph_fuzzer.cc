// End to end: the input, split at NUL bytes into digest files of different
// days, goes through ReadDigest, the extractors, BuildGraph, each view and
// every writer into a string stream. Properties: no writer fails; GraphML,
// DOT and N-Triples are valid UTF-8 without a control character other than
// TAB and LF; each N-Triples line is one statement; the JSON-LD parses.
#include <rapidjson/document.h>

#include <cstring>
#include <sstream>

#include "core/graph_builder.h"
#include "core/graph_views.h"
#include "core/utf8.h"
#include "exporters/exporters.h"
#include "extractors/digest_formats.h"
#include "extractors/paper_extraction.h"
#include "fuzz/fuzz_support.h"

namespace {

using namespace papergraph;

void CheckText(const std::string& text) {
  FUZZ_CHECK(IsValidUtf8(text));
  for (char c : text) FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n');
}

std::vector<ExtractedPaper> ReadAndExtract(const uint8_t* data, size_t size, Diagnostics* diagnostics) {
  std::vector<ExtractedPaper> papers;
  const Lexicon& lexicon = Lexicon::Builtin();
  size_t start = 0;
  for (int day = 10; start <= size; ++day) {
    const uint8_t* nul = static_cast<const uint8_t*>(std::memchr(data + start, 0, size - start));
    size_t end = nul ? static_cast<size_t>(nul - data) : size;
    std::string text = fuzz::DigestText(data + start, end - start);
    std::string file = "fuzz/2024-06-" + std::to_string(day) + ".md";
    for (PaperRecord& record : ReadDigest(text, file, "auto", diagnostics)) {
      papers.push_back(ExtractPaper(std::move(record), lexicon));
    }
    start = end + 1;
  }
  return papers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;  // keeps each run fast; the readers have their own targets
  Diagnostics diagnostics;
  KnowledgeGraph graph = BuildGraph(ReadAndExtract(data, size, &diagnostics), BuildOptions(), &diagnostics);

  for (ViewKind kind : {ViewKind::kFull, ViewKind::kCoauthor, ViewKind::kResults}) {
    ViewOptions options;
    options.kind = kind;
    GraphView view;
    FUZZ_CHECK(DeriveView(graph, options, &view).ok());
    std::ostringstream graphml, dot;
    FUZZ_CHECK(WriteGraphml(view, graphml).ok());
    FUZZ_CHECK(WriteDot(view, dot).ok());
    CheckText(graphml.str());
    CheckText(dot.str());
  }

  std::ostringstream jsonld, ntriples;
  FUZZ_CHECK(WriteJsonld(graph, jsonld).ok());
  FUZZ_CHECK(WriteNtriples(graph, ntriples).ok());
  rapidjson::Document doc;
  FUZZ_CHECK(!doc.Parse(jsonld.str().c_str()).HasParseError());
  const std::string nt = ntriples.str();
  CheckText(nt);
  std::istringstream lines(nt);
  for (std::string line; std::getline(lines, line);) {
    FUZZ_CHECK(line.size() > 2 && line.compare(line.size() - 2, 2, " .") == 0);
  }
  return 0;
}
