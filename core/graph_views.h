// Views: what the drawing exports (GraphML for Gephi, DOT for Graphviz) show
// of the full KnowledgeGraph, derived by the options below. A view refers to
// the graph instead of copying it (graph_view.h); the full graph is never
// changed, and the RDF exports keep reading it, with every score report.
//
//   GraphView view;
//   ViewOptions options;                 // the table below
//   options.kind = ViewKind::kCoauthor;
//   Status s = DeriveView(graph, options, &view);
//   WriteGraphml(view, out);
//
// Every view holds no two edges of one kind between the same pair of nodes
// (Gephi would merge them and sum their weights):
//   full      every node; authored, mentions, proposes as in the graph;
//             coauthor edges once per pair (author with the lower vertex
//             first): the graph's own when it counted them as the options
//             ask (every paper kept, counting full, the same max_authors),
//             else recounted from the authored edges; the score reports
//             of one (model, benchmark) pair as one edge (see ScoreSummary).
//             Directed.
//   coauthor  authors only, coauthor edges, undirected.
//   results   the scoring entities (models, or a method a paper proposes)
//             and benchmarks joined by one score edge per pair. Directed.
//
//   option        default   meaning
//   from, to      ""        keep papers with a listing date in [from, to]
//                           (YYYY-MM-DD, inclusive, "" = open); nodes left
//                           without a kept paper go, counts are recounted
//   counting      full      coauthor weight: full = shared papers,
//                           fractional = each paper adds 1/(n-1) to each of
//                           its pairs (n authors), as VOSviewer/bibliometrix
//   max_authors   25        papers with more authors add no coauthor pairs
//                           (0 = no limit)
//   min_weight    0         drop coauthor edges lighter than this
//   min_papers    0         coauthor view: drop authors with fewer papers
//   around        ""        keep only the nodes within `depth` edges (either
//                           direction) of this node, named by id or label
//   depth         1
//
// Node paper_count is recounted over the kept papers: for an author its
// papers, for an entity the papers that mention it.
//
// A collapsed score edge carries the best report: the highest value, or the
// lowest for a lower-is-better metric (LowerIsBetter); its weight is the
// number of reports, so Gephi's layout pulls often-compared pairs together.
#ifndef PAPERGRAPH_CORE_GRAPH_VIEWS_H_
#define PAPERGRAPH_CORE_GRAPH_VIEWS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/graph_view.h"
#include "core/knowledge_graph.h"
#include "core/status.h"

namespace papergraph {

enum class ViewKind { kFull, kCoauthor, kResults };
enum class Counting { kFull, kFractional };

struct ViewOptions {
  ViewKind kind = ViewKind::kFull;
  std::string from, to;
  Counting counting = Counting::kFull;
  int max_authors = 25;
  double min_weight = 0;
  int min_papers = 0;
  std::string around;
  int depth = 1;
};

// Parses "full", "coauthor", "results" / "full", "fractional"; false if unknown.
bool ParseViewKind(const std::string& name, ViewKind* kind);
bool ParseCounting(const std::string& name, Counting* counting);

// True for metrics where smaller is better (FID, perplexity, error rates,
// WER/CER, loss, latency...), judged from the unit and the benchmark name.
bool LowerIsBetter(const std::string& unit, const std::string& benchmark);

// Stores the view of `graph` in *view, which refers to `graph` from then on
// (see graph_view.h). Returns InvalidArgument for a date
// that is not YYYY-MM-DD, from > to, or an `around` that names no node or
// names several (the message lists their ids).
Status DeriveView(const KnowledgeGraph& graph, const ViewOptions& options, GraphView* view);
Status DeriveView(KnowledgeGraph&& graph, const ViewOptions& options, GraphView* view) = delete;

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_GRAPH_VIEWS_H_
