#include "core/coauthor_edges.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace papergraph {
namespace {

KnowledgeGraph Authors(int n) {
  KnowledgeGraph g;
  for (int i = 0; i < n; ++i) {
    NodeProps props;
    props.id = "author:" + std::to_string(i);
    props.kind = NodeKind::kAuthor;
    g.AddNode(std::move(props));
  }
  return g;
}

// (source, target, weight) of every edge, in the graph's order.
std::vector<std::tuple<Vertex, Vertex, double>> Edges(const KnowledgeGraph& g) {
  std::vector<std::tuple<Vertex, Vertex, double>> edges;
  for (Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    EXPECT_EQ(g.graph()[e].kind, EdgeKind::kCoauthor);
    edges.emplace_back(boost::source(e, g.graph()), boost::target(e, g.graph()), g.graph()[e].weight);
  }
  return edges;
}

TEST(CoauthorEdges, OneEdgePerPairFromTheLowerVertexWeightedByPapers) {
  CoauthorEdges coauthors;
  coauthors.AddPaper({3, 0, 2});
  coauthors.AddPaper({2, 3});
  coauthors.AddPaper({1});  // no pair
  coauthors.AddPaper({});
  for (int threads : {1, 2}) {
    KnowledgeGraph g = Authors(4);
    coauthors.AddTo(&g, threads);
    std::vector<std::tuple<Vertex, Vertex, double>> expected = {{0, 2, 1}, {0, 3, 1}, {2, 3, 2}};
    EXPECT_EQ(Edges(g), expected);
    EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kCoauthor)], 3u);
  }
}

TEST(CoauthorEdges, TheSameEdgesOnOneOrTwoThreads) {
  CoauthorEdges coauthors;
  for (Vertex i = 0; i < 2000; ++i) coauthors.AddPaper({(i * 7) % 500, (i * 13 + 1) % 500, 499 - i % 250, i % 3});
  KnowledgeGraph one = Authors(500), two = Authors(500);
  coauthors.AddTo(&one, 1);
  coauthors.AddTo(&two, 2);
  EXPECT_EQ(Edges(one), Edges(two));
  EXPECT_EQ(one.EdgeCounts(), two.EdgeCounts());
  EXPECT_GT(one.num_edges(), 1000u);
}

}  // namespace
}  // namespace papergraph
