#include "extractors/ascii.h"

#include <gtest/gtest.h>

#include <re2/re2.h>

#include <string>

namespace papergraph {
namespace {

// Every byte is classed as RE2 classes it, whatever the locale.
TEST(AsciiTest, ByteClassesAgreeWithRe2) {
  static const RE2 kAlpha("[A-Za-z]"), kDigit("[0-9]"), kSpace(R"(\s)");
  for (int b = 0; b < 256; ++b) {
    char c = static_cast<char>(b);
    re2::StringPiece one(&c, 1);
    EXPECT_EQ(IsAsciiAlpha(c), RE2::FullMatch(one, kAlpha)) << b;
    EXPECT_EQ(IsAsciiDigit(c), RE2::FullMatch(one, kDigit)) << b;
    EXPECT_EQ(IsAsciiAlnum(c), IsAsciiAlpha(c) || IsAsciiDigit(c)) << b;
    EXPECT_EQ(IsSpace(c), RE2::FullMatch(one, kSpace)) << b;
  }
}

TEST(AsciiTest, CaseChangesOnlyAsciiLetters) {
  std::string lower, upper;
  for (char c : std::string("aZ09-_é")) lower += LowerAsciiChar(c), upper += UpperAsciiChar(c);
  EXPECT_EQ(lower, "az09-_é");
  EXPECT_EQ(upper, "AZ09-_é");
}

TEST(AsciiTest, SkipSpacesStopsAtTheFirstOtherByte) {
  EXPECT_EQ(SkipSpaces(" \t\r\n\fx ", 0), 5u);
  EXPECT_EQ(SkipSpaces("a  ", 1), 3u);
  EXPECT_EQ(SkipSpaces("\va", 0), 0u);  // \s has no VT
  EXPECT_EQ(Piece("ab").size(), 2u);
}

// Every byte at every offset of texts longer and shorter than a word, next
// to bytes just outside the range and to bytes from 0x80 on.
TEST(AsciiTest, HasByteInFindsABytePlacedAnywhere) {
  for (size_t size = 0; size <= 19; ++size) {
    std::string text(size, '\xEB');
    for (size_t i = 0; i < size; i += 2) text[i] = (i % 4 == 0) ? '/' : ':';  // '0' - 1 and '9' + 1
    EXPECT_FALSE(HasByteIn(text, '0', '9')) << size;
    for (size_t at = 0; at < size; ++at) {
      for (char digit : {'0', '5', '9'}) {
        std::string with = text;
        with[at] = digit;
        EXPECT_TRUE(HasByteIn(with, '0', '9')) << size << " " << at;
        EXPECT_FALSE(HasByteIn(with, 'A', 'Z')) << size << " " << at;
      }
    }
  }
}

}  // namespace
}  // namespace papergraph
