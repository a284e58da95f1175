// RdfResourceBuilder: builds one RdfResource (rdf_model.h) after another in
// the same storage, for DescribeGraph. The text a resource owns (its IRIs,
// numbers, repaired literals) is kept in storage that the next resource
// reuses, so that describing a graph allocates almost nothing per resource.
//
//   builder.Start(RdfClass::kPerson);
//   std::string* iri = builder.Text();
//   AppendEntityIri("author", name, iri);
//   builder.SetIri(*iri);
//   builder.Add(Pred::kName, name);          // `name` must outlive the resource
//   builder.AddNumber(Pred::kPaperCount, 3);
//   emit(builder.resource());                // valid until the next Start
#ifndef PAPERGRAPH_EXPORTERS_RDF_RESOURCE_BUILDER_H_
#define PAPERGRAPH_EXPORTERS_RDF_RESOURCE_BUILDER_H_

#include <array>
#include <charconv>
#include <deque>
#include <string>
#include <string_view>

#include "core/knowledge_graph.h"
#include "core/utf8.h"
#include "exporters/rdf_model.h"

namespace papergraph {

class RdfResourceBuilder {
 public:
  const RdfResource& resource() const { return r_; }

  // Starts a resource; what the last one owned is overwritten from here on.
  void Start(RdfClass cls) {
    used_ = 0;
    numbers_used_ = 0;
    r_.iri = {};
    r_.cls = cls;
    r_.statements.clear();
  }

  // Starts the resource of a node: its class by its kind.
  void StartNode(NodeKind kind) {
    switch (kind) {
      case NodeKind::kPaper: return Start(RdfClass::kArticle);
      case NodeKind::kAuthor: return Start(RdfClass::kPerson);
      case NodeKind::kModel: return Start(RdfClass::kModel);
      case NodeKind::kMethod: return Start(RdfClass::kMethod);
      case NodeKind::kBenchmark: return Start(RdfClass::kDataset);
    }
  }

  // An empty string for text the resource owns, kept until the next Start.
  std::string* Text() {
    if (used_ == texts_.size()) texts_.emplace_back();  // a deque: the others stay put
    std::string* text = &texts_[used_++];
    text->clear();
    return text;
  }

  void SetIri(std::string_view iri) { r_.iri = iri; }

  // `object` must outlive the resource: the graph's text or a Text(). A
  // literal that is not valid UTF-8 is repaired into a Text().
  void Add(Pred pred, std::string_view object) {
    if (Predicate(pred).object != RdfObject::kIri && !IsValidUtf8(object)) {
      std::string* repaired = Text();
      repaired->assign(object);
      RepairUtf8(repaired);
      object = *repaired;
    }
    r_.statements.push_back({pred, object});
  }

  // An integer's digits, which the resource owns (ASCII: nothing to repair).
  void AddNumber(Pred pred, int n) {
    if (numbers_used_ == numbers_.size()) numbers_.emplace_back();  // a deque: the others stay put
    Digits& digits = numbers_[numbers_used_++];
    char* end = std::to_chars(digits.data(), digits.data() + digits.size(), n).ptr;
    r_.statements.push_back({pred, std::string_view(digits.data(), end - digits.data())});
  }

 private:
  using Digits = std::array<char, 11>;  // of any int

  RdfResource r_;
  std::deque<std::string> texts_;
  size_t used_ = 0;  // texts_ of the resource being built
  std::deque<Digits> numbers_;
  size_t numbers_used_ = 0;  // numbers_ of the resource being built
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_RDF_RESOURCE_BUILDER_H_
