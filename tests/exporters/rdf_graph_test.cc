#include "exporters/rdf_graph.h"

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "exporters/jsonld_writer.h"
#include "exporters/ntriples_writer.h"
#include "exporters/rdf_terms.h"
#include "tests/exporters/hostile_graph.h"

namespace papergraph {
namespace {

using testing_tools::HostileGraph;

// What WriteJsonld and WriteNtriples write when both share `rdf`, each on
// its own thread, as `build` runs them.
struct SharedWrites {
  std::string jsonld, nt;
  Status jsonld_status, nt_status;
};

SharedWrites WriteBothAtOnce(RdfGraph& rdf) {
  SharedWrites w;
  std::ostringstream jsonld, nt;
  std::thread other([&] { w.nt_status = WriteNtriples(rdf, nt); });
  w.jsonld_status = WriteJsonld(rdf, jsonld);
  other.join();
  w.jsonld = jsonld.str();
  w.nt = nt.str();
  return w;
}

TEST(RdfGraph, SharedByBothWritersGivesWhatEachWritesAlone) {
  KnowledgeGraph g = HostileGraph();
  std::ostringstream jsonld_alone, nt_alone;
  ASSERT_TRUE(WriteJsonld(g, jsonld_alone).ok());
  ASSERT_TRUE(WriteNtriples(g, nt_alone).ok());
  for (int round = 0; round < 20; ++round) {  // whichever thread prepares it
    RdfGraph rdf(g);
    SharedWrites w = WriteBothAtOnce(rdf);
    ASSERT_TRUE(w.jsonld_status.ok()) << w.jsonld_status.message();
    ASSERT_TRUE(w.nt_status.ok()) << w.nt_status.message();
    EXPECT_EQ(w.jsonld, jsonld_alone.str());
    EXPECT_EQ(w.nt, nt_alone.str());
  }
}

TEST(RdfGraph, GivesBothWritersTheSameError) {
  KnowledgeGraph g = HostileGraph();
  ScoreReport report;
  report.paper = "paper:9999.99999";
  g.AddScore(*g.Find("model:GPT-4o"), *g.Find("benchmark:MMLU"), report);
  RdfGraph rdf(g);
  SharedWrites w = WriteBothAtOnce(rdf);
  EXPECT_EQ(w.jsonld_status.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(w.nt_status.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(w.jsonld_status.message(), w.nt_status.message());
  EXPECT_NE(w.nt_status.message().find("paper:9999.99999"), std::string::npos);
  EXPECT_EQ(rdf.Prepare().message(), w.nt_status.message());
}

// Each part under its paper, in graph order, whichever way its edge points.
TEST(RdfGraph, FilesEachPartUnderItsPaper) {
  KnowledgeGraph g;
  auto node = [&](const char* id, NodeKind kind) {
    NodeProps props;
    props.id = id;
    props.label = id;
    props.kind = kind;
    if (kind == NodeKind::kPaper) props.mutable_paper().arxiv = id + 6;  // after "paper:"
    return g.AddNode(std::move(props));
  };
  Vertex p1 = node("paper:1", NodeKind::kPaper), p2 = node("paper:2", NodeKind::kPaper);
  Vertex a = node("author:a", NodeKind::kAuthor), b = node("author:b", NodeKind::kAuthor);
  Vertex m = node("model:m", NodeKind::kModel);
  auto edge = [&](Vertex from, Vertex to, EdgeKind kind, int position) {
    EdgeProps props;
    props.kind = kind;
    props.position = position;
    g.AddEdge(from, to, props);
  };
  edge(b, p1, EdgeKind::kAuthored, 2);
  edge(p2, m, EdgeKind::kProposes, 0);
  edge(a, p1, EdgeKind::kAuthored, 1);
  edge(a, b, EdgeKind::kCoauthor, 0);
  edge(p1, m, EdgeKind::kMentions, 0);
  edge(a, p2, EdgeKind::kAuthored, 7);

  RdfGraph rdf(g);
  ASSERT_TRUE(rdf.Prepare().ok());
  // Graph order: by the vertex an edge leaves, then by its place there.
  auto parts = [&](Vertex paper) {
    std::vector<std::string> out;
    for (const PaperPart* p = rdf.parts_begin(paper); p != rdf.parts_end(paper); ++p) {
      out.push_back(std::string(EdgeKindName(p->kind())) + " " + g.node(p->other).id +
                    (p->kind() == EdgeKind::kAuthored ? " " + std::to_string(p->position()) : ""));
    }
    return out;
  };
  EXPECT_EQ(parts(p1), (std::vector<std::string>{"mentions model:m", "authored author:a 1",
                                                 "authored author:b 2"}));
  EXPECT_EQ(parts(p2), (std::vector<std::string>{"proposes model:m", "authored author:a 7"}));
  EXPECT_EQ(rdf.parts_begin(a), rdf.parts_end(a));
  EXPECT_EQ(rdf.iri(a), EntityIri("author", "author:a"));
  EXPECT_EQ(rdf.iri(p2), PaperIri("2"));
}

}  // namespace
}  // namespace papergraph
