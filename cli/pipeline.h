// The front half shared by the subcommands: files -> readers -> records ->
// extractors. Returns the extracted papers of every input, one per listing
// (MergeListings in core/graph_builder.h merges them), and every input
// problem as a Diagnostic. The records come without their summary sections:
// the extractors have read them, and nothing later does.
#ifndef PAPERGRAPH_CLI_PIPELINE_H_
#define PAPERGRAPH_CLI_PIPELINE_H_

#include <functional>
#include <string>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"
#include "extractors/input_limits.h"
#include "extractors/lexicon.h"

namespace papergraph {

struct PipelineOptions {
  // A name IsDigestFormatName accepts ("auto" detects by content).
  std::string format = "auto";
  // Worker threads reading and extracting files (and, in `build` and
  // `stats`, building the graph and writing it); 0 = one per core. The
  // output does not depend on it.
  int threads = 0;
  // Called after each file with (files done, files in all), from whichever
  // thread finished it, one call at a time; may be empty.
  std::function<void(int, int)> progress;
  // File size, line length, authors per paper, papers in all.
  InputLimits limits;
};

struct PipelineStats {
  int files_read = 0;
  int files_skipped = 0;
  int listings = 0;  // paper records, before merging
  double read_seconds = 0;     // summed over threads: reading and decoding files
  double extract_seconds = 0;  // summed over threads: entity and score extraction
};

std::vector<ExtractedPaper> ReadAndExtract(const std::vector<std::string>& inputs,
                                           const Lexicon& lexicon, const PipelineOptions& options,
                                           Diagnostics* diagnostics, PipelineStats* stats);

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_PIPELINE_H_
