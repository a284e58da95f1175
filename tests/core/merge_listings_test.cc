#include "core/merge_listings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace papergraph {
namespace {

ExtractedPaper Listing(const std::string& arxiv, const std::string& date, const std::string& file, int line) {
  ExtractedPaper p;
  p.record.arxiv = arxiv;
  p.record.date = date;
  p.record.file = file;
  p.record.line = line;
  p.record.title = "T";
  return p;
}

TEST(MergeListings, OrdersByIdWhateverItsLengthThenByDate) {
  // Ids that share their first 16 bytes, ids that are prefixes of others,
  // old-style ids, bytes above 0x7F.
  const std::vector<std::string> ids = {"2401.00001", "2401.0000", "2401.000010", "cs/0101001", "math-ph/0101001",
                                        "a-very-long-id-0000001", "a-very-long-id-0000000", "a-very-long-id-000",
                                        "\xC3\xA9", "", "2401.00001x"};
  std::vector<ExtractedPaper> papers;
  for (size_t i = 0; i < ids.size(); ++i) {
    papers.push_back(Listing(ids[i], "2024-01-0" + std::to_string(1 + i % 3), "b.md", 3));
    papers.push_back(Listing(ids[i], "2024-01-0" + std::to_string(1 + (i + 1) % 3), "a.md", 9));
  }
  std::shuffle(papers.begin(), papers.end(), std::mt19937(3));
  Diagnostics d;
  std::vector<ExtractedPaper> merged = MergeListings(papers, &d);
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  ASSERT_EQ(merged.size(), sorted.size());
  for (size_t i = 0; i < merged.size(); ++i) {
    EXPECT_EQ(merged[i].record.arxiv, sorted[i]);
    ASSERT_EQ(merged[i].listing_dates.size(), 2u);
    EXPECT_LT(merged[i].listing_dates[0], merged[i].listing_dates[1]);
    // The first listing, by date, gives the source.
    EXPECT_EQ(merged[i].record.date, merged[i].listing_dates[0]);
  }
}

TEST(MergeListings, OnOneDateTheFirstFileAndLineComeFirst) {
  std::vector<ExtractedPaper> papers = {Listing("2401.00001", "2024-01-01", "b.md", 3),
                                        Listing("2401.00001", "2024-01-01", "a.md", 9),
                                        Listing("2401.00001", "2024-01-01", "a.md", 4)};
  papers[0].record.title = "B3";
  papers[1].record.title = "A9";
  papers[2].record.title = "A4";
  Diagnostics d;
  std::vector<ExtractedPaper> merged = MergeListings(papers, &d);
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].record.title, "A4");
  EXPECT_EQ(merged[0].other_titles, (std::vector<std::string>{"A9", "B3"}));
  EXPECT_EQ(d.size(), 2u);  // two other titles
}

}  // namespace
}  // namespace papergraph
