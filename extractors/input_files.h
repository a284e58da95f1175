// Finding digest files and reading them as clean UTF-8 text.
// Inputs on the command line are files or directories (searched
// recursively); every problem is returned as a Diagnostic, never printed.
#ifndef PAPERGRAPH_EXTRACTORS_INPUT_FILES_H_
#define PAPERGRAPH_EXTRACTORS_INPUT_FILES_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "extractors/input_limits.h"

namespace papergraph {

// Expands `inputs` into digest files: a file is kept as given, and so is
// "-" (standard input, read by ReadDigestFile); a directory
// contributes every *.md and *.json file below it, sorted by path. An input
// that does not exist, or a directory with no digests, is a Diagnostic of
// severity kError ("no digests found under DIR: expected *.md or *.json
// files"); the rest are still returned.
std::vector<std::string> CollectInputFiles(const std::vector<std::string>& inputs,
                                           Diagnostics* diagnostics);

// Reads `path` into `*text` as UTF-8 ready for a reader: a leading BOM is
// removed, CRLF and lone CR become LF, invalid UTF-8 is replaced by U+FFFD
// (one warning per affected line, with its number). A file that looks binary
// (a NUL byte in its first 8 KiB) is not read, nor is one larger than
// limits.max_file_bytes; lines longer than limits.max_line_bytes are cut
// unless the text is JSON (see input_limits.h). Returns false, with a
// Diagnostic, when the file is skipped.
bool ReadDigestFile(const std::string& path, std::string* text, Diagnostics* diagnostics,
                    const InputLimits& limits = InputLimits());

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_INPUT_FILES_H_
