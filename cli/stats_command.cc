// `papergraph stats INPUT...`: counts per kind, top authors, models,
// benchmarks and methods, busiest days, as text on standard output.
#include <iostream>

#include "cli/commands.h"
#include "core/graph_builder.h"
#include "core/graph_stats.h"

namespace papergraph {
namespace {

constexpr char kStatsHelp[] =
    "usage: papergraph stats INPUT... [options]\n\n"
    "Builds the graph in memory and prints what it holds: nodes and edges per kind,\n"
    "top authors by papers and by co-authors, top models, benchmarks and methods by\n"
    "the papers that mention them, and the busiest listing days.\n\n"
    "options:\n"
    "  --top N              rows per ranking (default 10)\n"
    "  --max-authors N      as for build (default 25; 0 = no limit)\n";

void PrintRanking(const char* title, const GraphStats::Ranking& ranking, const char* unit) {
  std::cout << "\n" << title << "\n";
  for (const auto& [label, count] : ranking) {
    std::cout << "  " << count << " " << unit << "\t" << label << "\n";
  }
}

}  // namespace

int RunStats(int argc, char** argv) {
  Flags flags = InputCommandFlags({"--top", "--max-authors"});
  std::string help = std::string(kStatsHelp) + kInputFlagsHelp;
  int parsed = ParseCommandLine("stats", help.c_str(), argc, argv, &flags);
  if (parsed != kGoOn) return parsed;
  Status s;
  if (flags.positional().empty()) {
    return UsageError("stats", Status::InvalidArgument("no INPUT given (a digest file or directory)"));
  }
  int top = 10;
  BuildOptions options;
  s = flags.GetInt("--top", &top);
  if (s.ok()) s = flags.GetInt("--max-authors", &options.max_coauthor_list);
  PipelineOptions pipeline;
  if (s.ok()) s = GetPipelineOptions(flags, &pipeline);
  if (!s.ok()) return UsageError("stats", s);
  options.threads = pipeline.threads;

  Diagnostics diagnostics;
  Lexicon lexicon;
  if (!LoadLexicon(flags, &lexicon, &diagnostics)) return kExitInput;
  PipelineStats read_stats;
  KnowledgeGraph graph = BuildGraph(
      ReadAndExtract(flags.positional(), lexicon, pipeline, &diagnostics, &read_stats), options,
      &diagnostics);
  GraphStats stats = ComputeStats(graph, static_cast<size_t>(top));
  int code = ReportInputProblems(diagnostics, read_stats,
                                 static_cast<int>(stats.nodes[static_cast<int>(NodeKind::kPaper)]),
                                 flags.Has("--strict"), flags.Has("--quiet"));
  std::cout << "nodes";
  for (int k = 0; k < kNodeKinds; ++k) {
    std::cout << "\t" << NodeKindName(static_cast<NodeKind>(k)) << " " << stats.nodes[k];
  }
  std::cout << "\nedges";
  for (int k = 0; k < kEdgeKinds; ++k) {
    std::cout << "\t" << EdgeKindName(static_cast<EdgeKind>(k)) << " " << stats.edges[k];
  }
  std::cout << "\n";
  PrintRanking("top authors by papers", stats.authors_by_papers, "papers");
  PrintRanking("top authors by co-authors", stats.authors_by_coauthors, "co-authors");
  PrintRanking("top models by papers", stats.models_by_papers, "papers");
  PrintRanking("top benchmarks by papers", stats.benchmarks_by_papers, "papers");
  PrintRanking("top methods by papers", stats.methods_by_papers, "papers");
  PrintRanking("busiest days", stats.days_by_papers, "papers");
  return code;
}

}  // namespace papergraph
