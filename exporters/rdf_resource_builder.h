// RdfResourceBuilder: builds one RdfResource (rdf_model.h) after another in
// the same storage, for DescribeGraph. The text a resource owns (its IRIs,
// numbers, repaired literals) is kept in strings that the next resource
// reuses, so that describing a graph allocates almost nothing per resource.
//
//   builder.Start({"schema:Person"});
//   std::string* iri = builder.Text();
//   AppendEntityIri("author", name, iri);
//   builder.SetIri(*iri);
//   builder.Add(Pred::kName, name);          // `name` must outlive the resource
//   builder.AddNumber(Pred::kPaperCount, 3);
//   emit(builder.resource());                // valid until the next Start
#ifndef PAPERGRAPH_EXPORTERS_RDF_RESOURCE_BUILDER_H_
#define PAPERGRAPH_EXPORTERS_RDF_RESOURCE_BUILDER_H_

#include <charconv>
#include <deque>
#include <initializer_list>
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
  void Start(std::initializer_list<const char*> types) {
    used_ = 0;
    r_.iri = {};
    r_.types.assign(types);
    r_.statements.clear();
  }

  // Starts the resource of a node: its types by its kind.
  void StartNode(NodeKind kind) {
    switch (kind) {
      case NodeKind::kPaper: return Start({"schema:ScholarlyArticle"});
      case NodeKind::kAuthor: return Start({"schema:Person"});
      case NodeKind::kModel: return Start({"fair4ml:MLModel", "schema:SoftwareApplication"});
      case NodeKind::kMethod: return Start({"pg:Method"});
      case NodeKind::kBenchmark: return Start({"schema:Dataset"});
    }
    Start({});
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

  void AddNumber(Pred pred, int n) {
    char digits[16];
    char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    std::string* text = Text();
    text->assign(digits, end);
    Add(pred, *text);
  }

 private:
  RdfResource r_;
  std::deque<std::string> texts_;
  size_t used_ = 0;  // texts_ of the resource being built
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_RDF_RESOURCE_BUILDER_H_
