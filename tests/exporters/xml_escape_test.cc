#include "exporters/xml_escape.h"

#include <gtest/gtest.h>

namespace papergraph {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
  int replaced;
};

// Names a failing case in test output instead of dumping its bytes.
void PrintTo(const Case& c, std::ostream* out) { *out << c.name; }

const Case kCases[] = {
    {"empty", "", "", 0},
    {"plain", "GPT-4o", "GPT-4o", 0},
    {"keyword", "node", "node", 0},
    {"markup", "&<>\"'", "&amp;&lt;&gt;&quot;&apos;", 0},
    {"entity_like", "&amp;", "&amp;amp;", 0},
    {"backslash", "a\\b", "a\\b", 0},
    {"trailing_backslash", "end\\", "end\\", 0},
    {"newline_and_tab_kept", "a\nb\tc", "a\nb\tc", 0},
    {"cr_as_reference", "a\r\nb", "a&#13;\nb", 0},
    {"hangul", "한국어 논문", "한국어 논문", 0},
    {"nul", std::string("a\0b", 3), "a\uFFFDb", 1},
    {"c0_controls", "\x01x\x08y\x0cz\x1f", "\uFFFDx\uFFFDy\uFFFDz\uFFFD", 4},
    {"del_is_allowed", "a\x7f" "b", "a\x7f" "b", 0},
    {"noncharacters", "a\uFFFE\uFFFF" "b", "a\uFFFD\uFFFD" "b", 2},
    {"other_specials_kept", "\uFFFD\uFFFC", "\uFFFD\uFFFC", 0},
    {"invalid_lead_bytes", "x\xff\xfey", "x\uFFFD\uFFFDy", 2},
    {"truncated_sequence", "\xed\x95", "\uFFFD", 1},
    {"lone_continuation", "a\x80", "a\uFFFD", 1},
    {"overlong_slash", "\xc0\xaf", "\uFFFD", 1},
    {"surrogate", "\xed\xa0\x80", "\uFFFD", 1},
    {"supplementary_kept", "\U0001F600", "\U0001F600", 0},
    // Long runs: the escaper copies plain runs whole and starts with plain
    // ASCII without decoding it; what follows must still be escaped.
    {"special_after_long_run", "abcdefghijklmnopq<r", "abcdefghijklmnopq&lt;r", 0},
    {"invalid_after_ascii_run", "abcdefghij\xff<", "abcdefghij\uFFFD&lt;", 1},
    {"noncharacter_after_hangul", "논문 abcdefgh\uFFFF", "논문 abcdefgh\uFFFD", 1},
    {"control_last_of_long_run", "0123456789abcdef\x01", "0123456789abcdef\uFFFD", 1},
};

class XmlEscapeTable : public ::testing::TestWithParam<Case> {};

TEST_P(XmlEscapeTable, EscapesAndCountsReplacements) {
  const Case& c = GetParam();
  int replaced = 0;
  EXPECT_EQ(XmlEscape(c.input, &replaced), c.expected);
  EXPECT_EQ(replaced, c.replaced);
}

INSTANTIATE_TEST_SUITE_P(Hostile, XmlEscapeTable, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST(XmlEscape, CountAccumulatesAcrossCalls) {
  int replaced = 0;
  XmlEscape("\x01", &replaced);
  XmlEscape("\x02\x03", &replaced);
  EXPECT_EQ(replaced, 3);
}

TEST(XmlEscape, CountIsOptional) { EXPECT_EQ(XmlEscape("\x01<"), "\uFFFD&lt;"); }

}  // namespace
}  // namespace papergraph
