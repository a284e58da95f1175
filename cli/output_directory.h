// The directory a command writes its output files into, created when
// missing (like `mkdir -p`): build's -o DIR, and the directory of extract's
// -o FILE.
#ifndef PAPERGRAPH_CLI_OUTPUT_DIRECTORY_H_
#define PAPERGRAPH_CLI_OUTPUT_DIRECTORY_H_

#include <string>

#include "core/status.h"

namespace papergraph {

// Creates `dir` and its missing parents. OK when `dir` exists already or is
// "" (the current directory); otherwise
// IoError("cannot create output directory DIR: <reason>").
Status CreateOutputDirectory(const std::string& dir);

// The directory part of a file path: "out/run/pred.json" -> "out/run",
// "pred.json" -> "".
std::string DirectoryOf(const std::string& file);

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_OUTPUT_DIRECTORY_H_
