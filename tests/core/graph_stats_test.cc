#include "core/graph_stats.h"

#include <gtest/gtest.h>

#include "core/graph_builder.h"

namespace papergraph {
namespace {

ExtractedPaper Paper(const std::string& arxiv, const std::string& date, std::vector<std::string> authors) {
  ExtractedPaper p;
  p.record.arxiv = arxiv;
  p.record.date = date;
  p.record.title = "T " + arxiv;
  p.record.authors = std::move(authors);
  return p;
}

TEST(ComputeStats, RanksByCountThenByName) {
  std::vector<ExtractedPaper> papers = {Paper("2401.00001", "2024-01-02", {"Bo", "Al"}),
                                        Paper("2401.00002", "2024-01-02", {"Cy", "Al"}),
                                        Paper("2401.00003", "2024-01-03", {"Bo"})};
  papers[0].mentions = {{EntityKind::kModel, "GPT-4o", "GPT-4o"}};
  papers[1].mentions = {{EntityKind::kModel, "GPT-4o", "gpt-4o"}, {EntityKind::kBenchmark, "MMLU", "MMLU"}};
  Diagnostics d;
  GraphStats s = ComputeStats(BuildGraph(papers, BuildOptions(), &d), 2);
  EXPECT_EQ(s.nodes[static_cast<int>(NodeKind::kAuthor)], 3u);
  EXPECT_EQ(s.authors_by_papers, (GraphStats::Ranking{{"Al", 2}, {"Bo", 2}}));
  EXPECT_EQ(s.authors_by_coauthors, (GraphStats::Ranking{{"Al", 2}, {"Bo", 1}}));
  EXPECT_EQ(s.models_by_papers, (GraphStats::Ranking{{"GPT-4o", 2}}));
  EXPECT_EQ(s.benchmarks_by_papers, (GraphStats::Ranking{{"MMLU", 1}}));
  EXPECT_EQ(s.days_by_papers, (GraphStats::Ranking{{"2024-01-02", 2}, {"2024-01-03", 1}}));
}

}  // namespace
}  // namespace papergraph
