// `papergraph extract INPUT... [-o FILE]`: what was read and extracted from
// each paper, as JSON in the shape of the gold annotations
// (docs/extraction.md describes the contract).
#include <iostream>

#include "cli/commands.h"
#include "cli/output_directory.h"
#include "core/graph_builder.h"
#include "exporters/atomic_file.h"
#include "exporters/extraction_writer.h"

namespace papergraph {
namespace {

constexpr char kExtractHelp[] =
    "usage: papergraph extract INPUT... [-o FILE] [options]\n\n"
    "Writes one JSON record per paper (papers listed on several days merged):\n"
    "arxiv, title, date, dates, votes, authors, authors_truncated, proposes,\n"
    "models, methods, benchmarks, results, source (file:line).\n\n"
    "options:\n"
    "  -o, --output FILE    write to FILE (atomically) instead of standard output;\n"
    "                       missing directories on its path are created\n";

}  // namespace

int RunExtract(int argc, char** argv) {
  Flags flags = InputCommandFlags({"-o", "--output"});
  std::string help = std::string(kExtractHelp) + kInputFlagsHelp;
  int parsed = ParseCommandLine("extract", help.c_str(), argc, argv, &flags);
  if (parsed != kGoOn) return parsed;
  Status s;
  if (flags.positional().empty()) {
    return UsageError("extract", Status::InvalidArgument("no INPUT given (a digest file or directory)"));
  }
  PipelineOptions pipeline;
  s = GetPipelineOptions(flags, &pipeline);
  if (!s.ok()) return UsageError("extract", s);
  Diagnostics diagnostics;
  Lexicon lexicon;
  if (!LoadLexicon(flags, &lexicon, &diagnostics)) return kExitInput;
  PipelineStats stats;
  std::vector<ExtractedPaper> papers =
      MergeListings(ReadAndExtract(flags.positional(), lexicon, pipeline, &diagnostics, &stats), &diagnostics);
  int code = ReportInputProblems(diagnostics, stats, static_cast<int>(papers.size()),
                                 flags.Has("--strict"), flags.Has("--quiet"));
  std::string path = flags.Get("--output", flags.Get("-o", ""));
  if (path.empty() || path == "-") {
    s = WriteExtraction(papers, std::cout);
  } else {
    s = CreateOutputDirectory(DirectoryOf(path));
    if (s.ok()) {
      s = WriteFileAtomically(path, [&](std::ostream& out) { return WriteExtraction(papers, out); });
    }
  }
  if (!s.ok()) {
    std::cerr << "papergraph extract: " << s.message() << "\n";
    return kExitIo;
  }
  return code;
}

}  // namespace papergraph
