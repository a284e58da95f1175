#include "core/graph_views.h"

#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

namespace papergraph {
namespace {

// Papers (listing dates):  P1 (2024-01-10)  authors x, y, z; mentions GPT-4o
//                          P2 (2024-02-20)  authors x, y;    mentions GPT-4o, proposes Foo
//                          P3 (2024-03-05)  authors w;       mentions ImageNet
// Scores: GPT-4o on HumanEval 80 (P1), 85 (P2), 83 (P3); GPT-4o on COCO FID
// 12.5 (P1), 9.1 (P2); Foo on HumanEval 70 (P2).
class ViewsTest : public testing::Test {
 protected:
  void SetUp() override {
    Vertex p1 = Paper("2401.00001", "2024-01-10");
    Vertex p2 = Paper("2402.00002", "2024-02-20");
    Vertex p3 = Paper("2403.00003", "2024-03-05");
    Vertex x = Node("author:x", NodeKind::kAuthor, "Xu Li");
    Vertex y = Node("author:y", NodeKind::kAuthor, "Yan Wu");
    Vertex z = Node("author:z", NodeKind::kAuthor, "Zoe Kim");
    Vertex w = Node("author:w", NodeKind::kAuthor, "Wen Ho");
    Vertex gpt = Node("model:GPT-4o", NodeKind::kModel, "GPT-4o");
    Vertex foo = Node("method:Foo", NodeKind::kMethod, "Foo");
    Vertex imagenet = Node("benchmark:ImageNet", NodeKind::kBenchmark, "ImageNet");
    Vertex humaneval = Node("benchmark:HumanEval", NodeKind::kBenchmark, "HumanEval");
    Vertex coco = Node("benchmark:COCO", NodeKind::kBenchmark, "COCO");
    Authored({x, y, z}, p1);
    Authored({y, x}, p2);
    Authored({w}, p3);
    Edge(p1, gpt, EdgeKind::kMentions);
    Edge(p2, gpt, EdgeKind::kMentions);
    Edge(p2, foo, EdgeKind::kMentions);
    Edge(p2, foo, EdgeKind::kProposes);
    Edge(p3, imagenet, EdgeKind::kMentions);
    Score(gpt, humaneval, 80, "%", "paper:2401.00001");
    Score(gpt, humaneval, 85, "%", "paper:2402.00002");
    Score(gpt, humaneval, 83, "%", "paper:2403.00003");
    Score(gpt, coco, 12.5, "FID", "paper:2401.00001");
    Score(gpt, coco, 9.1, "FID", "paper:2402.00002");
    Score(foo, humaneval, 70, "%", "paper:2402.00002");
  }

  Vertex Node(const std::string& id, NodeKind kind, const std::string& label) {
    NodeProps props;
    props.id = id;
    props.kind = kind;
    props.label = label;
    props.paper_count = 99;  // views recount it
    return graph_.AddNode(std::move(props));
  }
  Vertex Paper(const std::string& arxiv, const std::string& date) {
    Vertex v = Node("paper:" + arxiv, NodeKind::kPaper, "Title " + arxiv);
    graph_.node(v).mutable_paper().arxiv = arxiv;
    graph_.node(v).mutable_paper().dates = {date};
    return v;
  }
  void Edge(Vertex from, Vertex to, EdgeKind kind) {
    EdgeProps e;
    e.kind = kind;
    graph_.AddEdge(from, to, e);
  }
  void Authored(std::initializer_list<Vertex> authors, Vertex paper) {
    int position = 0;
    for (Vertex a : authors) {
      EdgeProps e;
      e.kind = EdgeKind::kAuthored;
      e.position = ++position;
      graph_.AddEdge(a, paper, e);
    }
  }
  void Score(Vertex model, Vertex bench, double value, const std::string& unit,
             const std::string& paper) {
    ScoreReport r;
    r.value = value;
    r.value_text = std::to_string(value);
    r.unit = unit;
    r.paper = paper;
    graph_.AddScore(model, bench, r);
  }

  GraphView View(const ViewOptions& options) {
    GraphView view;
    Status s = DeriveView(graph_, options, &view);
    EXPECT_TRUE(s.ok()) << s.message();
    return view;
  }

  KnowledgeGraph graph_;
};

std::set<std::string> Ids(const GraphView& view) {
  std::set<std::string> ids;
  view.ForEachNode([&](const ViewNode& node) { return ids.insert(node.props->id).second; });
  return ids;
}

// (from id, to id) -> edge, for the edges of one kind; fails on a parallel edge.
std::map<std::pair<std::string, std::string>, ViewEdge> EdgesOf(const GraphView& view,
                                                                EdgeKind kind) {
  const KnowledgeGraph& g = view.graph();
  std::map<std::pair<std::string, std::string>, ViewEdge> edges;
  view.ForEachEdge([&](const ViewEdge& e) {
    if (e.kind != kind) return true;
    bool added = edges.emplace(std::make_pair(g.node(e.from).id, g.node(e.to).id), e).second;
    EXPECT_TRUE(added) << "parallel " << EdgeKindName(kind) << " edge";
    return true;
  });
  return edges;
}

size_t NumEdges(const GraphView& view) {
  auto counts = view.EdgeCounts();
  return std::accumulate(counts.begin(), counts.end(), size_t{0});
}

int PaperCount(const GraphView& view, const std::string& id) {
  int count = -1;
  view.ForEachNode([&](const ViewNode& node) {
    if (node.props->id == id) count = node.paper_count;
    return count < 0;
  });
  return count;
}

TEST_F(ViewsTest, CoauthorViewCountsSharedPapersUndirected) {
  ViewOptions o;
  o.kind = ViewKind::kCoauthor;
  GraphView view = View(o);
  EXPECT_FALSE(view.directed());
  EXPECT_EQ(Ids(view), (std::set<std::string>{"author:x", "author:y", "author:z", "author:w"}));
  auto edges = EdgesOf(view, EdgeKind::kCoauthor);
  ASSERT_EQ(edges.size(), 3u);
  EXPECT_EQ(edges.at({"author:x", "author:y"}).weight, 2);
  EXPECT_EQ(edges.at({"author:x", "author:z"}).weight, 1);
  EXPECT_EQ(edges.at({"author:y", "author:z"}).weight, 1);
  EXPECT_EQ(NumEdges(view), 3u);
  EXPECT_EQ(PaperCount(view, "author:x"), 2);
  EXPECT_EQ(PaperCount(view, "author:w"), 1);
}

TEST_F(ViewsTest, FractionalCountingGivesEachPaperOneUnitPerAuthor) {
  ViewOptions o;
  o.kind = ViewKind::kCoauthor;
  o.counting = Counting::kFractional;
  auto edges = EdgesOf(View(o), EdgeKind::kCoauthor);
  EXPECT_DOUBLE_EQ(edges.at({"author:x", "author:y"}).weight, 0.5 + 1);  // P1: 1/(3-1), P2: 1/(2-1)
  EXPECT_DOUBLE_EQ(edges.at({"author:x", "author:z"}).weight, 0.5);
  EXPECT_DOUBLE_EQ(edges.at({"author:y", "author:z"}).weight, 0.5);
  // Each author's strength is the number of its papers with co-authors.
  std::map<std::string, double> strength;
  for (const auto& [pair, e] : edges) {
    strength[pair.first] += e.weight;
    strength[pair.second] += e.weight;
  }
  EXPECT_DOUBLE_EQ(strength["author:x"], 2);
  EXPECT_DOUBLE_EQ(strength["author:z"], 1);
}

TEST_F(ViewsTest, MaxAuthorsMinWeightAndMinPapersFilter) {
  ViewOptions o;
  o.kind = ViewKind::kCoauthor;
  o.max_authors = 2;  // P1 (3 authors) adds no pairs
  auto edges = EdgesOf(View(o), EdgeKind::kCoauthor);
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges.begin()->second.weight, 1);

  o.max_authors = 0;
  o.min_weight = 2;
  edges = EdgesOf(View(o), EdgeKind::kCoauthor);
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges.begin()->first, std::make_pair(std::string("author:x"), std::string("author:y")));

  o.min_weight = 0;
  o.min_papers = 2;
  GraphView view = View(o);
  EXPECT_EQ(Ids(view), (std::set<std::string>{"author:x", "author:y"}));
  EXPECT_EQ(EdgesOf(view, EdgeKind::kCoauthor).size(), 1u);
}

TEST_F(ViewsTest, ResultsViewKeepsTheBestReportPerPair) {
  ViewOptions o;
  o.kind = ViewKind::kResults;
  GraphView view = View(o);
  EXPECT_TRUE(view.directed());
  EXPECT_EQ(Ids(view), (std::set<std::string>{"model:GPT-4o", "method:Foo", "benchmark:HumanEval",
                                               "benchmark:COCO"}));
  auto scores = EdgesOf(view, EdgeKind::kScore);
  ASSERT_EQ(scores.size(), 3u);
  EXPECT_EQ(NumEdges(view), 3u);
  const ViewEdge& humaneval = scores.at({"model:GPT-4o", "benchmark:HumanEval"});
  EXPECT_EQ(humaneval.report->value, 85);  // highest
  EXPECT_EQ(humaneval.report->paper, "paper:2402.00002");
  EXPECT_EQ(humaneval.weight, 3);  // reports
  const ViewEdge& coco = scores.at({"model:GPT-4o", "benchmark:COCO"});
  EXPECT_EQ(coco.report->value, 9.1);  // FID: lowest is best
  EXPECT_EQ(humaneval.summary->reports, 3);
  EXPECT_EQ(humaneval.summary->papers, (std::vector<std::string>{
                                           "paper:2401.00001", "paper:2402.00002",
                                           "paper:2403.00003"}));
  EXPECT_EQ(coco.summary->reports, 2);
}

TEST_F(ViewsTest, ShowsTheGraphsCoauthorEdgesOnlyWhenCountedTheSameWay) {
  // Coauthor edges as a builder counting with a cut of 25 would have stored
  // them, with a weight no recount gives, to see which ones a view shows.
  EdgeProps e;
  e.kind = EdgeKind::kCoauthor;
  e.weight = 7;
  graph_.AddEdge(*graph_.Find("author:x"), *graph_.Find("author:y"), e);
  graph_.SetCoauthorCut(25);
  ViewOptions o;
  o.kind = ViewKind::kCoauthor;
  auto edges = EdgesOf(View(o), EdgeKind::kCoauthor);
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges.begin()->second.weight, 7);  // the graph's

  o.min_weight = 8;
  EXPECT_EQ(EdgesOf(View(o), EdgeKind::kCoauthor).size(), 0u);
  o.min_weight = 0;
  o.from = "2024-01-01";  // a filter that keeps every paper: still the graph's
  EXPECT_EQ(EdgesOf(View(o), EdgeKind::kCoauthor).at({"author:x", "author:y"}).weight, 7);

  ViewOptions fractional = o, cut = o, dated = o;  // each asks for another count
  fractional.counting = Counting::kFractional;
  cut.max_authors = 3;
  dated.from = "2024-02-01";
  EXPECT_EQ(EdgesOf(View(fractional), EdgeKind::kCoauthor).at({"author:x", "author:y"}).weight, 1.5);
  EXPECT_EQ(EdgesOf(View(cut), EdgeKind::kCoauthor).at({"author:x", "author:y"}).weight, 2);
  EXPECT_EQ(EdgesOf(View(dated), EdgeKind::kCoauthor).at({"author:x", "author:y"}).weight, 1);
}

TEST_F(ViewsTest, LowerIsBetterFromUnitOrBenchmarkName) {
  EXPECT_TRUE(LowerIsBetter("FID", "COCO"));
  EXPECT_TRUE(LowerIsBetter("", "WikiText-103 perplexity"));
  EXPECT_TRUE(LowerIsBetter("%", "LibriSpeech WER"));
  EXPECT_TRUE(LowerIsBetter("error rate", "ImageNet"));
  EXPECT_FALSE(LowerIsBetter("%", "HumanEval"));
  EXPECT_FALSE(LowerIsBetter("pass@1", "PowerBench"));  // "wer" only as a word
  EXPECT_FALSE(LowerIsBetter("", "Answer"));
}

TEST_F(ViewsTest, FullViewCollapsesScoresAndKeepsEverythingElse) {
  GraphView view = View(ViewOptions());
  EXPECT_TRUE(view.directed());
  EXPECT_EQ(view.num_nodes(), graph_.num_nodes());
  EXPECT_EQ(EdgesOf(view, EdgeKind::kAuthored).size(), 6u);
  EXPECT_EQ(EdgesOf(view, EdgeKind::kMentions).size(), 4u);
  EXPECT_EQ(EdgesOf(view, EdgeKind::kProposes).size(), 1u);
  EXPECT_EQ(EdgesOf(view, EdgeKind::kCoauthor).size(), 3u);
  EXPECT_EQ(EdgesOf(view, EdgeKind::kScore).size(), 3u);
  EXPECT_EQ(NumEdges(view), 6u + 4 + 1 + 3 + 3);
  EXPECT_EQ(PaperCount(view, "model:GPT-4o"), 2);  // papers mentioning it
  EXPECT_EQ(PaperCount(view, "benchmark:HumanEval"), 0);
  EXPECT_EQ(PaperCount(view, "paper:2401.00001"), 1);
}

TEST_F(ViewsTest, DateFilterKeepsPapersInRangeAndRecounts) {
  ViewOptions o;
  o.from = "2024-02-01";
  o.to = "2024-02-29";
  GraphView view = View(o);
  EXPECT_EQ(Ids(view), (std::set<std::string>{"paper:2402.00002", "author:x", "author:y",
                                               "model:GPT-4o", "method:Foo", "benchmark:HumanEval",
                                               "benchmark:COCO"}));
  EXPECT_EQ(PaperCount(view, "author:x"), 1);
  auto coauthor = EdgesOf(view, EdgeKind::kCoauthor);
  ASSERT_EQ(coauthor.size(), 1u);
  EXPECT_EQ(coauthor.begin()->second.weight, 1);
  auto scores = EdgesOf(view, EdgeKind::kScore);
  EXPECT_EQ(scores.at({"model:GPT-4o", "benchmark:HumanEval"}).weight, 1);

  o.from = "2024-03-01";
  o.to = "";
  EXPECT_EQ(Ids(View(o)), (std::set<std::string>{"paper:2403.00003", "author:w",
                                                  "benchmark:ImageNet", "model:GPT-4o",
                                                  "benchmark:HumanEval"}));
}

TEST_F(ViewsTest, AroundKeepsTheNeighbourhoodByIdOrLabel) {
  ViewOptions o;
  o.kind = ViewKind::kCoauthor;
  o.around = "Zoe Kim";
  EXPECT_EQ(Ids(View(o)), (std::set<std::string>{"author:z", "author:x", "author:y"}));
  o.around = "author:w";
  GraphView lone = View(o);
  EXPECT_EQ(Ids(lone), (std::set<std::string>{"author:w"}));
  EXPECT_EQ(NumEdges(lone), 0u);

  o.kind = ViewKind::kFull;
  o.around = "zoe kim";  // ASCII case ignored when no label matches exactly
  EXPECT_EQ(Ids(View(o)), (std::set<std::string>{"author:z", "paper:2401.00001", "author:x",
                                                 "author:y"}));
  o.depth = 2;
  std::set<std::string> two = Ids(View(o));
  EXPECT_EQ(two.size(), 6u);  // + P2 (via x, y) and GPT-4o (via P1)
  EXPECT_TRUE(two.count("paper:2402.00002"));
  EXPECT_TRUE(two.count("model:GPT-4o"));

  o.kind = ViewKind::kResults;
  o.around = "HumanEval";
  o.depth = 1;
  EXPECT_EQ(Ids(View(o)), (std::set<std::string>{"benchmark:HumanEval", "model:GPT-4o",
                                                 "method:Foo"}));
}

TEST_F(ViewsTest, RejectsBadDatesAndUnknownOrAmbiguousNames) {
  GraphView view;
  ViewOptions o;
  o.from = "2024-1-01";
  EXPECT_EQ(DeriveView(graph_, o, &view).code(), Status::Code::kInvalidArgument);
  o.from = "2024-03-01";
  o.to = "2024-02-01";
  EXPECT_EQ(DeriveView(graph_, o, &view).code(), Status::Code::kInvalidArgument);
  o = ViewOptions();
  o.around = "Nobody";
  EXPECT_EQ(DeriveView(graph_, o, &view).code(), Status::Code::kInvalidArgument);
  o.kind = ViewKind::kCoauthor;
  o.around = "GPT-4o";  // exists, but not in the coauthor view
  EXPECT_FALSE(DeriveView(graph_, o, &view).ok());
  Node("method:GPT-4o", NodeKind::kMethod, "GPT-4o");
  EdgeProps e;
  e.kind = EdgeKind::kMentions;
  graph_.AddEdge(*graph_.Find("paper:2401.00001"), *graph_.Find("method:GPT-4o"), e);
  o.kind = ViewKind::kFull;
  Status s = DeriveView(graph_, o, &view);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("model:GPT-4o, method:GPT-4o"), std::string::npos) << s.message();
  o.around = "method:GPT-4o";
  EXPECT_TRUE(DeriveView(graph_, o, &view).ok());
}

TEST(ViewNames, ParseKnownNamesOnly) {
  ViewKind kind;
  EXPECT_TRUE(ParseViewKind("results", &kind));
  EXPECT_EQ(kind, ViewKind::kResults);
  EXPECT_FALSE(ParseViewKind("Results", &kind));
  Counting counting;
  EXPECT_TRUE(ParseCounting("fractional", &counting));
  EXPECT_EQ(counting, Counting::kFractional);
  EXPECT_FALSE(ParseCounting("frac", &counting));
}

}  // namespace
}  // namespace papergraph
