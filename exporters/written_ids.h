// WrittenIds: each node id as a drawing writer wrote it (escaped for
// GraphML, quoted for DOT), kept in one array from which every edge copies
// the ids of its ends. Escaping them again at every edge, or only reading
// them from their vertices (a cache miss or two for each end), cost the
// writers more than this copy.
//
//   WrittenIds ids(graph.num_nodes());
//   ids.Keep(v, escaped_id);                      // while writing node v
//   ids.Write<Escaped>(out, graph, e.from);       // while writing an edge
#ifndef PAPERGRAPH_EXPORTERS_WRITTEN_IDS_H_
#define PAPERGRAPH_EXPORTERS_WRITTEN_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"

namespace papergraph {

class WrittenIds {
 public:
  // Room is reserved for ids of a typical size, so that the text is not
  // copied as it grows (a copy holds both arrays for a while); room that no
  // id fills is never written, so the system gives it no memory.
  explicit WrittenIds(size_t num_vertices) : at_(num_vertices) {
    text_.reserve(num_vertices * kReservedPerId);
  }

  // `written` is what the writer made of the id of `v`. (Past 4 GiB of
  // ids, which no graph has, ids are no longer kept: Has says so.)
  void Keep(Vertex v, std::string_view written) {
    if (text_.size() + written.size() >= kNone) return;
    at_[v] = {static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(written.size())};
    text_.append(written);
  }

  // True once Keep has kept the id of `v`.
  bool Has(Vertex v) const { return at_[v].start != kNone; }

  // The id of `v` as it was written; Has(v) must hold.
  std::string_view operator[](Vertex v) const {
    return std::string_view(text_.data() + at_[v].start, at_[v].size);
  }

  // Writes the id of `v` to `out`: as kept, or, when it was not, as the
  // writer's wrapper `Written{id}` writes the node's own id.
  template <typename Written, typename Out>
  void Write(Out& out, const Graph& g, Vertex v) const {
    if (Has(v)) {
      out << (*this)[v];
    } else {
      out << Written{g[v].id};
    }
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr size_t kReservedPerId = 32;  // ids average 19 bytes on the shared corpus
  struct Span {  // 8 bytes: a big graph has millions
    uint32_t start = kNone;
    uint32_t size = 0;
  };

  std::string text_;      // the ids kept, one after another
  std::vector<Span> at_;  // by vertex: where its id is in text_
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_WRITTEN_IDS_H_
