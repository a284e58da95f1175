// The front half shared by the subcommands: files -> readers -> records ->
// extractors. Returns the extracted papers of every input, one per listing
// (MergeListings in core/graph_builder.h merges them), and every input
// problem as a Diagnostic.
#ifndef PAPERGRAPH_CLI_PIPELINE_H_
#define PAPERGRAPH_CLI_PIPELINE_H_

#include <string>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"
#include "extractors/lexicon.h"

namespace papergraph {

struct PipelineStats {
  int files_found = 0;
  int files_read = 0;
  int files_skipped = 0;
  int listings = 0;  // paper records, before merging
};

// `format` is a name IsDigestFormatName accepts ("auto" detects by content).
std::vector<ExtractedPaper> ReadAndExtract(const std::vector<std::string>& inputs,
                                           const Lexicon& lexicon, Diagnostics* diagnostics,
                                           PipelineStats* stats, const std::string& format = "auto");

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_PIPELINE_H_
