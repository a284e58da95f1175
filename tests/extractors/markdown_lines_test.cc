#include "extractors/markdown_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace papergraph {
namespace {

TEST(MarkdownLinesTest, DayHeaderAndPaperHeading) {
  std::string date, title, url;
  EXPECT_TRUE(MatchDayHeader("## Daily Papers (2024-06-19)", &date));
  EXPECT_EQ(date, "2024-06-19");
  EXPECT_TRUE(MatchDayHeader("##  Daily Papers(2024-06-19) ", nullptr));
  EXPECT_FALSE(MatchDayHeader("## Daily Papers (June 19)", nullptr));
  EXPECT_FALSE(MatchDayHeader(" ## Daily Papers (2024-06-19)", nullptr));

  ASSERT_TRUE(MatchPaperHeading("### [[IDK] Token](https://arxiv.org/abs/2406.1)", &title, &url));
  EXPECT_EQ(title, "[IDK] Token");
  EXPECT_EQ(url, "https://arxiv.org/abs/2406.1");
  EXPECT_TRUE(MatchPaperHeading("###[T](x)", nullptr, nullptr));  // the link is the reader's to check
  EXPECT_FALSE(MatchPaperHeading("### [T] (https://arxiv.org/abs/2406.1)", nullptr, nullptr));
  EXPECT_FALSE(MatchPaperHeading("## [T](https://arxiv.org/abs/2406.1)", nullptr, nullptr));

  // The link is what follows the last "](" it can start from.
  ASSERT_TRUE(MatchPaperHeading("### [a](b](c)", &title, &url));
  EXPECT_EQ(title, "a](b");
  EXPECT_EQ(url, "c");
  ASSERT_TRUE(MatchPaperHeading("### [a]()  ", &title, &url));
  EXPECT_EQ(title, "a");
  EXPECT_EQ(url, "");
  EXPECT_FALSE(MatchPaperHeading("### [a](b c)", nullptr, nullptr));
  EXPECT_FALSE(MatchPaperHeading("### [a](b)(c)", nullptr, nullptr));
}

TEST(MarkdownLinesTest, HeadingsRulesFencesAndMedia) {
  EXPECT_TRUE(IsHeading("# Title"));
  EXPECT_TRUE(IsHeading("######"));
  EXPECT_FALSE(IsHeading("#hashtag"));
  EXPECT_FALSE(IsHeading("####### seven"));

  EXPECT_TRUE(IsRule("---"));
  EXPECT_TRUE(IsRule("   * * *"));
  EXPECT_TRUE(IsRule("___ "));
  EXPECT_FALSE(IsRule("    ---"));  // four spaces: not a rule
  EXPECT_FALSE(IsRule("--"));
  EXPECT_FALSE(IsRule("- - x"));

  EXPECT_TRUE(IsFence("```python"));
  EXPECT_TRUE(IsFence("  ~~~"));
  EXPECT_FALSE(IsFence("    ```"));
  EXPECT_FALSE(IsFence("``"));

  EXPECT_TRUE(IsMedia("![](thumb.png)"));
  EXPECT_TRUE(IsMedia("<VIDEO src=x>"));
  EXPECT_TRUE(IsMedia("[Watch Video](https://x)"));
  EXPECT_TRUE(IsMedia("[Watch Video]https://x"));
  EXPECT_FALSE(IsMedia("[Project](https://x)"));
  EXPECT_FALSE(IsMedia("<b>bold</b>"));
  EXPECT_TRUE(IsMedia("![alt](cut"));
  EXPECT_FALSE(IsMedia("![alt]x"));
  EXPECT_FALSE(IsMedia("![alt"));

  EXPECT_TRUE(IsRule(" - - -\t"));
  EXPECT_FALSE(IsRule("-*-"));
}

TEST(MarkdownLinesTest, VoteAndAuthors) {
  std::string value;
  ASSERT_TRUE(MatchVote("Vote: 53 ", &value));
  EXPECT_EQ(value, "53");
  ASSERT_TRUE(MatchVote("Vote:-", &value));
  EXPECT_EQ(value, "-");
  EXPECT_FALSE(MatchVote("Votes: 53", nullptr));
  EXPECT_FALSE(MatchVote(" Vote: 53", nullptr));
  ASSERT_TRUE(MatchAuthors("Authors: ['A', 'B']", &value));
  EXPECT_EQ(value, "['A', 'B']");
  EXPECT_FALSE(MatchAuthors("Author: A", nullptr));
}

TEST(MarkdownLinesTest, SectionLinesAndBullets) {
  SectionLine s;
  ASSERT_TRUE(MatchSectionLine("- **What's  New**:  text ", &s));
  EXPECT_EQ(s.name, "What's New");
  EXPECT_EQ(s.text, "text");
  EXPECT_TRUE(s.balanced);
  ASSERT_TRUE(MatchSectionLine("* ***Name:*** rest", &s));
  EXPECT_EQ(s.name, "Name");
  EXPECT_EQ(s.text, "rest");
  EXPECT_TRUE(s.balanced);
  ASSERT_TRUE(MatchSectionLine("+ ***Name*: rest", &s));
  EXPECT_FALSE(s.balanced);
  EXPECT_FALSE(MatchSectionLine("- plain text: not a section", &s));
  EXPECT_FALSE(MatchSectionLine("-**Name**: no space after the dash", &s));
  EXPECT_FALSE(MatchSectionLine("- ****Name**: t", &s));
  EXPECT_FALSE(MatchSectionLine("- **Name****: t", &s));
  const struct { const char* line; SectionLine want; } kEdges[] = {
      {"-\t**A  b** : t ", {"A b", "t", true}},
      // The colon inside, then more '*' than close the name: three close it.
      {"- **Name:**** t", {"Name", "* t", false}},
  };
  for (const auto& edge : kEdges) {
    ASSERT_TRUE(MatchSectionLine(edge.line, &s)) << edge.line;
    EXPECT_EQ(s.name, edge.want.name);
    EXPECT_EQ(s.text, edge.want.text);
    EXPECT_EQ(s.balanced, edge.want.balanced);
  }

  std::string text;
  ASSERT_TRUE(MatchBullet("-  item ", &text));
  EXPECT_EQ(text, "item");
  ASSERT_TRUE(MatchBullet("+ **Name**: text", &text));
  EXPECT_EQ(text, "**Name**: text");
  EXPECT_FALSE(MatchBullet("-item", &text));
  EXPECT_FALSE(MatchBullet("  - indented", &text));
}

}  // namespace
}  // namespace papergraph
