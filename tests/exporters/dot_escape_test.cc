#include "exporters/dot_escape.h"

#include <gtest/gtest.h>

namespace papergraph {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;  // including the surrounding quotes
};

// Names a failing case in test output instead of dumping its bytes.
void PrintTo(const Case& c, std::ostream* out) { *out << c.name; }

const Case kCases[] = {
    {"empty", "", R"("")"},
    {"plain", "GPT-4o", R"("GPT-4o")"},
    {"keyword_node", "node", R"("node")"},
    {"keyword_strict", "strict", R"("strict")"},
    {"quote", "say \"hi\"", R"("say \"hi\"")"},
    {"backslash", "a\\b", R"("a\\b")"},
    {"trailing_backslash", "end\\", R"("end\\")"},
    {"escaped_quote_lookalike", "\\\"", R"("\\\"")"},
    {"label_escape_stays_literal", "\\N", R"("\\N")"},
    {"newline", "one\ntwo", R"("one\ntwo")"},
    {"crlf", "one\r\ntwo", R"("one\ntwo")"},
    {"lone_cr", "a\rb", R"("ab")"},
    {"markup", "&<>'", R"("&<>'")"},
    {"arrow_and_braces", "a -> b; }", R"("a -> b; }")"},
    {"tab_kept", "a\tb", "\"a\tb\""},
    {"hangul", "한국어", R"("한국어")"},
    {"controls", "\x01x\x08y\x0c", "\"\uFFFDx\uFFFDy\uFFFD\""},
    {"nul", std::string("a\0b", 3), "\"a\uFFFDb\""},
    {"del", "a\x7f", "\"a\uFFFD\""},
    {"invalid_utf8", "x\xff\xfe", "\"x\uFFFD\uFFFD\""},
    {"truncated_utf8", "\xed\x95", "\"\uFFFD\""},
    // Long runs (copied whole) with what must be escaped after them.
    {"quote_after_long_run", "abcdefghijklmnop\"", R"("abcdefghijklmnop\"")"},
    {"invalid_after_ascii_run", "abcdefghij\xff\\", "\"abcdefghij\uFFFD\\\\\""},
    {"del_after_hangul", "한국어 abcdefgh\x7f", "\"한국어 abcdefgh\uFFFD\""},
};

class DotQuoteTable : public ::testing::TestWithParam<Case> {};

TEST_P(DotQuoteTable, QuotesAndEscapes) {
  const Case& c = GetParam();
  EXPECT_EQ(DotQuote(c.input), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Hostile, DotQuoteTable, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

// Whatever the input, the quoted string ends at its last byte: no unescaped
// quote inside and no backslash that escapes the closing quote.
TEST(DotQuote, ClosingQuoteIsNeverEscaped) {
  for (const Case& c : kCases) {
    std::string quoted = DotQuote(c.input);
    size_t backslashes = 0;
    for (size_t i = quoted.size() - 1; i > 0 && quoted[i - 1] == '\\'; --i) ++backslashes;
    EXPECT_EQ(backslashes % 2, 0u) << c.name;
    for (size_t i = 1; i + 1 < quoted.size(); ++i) {
      if (quoted[i] == '\\') {
        ++i;  // skip the escaped character
      } else {
        EXPECT_NE(quoted[i], '"') << c.name << " at " << i;
      }
    }
  }
}

}  // namespace
}  // namespace papergraph
