// VertexIris: the IRI of every vertex of a graph (rdf_terms.h), minted once
// into one array, for RdfGraph. A paper names each of its authors and
// entities, so minting an IRI wherever it is named would percent-encode the
// name again and read its vertex again, a cache miss for most of them.
//
//   VertexIris iris;
//   for (Vertex v : vertices) iris.Add(g[v]);   // in vertex order
//   std::string_view iri = iris[v];             // valid while `iris` lives
#ifndef PAPERGRAPH_EXPORTERS_VERTEX_IRIS_H_
#define PAPERGRAPH_EXPORTERS_VERTEX_IRIS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"
#include "exporters/rdf_terms.h"

namespace papergraph {

class VertexIris {
 public:
  void Reserve(size_t num_vertices) {
    start_.reserve(num_vertices + 1);
    text_.reserve(num_vertices * 64);  // most IRIs are shorter
  }

  // Mints the IRI of the next vertex, `node`: its paper IRI or its entity IRI.
  void Add(const NodeProps& node) {
    if (node.kind == NodeKind::kPaper) {
      AppendPaperIri(node.paper().arxiv, &text_);
    } else {
      AppendEntityIri(NodeKindName(node.kind), node.label, &text_);
    }
    start_.push_back(text_.size());
  }

  // The IRI of `v`, which Add has minted.
  std::string_view operator[](Vertex v) const {
    return std::string_view(text_.data() + start_[v], start_[v + 1] - start_[v]);
  }

 private:
  std::string text_;                // the IRIs, one after another
  std::vector<size_t> start_{0};    // by vertex: where its IRI starts; then the end
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_VERTEX_IRIS_H_
