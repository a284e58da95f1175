// The reader fixes that fuzzing and the hostile fixtures called for: each
// problem is repaired or dropped with a diagnostic at its line, and the rest
// of the file is still read.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/digest_formats.h"
#include "extractors/hf_api_reader.h"
#include "extractors/record_fields.h"

namespace papergraph {
namespace {

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.ToString());
  return out;
}

TEST(HostileInputTest, LoneSurrogateEscapesAreRepairedNotTheWholeFileLost) {
  std::string json = "[{\"paper\": {\"id\": \"2406.00001\", \"title\": \"A \\ud800 B\",\n"
                     "  \"authors\": [{\"name\": \"C \\uDC00\"}, {\"name\": \"\\ud83d\\ude00\"}]}},\n"
                     " {\"paper\": {\"id\": \"2406.00002\", \"title\": \"\\\\ud800 is text\"}}]";
  Diagnostics diagnostics;
  std::vector<PaperRecord> records = ReadHfApiJson(json, "api.json", &diagnostics);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].title, "A \xEF\xBF\xBD B");
  EXPECT_EQ(records[0].authors, (std::vector<std::string>{"C \xEF\xBF\xBD", "\xF0\x9F\x98\x80"}));
  EXPECT_EQ(records[1].title, "\\ud800 is text");  // an escaped backslash, no escape
  std::vector<std::string> messages = Messages(diagnostics);
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      "api.json:1: warning: lone UTF-16 surrogate \\ud800 replaced by U+FFFD"),
            messages.end());
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      "api.json:2: warning: lone UTF-16 surrogate \\uDC00 replaced by U+FFFD"),
            messages.end());
}

TEST(HostileInputTest, ApiElementsThatAreNotObjectsKeepTheirLines) {
  std::string json = "[\n  42,\n  \"text\",\n  {\"paper\": {\"id\": \"2406.00003\", \"title\": \"T\"}}\n]";
  Diagnostics diagnostics;
  std::vector<PaperRecord> records = ReadHfApiJson(json, "api.json", &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].line, 4);
  std::vector<std::string> messages = Messages(diagnostics);
  ASSERT_GE(messages.size(), 2u);
  EXPECT_EQ(messages[0], "api.json:2: warning: list element is not an object; skipped");
  EXPECT_EQ(messages[1], "api.json:3: warning: list element is not an object; skipped");
}

TEST(HostileInputTest, ApiAuthorsWithoutANameAreReported) {
  std::string json = "{\"id\": \"2406.00004\", \"title\": \"T\", \"publishedAt\": \"2024-06-04\","
                     " \"authors\": [{\"name\": \"Ann\"}, {\"name\": \" \"}, {\"user\": \"x\"}, 7]}";
  Diagnostics diagnostics;
  std::vector<PaperRecord> records = ReadHfApiJson(json, "api.json", &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].authors, std::vector<std::string>{"Ann"});
  EXPECT_EQ(Messages(diagnostics), std::vector<std::string>{
      "api.json:1: warning: paper 2406.00004: 3 author(s) without a name dropped"});
}

TEST(HostileInputTest, RepeatedCutMarkersLeaveNoPlusAuthor) {
  AuthorList list = ParseAuthorList("Ann Lee, + +, Bo Chen + +");
  EXPECT_EQ(list.names, (std::vector<std::string>{"Ann Lee", "Bo Chen"}));
  EXPECT_TRUE(list.truncated);
  EXPECT_TRUE(list.problems.empty());
}

TEST(HostileInputTest, CalendarDates) {
  EXPECT_TRUE(IsCalendarDate("2024-02-29"));
  EXPECT_TRUE(IsCalendarDate("2000-02-29"));
  EXPECT_TRUE(IsCalendarDate("2024-12-31"));
  EXPECT_FALSE(IsCalendarDate("2023-02-29"));
  EXPECT_FALSE(IsCalendarDate("1900-02-29"));
  EXPECT_FALSE(IsCalendarDate("2024-04-31"));
  EXPECT_FALSE(IsCalendarDate("2024-06-80"));
  EXPECT_FALSE(IsCalendarDate("2024-13-01"));
  EXPECT_FALSE(IsCalendarDate("2024-00-10"));
  EXPECT_FALSE(IsCalendarDate("2024-1-010"));
  EXPECT_FALSE(IsCalendarDate("2024/01/01"));
}

TEST(HostileInputTest, ImpossibleListingDatesAreDroppedWithAWarning) {
  // Found by fuzz/build_graph_fuzzer: a file named 2024-06-80.md dated its
  // papers so, and the RDF writers then refused the whole graph.
  std::string digest = "### [T](https://arxiv.org/abs/2406.00005)\nAuthors: Ann\n";
  Diagnostics diagnostics;
  std::vector<PaperRecord> records = ReadDigest(digest, "d/2024-06-80.md", "auto", &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].date, "");
  std::vector<std::string> messages = Messages(diagnostics);
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      "d/2024-06-80.md:1: warning: paper 2406.00005 dated \"2024-06-80\", which is "
                      "no calendar day; listing date dropped"),
            messages.end());
  diagnostics.clear();
  records = ReadDigest("## Papers for 2023-02-29\n\n| Title | Authors | Summary |\n|---|---|---|\n"
                       "| T (Read more on [arXiv](https://arxiv.org/abs/2406.00006))| A | S |\n",
                       "t.md", "auto", &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].date, "");
}

}  // namespace
}  // namespace papergraph
