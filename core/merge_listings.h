// MergeListings: the listings of one paper (several days, or twice in one
// file) merged into one paper per arXiv id, by the rule core/graph_builder.h
// states. BuildGraph merges first; `extract` calls it to report the same
// papers as the graph.
#ifndef PAPERGRAPH_CORE_MERGE_LISTINGS_H_
#define PAPERGRAPH_CORE_MERGE_LISTINGS_H_

#include <string>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

// The papers merged, ordered by arXiv id; every difference between listings
// is a note in *diagnostics.
std::vector<ExtractedPaper> MergeListings(std::vector<ExtractedPaper> papers,
                                          Diagnostics* diagnostics);

// A note about a listing, placed at its file:line.
Diagnostic ListingNote(const PaperRecord& r, std::string message);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_MERGE_LISTINGS_H_
