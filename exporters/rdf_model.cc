#include "exporters/rdf_model.h"

#include <algorithm>
#include <charconv>
#include <utility>

#include "exporters/copy_bytes.h"
#include "exporters/rdf_resource_builder.h"

namespace papergraph {
namespace {

class Describer {
 public:
  Describer(const RdfGraph& rdf, const std::function<Status(const RdfResource&)>& emit)
      : rdf_(rdf), g_(rdf.graph().graph()), emit_(emit) {}

  Status Run() {
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      Status s = g_[v].kind == NodeKind::kPaper ? EmitPaper(v) : EmitEntity(v);
      if (!s.ok()) return s;
    }
    for (const std::string& metric : rdf_.metrics()) {
      r_.Start(RdfClass::kMeasure);
      r_.SetIri(MetricIri(metric));
      r_.Add(Pred::kName, metric);
      if (Status s = Emit(); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
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
    r_.SetIri(rdf_.iri(v));
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
    for (const PaperPart* part = rdf_.parts_begin(v); part != rdf_.parts_end(v); ++part) {
      EdgeKind kind = part->kind();
      if (kind == EdgeKind::kAuthored) authors_.emplace_back(part->position(), part->other);
      if (kind == EdgeKind::kMentions) mentions_.push_back(part->other);
      if (kind == EdgeKind::kProposes) proposes_.push_back(part->other);
    }
    auto by_position = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(authors_.begin(), authors_.end(), by_position)) {  // mostly they are
      std::stable_sort(authors_.begin(), authors_.end(), by_position);
    }
    paper_iri_ = rdf_.iri(v);
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
    for (const auto& author : authors_) r_.Add(Pred::kAuthor, rdf_.iri(author.second));
    for (size_t i = 0; i < authors_.size(); ++i) r_.Add(Pred::kAuthorship, AuthorshipIri(i));
    for (Vertex e : mentions_) r_.Add(Pred::kMentions, rdf_.iri(e));
    for (Vertex e : proposes_) r_.Add(Pred::kProposes, rdf_.iri(e));
    if (Status s = Emit(); !s.ok()) return s;

    for (size_t i = 0; i < authors_.size(); ++i) {
      r_.Start(RdfClass::kAuthorship);
      r_.SetIri(AuthorshipIri(i));
      r_.Add(Pred::kPerson, rdf_.iri(authors_[i].second));
      r_.AddNumber(Pred::kAuthorPosition, authors_[i].first);
      if (Status s = Emit(); !s.ok()) return s;
    }
    const std::vector<Edge>* scores = rdf_.scores(v);
    if (scores == nullptr) return Status::Ok();
    int n = 0;
    for (Edge e : *scores) {
      DescribeScore(e, paper, ++n);
      if (Status s = Emit(); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Mints the authorship IRIs of authors_ of `paper` into authorship_text_,
  // from their shared stem: each is written twice, in the paper and in its
  // authorship.
  void MintAuthorshipIris(const PaperFields& paper) {
    authorship_stem_.clear();
    AppendPaperPartStem("authorship", paper.arxiv, &authorship_stem_);
    constexpr size_t kMaxDigits = 11;  // of an int
    const std::string& stem = authorship_stem_;
    std::string& text = authorship_text_;
    text.resize(authors_.size() * (stem.size() + kMaxDigits));
    char* at = text.data();
    authorship_ends_.clear();
    for (const auto& author : authors_) {
      CopyBytes(at, stem.data(), stem.size());
      at = std::to_chars(at + stem.size(), at + stem.size() + kMaxDigits, author.first).ptr;
      authorship_ends_.push_back(static_cast<size_t>(at - text.data()));
    }
    text.resize(static_cast<size_t>(at - text.data()));
  }

  // The IRI of the authorship of authors_[i], once minted.
  std::string_view AuthorshipIri(size_t i) const {
    size_t start = i == 0 ? 0 : authorship_ends_[i - 1];
    return std::string_view(authorship_text_).substr(start, authorship_ends_[i] - start);
  }

  // The n-th score of `paper` (whose IRI is paper_iri_).
  void DescribeScore(Edge e, const PaperFields& paper, int n) {
    const ScoreReport& props = g_[e].report();
    r_.Start(RdfClass::kEvaluation);
    r_.SetIri(PartIri("score", paper, n));
    r_.Add(Pred::kEvaluatedModel, rdf_.iri(boost::source(e, g_)));
    r_.Add(Pred::kEvaluationDataset, rdf_.iri(boost::target(e, g_)));
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

  const RdfGraph& rdf_;
  const Graph& g_;
  const std::function<Status(const RdfResource&)>& emit_;
  RdfResourceBuilder r_;              // the resource being described
  std::string_view paper_iri_;        // of the paper whose resources are being described
  std::vector<std::pair<int, Vertex>> authors_;  // of that paper: (position, author)
  std::string authorship_stem_;                  // of the paper's authorship IRIs
  std::string authorship_text_;                  // the IRIs of their authorships, one after another
  std::vector<size_t> authorship_ends_;          // by author: where its authorship's IRI ends
  std::vector<Vertex> mentions_, proposes_;      // of that paper
};

}  // namespace

Status DescribeGraph(RdfGraph& rdf, const std::function<Status(const RdfResource&)>& emit) {
  if (Status s = rdf.Prepare(); !s.ok()) return s;
  return Describer(rdf, emit).Run();
}

}  // namespace papergraph
