// `papergraph build INPUT... -o DIR`: the main job.
#include <algorithm>
#include <array>
#include <cerrno>
#include <iterator>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <numeric>
#include <sstream>

#include "cli/commands.h"
#include "cli/kept_until_exit.h"
#include "cli/output_directory.h"
#include "cli/stage_times.h"
#include "core/graph_builder.h"
#include "core/graph_views.h"
#include "core/parallel_for.h"
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
    "  --view NAME          what graph.graphml and graph.dot hold (graph.jsonld and\n"
    "                       graph.nt always hold the whole graph, every score report):\n"
    "                         full      everything, directed (default)\n"
    "                         coauthor  authors only, undirected, weight = shared papers\n"
    "                         results   models and benchmarks, one edge per pair (best value)\n"
    "  --counting full|fractional  coauthor weight: shared papers, or 1/(n-1) per paper\n"
    "                       of n authors (as VOSviewer); default full\n"
    "  --min-weight W       leave out coauthor edges lighter than W\n"
    "  --min-papers K       coauthor view: leave out authors of fewer than K papers\n"
    "  --around NAME        only the nodes near one node (id or label), for drawing\n"
    "  --depth K            how near, in edges (default 1)\n"
    "  --from DATE, --to DATE  only papers listed in [from, to] (YYYY-MM-DD)\n"
    "  --formats LIST       write only these, comma-separated: graphml, dot, jsonld, nt\n"
    "                       (default: all four; other files in DIR are left as they are)\n"
    "  --timings            print the time of each stage on stderr\n";

constexpr char kExitCodesHelp[] =
    "\nexit codes: 0 ok, 1 input problems, 2 usage error, 3 output not written\n";

// Drawings get the view; the RDF formats get the whole graph, made ready
// for RDF once for both (rdf_graph.h).
struct Output {
  const char* format;  // its name for --formats
  const char* file;
  Status (*write_view)(const GraphView&, std::ostream&);
  Status (*write_rdf)(RdfGraph&, std::ostream&);
};

constexpr Output kOutputs[] = {
    {"graphml", "graph.graphml", WriteGraphml, nullptr},
    {"dot", "graph.dot", WriteDot, nullptr},
    {"jsonld", "graph.jsonld", nullptr, WriteJsonld},
    {"nt", "graph.nt", nullptr, WriteNtriples},
};

// The outputs --formats names, in the order of kOutputs.
Status GetOutputs(const Flags& flags, std::vector<const Output*>* outputs) {
  std::string list = flags.Get("--formats", "graphml,dot,jsonld,nt");
  std::vector<bool> wanted(std::size(kOutputs), false);
  for (size_t start = 0; start <= list.size();) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string name = list.substr(start, comma - start);
    auto it = std::find_if(std::begin(kOutputs), std::end(kOutputs),
                           [&](const Output& o) { return name == o.format; });
    if (it == std::end(kOutputs)) {
      return Status::InvalidArgument("--formats expects a comma-separated list of graphml, dot, jsonld "
                                     "and nt, got \"" + name + "\" in \"" + list + "\"");
    }
    wanted[it - std::begin(kOutputs)] = true;
    start = comma + 1;
  }
  for (size_t i = 0; i < std::size(kOutputs); ++i) {
    if (wanted[i]) outputs->push_back(&kOutputs[i]);
  }
  return Status::Ok();
}

// "graph.graphml and graph.dot": the drawings among `outputs`, which show the view.
std::string Drawings(const std::vector<const Output*>& outputs) {
  std::string names;
  for (const Output* o : outputs) {
    if (o->write_view) names += (names.empty() ? "" : " and ") + std::string(o->file);
  }
  return names;
}

// "N nodes (a paper, b author, ...) and M edges (c authored, ...)"
std::string Counts(const std::array<size_t, kNodeKinds>& nodes,
                   const std::array<size_t, kEdgeKinds>& edges) {
  std::ostringstream out;
  out << std::accumulate(nodes.begin(), nodes.end(), size_t{0}) << " nodes (";
  for (int k = 0; k < kNodeKinds; ++k) {
    out << (k ? ", " : "") << nodes[k] << " " << NodeKindName(static_cast<NodeKind>(k));
  }
  out << ") and " << std::accumulate(edges.begin(), edges.end(), size_t{0}) << " edges (";
  for (int k = 0; k < kEdgeKinds; ++k) {
    out << (k ? ", " : "") << edges[k] << " " << EdgeKindName(static_cast<EdgeKind>(k));
  }
  out << ")";
  return out.str();
}

Status GetDouble(const Flags& flags, const std::string& name, double* value) {
  if (!flags.Has(name)) return Status::Ok();
  std::string text = flags.Get(name, "");
  errno = 0;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno != 0 || !(v >= 0)) {
    return Status::InvalidArgument(name + " expects a non-negative number, got \"" + text + "\"");
  }
  *value = v;
  return Status::Ok();
}

// Reads the view flags into *options.
Status GetViewOptions(const Flags& flags, ViewOptions* options) {
  std::string view = flags.Get("--view", "full");
  if (!ParseViewKind(view, &options->kind)) {
    return Status::InvalidArgument("--view expects full, coauthor or results, got \"" + view + "\"");
  }
  std::string counting = flags.Get("--counting", "full");
  if (!ParseCounting(counting, &options->counting)) {
    return Status::InvalidArgument("--counting expects full or fractional, got \"" + counting + "\"");
  }
  options->from = flags.Get("--from", "");
  options->to = flags.Get("--to", "");
  options->around = flags.Get("--around", "");
  if (flags.Has("--around") && options->around.empty()) {
    return Status::InvalidArgument("--around needs a node id or label");
  }
  Status s = flags.GetInt("--max-authors", &options->max_authors);
  if (s.ok()) s = flags.GetInt("--min-papers", &options->min_papers);
  if (s.ok()) s = flags.GetInt("--depth", &options->depth);
  if (s.ok()) s = GetDouble(flags, "--min-weight", &options->min_weight);
  return s;
}

}  // namespace

int RunBuild(int argc, char** argv) {
  Flags flags = InputCommandFlags({"-o", "--output", "--max-authors", "--view", "--counting", "--min-weight",
                                   "--min-papers", "--around", "--depth", "--from", "--to", "--formats"},
                                  {"--timings"});
  std::string help = std::string(kBuildHelp) + kInputFlagsHelp + kExitCodesHelp;
  int parsed = ParseCommandLine("build", help.c_str(), argc, argv, &flags);
  if (parsed != kGoOn) return parsed;
  Status s;
  if (flags.positional().empty()) {
    return UsageError("build", Status::InvalidArgument("no INPUT given (a digest file or directory)"));
  }
  ViewOptions view_options;
  PipelineOptions pipeline;
  std::vector<const Output*> outputs;
  s = GetViewOptions(flags, &view_options);
  if (s.ok()) s = GetPipelineOptions(flags, &pipeline);
  if (s.ok()) s = GetOutputs(flags, &outputs);
  if (!s.ok()) return UsageError("build", s);
  BuildOptions options;
  options.max_coauthor_list = view_options.max_authors;
  options.threads = pipeline.threads;
  std::string dir = flags.Get("--output", flags.Get("-o", "papergraph-out"));

  Diagnostics diagnostics;
  Lexicon lexicon;
  if (!LoadLexicon(flags, &lexicon, &diagnostics)) return kExitInput;
  PipelineStats stats;
  StageTimes times;
  std::vector<ExtractedPaper> papers = ReadAndExtract(flags.positional(), lexicon, pipeline, &diagnostics, &stats);
  times.Lap("read and extract");
  // Both are freed by the end of the process, not one node at a time.
  const KnowledgeGraph& graph = KeepUntilExit(BuildGraph(std::move(papers), options, &diagnostics));
  times.Lap("graph");
  size_t paper_nodes = graph.NodeCounts()[static_cast<int>(NodeKind::kPaper)];
  int code = ReportInputProblems(diagnostics, stats, static_cast<int>(paper_nodes),
                                 flags.Has("--strict"), flags.Has("--quiet"));
  GraphView& view = KeepUntilExit(GraphView());
  s = DeriveView(graph, view_options, &view);
  if (!s.ok()) return UsageError("build", s);
  times.Lap("view");

  s = CreateOutputDirectory(dir);
  if (!s.ok()) {
    std::cerr << "papergraph build: " << s.message() << "\n";
    return kExitIo;
  }
  // The files are written side by side; each is whole or not there.
  std::vector<Status> written(outputs.size());
  std::vector<double> seconds(outputs.size());
  RdfGraph rdf(graph);
  ParallelFor(outputs.size(), pipeline.threads, [&](size_t i) {
    const Output& o = *outputs[i];
    StageTimes own;
    written[i] = WriteFileAtomically((std::filesystem::path(dir) / o.file).string(), [&](std::ostream& out) {
      return o.write_view ? o.write_view(view, out) : o.write_rdf(rdf, out);
    });
    seconds[i] = own.Elapsed();
  });
  times.Lap("write");
  for (const Status& w : written) {
    if (!w.ok()) std::cerr << "papergraph build: " << w.message() << "\n";
  }
  if (std::any_of(written.begin(), written.end(), [](const Status& w) { return !w.ok(); })) {
    return kExitIo;
  }
  std::cerr << "papergraph: graph of " << Counts(graph.NodeCounts(), graph.EdgeCounts()) << "\n";
  std::string drawings = Drawings(outputs);
  if (!drawings.empty()) {
    std::cerr << "papergraph: view " << flags.Get("--view", "full") << " ("
              << (view.directed() ? "directed" : "undirected") << ") of "
              << Counts(view.NodeCounts(), view.EdgeCounts()) << " in " << drawings << "\n";
  }
  if (flags.Has("--timings")) {
    std::cerr << "papergraph: timings: " << times.Summary() << "; within read and extract, summed over "
              << "threads: read " << Seconds(stats.read_seconds) << ", extract "
              << Seconds(stats.extract_seconds) << "; within write, each file on its thread:";
    for (size_t i = 0; i < outputs.size(); ++i) std::cerr << " " << outputs[i]->file << " " << Seconds(seconds[i]);
    std::cerr << "\n";
  }
  for (const Output* o : outputs) std::cout << (std::filesystem::path(dir) / o->file).string() << "\n";
  return code;
}

}  // namespace papergraph
