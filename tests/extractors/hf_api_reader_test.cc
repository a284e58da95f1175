#include "extractors/hf_api_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/input_files.h"

namespace papergraph {
namespace {

std::vector<PaperRecord> ReadFixture(const std::string& name, Diagnostics* d) {
  std::string path = std::string(PAPERGRAPH_FIXTURES) + "/hf_api/" + name, text;
  EXPECT_TRUE(ReadDigestFile(path, &text, d));
  return ReadHfApiJson(text, path, d);
}

TEST(HfApiReader, ReadsPapersAuthorsVotesAndTheListingDate) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadFixture("2024-10-04.json", &d);
  ASSERT_EQ(papers.size(), 2u);
  const PaperRecord& p = papers[0];
  EXPECT_EQ(p.arxiv, "2410.90021");
  EXPECT_EQ(p.title, "Sparrow-2B: A \"Small\" Model with <Tags> & Friends");
  EXPECT_EQ(p.date, "2024-10-04");  // listed on, not published on
  EXPECT_EQ(p.votes, 31);
  // Whitespace collapsed and NFC: "Jose" + combining acute is "José".
  EXPECT_EQ(p.authors, (std::vector<std::string>{"Ada Brenner", "Jos\xC3\xA9 Ruiz"}));
  ASSERT_EQ(p.sections.size(), 1u);
  EXPECT_NE(p.sections[0].text.find("55.1% on MMLU"), std::string::npos);
  EXPECT_EQ(p.sections[0].text.find('\b'), std::string::npos);
  EXPECT_EQ(p.line, 2);
}

TEST(HfApiReader, ReportsMissingFieldsWithTheElementLine) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadFixture("2024-10-04.json", &d);
  ASSERT_EQ(papers.size(), 2u);
  EXPECT_TRUE(papers[1].authors.empty());
  bool no_authors = false, no_id = false, control = false;
  for (const Diagnostic& x : d) {
    no_authors |= x.line == 20 && x.message.find("no authors") != std::string::npos;
    no_id |= x.line == 24 && x.message.find("without an \"id\"") != std::string::npos;
    control |= x.line == 2 && x.message.find("control character") != std::string::npos;
  }
  EXPECT_TRUE(no_authors);
  EXPECT_TRUE(no_id);
  EXPECT_TRUE(control);
}

TEST(HfApiReader, InvalidJsonIsOneErrorWithItsLine) {
  Diagnostics d;
  EXPECT_TRUE(ReadFixture("truncated.json", &d).empty());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Diagnostic::Severity::kError);
  EXPECT_EQ(d[0].line, 1);
  EXPECT_NE(d[0].message.find("invalid JSON"), std::string::npos);
}

TEST(HfApiReader, ABarePaperObjectIsOnePaper) {
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadHfApiJson(
      R"({"id": "2401.00001", "title": "T", "authors": [{"name": "A"}], "publishedAt": "2024-01-02T00:00:00Z"})",
      "x.json", &d);
  ASSERT_EQ(papers.size(), 1u);
  EXPECT_EQ(papers[0].date, "2024-01-02");
  // A byte order mark left before the JSON (as after a doubled one) is skipped.
  EXPECT_EQ(ReadHfApiJson("\xEF\xBB\xBF[{\"id\": \"2401.00001\"}]", "x.json", &d).size(), 1u);
  EXPECT_TRUE(LooksLikeJson("  \n[{}]"));
  EXPECT_FALSE(LooksLikeJson("## Papers for 2024-01-01"));
}

TEST(HfApiReader, ElementLinesSkipStringsWithEscapedQuotesAndBackslashes) {
  // Brackets, commas and escaped quotes inside strings start no element.
  std::string text =
      "[{\"id\": \"2401.00001\", \"title\": \"a \\\" [ , \\\\\"},\n"
      " {\"id\": \"2401.00002\", \"title\": \"\\\\\\\"{\"},\n"
      "\n"
      " {\"title\": \"no id\"}]";
  const struct { const char* title; int line; } kPapers[] = {{"a \" [ , \\", 1}, {"\\\"{", 2}};
  Diagnostics d;
  std::vector<PaperRecord> papers = ReadHfApiJson(text, "x.json", &d);
  ASSERT_EQ(papers.size(), 2u);
  for (size_t i = 0; i < papers.size(); ++i) {
    EXPECT_EQ(papers[i].title, kPapers[i].title);
    EXPECT_EQ(papers[i].line, kPapers[i].line);
  }
  EXPECT_TRUE(std::any_of(d.begin(), d.end(), [](const Diagnostic& x) {
    return x.line == 4 && x.message == "paper without an \"id\" skipped";
  }));
}

}  // namespace
}  // namespace papergraph
