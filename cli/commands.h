// The subcommands of the papergraph CLI, each `int Run(argc, argv)` over the
// arguments after its name, returning the process exit code:
//   0 success; 1 input problems (an input missing, nothing readable, or any
//   warning under --strict); 2 usage error; 3 output could not be written.
// main.cc dispatches to them through a table of {name, help, function}.
#ifndef PAPERGRAPH_CLI_COMMANDS_H_
#define PAPERGRAPH_CLI_COMMANDS_H_

#include <set>
#include <string>

#include "cli/flags.h"
#include "cli/pipeline.h"
#include "core/status.h"
#include "extractors/lexicon.h"

namespace papergraph {

enum ExitCode { kExitOk = 0, kExitInput = 1, kExitUsage = 2, kExitIo = 3 };

int RunBuild(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunStats(int argc, char** argv);
int RunEval(int argc, char** argv);
int RunLeaderboard(int argc, char** argv);

// Shared by the subcommands that read digests.
// Loads the built-in lexicon plus every --lexicon FILE; false on a usage or
// read problem (already printed).
bool LoadLexicon(const Flags& flags, Lexicon* lexicon, Diagnostics* diagnostics);
// Prints every diagnostic and a one-line summary to stderr; returns the exit
// code the input problems call for (kExitOk or kExitInput).
int ReportInputProblems(const Diagnostics& diagnostics, const PipelineStats& stats,
                        int papers, bool strict, bool quiet);
int UsageError(const std::string& command, const Status& status);
// Parses a subcommand's arguments into *flags. Returns kGoOn when the command
// should run; otherwise the exit code to return: kExitOk after printing
// `help` for --help or -h, kExitUsage after reporting a usage error.
constexpr int kGoOn = -1;
int ParseCommandLine(const std::string& command, const char* help, int argc, char** argv,
                     Flags* flags);
// The flags of a subcommand that reads digests: its own plus the common ones,
// valued --input-format, --lexicon, --threads and boolean --strict, --quiet,
// --help, -h.
Flags InputCommandFlags(std::set<std::string> valued, std::set<std::string> boolean = {});
// Reads the common flags into *options: --input-format ("auto" when absent;
// an unknown name is an error), --threads, and a progress line on stderr
// when it is a terminal and --quiet is absent.
Status GetPipelineOptions(const Flags& flags, PipelineOptions* options);
// The help text of the common flags, for each command's --help.
extern const char kInputFlagsHelp[];

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_COMMANDS_H_
