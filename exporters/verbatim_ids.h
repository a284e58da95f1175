// VerbatimIds: which node ids a drawing writer may copy into an edge as they
// are, because escaping leaves them unchanged. Node ids are content ids
// ("author:Y.2E_Wu"), so nearly all are; learning that once, as each node is
// written, spares escaping both ends of every edge again. One bit per vertex.
//
//   VerbatimIds verbatim(graph.num_nodes());
//   verbatim.Learn(v, node.id, escaped_id);       // while writing node v
//   if (verbatim.Has(e.from)) out << g[e.from].id; else out << Escaped{g[e.from].id};
#ifndef PAPERGRAPH_EXPORTERS_VERBATIM_IDS_H_
#define PAPERGRAPH_EXPORTERS_VERBATIM_IDS_H_

#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"

namespace papergraph {

class VerbatimIds {
 public:
  explicit VerbatimIds(size_t num_vertices) : verbatim_(num_vertices, false) {}

  // `escaped` is what the writer made of `id`, the id of `v`.
  void Learn(Vertex v, std::string_view id, std::string_view escaped) {
    verbatim_[v] = id == escaped;
  }

  // True once Learn saw that the id of `v` escapes to itself.
  bool Has(Vertex v) const { return verbatim_[v]; }

 private:
  std::vector<bool> verbatim_;  // by vertex
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_VERBATIM_IDS_H_
