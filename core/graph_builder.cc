#include "core/graph_builder.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "core/coauthor_edges.h"
#include "core/node_id.h"
#include "core/paper_tags.h"
#include "core/parallel_for.h"

namespace papergraph {
namespace {

void AddAlias(NodeProps* node, const std::string& alias) {
  if (alias == node->label) return;
  auto it = std::lower_bound(node->aliases.begin(), node->aliases.end(), alias);
  if (it == node->aliases.end() || *it != alias) node->aliases.insert(it, alias);
}

// Adds papers to a graph one by one, each with the tags of the nodes it
// names (paper_tags.h). Most names it meets are nodes already, and finding
// one costs no allocation.
class PaperAdder {
 public:
  explicit PaperAdder(KnowledgeGraph* g) : g_(g) {}

  // Adds the paper node, its authors and authored edges. Returns the paper's
  // vertex; *authors gets the distinct author vertices in list order.
  // Advances *tags past the paper's and its authors'. Takes the paper's
  // title, dates and other titles.
  Vertex AddPaperAndAuthors(ExtractedPaper* p, const uint64_t** tags,
                            std::vector<Vertex>* authors, Diagnostics* diagnostics);
  void AddEntitiesAndScores(const ExtractedPaper& p, Vertex pv, const uint64_t* tags);

 private:
  // The node of `name` as a `kind`, added if new, without its id (NameNodes
  // gives it). Any node but a paper has the id NodeId(kind, label), so kind
  // and label say which it is, and most labels are held in the node itself.
  Vertex NodeFor(NodeKind kind, std::string_view name, uint64_t tag);

  KnowledgeGraph* g_;
  std::vector<uint32_t> listed_;   // per vertex: the number of the last paper listing it as an author
  uint32_t papers_ = 0;            // papers added
};

Vertex PaperAdder::NodeFor(NodeKind kind, std::string_view name, uint64_t tag) {
  std::optional<Vertex> known = g_->FindTagged(tag, [&](const NodeProps& node) {
    return node.kind == kind && node.label == name;
  });
  if (known) return *known;
  NodeProps props;
  props.kind = kind;
  props.label = std::string(name);
  return g_->AddNewNode(std::move(props), tag);
}

Vertex PaperAdder::AddPaperAndAuthors(ExtractedPaper* p, const uint64_t** tags,
                                      std::vector<Vertex>* authors, Diagnostics* diagnostics) {
  PaperRecord& r = p->record;
  ++papers_;
  NodeProps props;
  props.id = PaperNodeId(r.arxiv);
  props.kind = NodeKind::kPaper;
  props.label = std::move(r.title);
  PaperFields& paper = props.mutable_paper();
  paper.arxiv = r.arxiv;
  paper.dates = std::move(p->listing_dates);  // none when no listing said its date
  paper.votes = r.votes;
  paper.authors_truncated = r.authors_truncated;
  paper.source = r.file + ":" + std::to_string(r.line);
  props.aliases = std::move(p->other_titles);
  props.paper_count = 1;
  uint64_t paper_tag = *(*tags)++;
  std::optional<Vertex> known =
      g_->FindTagged(paper_tag, [&](const NodeProps& node) { return node.id == props.id; });
  Vertex pv = known ? *known : g_->AddNewNode(std::move(props), paper_tag);

  authors->clear();
  int position = 0;
  for (const std::string& name : r.authors) {  // normalised by the tagger
    ++position;
    uint64_t tag = *(*tags)++;
    if (name.empty()) continue;
    Vertex av = NodeFor(NodeKind::kAuthor, name, tag);
    if (listed_.size() <= av) listed_.resize(std::max<size_t>(av + 1, 2 * listed_.size()), 0);
    if (listed_[av] == papers_) {
      diagnostics->push_back(ListingNote(r, "author \"" + name + "\" listed twice for arXiv " + r.arxiv +
                                                "; one authored edge kept (first place)"));
      continue;
    }
    listed_[av] = papers_;
    ++g_->node(av).paper_count;
    EdgeProps e;
    e.kind = EdgeKind::kAuthored;
    e.position = position;
    g_->AddEdge(av, pv, e);
    authors->push_back(av);
  }
  return pv;
}

void PaperAdder::AddEntitiesAndScores(const ExtractedPaper& p, Vertex pv, const uint64_t* tags) {
  for (const Mention& m : p.mentions) {
    Vertex ev = NodeFor(ToNodeKind(m.kind), m.canonical, *tags++);
    NodeProps& node = g_->node(ev);
    ++node.paper_count;
    AddAlias(&node, m.surface);
    EdgeProps e;
    e.kind = EdgeKind::kMentions;
    g_->AddEdge(pv, ev, e);
    if (std::find(p.proposes.begin(), p.proposes.end(), m.canonical) != p.proposes.end()) {
      e.kind = EdgeKind::kProposes;
      g_->AddEdge(pv, ev, e);
    }
  }
  for (const ScoreResult& s : p.results) {
    Vertex mv = NodeFor(ScorerKind(p, s), s.model, tags[0]);
    Vertex bv = NodeFor(NodeKind::kBenchmark, s.benchmark, tags[1]);
    tags += 2;
    g_->AddScore(mv, bv, {s.value, s.value_text, s.unit, g_->node(pv).id, p.record.date, s.evidence});
  }
}

// Gives every node but the papers its id, NodeId(kind, label), on up to
// `threads` threads: PaperAdder leaves them out.
void NameNodes(KnowledgeGraph* g, int threads) {
  constexpr size_t kChunks = 64;
  size_t nodes = g->num_nodes();
  ParallelFor(kChunks, threads, [&](size_t k) {
    for (Vertex v = nodes * k / kChunks; v < nodes * (k + 1) / kChunks; ++v) {
      NodeProps& node = g->node(v);
      if (node.kind != NodeKind::kPaper) NodeIdInto(NodeKindName(node.kind), node.label, &node.id);
    }
  });
}

}  // namespace

KnowledgeGraph BuildGraph(std::vector<ExtractedPaper> papers, const BuildOptions& options,
                          Diagnostics* diagnostics) {
  papers = MergeListings(std::move(papers), diagnostics);
  KnowledgeGraph g;
  CoauthorEdges coauthors;
  PaperTagger tagger(&papers, options.threads);
  g.ReserveNodes(tagger.TagCount());  // each tag names at most one new node
  PaperAdder adder(&g);
  std::vector<Vertex> authors;
  for (size_t i = 0; i < papers.size(); ++i) {
    ExtractedPaper& p = papers[i];
    const uint64_t* tags = tagger.Wait(i);
    // The nodes of the papers to come are cache misses: ask for them ahead,
    // the index slots two papers ahead, the nodes they hold one paper ahead.
    if (const uint64_t* later = tagger.Ahead(i + 2)) {
      for (size_t t = 0; t < tagger.TagCount(i + 2); ++t) g.PrefetchSlot(later[t]);
    }
    if (const uint64_t* next = tagger.Ahead(i + 1)) {
      for (size_t t = 0; t < tagger.TagCount(i + 1); ++t) g.PrefetchNode(next[t]);
    }
    Vertex pv = adder.AddPaperAndAuthors(&p, &tags, &authors, diagnostics);
    adder.AddEntitiesAndScores(p, pv, tags);
    size_t n = authors.size();
    if (options.max_coauthor_list > 0 && n > static_cast<size_t>(options.max_coauthor_list)) {
      diagnostics->push_back(ListingNote(p.record, "arXiv " + p.record.arxiv + " has " + std::to_string(n) +
                                                       " authors, more than --max-authors " +
                                                       std::to_string(options.max_coauthor_list) +
                                                       ": no coauthor edges from this paper"));
    } else {
      coauthors.AddPaper(authors);
    }
    p = ExtractedPaper();  // in the graph now: its memory goes to the nodes still to come
  }
  coauthors.AddTo(&g, options.threads);
  NameNodes(&g, options.threads);
  g.SetCoauthorCut(options.max_coauthor_list);
  return g;
}

}  // namespace papergraph
