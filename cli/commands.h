// The subcommands of the papergraph CLI, each `int Run(argc, argv)` over the
// arguments after its name, returning the process exit code:
//   0 success; 1 input problems (an input missing, nothing readable, or any
//   warning under --strict); 2 usage error; 3 output could not be written.
// main.cc dispatches to them through a table of {name, help, function}.
#ifndef PAPERGRAPH_CLI_COMMANDS_H_
#define PAPERGRAPH_CLI_COMMANDS_H_

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
// The --input-format flag: "auto" when absent; an unknown name is an error.
Status GetInputFormat(const Flags& flags, std::string* format);

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_COMMANDS_H_
