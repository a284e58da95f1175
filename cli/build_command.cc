// `papergraph build INPUT... -o DIR`: the main job.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "core/graph_builder.h"
#include "exporters/exporters.h"

namespace papergraph {
namespace {

constexpr char kBuildHelp[] =
    "usage: papergraph build INPUT... [-o DIR] [options]\n\n"
    "Reads every digest under INPUT (files or directories, searched recursively)\n"
    "and writes DIR/graph.graphml, DIR/graph.dot, DIR/graph.jsonld, DIR/graph.nt.\n\n"
    "options:\n"
    "  -o, --output DIR     output directory (default: papergraph-out); created if missing\n"
    "  --max-authors N      papers with more than N authors give no coauthor edges\n"
    "                       (default 25; 0 = no limit)\n"
    "  --lexicon FILE       add the entities of a lexicon TSV (repeatable; see docs/extraction.md)\n"
    "  --strict             exit with 1 when any input warning was reported\n"
    "  --quiet              print warnings and errors only, not notes\n\n"
    "exit codes: 0 ok, 1 input problems, 2 usage error, 3 output not written\n";

struct Output {
  const char* file;
  Status (*write)(const KnowledgeGraph&, std::ostream&);
};

constexpr Output kOutputs[] = {
    {"graph.graphml", WriteGraphml},
    {"graph.dot", WriteDot},
    {"graph.jsonld", WriteJsonld},
    {"graph.nt", WriteNtriples},
};

}  // namespace

int RunBuild(int argc, char** argv) {
  Flags flags({"-o", "--output", "--max-authors", "--lexicon"}, {"--strict", "--quiet", "--help", "-h"});
  Status s = flags.Parse(argc, argv, 0);
  if (!s.ok()) return UsageError("build", s);
  if (flags.Has("--help") || flags.Has("-h")) {
    std::cout << kBuildHelp;
    return kExitOk;
  }
  if (flags.positional().empty()) {
    return UsageError("build", Status::InvalidArgument("no INPUT given (a digest file or directory)"));
  }
  BuildOptions options;
  s = flags.GetInt("--max-authors", &options.max_coauthor_list);
  if (!s.ok()) return UsageError("build", s);
  std::string dir = flags.Get("--output", flags.Get("-o", "papergraph-out"));

  Diagnostics diagnostics;
  Lexicon lexicon;
  if (!LoadLexicon(flags, &lexicon, &diagnostics)) return kExitInput;
  PipelineStats stats;
  std::vector<ExtractedPaper> papers = ReadAndExtract(flags.positional(), lexicon, &diagnostics, &stats);
  KnowledgeGraph graph = BuildGraph(std::move(papers), options, &diagnostics);
  size_t paper_nodes = graph.NodeCounts()[static_cast<int>(NodeKind::kPaper)];
  int code = ReportInputProblems(diagnostics, stats, static_cast<int>(paper_nodes),
                                 flags.Has("--strict"), flags.Has("--quiet"));

  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "papergraph build: cannot create output directory " << dir << ": " << ec.message() << "\n";
    return kExitIo;
  }
  for (const Output& o : kOutputs) {
    std::string path = (std::filesystem::path(dir) / o.file).string();
    s = WriteFileAtomically(path, [&](std::ostream& out) { return o.write(graph, out); });
    if (!s.ok()) {
      std::cerr << "papergraph build: " << s.message() << "\n";
      return kExitIo;
    }
  }
  auto nodes = graph.NodeCounts();
  auto edges = graph.EdgeCounts();
  std::cerr << "papergraph: graph of " << graph.num_nodes() << " nodes (";
  for (int k = 0; k < kNodeKinds; ++k) {
    std::cerr << (k ? ", " : "") << nodes[k] << " " << NodeKindName(static_cast<NodeKind>(k));
  }
  std::cerr << ") and " << graph.num_edges() << " edges (";
  for (int k = 0; k < kEdgeKinds; ++k) {
    std::cerr << (k ? ", " : "") << edges[k] << " " << EdgeKindName(static_cast<EdgeKind>(k));
  }
  std::cerr << ")\n";
  for (const Output& o : kOutputs) std::cout << (std::filesystem::path(dir) / o.file).string() << "\n";
  return code;
}

}  // namespace papergraph
