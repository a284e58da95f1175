#include "exporters/rdf_model.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "core/text.h"
#include "exporters/rdf_resource_builder.h"

namespace papergraph {
namespace {

// An authored, mentions or proposes edge, filed under its paper.
struct PaperPart {
  uint32_t other;    // the author or entity vertex
  int32_t position;  // authored: 1-based place in the author list
  EdgeKind kind;
};

void AppendNodeIri(const NodeProps& node, std::string* out) {
  if (node.kind == NodeKind::kPaper) {
    AppendPaperIri(node.paper().arxiv, out);
  } else {
    AppendEntityIri(NodeKindName(node.kind), node.label, out);
  }
}

class Describer {
 public:
  Describer(const KnowledgeGraph& graph, const std::function<Status(const RdfResource&)>& emit)
      : kg_(graph), g_(graph.graph()), emit_(emit) {}

  Status Run() {
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      if (g_[v].kind == NodeKind::kPaper && g_[v].paper().arxiv.empty()) {
        return Status::InvalidArgument("paper node " + g_[v].id + " has no arXiv id");
      }
    }
    if (Status s = CollectEdges(); !s.ok()) return s;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      Status s = g_[v].kind == NodeKind::kPaper ? EmitPaper(v) : EmitEntity(v);
      if (!s.ok()) return s;
    }
    for (const std::string& metric : metrics_) {
      r_.Start({"mls:EvaluationMeasure"});
      r_.SetIri(MetricIri(metric));
      r_.Add(Pred::kName, metric);
      if (Status s = Emit(); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  // Files every edge under the paper it belongs to: the paper edges in one
  // array grouped by paper (offsets by vertex), in graph order within a
  // paper; the score edges by the paper that reports them.
  Status CollectEdges() {
    part_start_.assign(kg_.num_nodes() + 1, 0);
    // What the second pass needs of the first, in graph order: reading an
    // edge's kind or its ends' kinds from the graph costs cache misses.
    std::vector<EdgeKind> kinds;   // of every edge
    std::vector<uint32_t> papers;  // the paper of every paper edge
    kinds.reserve(kg_.num_edges());
    for (Vertex from = 0; from < kg_.num_nodes(); ++from) {
      for (Edge e : boost::make_iterator_range(boost::out_edges(from, g_))) {
        EdgeKind kind = kinds.emplace_back(g_[e].kind);
        if (kind == EdgeKind::kCoauthor) continue;  // derivable from schema:author, so not written
        if (kind == EdgeKind::kScore) {
          if (Status s = FileScore(e); !s.ok()) return s;
          continue;
        }
        Vertex paper, other;
        if (Status s = PaperEnds(e, &paper, &other); !s.ok()) return s;
        ++part_start_[paper + 1];
        papers.push_back(static_cast<uint32_t>(paper));
      }
    }
    for (size_t v = 0; v < kg_.num_nodes(); ++v) part_start_[v + 1] += part_start_[v];
    parts_.resize(part_start_.back());
    std::vector<uint32_t> filled(kg_.num_nodes());
    const EdgeKind* kind = kinds.data();
    const uint32_t* paper = papers.data();
    for (Vertex from = 0; from < kg_.num_nodes(); ++from) {
      for (Edge e : boost::make_iterator_range(boost::out_edges(from, g_))) {
        EdgeKind k = *kind++;
        if (k == EdgeKind::kCoauthor || k == EdgeKind::kScore) continue;
        Vertex p = *paper++;
        Vertex other = p == from ? boost::target(e, g_) : from;
        int32_t position = k == EdgeKind::kAuthored ? g_[e].position : 0;  // only authored use it
        parts_[part_start_[p] + filled[p]++] = {static_cast<uint32_t>(other), position, k};
      }
    }
    return Status::Ok();
  }

  // The paper and the other end of a paper edge, read by their ends' kinds,
  // whichever way it points; InvalidArgument for one without a paper end or
  // an authored edge without a 1-based position.
  Status PaperEnds(Edge e, Vertex* paper, Vertex* other) const {
    const EdgeProps& props = g_[e];
    Vertex from = boost::source(e, g_), to = boost::target(e, g_);
    bool from_paper = g_[from].kind == NodeKind::kPaper;
    *paper = from_paper ? from : to;
    *other = from_paper ? to : from;
    bool paper_edge = props.kind == EdgeKind::kAuthored || props.kind == EdgeKind::kMentions ||
                      props.kind == EdgeKind::kProposes;
    if (paper_edge && g_[*paper].kind != NodeKind::kPaper) {
      return Status::InvalidArgument(std::string(EdgeKindName(props.kind)) + " edge " +
                                     g_[from].id + " -> " + g_[to].id + " has no paper end");
    }
    if (props.kind == EdgeKind::kAuthored && props.position < 1) {
      return Status::InvalidArgument("authored edge " + g_[from].id + " -> " + g_[to].id +
                                     " has no 1-based position");
    }
    return Status::Ok();
  }

  Status FileScore(Edge e) {
    const ScoreReport& report = g_[e].report();
    std::optional<Vertex> p = kg_.Find(report.paper);
    if (!p || g_[*p].kind != NodeKind::kPaper) {
      return Status::InvalidArgument("score edge " + g_[boost::source(e, g_)].id + " -> " +
                                     g_[boost::target(e, g_)].id + " names no paper node: '" +
                                     report.paper + "'");
    }
    scores_[*p].push_back(e);
    if (!report.unit.empty() && report.unit != "%") metrics_.insert(report.unit);
    return Status::Ok();
  }

  Status Emit() { return emit_(r_.resource()); }

  // The IRI of `v`, kept by the resource being built.
  std::string_view Iri(Vertex v) {
    std::string* iri = r_.Text();
    AppendNodeIri(g_[v], iri);
    return *iri;
  }
  std::string_view PartIri(const char* part, const PaperFields& paper, int n) {
    std::string* iri = r_.Text();
    AppendPaperPartIri(part, paper.arxiv, n, iri);
    return *iri;
  }
  std::string_view MetricIri(std::string_view unit) {
    std::string* iri = r_.Text();
    AppendEntityIri("metric", unit, iri);
    return *iri;
  }

  Status EmitEntity(Vertex v) {
    const NodeProps& node = g_[v];
    r_.StartNode(node.kind);
    r_.SetIri(Iri(v));
    r_.Add(Pred::kName, node.label);
    for (const std::string& alias : node.aliases) r_.Add(Pred::kAlternateName, alias);
    r_.AddNumber(Pred::kPaperCount, node.paper_count);
    return Emit();
  }

  Status EmitPaper(Vertex v) {
    const NodeProps& node = g_[v];
    const PaperFields& paper = node.paper();
    authors_.clear();
    mentions_.clear();
    proposes_.clear();
    for (uint32_t i = part_start_[v]; i < part_start_[v + 1]; ++i) {
      const PaperPart& part = parts_[i];
      if (part.kind == EdgeKind::kAuthored) authors_.emplace_back(part.position, part.other);
      if (part.kind == EdgeKind::kMentions) mentions_.push_back(part.other);
      if (part.kind == EdgeKind::kProposes) proposes_.push_back(part.other);
    }
    std::stable_sort(authors_.begin(), authors_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    paper_iri_.clear();
    AppendNodeIri(node, &paper_iri_);
    r_.StartNode(node.kind);
    r_.SetIri(paper_iri_);
    r_.Add(Pred::kName, node.label);
    for (const std::string& alias : node.aliases) r_.Add(Pred::kAlternateName, alias);
    r_.Add(Pred::kIdentifier, paper.arxiv);
    for (const std::string& date : paper.dates) {
      if (!IsXsdDate(date)) {
        return Status::InvalidArgument("paper " + node.id + " has listing date '" + date +
                                       "', expected YYYY-MM-DD");
      }
      r_.Add(Pred::kListedOn, date);
    }
    if (paper.votes) r_.AddNumber(Pred::kVotes, *paper.votes);
    if (paper.authors_truncated) r_.Add(Pred::kAuthorsTruncated, "true");
    MintAuthorIris(paper);
    for (size_t i = 0; i < authors_.size(); ++i) r_.Add(Pred::kAuthor, author_iris_[i]);
    for (size_t i = 0; i < authors_.size(); ++i) r_.Add(Pred::kAuthorship, authorship_iris_[i]);
    for (Vertex e : mentions_) r_.Add(Pred::kMentions, Iri(e));
    for (Vertex e : proposes_) r_.Add(Pred::kProposes, Iri(e));
    if (Status s = Emit(); !s.ok()) return s;

    for (size_t i = 0; i < authors_.size(); ++i) {
      r_.Start({"pg:Authorship"});
      r_.SetIri(authorship_iris_[i]);
      r_.Add(Pred::kPerson, author_iris_[i]);
      r_.AddNumber(Pred::kAuthorPosition, authors_[i].first);
      if (Status s = Emit(); !s.ok()) return s;
    }
    auto scores = scores_.find(v);
    if (scores == scores_.end()) return Status::Ok();
    int n = 0;
    for (Edge e : scores->second) {
      DescribeScore(e, paper, ++n);
      if (Status s = Emit(); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Makes author_iris_ and authorship_iris_ for authors_ of `paper`: each is
  // written twice, in the paper and in its authorship.
  void MintAuthorIris(const PaperFields& paper) {
    if (author_iris_.size() < authors_.size()) {  // grown, never shrunk: the strings are reused
      author_iris_.resize(authors_.size());
      authorship_iris_.resize(authors_.size());
    }
    for (size_t i = 0; i < authors_.size(); ++i) {
      author_iris_[i].clear();
      AppendNodeIri(g_[authors_[i].second], &author_iris_[i]);
      authorship_iris_[i].clear();
      AppendPaperPartIri("authorship", paper.arxiv, authors_[i].first, &authorship_iris_[i]);
    }
  }

  // The n-th score of `paper` (whose IRI is paper_iri_).
  void DescribeScore(Edge e, const PaperFields& paper, int n) {
    const ScoreReport& props = g_[e].report();
    r_.Start({"fair4ml:MLModelEvaluation", "mls:ModelEvaluation"});
    r_.SetIri(PartIri("score", paper, n));
    r_.Add(Pred::kEvaluatedModel, Iri(boost::source(e, g_)));
    r_.Add(Pred::kEvaluationDataset, Iri(boost::target(e, g_)));
    if (auto value = XsdDecimal(props.value_text, props.value)) {
      std::string* text = r_.Text();
      text->swap(*value);
      r_.Add(Pred::kHasValue, *text);
    }
    if (!props.unit.empty()) r_.Add(Pred::kUnitText, props.unit);
    if (!props.unit.empty() && props.unit != "%") r_.Add(Pred::kSpecifiedBy, MetricIri(props.unit));
    r_.Add(Pred::kWasDerivedFrom, paper_iri_);
    if (!props.evidence.empty()) r_.Add(Pred::kDescription, props.evidence);
  }

  const KnowledgeGraph& kg_;
  const Graph& g_;
  const std::function<Status(const RdfResource&)>& emit_;
  std::vector<uint32_t> part_start_;  // by vertex: its paper edges are parts_[start, next start)
  std::vector<PaperPart> parts_;
  std::map<Vertex, std::vector<Edge>> scores_;  // by reporting paper, in graph order
  std::set<std::string> metrics_;     // named metrics, in name order
  RdfResourceBuilder r_;              // the resource being described
  std::string paper_iri_;             // of the paper whose resources are being described
  std::vector<std::pair<int, Vertex>> authors_;  // of that paper: (position, author)
  std::vector<std::string> author_iris_, authorship_iris_;  // of authors_ (more when grown)
  std::vector<Vertex> mentions_, proposes_;      // of that paper
};

}  // namespace

Status DescribeGraph(const KnowledgeGraph& graph,
                     const std::function<Status(const RdfResource&)>& emit) {
  return Describer(graph, emit).Run();
}

}  // namespace papergraph
