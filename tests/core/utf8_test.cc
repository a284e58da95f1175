#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace papergraph {
namespace {

TEST(RepairUtf8, LeavesValidTextAlone) {
  std::string s = "DeepSeek-Coder-V2는 HumanEval(90.2%)";
  EXPECT_EQ(RepairUtf8(&s), 0);
  EXPECT_EQ(s, "DeepSeek-Coder-V2는 HumanEval(90.2%)");
}

TEST(RepairUtf8, ReplacesEachBadSequenceOnce) {
  struct Case { std::string in, out; int bad; };
  const Case cases[] = {
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b", 1},                    // bad lead byte
      {"a\xED\xA0\x80" "b", "a\xEF\xBF\xBD" "b", 1},            // UTF-16 surrogate
      {"\xC0\xAF", "\xEF\xBF\xBD", 1},                           // overlong '/'
      {"\xEB\x8A", "\xEF\xBF\xBD", 1},                           // truncated at the end
      {"\xF4\x90\x80\x80", "\xEF\xBF\xBD", 1},                   // above U+10FFFF
      {"x\x80y\x80", "x\xEF\xBF\xBDy\xEF\xBF\xBD", 2},           // stray continuations
  };
  for (const Case& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(RepairUtf8(&s), c.bad) << c.in;
    EXPECT_EQ(s, c.out);
  }
}

// IsValidUtf8 decodes inline; RepairUtf8 asks utf8proc. They must agree on
// every sequence of up to three bytes that starts with a non-ASCII byte, and
// on four-byte sequences around the U+10FFFF and overlong boundaries.
TEST(IsValidUtf8, AgreesWithUtf8procOnEveryShortSequence) {
  auto agree = [](const std::string& bytes) {
    std::string repaired = bytes;
    return IsValidUtf8(bytes) == (RepairUtf8(&repaired) == 0);
  };
  int disagreements = 0;
  for (int a = 0x80; a < 0x100; ++a) {
    for (int b = 0; b < 0x100; ++b) {
      std::string two{static_cast<char>(a), static_cast<char>(b)};
      disagreements += !agree(two) + !agree(two.substr(0, 1));
      if (a < 0xE0) continue;
      for (int c = 0x70; c < 0xD0; ++c) disagreements += !agree(two + static_cast<char>(c));
    }
  }
  for (int a = 0xEF; a < 0xF6; ++a) {
    for (int b = 0x7F; b < 0xC1; ++b) {
      for (int c : {0x7F, 0x80, 0xBF, 0xC0}) {
        std::string four{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c), '\x80'};
        disagreements += !agree(four) + !agree("ok" + four + "ok");
      }
    }
  }
  EXPECT_EQ(disagreements, 0);
  EXPECT_TRUE(IsValidUtf8("DeepSeek-Coder-V2는 \xEF\xBF\xBF"));  // U+FFFF is a character
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));                      // a surrogate is not
}

}  // namespace
}  // namespace papergraph
