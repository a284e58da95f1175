// RdfGraph: a KnowledgeGraph made ready for DescribeGraph (rdf_model.h):
// the IRI of every vertex, minted once, and the edges that a paper's
// resources name, filed under that paper. The JSON-LD and N-Triples writers
// describe the same graph, often at the same time on two threads, so `build`
// gives both one RdfGraph: it is prepared once, by whichever writer asks
// first (the other waits for it), and then read by both. Its memory is
// held once, not by each writer.
//
//   RdfGraph rdf(graph);                    // prepares nothing yet
//   Status a = WriteJsonld(rdf, out1);      // on one thread
//   Status b = WriteNtriples(rdf, out2);    // on another
#ifndef PAPERGRAPH_EXPORTERS_RDF_GRAPH_H_
#define PAPERGRAPH_EXPORTERS_RDF_GRAPH_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/knowledge_graph.h"
#include "core/status.h"
#include "exporters/vertex_iris.h"

namespace papergraph {

// An authored, mentions or proposes edge, filed under its paper, in 8
// bytes (a big graph has millions).
struct PaperPart {
  uint32_t other;  // the author or entity vertex
  int32_t tag;     // authored: the 1-based place in the author list; else -kind

  EdgeKind kind() const { return tag > 0 ? EdgeKind::kAuthored : static_cast<EdgeKind>(-tag); }
  int32_t position() const { return tag; }  // of an authored part
};

class RdfGraph {
 public:
  // `graph` must outlive the RdfGraph.
  explicit RdfGraph(const KnowledgeGraph& graph) : graph_(graph) {}
  RdfGraph(const RdfGraph&) = delete;
  RdfGraph& operator=(const RdfGraph&) = delete;

  const KnowledgeGraph& graph() const { return graph_; }

  // Prepares the graph on the first call, from any thread (a second caller
  // waits for the first); every call returns the same status:
  // InvalidArgument for a graph that cannot be described (a paper without
  // an arXiv id, an authored, mentions or proposes edge without a paper
  // end, an authorship without a 1-based position, a score naming no paper
  // node). The calls below need it OK.
  Status Prepare();

  std::string_view iri(Vertex v) const { return iris_[v]; }

  // The parts of paper `v`, in graph order.
  const PaperPart* parts_begin(Vertex v) const { return parts_.data() + part_start_[v]; }
  const PaperPart* parts_end(Vertex v) const { return parts_.data() + part_start_[v + 1]; }

  // The score edges that paper `v` reports, in graph order; null for none.
  const std::vector<Edge>* scores(Vertex v) const {
    auto it = scores_.find(v);
    return it == scores_.end() ? nullptr : &it->second;
  }

  // The named metrics (score units other than "" and "%"), in name order.
  const std::set<std::string>& metrics() const { return metrics_; }

 private:
  Status MintIris(std::vector<NodeKind>* kinds);
  Status CollectEdges(const std::vector<NodeKind>& kinds);
  Status FileScore(Edge e);
  std::string EdgeName(Vertex from, Vertex to) const;

  const KnowledgeGraph& graph_;
  std::once_flag prepared_;
  Status status_;
  VertexIris iris_;                   // by vertex
  std::vector<uint32_t> part_start_;  // by vertex: its parts are parts_[start, next start)
  std::vector<PaperPart> parts_;
  std::map<Vertex, std::vector<Edge>> scores_;  // by reporting paper, in graph order
  std::set<std::string> metrics_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_RDF_GRAPH_H_
