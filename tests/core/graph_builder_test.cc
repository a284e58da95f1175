#include "core/graph_builder.h"

#include <gtest/gtest.h>

namespace papergraph {
namespace {

ExtractedPaper Paper(const std::string& arxiv, const std::string& date, std::vector<std::string> authors,
                     const std::string& title = "A Title") {
  ExtractedPaper p;
  p.record.arxiv = arxiv;
  p.record.date = date;
  p.record.title = title;
  p.record.authors = std::move(authors);
  p.record.file = date + ".md";
  p.record.line = 3;
  return p;
}

const NodeProps& NodeById(const KnowledgeGraph& g, const std::string& id) {
  auto v = g.Find(id);
  EXPECT_TRUE(v.has_value()) << id;
  return g.node(*v);
}

double CoauthorWeight(const KnowledgeGraph& g, const std::string& a, const std::string& b) {
  Vertex va = *g.Find(a), vb = *g.Find(b);
  for (Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const EdgeProps& p = g.graph()[e];
    Vertex s = boost::source(e, g.graph()), t = boost::target(e, g.graph());
    if (p.kind == EdgeKind::kCoauthor && ((s == va && t == vb) || (s == vb && t == va))) return p.weight;
  }
  return 0;
}

TEST(BuildGraph, CountsSharedPapersAsCoauthorWeight) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00001", "2024-01-02", {"Ann Lee", "Bo Chen", "Cy Kim"}),
                                        Paper("2401.00002", "2024-01-02", {"Bo Chen", "Ann Lee"})};
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  auto nodes = g.NodeCounts();
  EXPECT_EQ(nodes[static_cast<int>(NodeKind::kPaper)], 2u);
  EXPECT_EQ(nodes[static_cast<int>(NodeKind::kAuthor)], 3u);
  EXPECT_EQ(CoauthorWeight(g, "author:Ann_Lee", "author:Bo_Chen"), 2);
  EXPECT_EQ(CoauthorWeight(g, "author:Ann_Lee", "author:Cy_Kim"), 1);
  EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kCoauthor)], 3u);
  EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kAuthored)], 5u);
  EXPECT_EQ(NodeById(g, "author:Ann_Lee").paper_count, 2);
}

TEST(BuildGraph, MergesAPaperListedOnTwoDays) {
  std::vector<ExtractedPaper> papers = {
      Paper("2410.09342", "2024-10-19", {"A B"}, "LLMtimesMapReduce: Simplified"),
      Paper("2410.09342", "2024-10-18", {"A B"}, "LLM$\\times$MapReduce: Simplified")};
  papers[0].record.votes = 40;
  papers[1].record.votes = 12;
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_EQ(g.num_nodes(), 2u);
  const NodeProps& p = NodeById(g, "paper:2410.09342");
  EXPECT_EQ(p.label, "LLM$\\times$MapReduce: Simplified");  // the earliest listing's title
  EXPECT_EQ(p.aliases, std::vector<std::string>{"LLMtimesMapReduce: Simplified"});
  EXPECT_EQ(p.paper().dates, (std::vector<std::string>{"2024-10-18", "2024-10-19"}));
  EXPECT_EQ(p.paper().votes, 40);
  ASSERT_EQ(d.size(), 2u);  // the other title and the other vote count are reported
  EXPECT_NE(d[0].message.find("another title"), std::string::npos);
  EXPECT_NE(d[1].message.find("listed again with 40 votes against 12; kept the larger"), std::string::npos)
      << d[1].message;
}

TEST(BuildGraph, ALaterFullAuthorListReplacesACutOne) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00001", "2024-01-02", {"Ann Lee", "Bo Chen"}),
                                        Paper("2401.00001", "2024-01-03",
                                              {"Ann Lee", "Bo Chen", "Cy Kim"})};
  papers[0].record.authors_truncated = true;
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_TRUE(g.Find("author:Cy_Kim").has_value());
  EXPECT_FALSE(NodeById(g, "paper:2401.00001").paper().authors_truncated);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("(the first was cut)"), std::string::npos) << d[0].message;

  // The other way round the first list stays, and the note names who is not kept.
  papers[0].record.authors_truncated = false;
  d.clear();
  g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_FALSE(g.Find("author:Cy_Kim").has_value());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("not kept: Cy Kim"), std::string::npos) << d[0].message;
}

TEST(BuildGraph, AScoreListedTwiceIsOneReport) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00001", "2024-01-02", {"Ann Lee"}),
                                        Paper("2401.00001", "2024-01-03", {"Ann Lee"})};
  for (ExtractedPaper& p : papers) {
    ScoreResult s;
    s.model = "GPT-4o";
    s.benchmark = "MMLU";
    s.value = 88.7;
    s.value_text = "88.7";
    s.unit = "%";
    p.results = {s};
  }
  papers[1].results.push_back(papers[1].results[0]);
  papers[1].results.back().value_text = "90.1";
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kScore)], 2u);  // 88.7 once, 90.1
}

// A paper whose digest gave no date (the reader warns) has no listing date,
// not an empty one that RDF's xsd:date would refuse.
TEST(BuildGraph, AnUndatedPaperHasNoListingDate) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00001", "", {"Ann Lee"}),
                                        Paper("2401.00001", "", {"Ann Lee"}),
                                        Paper("2401.00002", "2024-01-03", {"Bo Chen"})};
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_TRUE(NodeById(g, "paper:2401.00001").paper().dates.empty());
  EXPECT_EQ(NodeById(g, "paper:2401.00002").paper().dates, std::vector<std::string>{"2024-01-03"});
}

TEST(BuildGraph, SameNameTwiceGivesOneAuthoredEdgeAndANote) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00003", "2024-01-02", {"Ann Lee", "Bo Chen", "Ann  Lee"})};
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kAuthored)], 2u);
  EXPECT_EQ(d.size(), 1u);
}

TEST(BuildGraph, NfcEqualNamesAreOnePerson) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00004", "2024-01-02", {"Jos\xC3\xA9 Ruiz"}),
                                        Paper("2401.00005", "2024-01-02", {"Jose\xCC\x81 Ruiz"})};
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(papers, BuildOptions(), &d);
  EXPECT_EQ(g.NodeCounts()[static_cast<int>(NodeKind::kAuthor)], 1u);
}

TEST(BuildGraph, MaxAuthorsCutsCoauthorPairsButKeepsAuthorship) {
  std::vector<std::string> many;
  for (int i = 0; i < 30; ++i) many.push_back("Author " + std::to_string(i));
  Diagnostics d;
  BuildOptions options;
  options.max_coauthor_list = 25;
  KnowledgeGraph g = BuildGraph({Paper("2401.00006", "2024-01-02", many)}, options, &d);
  EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kCoauthor)], 0u);
  EXPECT_EQ(g.EdgeCounts()[static_cast<int>(EdgeKind::kAuthored)], 30u);
  EXPECT_EQ(d.size(), 1u);
  options.max_coauthor_list = 0;
  KnowledgeGraph all = BuildGraph({Paper("2401.00006", "2024-01-02", many)}, options, &d);
  EXPECT_EQ(all.EdgeCounts()[static_cast<int>(EdgeKind::kCoauthor)], 30u * 29 / 2);
}

TEST(BuildGraph, EntitiesScoresAndProposals) {
  ExtractedPaper p = Paper("2406.11931", "2024-06-19", {"Q Zhu"}, "DeepSeek-Coder-V2: Breaking");
  p.mentions = {{EntityKind::kModel, "DeepSeek-Coder-V2", "DeepSeek-Coder-V2"},
                {EntityKind::kBenchmark, "HumanEval", "HumanEval"}};
  p.proposes = {"DeepSeek-Coder-V2"};
  p.results = {{"DeepSeek-Coder-V2", "HumanEval", 90.2, "90.2", "%", "HumanEval(90.2%)"}};
  Diagnostics d;
  KnowledgeGraph g = BuildGraph({p}, BuildOptions(), &d);
  auto e = g.EdgeCounts();
  EXPECT_EQ(e[static_cast<int>(EdgeKind::kMentions)], 2u);
  EXPECT_EQ(e[static_cast<int>(EdgeKind::kProposes)], 1u);
  EXPECT_EQ(e[static_cast<int>(EdgeKind::kScore)], 1u);
  for (Edge edge : boost::make_iterator_range(boost::edges(g.graph()))) {
    const EdgeProps& props = g.graph()[edge];
    if (props.kind != EdgeKind::kScore) continue;
    EXPECT_EQ(g.node(boost::source(edge, g.graph())).id, "model:DeepSeek-Coder-V2");
    EXPECT_EQ(g.node(boost::target(edge, g.graph())).id, "benchmark:HumanEval");
    EXPECT_EQ(props.report().paper, "paper:2406.11931");
    EXPECT_DOUBLE_EQ(props.report().value, 90.2);
  }
}

TEST(BuildGraph, InputOrderDoesNotChangeTheGraph) {
  std::vector<ExtractedPaper> a = {Paper("2401.00002", "2024-01-03", {"Bo Chen", "Ann Lee"}),
                                   Paper("2401.00001", "2024-01-02", {"Cy Kim", "Ann Lee"})};
  std::vector<ExtractedPaper> b = {a[1], a[0]};
  Diagnostics d;
  KnowledgeGraph ga = BuildGraph(a, BuildOptions(), &d), gb = BuildGraph(b, BuildOptions(), &d);
  ASSERT_EQ(ga.num_nodes(), gb.num_nodes());
  for (size_t v = 0; v < ga.num_nodes(); ++v) EXPECT_EQ(ga.node(v).id, gb.node(v).id);
}

}  // namespace
}  // namespace papergraph
