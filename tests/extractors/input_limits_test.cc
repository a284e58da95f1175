#include "extractors/input_limits.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extractors/input_files.h"

namespace papergraph {
namespace {

namespace fs = std::filesystem;

// Writes `text` to a scratch file named after the running test.
std::string ScratchFile(const std::string& text) {
  fs::path path = fs::temp_directory_path() /
                  ("papergraph_limits_" + std::to_string(::getpid()) + "_" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".md");
  std::ofstream(path, std::ios::binary) << text;
  return path.generic_string();
}

TEST(InputLimitsTest, DefaultsAreTheDocumentedOnes) {
  InputLimits limits;
  EXPECT_EQ(limits.max_file_bytes, 256 << 20);
  EXPECT_EQ(limits.max_line_bytes, 1u << 20);
  EXPECT_EQ(limits.max_authors, 1000);
  EXPECT_EQ(limits.max_papers, 10000000);
}

TEST(InputLimitsTest, FileLargerThanTheLimitIsSkippedAndReported) {
  std::string path = ScratchFile("## Daily Papers (2024-01-01)\n" + std::string(3 << 20, 'x'));
  InputLimits limits;
  limits.max_file_bytes = 2 << 20;
  Diagnostics diagnostics;
  std::string text;
  EXPECT_FALSE(ReadDigestFile(path, &text, &diagnostics, limits));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].file, path);
  EXPECT_EQ(diagnostics[0].message, "file larger than 2 MiB (--max-file-mb) skipped");
  EXPECT_TRUE(text.empty());
  limits.max_file_bytes = 4 << 20;  // under the limit: read
  diagnostics.clear();
  EXPECT_TRUE(ReadDigestFile(path, &text, &diagnostics, limits));
  fs::remove(path);
}

TEST(InputLimitsTest, LongLinesAreCutAtACharacterBoundaryAndReported) {
  // Line 2 is 10 bytes of "é" (2 bytes each): cut to 6 bytes, not 7.
  std::string text = "short\n\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\nend";
  Diagnostics diagnostics;
  CutLongLines("f.md", 7, &text, &diagnostics);
  EXPECT_EQ(text, "short\n\xC3\xA9\xC3\xA9\xC3\xA9\nend");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].ToString(), "f.md:2: warning: line of 10 bytes cut to 6 (--max-line-kb 0)");
}

TEST(InputLimitsTest, LongLineOfAFileIsCutWithItsLineNumber) {
  std::string path = ScratchFile("## Daily Papers (2024-01-01)\n- " + std::string(8 << 20, 'w') + "\n");
  Diagnostics diagnostics;
  std::string text;
  ASSERT_TRUE(ReadDigestFile(path, &text, &diagnostics));  // default limits
  fs::remove(path);
  EXPECT_EQ(text.size(), 29 + (1u << 20) + 1);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 2);
  EXPECT_EQ(diagnostics[0].message, "line of 8388610 bytes cut to 1048576 (--max-line-kb 1024)");
}

TEST(InputLimitsTest, JsonIsNotCutIntoLines) {
  std::string json = "[{\"paper\": {\"id\": \"2406.00001\", \"title\": \"" + std::string(4096, 't') + "\"}}]";
  std::string path = ScratchFile(json);
  InputLimits limits;
  limits.max_line_bytes = 1024;
  Diagnostics diagnostics;
  std::string text;
  ASSERT_TRUE(ReadDigestFile(path, &text, &diagnostics, limits));
  fs::remove(path);
  EXPECT_EQ(text, json);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(InputLimitsTest, LongAuthorListIsCutMarkedTruncatedAndReported) {
  std::vector<PaperRecord> records(2);
  records[0].arxiv = "2406.00001";
  records[0].file = "f.md";
  records[0].line = 3;
  records[0].authors = {"A", "B", "C", "D"};
  records[1].authors = {"E", "F"};
  Diagnostics diagnostics;
  LimitAuthorLists(2, &records, &diagnostics);
  EXPECT_EQ(records[0].authors, (std::vector<std::string>{"A", "B"}));
  EXPECT_TRUE(records[0].authors_truncated);
  EXPECT_EQ(records[1].authors.size(), 2u);
  EXPECT_FALSE(records[1].authors_truncated);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].ToString(),
            "f.md:3: warning: paper 2406.00001 lists 4 authors; the first 2 kept "
            "(--max-author-list), the list marked truncated");
}

TEST(InputLimitsTest, PapersBeyondTheLimitAreDroppedWithOneReport) {
  std::vector<ExtractedPaper> papers(5);
  for (int i = 0; i < 5; ++i) {
    papers[i].record.file = "f.md";
    papers[i].record.line = 10 * (i + 1);
  }
  Diagnostics diagnostics;
  LimitPapers(3, &papers, &diagnostics);
  EXPECT_EQ(papers.size(), 3u);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].ToString(),
            "f.md:40: warning: more than 3 papers (--max-papers); this one and the 1 after it dropped");
  LimitPapers(3, &papers, &diagnostics);  // at the limit: nothing more
  EXPECT_EQ(diagnostics.size(), 1u);
}

}  // namespace
}  // namespace papergraph
