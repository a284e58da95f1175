#include "exporters/rdf_model.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "core/text.h"
#include "exporters/rdf_resource_builder.h"
#include "exporters/vertex_iris.h"

namespace papergraph {
namespace {

// An authored, mentions or proposes edge, filed under its paper.
struct PaperPart {
  uint32_t other;    // the author or entity vertex
  int32_t position;  // authored: 1-based place in the author list
  EdgeKind kind;
};

class Describer {
 public:
  Describer(const KnowledgeGraph& graph, const std::function<Status(const RdfResource&)>& emit)
      : kg_(graph), g_(graph.graph()), emit_(emit) {}

  Status Run() {
    iris_.Reserve(kg_.num_nodes());
    kinds_.reserve(kg_.num_nodes());
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const NodeProps& node = g_[v];
      if (node.kind == NodeKind::kPaper && node.paper().arxiv.empty()) {
        return Status::InvalidArgument("paper node " + node.id + " has no arXiv id");
      }
      kinds_.push_back(node.kind);
      iris_.Add(node);
    }
    if (Status s = CollectEdges(); !s.ok()) return s;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      Status s = kinds_[v] == NodeKind::kPaper ? EmitPaper(v) : EmitEntity(v);
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
  // paper; the score edges by the paper that reports them. Each edge's
  // properties are read once (they are allocated apart: a cache miss each).
  Status CollectEdges() {
    std::vector<std::pair<uint32_t, PaperPart>> found;  // (paper, part), in graph order
    part_start_.assign(kg_.num_nodes() + 1, 0);
    for (Vertex from = 0; from < kg_.num_nodes(); ++from) {
      bool from_paper = kinds_[from] == NodeKind::kPaper;
      for (Edge e : boost::make_iterator_range(boost::out_edges(from, g_))) {
        const EdgeProps& props = g_[e];
        // Co-authorship is derivable from schema:author, so not written.
        if (props.kind == EdgeKind::kCoauthor) continue;
        if (props.kind == EdgeKind::kScore) {
          if (Status s = FileScore(e); !s.ok()) return s;
          continue;
        }
        // An authored, mentions or proposes edge, whichever way it points.
        Vertex to = boost::target(e, g_);
        Vertex paper = from_paper ? from : to, other = from_paper ? to : from;
        if (kinds_[paper] != NodeKind::kPaper) {
          return Status::InvalidArgument(std::string(EdgeKindName(props.kind)) + " edge " +
                                         EdgeName(from, to) + " has no paper end");
        }
        int32_t position = 0;  // only authored edges have one
        if (props.kind == EdgeKind::kAuthored) {
          position = props.position;
          if (position < 1) {
            return Status::InvalidArgument("authored edge " + EdgeName(from, to) +
                                           " has no 1-based position");
          }
        }
        ++part_start_[paper + 1];
        found.push_back({static_cast<uint32_t>(paper),
                         {static_cast<uint32_t>(other), position, props.kind}});
      }
    }
    for (size_t v = 0; v < kg_.num_nodes(); ++v) part_start_[v + 1] += part_start_[v];
    parts_.resize(part_start_.back());
    std::vector<uint32_t> next(part_start_.begin(), part_start_.end() - 1);  // by paper
    for (const auto& [paper, part] : found) parts_[next[paper]++] = part;
    return Status::Ok();
  }

  // "FROM_ID -> TO_ID", for messages.
  std::string EdgeName(Vertex from, Vertex to) const { return g_[from].id + " -> " + g_[to].id; }

  Status FileScore(Edge e) {
    const ScoreReport& report = g_[e].report();
    std::optional<Vertex> p = kg_.Find(report.paper);
    if (!p || g_[*p].kind != NodeKind::kPaper) {
      return Status::InvalidArgument("score edge " +
                                     EdgeName(boost::source(e, g_), boost::target(e, g_)) +
                                     " names no paper node: '" + report.paper + "'");
    }
    scores_[*p].push_back(e);
    if (!report.unit.empty() && report.unit != "%") metrics_.insert(report.unit);
    return Status::Ok();
  }

  Status Emit() { return emit_(r_.resource()); }

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
    r_.SetIri(iris_[v]);
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
    paper_iri_ = iris_[v];
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
    MintAuthorshipIris(paper);
    for (const auto& author : authors_) r_.Add(Pred::kAuthor, iris_[author.second]);
    for (size_t i = 0; i < authors_.size(); ++i) r_.Add(Pred::kAuthorship, authorship_iris_[i]);
    for (Vertex e : mentions_) r_.Add(Pred::kMentions, iris_[e]);
    for (Vertex e : proposes_) r_.Add(Pred::kProposes, iris_[e]);
    if (Status s = Emit(); !s.ok()) return s;

    for (size_t i = 0; i < authors_.size(); ++i) {
      r_.Start({"pg:Authorship"});
      r_.SetIri(authorship_iris_[i]);
      r_.Add(Pred::kPerson, iris_[authors_[i].second]);
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

  // Makes authorship_iris_ for authors_ of `paper`: each is written twice,
  // in the paper and in its authorship.
  void MintAuthorshipIris(const PaperFields& paper) {
    if (authorship_iris_.size() < authors_.size()) {  // grown, never shrunk: the strings are reused
      authorship_iris_.resize(authors_.size());
    }
    for (size_t i = 0; i < authors_.size(); ++i) {
      authorship_iris_[i].clear();
      AppendPaperPartIri("authorship", paper.arxiv, authors_[i].first, &authorship_iris_[i]);
    }
  }

  // The n-th score of `paper` (whose IRI is paper_iri_).
  void DescribeScore(Edge e, const PaperFields& paper, int n) {
    const ScoreReport& props = g_[e].report();
    r_.Start({"fair4ml:MLModelEvaluation", "mls:ModelEvaluation"});
    r_.SetIri(PartIri("score", paper, n));
    r_.Add(Pred::kEvaluatedModel, iris_[boost::source(e, g_)]);
    r_.Add(Pred::kEvaluationDataset, iris_[boost::target(e, g_)]);
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
  std::vector<NodeKind> kinds_;       // by vertex
  VertexIris iris_;                   // by vertex
  std::vector<uint32_t> part_start_;  // by vertex: its paper edges are parts_[start, next start)
  std::vector<PaperPart> parts_;
  std::map<Vertex, std::vector<Edge>> scores_;  // by reporting paper, in graph order
  std::set<std::string> metrics_;     // named metrics, in name order
  RdfResourceBuilder r_;              // the resource being described
  std::string_view paper_iri_;        // of the paper whose resources are being described
  std::vector<std::pair<int, Vertex>> authors_;  // of that paper: (position, author)
  std::vector<std::string> authorship_iris_;     // of authors_ (more when grown)
  std::vector<Vertex> mentions_, proposes_;      // of that paper
};

}  // namespace

Status DescribeGraph(const KnowledgeGraph& graph,
                     const std::function<Status(const RdfResource&)>& emit) {
  return Describer(graph, emit).Run();
}

}  // namespace papergraph
