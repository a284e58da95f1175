#include "exporters/rdf_model.h"

#include <algorithm>
#include <set>
#include <utility>

#include "core/text.h"

namespace papergraph {
namespace {

// The edges that hang off one paper, in graph order.
struct PaperParts {
  std::vector<std::pair<int, Vertex>> authors;  // (position, author)
  std::vector<Vertex> mentions;
  std::vector<Vertex> proposes;
  std::vector<Edge> scores;
};

void Add(RdfResource* r, Pred pred, std::string object) {
  if (Predicate(pred).object != RdfObject::kIri) RepairUtf8(&object);
  r->statements.push_back({pred, std::move(object)});
}

std::string NodeIri(const NodeProps& node) {
  if (node.kind == NodeKind::kPaper) return PaperIri(node.arxiv);
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
      : kg_(graph), g_(graph.graph()), emit_(emit), parts_(graph.num_nodes()) {}

  Status Run() {
    iris_.reserve(kg_.num_nodes());
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      if (g_[v].kind == NodeKind::kPaper && g_[v].arxiv.empty()) {
        return Status::InvalidArgument("paper node " + g_[v].id + " has no arXiv id");
      }
      iris_.push_back(NodeIri(g_[v]));
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
  // Files every edge under the paper it belongs to.
  Status CollectEdges() {
    for (Edge e : boost::make_iterator_range(boost::edges(g_))) {
      const EdgeProps& props = g_[e];
      Vertex from = boost::source(e, g_), to = boost::target(e, g_);
      // Paper edges are read by their ends' kinds, whichever way they point.
      bool from_paper = g_[from].kind == NodeKind::kPaper;
      Vertex paper = from_paper ? from : to, other = from_paper ? to : from;
      bool paper_edge = props.kind == EdgeKind::kAuthored || props.kind == EdgeKind::kMentions ||
                        props.kind == EdgeKind::kProposes;
      if (paper_edge && g_[paper].kind != NodeKind::kPaper) {
        return Status::InvalidArgument(std::string(EdgeKindName(props.kind)) + " edge " +
                                       g_[from].id + " -> " + g_[to].id + " has no paper end");
      }
      switch (props.kind) {
        case EdgeKind::kCoauthor:
          break;  // derivable from schema:author, so not written
        case EdgeKind::kAuthored:
          if (props.position < 1) {
            return Status::InvalidArgument("authored edge " + g_[from].id + " -> " + g_[to].id +
                                           " has no 1-based position");
          }
          parts_[paper].authors.emplace_back(props.position, other);
          break;
        case EdgeKind::kMentions: parts_[paper].mentions.push_back(other); break;
        case EdgeKind::kProposes: parts_[paper].proposes.push_back(other); break;
        case EdgeKind::kScore: {
          const ScoreReport& report = props.report();
          std::optional<Vertex> p = kg_.Find(report.paper);
          if (!p || g_[*p].kind != NodeKind::kPaper) {
            return Status::InvalidArgument("score edge " + g_[from].id + " -> " + g_[to].id +
                                           " names no paper node: '" + report.paper + "'");
          }
          parts_[*p].scores.push_back(e);
          if (!report.unit.empty() && report.unit != "%") metrics_.insert(report.unit);
          break;
        }
      }
    }
    return Status::Ok();
  }

  Status EmitEntity(Vertex v) {
    const NodeProps& node = g_[v];
    RdfResource r{iris_[v], NodeTypes(node.kind), {}};
    Add(&r, Pred::kName, node.label);
    for (const std::string& alias : node.aliases) Add(&r, Pred::kAlternateName, alias);
    Add(&r, Pred::kPaperCount, std::to_string(node.paper_count));
    return emit_(r);
  }

  Status EmitPaper(Vertex v) {
    const NodeProps& node = g_[v];
    PaperParts& parts = parts_[v];
    std::stable_sort(parts.authors.begin(), parts.authors.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    RdfResource r{iris_[v], NodeTypes(node.kind), {}};
    Add(&r, Pred::kName, node.label);
    for (const std::string& alias : node.aliases) Add(&r, Pred::kAlternateName, alias);
    Add(&r, Pred::kIdentifier, node.arxiv);
    for (const std::string& date : node.dates) {
      if (!IsXsdDate(date)) {
        return Status::InvalidArgument("paper " + node.id + " has listing date '" + date +
                                       "', expected YYYY-MM-DD");
      }
      Add(&r, Pred::kListedOn, date);
    }
    if (node.votes) Add(&r, Pred::kVotes, std::to_string(*node.votes));
    if (node.authors_truncated) Add(&r, Pred::kAuthorsTruncated, "true");
    for (const auto& [position, author] : parts.authors) Add(&r, Pred::kAuthor, iris_[author]);
    for (const auto& [position, author] : parts.authors) {
      Add(&r, Pred::kAuthorship, PaperPartIri("authorship", node.arxiv, position));
    }
    for (Vertex e : parts.mentions) Add(&r, Pred::kMentions, iris_[e]);
    for (Vertex e : parts.proposes) Add(&r, Pred::kProposes, iris_[e]);
    if (Status s = emit_(r); !s.ok()) return s;

    for (const auto& [position, author] : parts.authors) {
      RdfResource a{PaperPartIri("authorship", node.arxiv, position), {"pg:Authorship"}, {}};
      Add(&a, Pred::kPerson, iris_[author]);
      Add(&a, Pred::kAuthorPosition, std::to_string(position));
      if (Status s = emit_(a); !s.ok()) return s;
    }
    int n = 0;
    for (Edge e : parts.scores) {
      if (Status s = emit_(Score(e, iris_[v], PaperPartIri("score", node.arxiv, ++n))); !s.ok()) {
        return s;
      }
    }
    return Status::Ok();
  }

  RdfResource Score(Edge e, const std::string& paper_iri, std::string iri) const {
    const ScoreReport& props = g_[e].report();
    RdfResource r{std::move(iri), {"fair4ml:MLModelEvaluation", "mls:ModelEvaluation"}, {}};
    Add(&r, Pred::kEvaluatedModel, iris_[boost::source(e, g_)]);
    Add(&r, Pred::kEvaluationDataset, iris_[boost::target(e, g_)]);
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
  std::vector<std::string> iris_;   // by vertex
  std::vector<PaperParts> parts_;   // by vertex; used for papers only
  std::set<std::string> metrics_;   // named metrics, in name order
};

}  // namespace

Status DescribeGraph(const KnowledgeGraph& graph,
                     const std::function<Status(const RdfResource&)>& emit) {
  return Describer(graph, emit).Run();
}

}  // namespace papergraph
