// CoauthorEdges: the coauthor edges of a graph, one per pair of authors
// listed together, weighted by the papers listing both, computed from each
// paper's author vertices on one or two threads.
//
//   CoauthorEdges coauthors;
//   coauthors.AddPaper({a, b, c});   // the distinct author vertices of a paper
//   coauthors.AddPaper({b, c});
//   coauthors.AddTo(&graph, /*threads=*/2);
//   // edges a->b (1), a->c (1), b->c (2), if a < b < c
//
// An edge goes from the lower vertex of its pair to the higher, and the edges
// of each vertex are added in the order of their other end: the graph is a
// function of the papers alone, whatever the number of threads. Each vertex
// gets the list of its higher co-authors, one per pair listed (4 bytes a
// pair, where sorting the pairs themselves moved 16); then the threads take
// ranges of vertices in turn, sort each vertex's list, count its runs and
// add its edges.
#ifndef PAPERGRAPH_CORE_COAUTHOR_EDGES_H_
#define PAPERGRAPH_CORE_COAUTHOR_EDGES_H_

#include <cstdint>
#include <vector>

#include "core/knowledge_graph.h"

namespace papergraph {

class CoauthorEdges {
 public:
  // One paper's distinct author vertices, each below 2^32.
  void AddPaper(const std::vector<Vertex>& authors);
  // Adds the coauthor edges to *g, whose vertices they all are, on
  // `threads` threads (BuildOptions::threads; parallel_for.h).
  void AddTo(KnowledgeGraph* g, int threads) const;

 private:
  // Adds the edges of the vertices in [low, high), whose higher co-authors
  // are placed; returns how many.
  static size_t AddEdges(KnowledgeGraph* g, uint32_t low, uint32_t high, const std::vector<size_t>& first,
                         std::vector<uint32_t>* higher);

  std::vector<uint32_t> authors_;  // every paper's authors, one paper after another
  std::vector<size_t> ends_;       // where each paper's authors end in authors_
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_COAUTHOR_EDGES_H_
