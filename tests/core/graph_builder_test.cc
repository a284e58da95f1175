#include "core/graph_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

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

// A corpus of many papers sharing authors (some written in two Unicode
// forms or with extra spaces, one twice in a list, one empty), entities of
// every kind (a model and a method of one name) and scores.
std::vector<ExtractedPaper> ManyPapers() {
  std::vector<ExtractedPaper> papers;
  const std::vector<std::string> names = {"Ann Lee", "Bo  Chen", "Jos\xC3\xA9 Ruiz", "Jose\xCC\x81 Ruiz",
                                          "Cy Kim", "Y. Wu", "GPT-4o", "Dee O'Neil", " ", "Ann Lee"};
  for (int i = 0; i < 3000; ++i) {
    std::vector<std::string> authors;
    for (int k = 0; k < 1 + i % 7; ++k) authors.push_back(names[(i * 7 + k * 3) % names.size()] + " " + std::to_string((i + k) % 50));
    if (i % 11 == 0) authors.push_back(names[0]);
    if (i % 13 == 0) authors.push_back(names[8]);
    ExtractedPaper p = Paper("2401." + std::to_string(10000 + i % 2600), "2024-01-0" + std::to_string(1 + i % 9), authors);
    p.mentions = {{EntityKind::kModel, "GPT-4o", i % 2 ? "GPT-4o" : "gpt4o"},
                  {EntityKind::kMethod, "Lee " + std::to_string(i % 40), "Lee"},
                  {i % 3 ? EntityKind::kBenchmark : EntityKind::kModel, "MMLU " + std::to_string(i % 30), "MMLU"}};
    if (i % 5 == 0) p.proposes = {"Lee " + std::to_string(i % 40)};
    p.results = {{"Lee " + std::to_string(i % 40), "MMLU " + std::to_string(i % 30), 1.0 * i, std::to_string(i), "%", "s"}};
    papers.push_back(std::move(p));
  }
  return papers;
}

TEST(BuildGraph, OneOrTwoThreadsGiveTheSameGraph) {
  for (int max_authors : {25, 3, 0}) {
    BuildOptions one, two;
    one.max_coauthor_list = two.max_coauthor_list = max_authors;
    one.threads = 1;
    two.threads = 2;
    Diagnostics d1, d2;
    KnowledgeGraph g1 = BuildGraph(ManyPapers(), one, &d1), g2 = BuildGraph(ManyPapers(), two, &d2);
    ASSERT_EQ(g1.num_nodes(), g2.num_nodes());
    for (Vertex v = 0; v < g1.num_nodes(); ++v) {
      const NodeProps &a = g1.node(v), &b = g2.node(v);
      EXPECT_EQ(a.id, b.id);
      EXPECT_EQ(a.label, b.label);
      EXPECT_EQ(a.aliases, b.aliases);
      EXPECT_EQ(a.paper_count, b.paper_count);
      EXPECT_EQ(g1.Find(a.id), std::optional<Vertex>(v));  // every id found, none shared
      auto [e1, end1] = boost::out_edges(v, g1.graph());
      auto [e2, end2] = boost::out_edges(v, g2.graph());
      ASSERT_EQ(end1 - e1, end2 - e2) << a.id;
      for (; e1 != end1; ++e1, ++e2) {
        const EdgeProps &p1 = g1.graph()[*e1], &p2 = g2.graph()[*e2];
        EXPECT_EQ(boost::target(*e1, g1.graph()), boost::target(*e2, g2.graph()));
        EXPECT_EQ(p1.kind, p2.kind);
        EXPECT_EQ(p1.weight, p2.weight);
        EXPECT_EQ(p1.position, p2.position);
        EXPECT_EQ(p1.report().value_text, p2.report().value_text);
      }
    }
    EXPECT_EQ(g1.EdgeCounts(), g2.EdgeCounts());
    ASSERT_EQ(d1.size(), d2.size());
    for (size_t i = 0; i < d1.size(); ++i) EXPECT_EQ(d1[i].message, d2[i].message);
  }
}

TEST(BuildGraph, CoauthorWeightsCountEveryPaperListingBoth) {
  Diagnostics d;
  KnowledgeGraph g = BuildGraph(ManyPapers(), BuildOptions(), &d);
  // Counted again the plain way, from the authored edges.
  std::map<Vertex, std::vector<Vertex>> authors_of;  // paper -> authors
  for (Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    if (g.graph()[e].kind == EdgeKind::kAuthored) {
      authors_of[boost::target(e, g.graph())].push_back(boost::source(e, g.graph()));
    }
  }
  std::map<std::pair<Vertex, Vertex>, double> expected;
  for (const auto& [paper, authors] : authors_of) {
    if (authors.size() > 25) continue;
    for (size_t i = 0; i < authors.size(); ++i) {
      for (size_t j = i + 1; j < authors.size(); ++j) expected[std::minmax(authors[i], authors[j])] += 1;
    }
  }
  std::map<std::pair<Vertex, Vertex>, double> found;
  Vertex last_source = 0, last_target = 0;
  for (Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    if (g.graph()[e].kind != EdgeKind::kCoauthor) continue;
    Vertex s = boost::source(e, g.graph()), t = boost::target(e, g.graph());
    EXPECT_LT(s, t);
    EXPECT_TRUE(s > last_source || t > last_target) << "coauthor edges in pair order";
    last_source = s;
    last_target = t;
    found[{s, t}] = g.graph()[e].weight;
  }
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(found, expected);
}

}  // namespace
}  // namespace papergraph
