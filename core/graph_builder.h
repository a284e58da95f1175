// The graph builder: merges extracted papers into one KnowledgeGraph.
//
//   Diagnostics diags;
//   KnowledgeGraph g = BuildGraph(std::move(papers), BuildOptions(), &diags);
//
// Merge rule for a paper listed several times (several days, or twice in one
// file): records are ordered by (arXiv id, listing date, file, line); the
// first listing gives the title, the author list and the source, except
// that a later full author list replaces a first one cut with '+'; every
// listing date is kept; votes are the largest listed (votes only grow);
// other titles become aliases; mentions, proposals and score reports are
// the union (a score listed twice counts once). A differing author list
// (naming the authors not kept), title or vote count is reported as a note;
// nothing is dropped silently.
//
// Authors are the same person when NormalizeName (NFC, whitespace collapsed)
// gives the same string. A name written twice in one author list gives one
// authored edge (its first place) and a note.
//
// Nodes and edges are added in an order that depends on the content only
// (papers by arXiv id), so the graph is the same whatever the order of the
// input files.
#ifndef PAPERGRAPH_CORE_GRAPH_BUILDER_H_
#define PAPERGRAPH_CORE_GRAPH_BUILDER_H_

#include <vector>

#include "core/knowledge_graph.h"
#include "core/merge_listings.h"  // MergeListings, which `extract` calls too
#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

struct BuildOptions {
  // Papers with more distinct authors than this give no coauthor edges
  // (their authored edges are kept); 0 means no limit. Large consortium
  // papers would otherwise add n*(n-1)/2 pairs each.
  int max_coauthor_list = 25;
  // Threads: 1 builds on the calling thread alone; otherwise (0: one per
  // core) a second thread computes what the nodes are looked up by, ahead
  // of the pass that adds them, and the coauthor edges and node ids are
  // made on up to that many threads (parallel_for.h). The graph does not
  // depend on it.
  int threads = 0;
};

KnowledgeGraph BuildGraph(std::vector<ExtractedPaper> papers, const BuildOptions& options,
                          Diagnostics* diagnostics);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_GRAPH_BUILDER_H_
