#include "exporters/rdf_model.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "core/text.h"

namespace papergraph {
namespace {

// An authored, mentions or proposes edge, filed under its paper.
struct PaperPart {
  uint32_t other;    // the author or entity vertex
  int32_t position;  // authored: 1-based place in the author list
  EdgeKind kind;
};

void Add(RdfResource* r, Pred pred, std::string object) {
  if (Predicate(pred).object != RdfObject::kIri) RepairUtf8(&object);
  r->statements.push_back({pred, std::move(object)});
}

std::string NodeIri(const NodeProps& node) {
  if (node.kind == NodeKind::kPaper) return PaperIri(node.paper().arxiv);
  return EntityIri(NodeKindName(node.kind), node.label);
}

std::vector<const char*> NodeTypes(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPaper: return {"schema:ScholarlyArticle"};
    case NodeKind::kAuthor: return {"schema:Person"};
    case NodeKind::kModel: return {"fair4ml:MLModel", "schema:SoftwareApplication"};
    case NodeKind::kMethod: return {"pg:Method"};
    case NodeKind::kBenchmark: return {"schema:Dataset"};
  }
  return {};
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
      RdfResource r{EntityIri("metric", metric), {"mls:EvaluationMeasure"}, {}};
      Add(&r, Pred::kName, metric);
      if (Status s = emit_(r); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  // Files every edge under the paper it belongs to: the paper edges in one
  // array grouped by paper (offsets by vertex), in graph order within a
  // paper; the score edges by the paper that reports them.
  Status CollectEdges() {
    part_start_.assign(kg_.num_nodes() + 1, 0);
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1) {
        for (size_t v = 0; v < kg_.num_nodes(); ++v) part_start_[v + 1] += part_start_[v];
        parts_.resize(part_start_.back());
      }
      std::vector<uint32_t> filled(pass == 1 ? kg_.num_nodes() : 0);
      for (Edge e : boost::make_iterator_range(boost::edges(g_))) {
        Vertex paper, other;
        if (Status s = PaperEnds(e, &paper, &other); !s.ok()) return s;
        EdgeKind kind = g_[e].kind;
        if (kind == EdgeKind::kCoauthor) continue;  // derivable from schema:author, so not written
        if (kind == EdgeKind::kScore) {
          if (pass == 0) {
            if (Status s = FileScore(e); !s.ok()) return s;
          }
          continue;
        }
        if (pass == 0) {
          ++part_start_[paper + 1];
        } else {
          parts_[part_start_[paper] + filled[paper]++] = {static_cast<uint32_t>(other),
                                                          g_[e].position, kind};
        }
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

  std::string Iri(Vertex v) const { return NodeIri(g_[v]); }

  Status EmitEntity(Vertex v) {
    const NodeProps& node = g_[v];
    RdfResource r{Iri(v), NodeTypes(node.kind), {}};
    Add(&r, Pred::kName, node.label);
    for (const std::string& alias : node.aliases) Add(&r, Pred::kAlternateName, alias);
    Add(&r, Pred::kPaperCount, std::to_string(node.paper_count));
    return emit_(r);
  }

  Status EmitPaper(Vertex v) {
    const NodeProps& node = g_[v];
    const PaperFields& paper = node.paper();
    std::vector<std::pair<int, Vertex>> authors;  // (position, author)
    std::vector<Vertex> mentions, proposes;
    for (uint32_t i = part_start_[v]; i < part_start_[v + 1]; ++i) {
      const PaperPart& part = parts_[i];
      if (part.kind == EdgeKind::kAuthored) authors.emplace_back(part.position, part.other);
      if (part.kind == EdgeKind::kMentions) mentions.push_back(part.other);
      if (part.kind == EdgeKind::kProposes) proposes.push_back(part.other);
    }
    std::stable_sort(authors.begin(), authors.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string iri = Iri(v);
    RdfResource r{iri, NodeTypes(node.kind), {}};
    Add(&r, Pred::kName, node.label);
    for (const std::string& alias : node.aliases) Add(&r, Pred::kAlternateName, alias);
    Add(&r, Pred::kIdentifier, paper.arxiv);
    for (const std::string& date : paper.dates) {
      if (!IsXsdDate(date)) {
        return Status::InvalidArgument("paper " + node.id + " has listing date '" + date +
                                       "', expected YYYY-MM-DD");
      }
      Add(&r, Pred::kListedOn, date);
    }
    if (paper.votes) Add(&r, Pred::kVotes, std::to_string(*paper.votes));
    if (paper.authors_truncated) Add(&r, Pred::kAuthorsTruncated, "true");
    for (const auto& [position, author] : authors) Add(&r, Pred::kAuthor, Iri(author));
    for (const auto& [position, author] : authors) {
      Add(&r, Pred::kAuthorship, PaperPartIri("authorship", paper.arxiv, position));
    }
    for (Vertex e : mentions) Add(&r, Pred::kMentions, Iri(e));
    for (Vertex e : proposes) Add(&r, Pred::kProposes, Iri(e));
    if (Status s = emit_(r); !s.ok()) return s;

    for (const auto& [position, author] : authors) {
      RdfResource a{PaperPartIri("authorship", paper.arxiv, position), {"pg:Authorship"}, {}};
      Add(&a, Pred::kPerson, Iri(author));
      Add(&a, Pred::kAuthorPosition, std::to_string(position));
      if (Status s = emit_(a); !s.ok()) return s;
    }
    auto scores = scores_.find(v);
    if (scores == scores_.end()) return Status::Ok();
    int n = 0;
    for (Edge e : scores->second) {
      if (Status s = emit_(Score(e, iri, PaperPartIri("score", paper.arxiv, ++n))); !s.ok()) {
        return s;
      }
    }
    return Status::Ok();
  }

  RdfResource Score(Edge e, const std::string& paper_iri, std::string iri) const {
    const ScoreReport& props = g_[e].report();
    RdfResource r{std::move(iri), {"fair4ml:MLModelEvaluation", "mls:ModelEvaluation"}, {}};
    Add(&r, Pred::kEvaluatedModel, Iri(boost::source(e, g_)));
    Add(&r, Pred::kEvaluationDataset, Iri(boost::target(e, g_)));
    if (auto value = XsdDecimal(props.value_text, props.value)) Add(&r, Pred::kHasValue, *value);
    if (!props.unit.empty()) Add(&r, Pred::kUnitText, props.unit);
    if (!props.unit.empty() && props.unit != "%") {
      Add(&r, Pred::kSpecifiedBy, EntityIri("metric", props.unit));
    }
    Add(&r, Pred::kWasDerivedFrom, paper_iri);
    if (!props.evidence.empty()) Add(&r, Pred::kDescription, props.evidence);
    return r;
  }

  const KnowledgeGraph& kg_;
  const Graph& g_;
  const std::function<Status(const RdfResource&)>& emit_;
  std::vector<uint32_t> part_start_;  // by vertex: its paper edges are parts_[start, next start)
  std::vector<PaperPart> parts_;
  std::map<Vertex, std::vector<Edge>> scores_;  // by reporting paper, in graph order
  std::set<std::string> metrics_;     // named metrics, in name order
};

}  // namespace

Status DescribeGraph(const KnowledgeGraph& graph,
                     const std::function<Status(const RdfResource&)>& emit) {
  return Describer(graph, emit).Run();
}

}  // namespace papergraph
