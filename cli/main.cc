// papergraph: Hugging Face Daily Papers digests -> knowledge graph ->
// GraphML, DOT, JSON-LD, N-Triples. main() only dispatches to a subcommand
// through the table below.
#include <cstring>
#include <iostream>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  const char* help;
  int (*run)(int argc, char** argv);
};

constexpr Command kCommands[] = {
    {"build", "read digests, write the graph as GraphML, DOT, JSON-LD and N-Triples",
     papergraph::RunBuild},
    {"extract", "read digests, write what was extracted from each paper as JSON",
     papergraph::RunExtract},
    {"eval", "score an extraction against gold annotations (precision, recall, F1)",
     papergraph::RunEval},
    {"leaderboard", "list the scores reported on one benchmark, best first",
     papergraph::RunLeaderboard},
    {"stats", "print counts per kind, top authors, models, benchmarks and busiest days",
     papergraph::RunStats},
};

void PrintUsage(std::ostream& out) {
  out << "usage: papergraph COMMAND [options] INPUT...\n\n"
         "INPUT is a digest file, a directory searched recursively for *.md and *.json,\n"
         "or - for standard input. Markdown, table and API JSON digests are told apart\n"
         "by content (--input-format forces one).\n\n"
         "commands:\n";
  for (const Command& c : kCommands) out << "  " << c.name << "\t" << c.help << "\n";
  out << "\n'papergraph COMMAND --help' describes a command; 'papergraph --version' prints the "
         "version.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return papergraph::kExitUsage;
  }
  const char* name = argv[1];
  if (!std::strcmp(name, "--help") || !std::strcmp(name, "-h") || !std::strcmp(name, "help")) {
    PrintUsage(std::cout);
    return papergraph::kExitOk;
  }
  if (!std::strcmp(name, "--version")) {
    std::cout << "papergraph " << PAPERGRAPH_VERSION << "\n";
    return papergraph::kExitOk;
  }
  for (const Command& c : kCommands) {
    if (!std::strcmp(name, c.name)) return c.run(argc - 2, argv + 2);
  }
  std::cerr << "papergraph: unknown command '" << name << "'\n";
  PrintUsage(std::cerr);
  return papergraph::kExitUsage;
}
