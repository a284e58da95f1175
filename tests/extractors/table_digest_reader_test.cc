#include "extractors/table_digest_reader.h"

#include <gtest/gtest.h>

#include "extractors/input_files.h"

namespace papergraph {
namespace {

std::vector<PaperRecord> ReadFixture(Diagnostics* d) {
  std::string path = std::string(PAPERGRAPH_FIXTURES) + "/table/2024-10-02.md", text;
  EXPECT_TRUE(ReadDigestFile(path, &text, d));
  return ReadTableDigest(text, path, d);
}

bool HasDiagnostic(const Diagnostics& d, int line, const std::string& part) {
  for (const Diagnostic& x : d) {
    if (x.line == line && x.message.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(TableDigestReader, ReadsTheNewerFormWithReadMoreLinks) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadFixture(&d);
  ASSERT_EQ(papers.size(), 4u);
  const PaperRecord& p = papers[0];
  EXPECT_EQ(p.arxiv, "2410.90011");
  EXPECT_EQ(p.title, "Loom-7B: Weaving Long Contexts without Retrieval");
  EXPECT_EQ(p.date, "2024-10-02");
  EXPECT_EQ(p.authors, (std::vector<std::string>{"Ada Brenner", "Kofi Mensah", "Yuki Tanaka"}));
  EXPECT_FALSE(p.votes.has_value());
  ASSERT_EQ(p.sections.size(), 1u);
  EXPECT_NE(p.sections[0].text.find("61.3% on RULER"), std::string::npos);
  EXPECT_EQ(p.line, 9);
}

TEST(TableDigestReader, JoinsATitleWrappedOntoTheNextLine) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadFixture(&d);
  ASSERT_GE(papers.size(), 2u);
  EXPECT_EQ(papers[1].arxiv, "2410.90012");  // version suffix dropped
  EXPECT_EQ(papers[1].title, "A Very Long Title About Evaluating \"Agents\" | Tools and the [GPT-4] Family");
  // Handles are kept as written; the empty item is reported.
  EXPECT_EQ(papers[1].authors, (std::vector<std::string>{"akhaliq", "Maria-José Ortega", "Ada Brenner"}));
  EXPECT_TRUE(HasDiagnostic(d, 10, "joined"));
  EXPECT_TRUE(HasDiagnostic(d, 10, "empty name"));
}

TEST(TableDigestReader, ReportsARowWithoutLinkAndKeepsPipesInTheSummary) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadFixture(&d);
  EXPECT_TRUE(HasDiagnostic(d, 12, "without an arXiv link"));
  ASSERT_GE(papers.size(), 3u);
  EXPECT_EQ(papers[2].arxiv, "2410.90013");
  EXPECT_TRUE(papers[2].authors.empty());
  EXPECT_NE(papers[2].sections[0].text.find("a | pipe inside"), std::string::npos);
}

TEST(TableDigestReader, ReadsTheOlderFormWithALinkColumnAndListAuthors) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadFixture(&d);
  ASSERT_EQ(papers.size(), 4u);
  EXPECT_EQ(papers[3].arxiv, "2410.90014");
  EXPECT_EQ(papers[3].date, "2024-10-03");
  EXPECT_EQ(papers[3].authors, (std::vector<std::string>{"Ada Brenner", "Lin Zhou"}));
}

TEST(TableDigestReader, CategoryColumnAndNoDayHeaderUseThePathDate) {
  std::string text =
      "| Category | Title | Authors | Summary |\n"
      "|---|---|---|---|\n"
      "| NLP | X (Read more on [arXiv](https://arxiv.org/abs/2501.00001) or "
      "[HuggingFace](https://huggingface.co/papers/2501.00001))| A B | S |\n";
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadTableDigest(text, "archive/2025/01/07.md", &d);
  ASSERT_EQ(papers.size(), 1u);
  EXPECT_EQ(papers[0].title, "X");
  EXPECT_EQ(papers[0].date, "2025-01-07");
  EXPECT_TRUE(LooksLikeTableDigest(text));
  EXPECT_FALSE(LooksLikeTableDigest("## Daily Papers (2024-01-01)\n### [T](https://arxiv.org/abs/1)\n"));
}

TEST(TableDigestReader, TakesTheFirstReadMoreLinkWithAWholeUrlAndUnescapesPipes) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadTableDigest(
      "| Title | Authors | Summary |\n|---|---|---|\n"
      "| A \\| B  (Read more on [arXiv](cut url) (Read more on [arXiv](https://arxiv.org/abs/2501.00002)"
      ")| A B | x \\| y |\n",
      "2025-01-07.md", &d);
  ASSERT_EQ(papers.size(), 1u);
  const PaperRecord& p = papers[0];
  EXPECT_EQ(p.arxiv, "2501.00002");
  EXPECT_EQ(p.title, "A | B (Read more on [arXiv](cut url)");
  EXPECT_EQ(p.SummaryText(), "x | y");
  EXPECT_TRUE(d.empty());
}

}  // namespace
}  // namespace papergraph
