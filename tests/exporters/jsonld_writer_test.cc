#include "exporters/jsonld_writer.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/exporters/hostile_graph.h"

namespace papergraph {
namespace {

using testing_tools::HostileGraph;
using testing_tools::kMarkupTitle;

constexpr char kPaper1[] = "https://arxiv.org/abs/2406.11931";
constexpr char kPaper2[] = "https://arxiv.org/abs/2401.00001";
constexpr char kId[] = "https://w3id.org/papergraph/id/";

std::string JsonldOf(const KnowledgeGraph& graph) {
  std::ostringstream out;
  Status status = WriteJsonld(graph, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

// Parses strictly (the text must be valid UTF-8) and fails the test if not.
rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << rapidjson::GetParseError_En(doc.GetParseError())
                                    << " at " << doc.GetErrorOffset();
  return doc;
}

// The @graph node with this @id, or nullptr.
const rapidjson::Value* NodeById(const rapidjson::Document& doc, const std::string& id) {
  for (const rapidjson::Value& node : doc["@graph"].GetArray()) {
    if (node["@id"].GetString() == id) return &node;
  }
  return nullptr;
}

std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const rapidjson::Value& v : array.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

TEST(JsonldWriter, HasAnInlineContextWithEveryPrefix) {
  rapidjson::Document doc = Parse(JsonldOf(HostileGraph()));
  ASSERT_TRUE(doc.IsObject());
  ASSERT_TRUE(doc["@context"].IsObject());  // never a remote context URL
  const rapidjson::Value& context = doc["@context"];
  EXPECT_EQ(Str(context["schema"]), "http://schema.org/");
  EXPECT_EQ(Str(context["fair4ml"]), "https://w3id.org/fair4ml#");
  EXPECT_EQ(Str(context["mls"]), "http://www.w3.org/ns/mls#");
  EXPECT_EQ(Str(context["prov"]), "http://www.w3.org/ns/prov#");
  EXPECT_EQ(Str(context["xsd"]), "http://www.w3.org/2001/XMLSchema#");
  EXPECT_EQ(Str(context["pg"]), "https://w3id.org/papergraph/vocab#");
  EXPECT_EQ(Str(context["author"]["@type"]), "@id");
  EXPECT_EQ(Str(context["hasValue"]["@type"]), "xsd:decimal");
  EXPECT_EQ(Str(context["listedOn"]["@type"]), "xsd:date");
  // 8 nodes + 3 authorships + 2 scores + 1 metric (pass@1; "%" is no metric).
  ASSERT_TRUE(doc["@graph"].IsArray());
  EXPECT_EQ(doc["@graph"].Size(), 14u);
}

TEST(JsonldWriter, WritesPapersWithTheirListingData) {
  std::string text = JsonldOf(HostileGraph());
  rapidjson::Document doc = Parse(text);
  const rapidjson::Value* paper = NodeById(doc, kPaper1);
  ASSERT_NE(paper, nullptr);
  EXPECT_EQ(Strings((*paper)["@type"]), std::vector<std::string>{"schema:ScholarlyArticle"});
  EXPECT_EQ(Str((*paper)["name"]), kMarkupTitle);
  EXPECT_EQ(Strings((*paper)["alternateName"]),
            (std::vector<std::string>{"Other <title>", "다른 제목"}));
  EXPECT_EQ(Str((*paper)["identifier"]), "2406.11931");
  EXPECT_EQ(Strings((*paper)["listedOn"]), (std::vector<std::string>{"2024-06-17", "2024-06-18"}));
  ASSERT_TRUE((*paper)["votes"].IsInt());
  EXPECT_EQ((*paper)["votes"].GetInt(), 42);
  EXPECT_TRUE((*paper)["authorsTruncated"].IsTrue());
  EXPECT_EQ(Strings((*paper)["proposes"]),
            std::vector<std::string>{std::string(kId) + "method/edge"});
  EXPECT_EQ(Strings((*paper)["mentions"]),
            std::vector<std::string>{std::string(kId) + "model/GPT-4o"});

  const rapidjson::Value* other = NodeById(doc, kPaper2);
  ASSERT_NE(other, nullptr);
  EXPECT_FALSE(other->HasMember("votes"));
  EXPECT_FALSE(other->HasMember("authorsTruncated"));
  // Control bytes are JSON escapes; invalid UTF-8 became U+FFFD.
  EXPECT_EQ(Str((*other)["name"]),
            "\x01" "bell\x08 \x0c" "form\r\nline \uFFFD\uFFFD end\\");
  EXPECT_NE(text.find(R"("\u0001bell\b \fform\r\nline )"), std::string::npos);
}

TEST(JsonldWriter, KeepsAuthorOrderOnAuthorshipNodes) {
  rapidjson::Document doc = Parse(JsonldOf(HostileGraph()));
  const std::string wu = std::string(kId) + "author/Y.%20Wu";
  const std::string keyword = std::string(kId) + "author/node";
  const rapidjson::Value* paper = NodeById(doc, kPaper1);
  ASSERT_NE(paper, nullptr);
  EXPECT_EQ(Strings((*paper)["author"]), (std::vector<std::string>{wu, keyword}));
  std::vector<std::string> authorships = Strings((*paper)["authorship"]);
  ASSERT_EQ(authorships.size(), 2u);
  for (int i = 0; i < 2; ++i) {
    const rapidjson::Value* a = NodeById(doc, authorships[i]);
    ASSERT_NE(a, nullptr) << authorships[i];
    EXPECT_EQ(Strings((*a)["@type"]), std::vector<std::string>{"pg:Authorship"});
    EXPECT_EQ(Str((*a)["person"]), i == 0 ? wu : keyword);
    EXPECT_EQ((*a)["authorPosition"].GetInt(), i + 1);
  }
  const rapidjson::Value* person = NodeById(doc, wu);
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(Strings((*person)["@type"]), std::vector<std::string>{"schema:Person"});
  EXPECT_EQ(Str((*person)["name"]), "Y. Wu");
  EXPECT_EQ((*person)["paperCount"].GetInt(), 2);
  EXPECT_NE(NodeById(doc, std::string(kId) + "author/%EA%B9%80%EC%B2%A0%EC%88%98"), nullptr);
}

TEST(JsonldWriter, TypesEntitiesAndKeepsAliases) {
  rapidjson::Document doc = Parse(JsonldOf(HostileGraph()));
  const rapidjson::Value* model = NodeById(doc, std::string(kId) + "model/GPT-4o");
  ASSERT_NE(model, nullptr);
  EXPECT_EQ(Strings((*model)["@type"]),
            (std::vector<std::string>{"fair4ml:MLModel", "schema:SoftwareApplication"}));
  EXPECT_EQ(Strings((*model)["alternateName"]), (std::vector<std::string>{"gpt4o", "GPT 4o"}));
  const rapidjson::Value* method = NodeById(doc, std::string(kId) + "method/edge");
  ASSERT_NE(method, nullptr);
  EXPECT_EQ(Strings((*method)["@type"]), std::vector<std::string>{"pg:Method"});
  const rapidjson::Value* bench = NodeById(doc, std::string(kId) + "benchmark/MMLU");
  ASSERT_NE(bench, nullptr);
  EXPECT_EQ(Strings((*bench)["@type"]), std::vector<std::string>{"schema:Dataset"});
  EXPECT_EQ(Str((*bench)["name"]), "MMLU");
}

TEST(JsonldWriter, WritesEachScoreAsAnEvaluationNode) {
  std::string text = JsonldOf(HostileGraph());
  rapidjson::Document doc = Parse(text);
  const rapidjson::Value* s1 = NodeById(doc, std::string(kId) + "score/2406.11931-1");
  ASSERT_NE(s1, nullptr);
  EXPECT_EQ(Strings((*s1)["@type"]),
            (std::vector<std::string>{"fair4ml:MLModelEvaluation", "mls:ModelEvaluation"}));
  EXPECT_EQ(Str((*s1)["evaluatedMLModel"]), std::string(kId) + "model/GPT-4o");
  EXPECT_EQ(Str((*s1)["evaluationDataset"]), std::string(kId) + "benchmark/MMLU");
  EXPECT_EQ(Str((*s1)["hasValue"]), "88.7");  // a string typed xsd:decimal by the context
  EXPECT_EQ(Str((*s1)["unitText"]), "%");
  EXPECT_FALSE(s1->HasMember("specifiedBy"));
  EXPECT_EQ(Str((*s1)["wasDerivedFrom"]), kPaper1);
  EXPECT_EQ(Str((*s1)["description"]), "GPT-4o reaches 88.7% on MMLU \"5-shot\" <b>&</b>\\");

  const rapidjson::Value* s2 = NodeById(doc, std::string(kId) + "score/2401.00001-1");
  ASSERT_NE(s2, nullptr);
  EXPECT_EQ(Str((*s2)["hasValue"]), "0.3");
  const std::string metric = std::string(kId) + "metric/pass%401";
  EXPECT_EQ(Str((*s2)["specifiedBy"]), metric);
  EXPECT_EQ(Str((*s2)["description"]), "line one\nline two");
  const rapidjson::Value* m = NodeById(doc, metric);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(Strings((*m)["@type"]), std::vector<std::string>{"mls:EvaluationMeasure"});
  EXPECT_EQ(Str((*m)["name"]), "pass@1");
  // Co-authorship is derivable from schema:author and not written.
  EXPECT_EQ(text.find("coauthor"), std::string::npos);
}

TEST(JsonldWriter, IsDeterministic) {
  EXPECT_EQ(JsonldOf(HostileGraph()), JsonldOf(HostileGraph()));
}

TEST(JsonldWriter, RejectsAScoreWithoutItsPaper) {
  KnowledgeGraph g = HostileGraph();
  ScoreReport report;
  report.paper = "paper:9999.99999";
  g.AddScore(*g.Find("model:GPT-4o"), *g.Find("benchmark:MMLU"), report);
  std::ostringstream out;
  Status status = WriteJsonld(g, out);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(status.message().find("paper:9999.99999"), std::string::npos) << status.message();
}

TEST(JsonldWriter, ReportsAFailedStream) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(WriteJsonld(HostileGraph(), out).code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace papergraph
