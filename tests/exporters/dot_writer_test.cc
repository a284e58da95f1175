#include "exporters/dot_writer.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/exporters/consumer_tools.h"
#include "tests/exporters/hostile_graph.h"

namespace papergraph {
namespace {

using testing_tools::HostileGraph;
using testing_tools::ReadText;
using testing_tools::RunCommand;
using testing_tools::ScratchPath;
using testing_tools::ToolExists;
using testing_tools::WriteText;

std::string DotOf(const KnowledgeGraph& graph) {
  std::ostringstream out;
  Status status = WriteDot(GraphView::Whole(graph), out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

size_t CountLinesContaining(const std::string& text, const std::string& needle) {
  std::istringstream lines(text);
  size_t count = 0;
  for (std::string line; std::getline(lines, line);) count += line.find(needle) != std::string::npos;
  return count;
}

TEST(DotWriter, WritesOneDigraphWithEveryNodeAndEdge) {
  std::string dot = DotOf(HostileGraph());
  EXPECT_NE(dot.find("\ndigraph papergraph {\n"), std::string::npos);
  EXPECT_NE(dot.find("layout=dot"), std::string::npos);  // small
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  EXPECT_EQ(CountLinesContaining(dot, " -> "), 9u);
  EXPECT_EQ(CountLinesContaining(dot, ", shape="), 8u);
}

TEST(DotWriter, QuotesIdsLabelsAndKeywords) {
  std::string dot = DotOf(HostileGraph());
  EXPECT_NE(dot.find(R"(  "paper:2406.11931" [label="Attention <is> \"all\" & 'you' need\\", )"
                     R"(kind="paper", shape=box, fillcolor="#4E79A7"];)"),
            std::string::npos);
  EXPECT_NE(dot.find("  \"paper:2401.00001\" [label=\"\uFFFDbell\uFFFD \uFFFDform\\nline "
                     "\uFFFD\uFFFD end\\\\\", "),
            std::string::npos);
  EXPECT_NE(dot.find(R"(  "author:node" [label="node", kind="author", shape=ellipse)"),
            std::string::npos);
  EXPECT_NE(dot.find(R"(  "method:edge" [label="edge", kind="method", shape=diamond)"),
            std::string::npos);
  EXPECT_NE(dot.find(R"("author:김철수" [label="김철수")"), std::string::npos);
  EXPECT_EQ(dot.find('\r'), std::string::npos);
  EXPECT_EQ(dot.find('\x01'), std::string::npos);
}

TEST(DotWriter, QuotesAnIdAlikeInItsNodeAndItsEdges) {
  std::string dot = DotOf(testing_tools::MarkupIdGraph());
  const std::string id = "\"author:a\\\"<b>&c'\uFFFD\"";
  EXPECT_NE(dot.find("  " + id + " [label="), std::string::npos) << dot;
  EXPECT_NE(dot.find("  " + id + " -> \"author:plain\" [kind="), std::string::npos) << dot;
  EXPECT_NE(dot.find("  \"author:plain\" -> " + id + " [kind="), std::string::npos) << dot;
}

TEST(DotWriter, StylesEdgesByKind) {
  std::string dot = DotOf(HostileGraph());
  EXPECT_NE(dot.find(R"(  "author:Y.2E_Wu" -> "author:node" [kind="coauthor", dir=none, constraint=false];)"),
            std::string::npos);
  EXPECT_EQ(CountLinesContaining(dot, "dir=none"), 1u);
  EXPECT_NE(dot.find(R"(  "model:GPT-4o" -> "benchmark:MMLU" [kind="score", label="88.7%"];)"),
            std::string::npos);
  EXPECT_NE(dot.find(R"([kind="score", label="0.3 pass@1"];)"), std::string::npos);
  EXPECT_NE(dot.find(R"(  "author:Y.2E_Wu" -> "paper:2406.11931" [kind="authored"];)"),
            std::string::npos);
}

std::string DotOfView(ViewKind kind) {
  ViewOptions options;
  options.kind = kind;
  KnowledgeGraph graph = HostileGraph();
  GraphView view;
  EXPECT_TRUE(DeriveView(graph, options, &view).ok());
  std::ostringstream out;
  EXPECT_TRUE(WriteDot(view, out).ok());
  return out.str();
}

TEST(DotWriter, UndirectedViewIsAGraphWithUndirectedEdges) {
  std::string dot = DotOfView(ViewKind::kCoauthor);
  EXPECT_NE(dot.find("\ngraph papergraph {\n"), std::string::npos);
  EXPECT_EQ(dot.find("digraph"), std::string::npos);
  EXPECT_EQ(dot.find(" -> "), std::string::npos);
  EXPECT_NE(dot.find(R"(  "author:Y.2E_Wu" -- "author:node" [kind="coauthor"];)"), std::string::npos);
}

TEST(DotWriter, CollapsedReportsShowTheBestValueAndTheirNumber) {
  std::string dot = DotOfView(ViewKind::kResults);
  EXPECT_EQ(CountLinesContaining(dot, " -> "), 1u);
  EXPECT_NE(dot.find(R"(  "model:GPT-4o" -> "benchmark:MMLU" [kind="score", )"
                     R"x(label="88.7% (best of 2)", reports=2];)x"),
            std::string::npos) << dot;
}

TEST(DotWriter, LayoutHintFollowsTheSize) {
  EXPECT_NE(DotOf(HostileGraph()).find("graph [layout=dot, overlap=false, outputorder=edgesfirst"),
            std::string::npos);
  KnowledgeGraph big;
  for (size_t i = 0; i <= kDotLayoutMaxNodes; ++i) {
    NodeProps props;
    props.id = "author:a" + std::to_string(i);
    props.kind = NodeKind::kAuthor;
    props.label = props.id;
    big.AddNode(std::move(props));
  }
  EXPECT_NE(DotOf(big).find("graph [layout=sfdp, overlap=false"), std::string::npos);
}

TEST(DotWriter, SameGraphGivesSameBytes) { EXPECT_EQ(DotOf(HostileGraph()), DotOf(HostileGraph())); }

TEST(DotWriter, ReportsAFailedStream) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  KnowledgeGraph graph = HostileGraph();
  Status status = WriteDot(GraphView::Whole(graph), out);
  EXPECT_EQ(status.code(), Status::Code::kIoError);
}

// Graphviz reads the file without a warning and keeps every label intact.
TEST(DotWriter, GraphvizReadsItWithoutWarnings) {
  if (!ToolExists("/usr/bin/dot")) GTEST_SKIP() << "graphviz not installed";
  std::string path = ScratchPath(".dot");
  std::string canon = ScratchPath(".canon");
  std::string errors = ScratchPath(".err");
  WriteText(path, DotOf(HostileGraph()));
  auto result = RunCommand("/usr/bin/dot -Tcanon '" + path + "' -o '" + canon + "' 2>'" +
                           errors + "'");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(ReadText(errors), "");
  std::string out = ReadText(canon);
  EXPECT_EQ(CountLinesContaining(out, " -> "), 9u) << out;
  EXPECT_NE(out.find(R"(label="Attention <is> \"all\" & 'you' need\\")"), std::string::npos)
      << out;
  EXPECT_NE(out.find(R"("author:node")"), std::string::npos) << out;
  WriteText(path, DotOfView(ViewKind::kCoauthor));
  result = RunCommand("/usr/bin/dot -Tcanon '" + path + "' -o '" + canon + "' 2>'" + errors + "'");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(ReadText(errors), "");
  EXPECT_EQ(CountLinesContaining(ReadText(canon), " -- "), 1u);
  for (const std::string& file : {path, canon, errors}) std::remove(file.c_str());
}

}  // namespace
}  // namespace papergraph
