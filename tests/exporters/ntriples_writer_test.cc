#include "exporters/ntriples_writer.h"

#include <re2/re2.h>

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/utf8.h"
#include "exporters/jsonld_writer.h"
#include "tests/exporters/consumer_tools.h"
#include "tests/exporters/hostile_graph.h"

namespace papergraph {
namespace {

using testing_tools::HostileGraph;
using testing_tools::RunCommand;
using testing_tools::ScratchPath;
using testing_tools::WriteText;

std::string NtriplesOf(const KnowledgeGraph& graph) {
  std::ostringstream out;
  Status status = WriteNtriples(graph, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool HasLine(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

// One line of the N-Triples grammar (RDF 1.1 N-Triples, section 7), as
// papergraph writes it: IRIs ASCII only, no blank nodes or language tags,
// single spaces, and no raw control character inside a string.
bool IsNtriplesLine(const std::string& line) {
  static const RE2 kLine(
      R"re(<[!#-;=?-\[\]_a-z~]+> <[!#-;=?-\[\]_a-z~]+> )re"
      R"re((?:<[!#-;=?-\[\]_a-z~]+>|)re"
      R"re("(?:[^"\\\x00-\x1F\x7F]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*")re"
      R"re((?:\^\^<[!#-;=?-\[\]_a-z~]+>)?) \.)re");
  EXPECT_TRUE(kLine.ok()) << kLine.error();
  return RE2::FullMatch(line, kLine);
}

TEST(EscapeNtriplesString, EscapesQuotesBackslashesAndControls) {
  struct Case { std::string in, out; };
  const Case cases[] = {
      {"", ""},
      {"plain text", "plain text"},
      {"\"", "\\\""},
      {"\\", "\\\\"},
      {"trailing\\", "trailing\\\\"},
      {"a\nb\rc\td", "a\\nb\\rc\\td"},
      {"\b\f", "\\b\\f"},
      {std::string("nul\0x", 5), "nul\\u0000x"},
      {"\x01\x1F\x7F", "\\u0001\\u001F\\u007F"},
      {"<>&'", "<>&'"},
      {"한국어", "한국어"},
      {"bad\xFF", "bad\uFFFD"},
      {"\xED\xA0\x80", "\uFFFD"},  // an encoded lone surrogate
      // Long runs (copied whole) with what must be escaped after them.
      {"abcdefghijklmnop\"q", "abcdefghijklmnop\\\"q"},
      {"abcdefghij\xFF\n", "abcdefghij\uFFFD\\n"},
      {"한국어 abcdefgh\x01", "한국어 abcdefgh\\u0001"},
  };
  for (const Case& c : cases) EXPECT_EQ(EscapeNtriplesString(c.in), c.out) << c.in;
}

TEST(NtriplesWriter, EveryLineIsAnNTriplesTriple) {
  std::string text = NtriplesOf(HostileGraph());
  std::string copy = text;
  EXPECT_EQ(RepairUtf8(&copy), 0) << "output is not valid UTF-8";
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  std::vector<std::string> lines = Lines(text);
  // Papers 15 + 7, authorships 6 + 3, scores 8 + 9, authors 9, model 6,
  // method 3, benchmark 3, metric 2.
  EXPECT_EQ(lines.size(), 71u);
  for (const std::string& line : lines) EXPECT_TRUE(IsNtriplesLine(line)) << line;
  // The checker itself rejects what it must.
  EXPECT_FALSE(IsNtriplesLine(R"(<http://a> <http://b> "x)" "\x01" R"(" .)"));
  EXPECT_FALSE(IsNtriplesLine(R"(<http://a b> <http://b> "x" .)"));
  EXPECT_FALSE(IsNtriplesLine(R"(<http://a> <http://b> "x\q" .)"));
  EXPECT_FALSE(IsNtriplesLine(R"(_:b0 <http://b> "x" .)"));
}

TEST(NtriplesWriter, WritesTheExpectedTriples) {
  std::string text = NtriplesOf(HostileGraph());
  const std::string paper = "<https://arxiv.org/abs/2406.11931>";
  const std::string xsd = "^^<http://www.w3.org/2001/XMLSchema#";
  const std::string pg = "<https://w3id.org/papergraph/vocab#";
  const std::string id = "<https://w3id.org/papergraph/id/";
  EXPECT_TRUE(HasLine(text, paper + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                                    "<http://schema.org/ScholarlyArticle> ."));
  EXPECT_TRUE(HasLine(text, paper + " <http://schema.org/name> "
                                    R"("Attention <is> \"all\" & 'you' need\\" .)"));
  EXPECT_TRUE(HasLine(text, paper + " " + pg + "votes> \"42\"" + xsd + "integer> ."));
  EXPECT_TRUE(HasLine(text, paper + " " + pg + "listedOn> \"2024-06-17\"" + xsd + "date> ."));
  EXPECT_TRUE(HasLine(text, paper + " " + pg + "authorsTruncated> \"true\"" + xsd + "boolean> ."));
  EXPECT_TRUE(HasLine(text, paper + " <http://schema.org/author> " + id + "author/Y.%20Wu> ."));
  EXPECT_TRUE(HasLine(text, id + "authorship/2406.11931-2> " + pg + "person> " + id +
                                "author/node> ."));
  EXPECT_TRUE(HasLine(text, id + "authorship/2406.11931-2> " + pg + "authorPosition> \"2\"" +
                                xsd + "integer> ."));
  EXPECT_TRUE(HasLine(text, "<https://arxiv.org/abs/2401.00001> <http://schema.org/name> "
                            R"("\u0001bell\b \fform\r\nline )" "\uFFFD\uFFFD" R"( end\\" .)"));
  const std::string score = id + "score/2401.00001-1>";
  EXPECT_TRUE(HasLine(text, score + " <http://www.w3.org/ns/mls#hasValue> \"0.3\"" + xsd +
                                "decimal> ."));
  EXPECT_TRUE(HasLine(text, score + " <http://www.w3.org/ns/mls#specifiedBy> " + id +
                                "metric/pass%401> ."));
  EXPECT_TRUE(HasLine(text, score + " <http://www.w3.org/ns/prov#wasDerivedFrom> "
                                    "<https://arxiv.org/abs/2401.00001> ."));
  EXPECT_TRUE(HasLine(text, score + R"( <http://schema.org/description> "line one\nline two" .)"));
  EXPECT_EQ(text.find("coauthor"), std::string::npos);
  EXPECT_EQ(text.find("_:"), std::string::npos);  // no blank nodes
}

// rdflib reads the N-Triples and the JSON-LD of the same graph and finds the
// same triples in both.
TEST(NtriplesWriter, RdflibReadsTheSameGraphAsFromJsonld) {
  KnowledgeGraph graph = HostileGraph();
  std::string nt = NtriplesOf(graph);
  std::ostringstream jsonld;
  ASSERT_TRUE(WriteJsonld(graph, jsonld).ok());
  std::string nt_path = ScratchPath(".nt"), jsonld_path = ScratchPath(".jsonld");
  WriteText(nt_path, nt);
  WriteText(jsonld_path, jsonld.str());
  testing_tools::CommandResult r = RunCommand(
      "/usr/bin/python3 -c 'import sys, rdflib\n"
      "a = rdflib.Graph().parse(sys.argv[1], format=\"nt\")\n"
      "b = rdflib.Graph().parse(sys.argv[2], format=\"json-ld\")\n"
      "print(len(a), len(b), set(a) == set(b))' " +
      nt_path + " " + jsonld_path + " 2>&1");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output, std::to_string(Lines(nt).size()) + " " + std::to_string(Lines(nt).size()) +
                          " True\n");
}

TEST(NtriplesWriter, IsDeterministic) {
  EXPECT_EQ(NtriplesOf(HostileGraph()), NtriplesOf(HostileGraph()));
}

TEST(NtriplesWriter, RejectsAnAuthorshipWithoutPosition) {
  KnowledgeGraph g = HostileGraph();
  EdgeProps authored;
  authored.kind = EdgeKind::kAuthored;  // position 0
  g.AddEdge(*g.Find("author:node"), *g.Find("paper:2401.00001"), authored);
  std::ostringstream out;
  EXPECT_EQ(WriteNtriples(g, out).code(), Status::Code::kInvalidArgument);
}

TEST(NtriplesWriter, RejectsAMalformedListingDate) {
  KnowledgeGraph g = HostileGraph();
  g.node(*g.Find("paper:2401.00001")).mutable_paper().dates = {"2024-1-2"};
  std::ostringstream out;
  Status status = WriteNtriples(g, out);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(status.message().find("2024-1-2"), std::string::npos) << status.message();
}

TEST(NtriplesWriter, ReportsAFailedStream) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(WriteNtriples(HostileGraph(), out).code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace papergraph
