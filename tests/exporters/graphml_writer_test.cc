#include "exporters/graphml_writer.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/exporters/consumer_tools.h"
#include "tests/exporters/hostile_graph.h"

namespace papergraph {
namespace {

using testing_tools::HostileGraph;
using testing_tools::RunCommand;
using testing_tools::ScratchPath;
using testing_tools::ToolExists;
using testing_tools::WriteText;

std::string GraphmlOf(const KnowledgeGraph& graph) {
  std::ostringstream out;
  Status status = WriteGraphml(GraphView::Whole(graph), out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

std::string Hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 0xF];
  }
  return out;
}

TEST(GraphmlWriter, WritesOneDirectedGraphWithEveryNodeAndEdge) {
  std::string xml = GraphmlOf(HostileGraph());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ", 0), 0u);
  EXPECT_EQ(Count(xml, "<graph "), 1u);
  EXPECT_NE(xml.find("<graph id=\"papergraph\" edgedefault=\"directed\">"), std::string::npos);
  EXPECT_EQ(Count(xml, "<node "), 8u);
  EXPECT_EQ(Count(xml, "<edge "), 9u);
  EXPECT_EQ(Count(xml, "<data key=\"n.label\">"), 8u);
  EXPECT_EQ(Count(xml, "<data key=\"n.kind\">"), 8u);
  EXPECT_EQ(Count(xml, "<data key=\"n.size\">"), 8u);
  EXPECT_EQ(Count(xml, "<data key=\"e.kind\">"), 9u);
  EXPECT_EQ(Count(xml, "<data key=\"e.weight\">"), 9u);
  EXPECT_NE(xml.find("<edge id=\"e0\" "), std::string::npos);
  EXPECT_NE(xml.find("<edge id=\"e8\" "), std::string::npos);
  EXPECT_EQ(xml.find("<edge id=\"e9\" "), std::string::npos);
  const std::string end = "  </graph>\n</graphml>\n";
  EXPECT_EQ(xml.substr(xml.size() - end.size()), end);
}

TEST(GraphmlWriter, EscapesAnIdAlikeInItsNodeAndItsEdges) {
  std::string xml = GraphmlOf(testing_tools::MarkupIdGraph());
  const std::string id = "author:a&quot;&lt;b&gt;&amp;c&apos;\uFFFD";
  EXPECT_NE(xml.find("<node id=\"" + id + "\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("source=\"" + id + "\" target=\"author:plain\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("source=\"author:plain\" target=\"" + id + "\">"), std::string::npos) << xml;
}

TEST(GraphmlWriter, DeclaresEveryKeyWithDomainNameAndType) {
  std::string xml = GraphmlOf(HostileGraph());
  EXPECT_NE(xml.find(R"(<key id="n.label" for="node" attr.name="label" attr.type="string"/>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<key id="n.votes" for="node" attr.name="votes" attr.type="int"/>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<key id="n.authors_truncated" for="node" attr.name="authors_truncated" )"
                     R"(attr.type="boolean"/>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<key id="e.weight" for="edge" attr.name="weight" attr.type="double"/>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<key id="e.kind" for="edge" attr.name="kind" attr.type="string"/>)"),
            std::string::npos);
  // Every key is used only after it is declared, and each is declared once.
  EXPECT_EQ(Count(xml, "<key id=\"n.kind\""), 1u);
  EXPECT_LT(xml.rfind("<key "), xml.find("<graph "));
}

TEST(GraphmlWriter, EscapesTextAndReplacesForbiddenCharacters) {
  std::string xml = GraphmlOf(HostileGraph());
  EXPECT_NE(xml.find("<data key=\"n.label\">Attention &lt;is&gt; &quot;all&quot; &amp; "
                     "&apos;you&apos; need\\</data>"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.label\">\uFFFDbell\uFFFD \uFFFDform&#13;\nline "
                     "\uFFFD\uFFFD end\\</data>"),
            std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.aliases\">Other &lt;title&gt; | 다른 제목</data>"),
            std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_EQ(xml.find('\xFF'), std::string::npos);
}

TEST(GraphmlWriter, WritesTypedValuesAndLeavesOutAbsentOnes) {
  std::string xml = GraphmlOf(HostileGraph());
  // Only the first paper has votes; the second has none, not an empty value.
  EXPECT_EQ(Count(xml, "<data key=\"n.votes\">"), 1u);
  EXPECT_NE(xml.find("<data key=\"n.votes\">42</data>"), std::string::npos);
  EXPECT_EQ(xml.find("\"></data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.authors_truncated\">true</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.authors_truncated\">false</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.dates\">2024-06-17 2024-06-18</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.paper_count\">2</data>"), std::string::npos);
  EXPECT_EQ(Count(xml, "<data key=\"e.position\">"), 3u);
  EXPECT_NE(xml.find("<data key=\"e.weight\">2</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e.value\">88.7</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e.value\">0.30000000000000004</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"n.r\">78</data>"), std::string::npos);  // paper blue
  EXPECT_NE(xml.find("<data key=\"n.size\">37.4037034920393</data>"),
            std::string::npos);  // 5 + 5 * sqrt(42 votes)
}

// A view sets the direction; collapsed score reports carry reports and papers.
TEST(GraphmlWriter, WritesTheViewsDirectionAndCollapsedReports) {
  ViewOptions options;
  options.kind = ViewKind::kCoauthor;
  KnowledgeGraph graph = HostileGraph();
  GraphView coauthor;
  ASSERT_TRUE(DeriveView(graph, options, &coauthor).ok());
  std::ostringstream out;
  ASSERT_TRUE(WriteGraphml(coauthor, out).ok());
  std::string xml = out.str();
  EXPECT_NE(xml.find("<graph id=\"papergraph\" edgedefault=\"undirected\">"), std::string::npos);
  EXPECT_EQ(Count(xml, "<edge "), 1u);
  EXPECT_EQ(Count(xml, "<data key=\"e.kind\">coauthor</data>"), 1u);

  options.kind = ViewKind::kResults;
  GraphView results;
  ASSERT_TRUE(DeriveView(graph, options, &results).ok());
  out.str("");
  ASSERT_TRUE(WriteGraphml(results, out).ok());
  xml = out.str();
  EXPECT_NE(xml.find("edgedefault=\"directed\""), std::string::npos);
  EXPECT_NE(xml.find(R"(<key id="e.reports" for="edge" attr.name="reports" attr.type="int"/>)"),
            std::string::npos);
  EXPECT_EQ(Count(xml, "<edge "), 1u);  // two reports of one pair
  EXPECT_NE(xml.find("<data key=\"e.value\">88.7</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e.weight\">2</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e.reports\">2</data>"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e.papers\">paper:2401.00001 paper:2406.11931</data>"),
            std::string::npos);
}

TEST(GraphmlWriter, SameGraphGivesSameBytes) {
  EXPECT_EQ(GraphmlOf(HostileGraph()), GraphmlOf(HostileGraph()));
}

TEST(GraphmlWriter, ReportsAFailedStream) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  KnowledgeGraph graph = HostileGraph();
  Status status = WriteGraphml(GraphView::Whole(graph), out);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kIoError);
}

TEST(GraphmlWriter, ValidatesAgainstTheGraphmlSchema) {
  if (!ToolExists("/usr/bin/xmllint")) GTEST_SKIP() << "xmllint not installed";
  std::string schema_dir = testing_tools::SharedDir() + "/schema/graphml";
  ASSERT_FALSE(testing_tools::ReadText(schema_dir + "/graphml.xsd").empty())
      << "no GraphML schema in " << schema_dir;
  std::string path = ScratchPath(".graphml");
  WriteText(path, GraphmlOf(HostileGraph()));
  auto result = RunCommand("XML_CATALOG_FILES='" + schema_dir + "/catalog.xml' " +
                           "/usr/bin/xmllint --noout --nonet --schema '" + schema_dir +
                           "/graphml.xsd' '" + path + "' 2>&1");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("validates"), std::string::npos) << result.output;
  std::remove(path.c_str());
}

// NetworkX and igraph read the file back with the same counts, types and text.
TEST(GraphmlWriter, ReadsBackInNetworkxAndIgraph) {
  if (!ToolExists("/usr/bin/python3")) GTEST_SKIP() << "python3 not installed";
  std::string path = ScratchPath(".graphml");
  std::string script = ScratchPath(".py");
  WriteText(path, GraphmlOf(HostileGraph()));
  WriteText(script, R"(import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
p = g.nodes["paper:2406.11931"]
print(g.number_of_nodes(), g.number_of_edges(), type(p["votes"]).__name__, p["votes"],
      p["authors_truncated"], "votes" in g.nodes["paper:2401.00001"])
print(g.nodes["paper:2401.00001"]["label"].encode().hex())
values = sorted(d["value"] for _, _, d in g.edges(data=True) if d["kind"] == "score")
print(repr(values))
try:
    import igraph
except ImportError:
    print("no igraph")
else:
    ig = igraph.Graph.Read_GraphML(sys.argv[1])
    print(ig.vcount(), ig.ecount(), ig.is_directed(), sorted(ig.es["weight"])[-1])
)");
  auto result = RunCommand("/usr/bin/python3 '" + script + "' '" + path + "' 2>&1");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  std::string expected = "8 9 int 42 True False\n" + Hex(testing_tools::kControlTitleRead) +
                         "\n[0.30000000000000004, 88.7]\n";
  if (result.output.find("no igraph") == std::string::npos) {
    expected += "8 9 True 2.0\n";
  } else {
    expected += "no igraph\n";
  }
  EXPECT_EQ(result.output, expected);
  std::remove(path.c_str());
  std::remove(script.c_str());
}

}  // namespace
}  // namespace papergraph
