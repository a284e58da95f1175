#include "core/graph_builder.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

#include "core/node_id.h"
#include "core/pair_weights.h"
#include "core/text.h"

namespace papergraph {
namespace {

Diagnostic Note(const PaperRecord& r, std::string message) {
  Diagnostic d;
  d.severity = Diagnostic::Severity::kNote;
  d.file = r.file;
  d.line = r.line;
  d.message = std::move(message);
  return d;
}

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

// Folds `later` (another listing of the same paper) into `first`.
void MergeInto(ExtractedPaper* first, ExtractedPaper&& later, Diagnostics* diagnostics) {
  PaperRecord& r = first->record;
  const PaperRecord& l = later.record;
  if (!l.date.empty()) AddUnique(&first->listing_dates, l.date);
  if (l.title != r.title && std::find(first->other_titles.begin(), first->other_titles.end(),
                                      l.title) == first->other_titles.end()) {
    first->other_titles.push_back(l.title);
    diagnostics->push_back(Note(l, "arXiv " + r.arxiv + " listed again with another title; kept \"" +
                                       r.title + "\" (" + r.file + ":" + std::to_string(r.line) +
                                       "), this one becomes an alias"));
  }
  if (l.votes && r.votes && *l.votes != *r.votes) {
    diagnostics->push_back(Note(l, "arXiv " + r.arxiv + " listed again with " +
                                       std::to_string(*l.votes) + " votes against " +
                                       std::to_string(*r.votes) + "; kept the larger"));
  }
  if (l.votes && (!r.votes || *l.votes > *r.votes)) r.votes = l.votes;
  if (l.authors != r.authors) {
    // The first listing's list is kept, unless it was cut ('+') and this one is not.
    bool take_later = r.authors_truncated && !l.authors_truncated;
    const std::vector<std::string>& dropped = take_later ? r.authors : l.authors;
    const std::vector<std::string>& kept = take_later ? l.authors : r.authors;
    std::string names;
    for (const std::string& name : dropped) {
      if (std::find(kept.begin(), kept.end(), name) == kept.end()) names += (names.empty() ? "" : ", ") + name;
    }
    diagnostics->push_back(Note(l, "arXiv " + r.arxiv + " listed again with another author list; kept the one of " +
                                       (take_later ? l.file + ":" + std::to_string(l.line) + " (the first was cut)"
                                                   : r.file + ":" + std::to_string(r.line)) +
                                       (names.empty() ? "" : "; not kept: " + names)));
    if (take_later) {
      r.authors = l.authors;
      r.authors_truncated = false;
    }
  }
  for (Mention& m : later.mentions) {
    bool known = std::any_of(first->mentions.begin(), first->mentions.end(), [&](const Mention& x) {
      return x.kind == m.kind && x.canonical == m.canonical;
    });
    if (!known) first->mentions.push_back(std::move(m));
  }
  for (std::string& p : later.proposes) AddUnique(&first->proposes, p);
  // The same summary listed twice reports the same scores once.
  for (ScoreResult& s : later.results) {
    bool known = std::any_of(first->results.begin(), first->results.end(), [&](const ScoreResult& x) {
      return x.model == s.model && x.benchmark == s.benchmark && x.value_text == s.value_text &&
             x.unit == s.unit;
    });
    if (!known) first->results.push_back(std::move(s));
  }
}

NodeKind ToNodeKind(EntityKind kind) {
  switch (kind) {
    case EntityKind::kModel: return NodeKind::kModel;
    case EntityKind::kMethod: return NodeKind::kMethod;
    case EntityKind::kBenchmark: return NodeKind::kBenchmark;
  }
  return NodeKind::kModel;
}

void AddAlias(NodeProps* node, const std::string& alias) {
  if (alias == node->label) return;
  auto it = std::lower_bound(node->aliases.begin(), node->aliases.end(), alias);
  if (it == node->aliases.end() || *it != alias) node->aliases.insert(it, alias);
}

// Adds papers to a graph one by one. Keeps its scratch space from paper to
// paper: most names it meets are nodes already, and finding one costs no
// allocation.
class PaperAdder {
 public:
  explicit PaperAdder(KnowledgeGraph* g) : g_(g) {}

  // Adds the paper node, its authors and authored edges. Returns the paper's
  // vertex; *authors gets the distinct author vertices in list order.
  Vertex AddPaperAndAuthors(const ExtractedPaper& p, std::vector<Vertex>* authors,
                            Diagnostics* diagnostics);
  void AddEntitiesAndScores(const ExtractedPaper& p, Vertex pv);

 private:
  // The node of `name` as a `kind`, added if new.
  Vertex NodeFor(NodeKind kind, std::string_view name);

  KnowledgeGraph* g_;
  std::string id_;                 // the id being looked up
  std::vector<uint32_t> listed_;   // per vertex: the number of the last paper listing it as an author
  uint32_t papers_ = 0;            // papers added
};

Vertex PaperAdder::NodeFor(NodeKind kind, std::string_view name) {
  NodeIdInto(NodeKindName(kind), name, &id_);
  if (std::optional<Vertex> known = g_->Find(id_)) return *known;
  NodeProps props;
  props.id = id_;
  props.kind = kind;
  props.label = std::string(name);
  return g_->AddNode(std::move(props));
}

Vertex PaperAdder::AddPaperAndAuthors(const ExtractedPaper& p, std::vector<Vertex>* authors,
                                      Diagnostics* diagnostics) {
  const PaperRecord& r = p.record;
  ++papers_;
  NodeProps props;
  props.id = "paper:" + r.arxiv;
  std::replace(props.id.begin() + 6, props.id.end(), '/', '_');  // old ids: cs/0101001
  props.kind = NodeKind::kPaper;
  props.label = r.title;
  PaperFields& paper = props.mutable_paper();
  paper.arxiv = r.arxiv;
  paper.dates = p.listing_dates;  // none when no listing said its date
  paper.votes = r.votes;
  paper.authors_truncated = r.authors_truncated;
  paper.source = r.file + ":" + std::to_string(r.line);
  props.aliases = p.other_titles;
  props.paper_count = 1;
  Vertex pv = g_->AddNode(std::move(props));

  authors->clear();
  int position = 0;
  for (const std::string& written : r.authors) {
    ++position;
    std::string name = NormalizeName(written);
    if (name.empty()) continue;
    Vertex av = NodeFor(NodeKind::kAuthor, name);
    if (listed_.size() <= av) listed_.resize(std::max<size_t>(av + 1, 2 * listed_.size()), 0);
    if (listed_[av] == papers_) {
      diagnostics->push_back(Note(r, "author \"" + name + "\" listed twice for arXiv " + r.arxiv +
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

void PaperAdder::AddEntitiesAndScores(const ExtractedPaper& p, Vertex pv) {
  for (const Mention& m : p.mentions) {
    Vertex ev = NodeFor(ToNodeKind(m.kind), m.canonical);
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
    // The scorer is a model unless the paper names it as another kind (a
    // proposed method scores too).
    NodeKind scorer = NodeKind::kModel;
    for (const Mention& m : p.mentions) {
      if (m.canonical == s.model && m.kind != EntityKind::kBenchmark) scorer = ToNodeKind(m.kind);
    }
    Vertex mv = NodeFor(scorer, s.model);
    Vertex bv = NodeFor(NodeKind::kBenchmark, s.benchmark);
    g_->AddScore(mv, bv, {s.value, s.value_text, s.unit, g_->node(pv).id, p.record.date, s.evidence});
  }
}

}  // namespace

std::vector<ExtractedPaper> MergeListings(std::vector<ExtractedPaper> papers,
                                          Diagnostics* diagnostics) {
  std::sort(papers.begin(), papers.end(), [](const ExtractedPaper& a, const ExtractedPaper& b) {
    const PaperRecord& x = a.record;
    const PaperRecord& y = b.record;
    return std::tie(x.arxiv, x.date, x.file, x.line) < std::tie(y.arxiv, y.date, y.file, y.line);
  });
  std::vector<ExtractedPaper> merged;
  merged.reserve(papers.size());
  for (ExtractedPaper& p : papers) {
    if (!merged.empty() && merged.back().record.arxiv == p.record.arxiv) {
      MergeInto(&merged.back(), std::move(p), diagnostics);
      continue;
    }
    p.listing_dates.clear();
    if (!p.record.date.empty()) p.listing_dates.push_back(p.record.date);
    merged.push_back(std::move(p));
  }
  for (ExtractedPaper& p : merged) std::sort(p.listing_dates.begin(), p.listing_dates.end());
  return merged;
}

KnowledgeGraph BuildGraph(std::vector<ExtractedPaper> papers, const BuildOptions& options,
                          Diagnostics* diagnostics) {
  papers = MergeListings(std::move(papers), diagnostics);
  KnowledgeGraph g;
  // Co-author pairs and their shared papers, in pair order: the edge order
  // is a function of the content.
  PairWeights coauthors;
  size_t pairs = 0;  // at most: a name listed twice makes one author
  for (const ExtractedPaper& p : papers) {
    size_t n = p.record.authors.size();
    if (options.max_coauthor_list <= 0 || n <= static_cast<size_t>(options.max_coauthor_list)) {
      pairs += n * (n - (n > 0)) / 2;
    }
  }
  coauthors.Reserve(pairs);
  PaperAdder adder(&g);
  std::vector<Vertex> authors;
  for (ExtractedPaper& p : papers) {
    Vertex pv = adder.AddPaperAndAuthors(p, &authors, diagnostics);
    adder.AddEntitiesAndScores(p, pv);
    size_t n = authors.size();
    if (options.max_coauthor_list > 0 && n > static_cast<size_t>(options.max_coauthor_list)) {
      diagnostics->push_back(Note(p.record, "arXiv " + p.record.arxiv + " has " + std::to_string(n) +
                                                " authors, more than --max-authors " +
                                                std::to_string(options.max_coauthor_list) +
                                                ": no coauthor edges from this paper"));
      n = 0;
    }
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        coauthors.Add(authors[i], authors[j], 1);
      }
    }
    p = ExtractedPaper();  // in the graph now: its memory goes to the nodes still to come
  }
  for (const auto& [pair, weight] : coauthors.Sum()) {
    EdgeProps e;
    e.kind = EdgeKind::kCoauthor;
    e.weight = weight;
    g.AddEdge(pair.first, pair.second, std::move(e));
  }
  g.SetCoauthorCut(options.max_coauthor_list);
  return g;
}

}  // namespace papergraph
