#include "core/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

TEST(ReplaceControlChars, KeepsTabAndNewlineReplacesTheRest) {
  std::string s = "\\beta: \x08" "eta, \x0c" "rac\tx\ny\x7f";
  EXPECT_EQ(ReplaceControlChars(&s), 3);
  EXPECT_EQ(s, "\\beta: \xEF\xBF\xBD" "eta, \xEF\xBF\xBD" "rac\tx\ny\xEF\xBF\xBD");
}

TEST(FindControlChar, FindsEachControlCharacterAtAnyOffset) {
  // Offsets inside and across the 8-byte words the scan reads, after text
  // with tabs, newlines and non-ASCII bytes (none of which are found).
  const std::string clean = "a\tb\n\xEA\xB0\x80 c\td\n\xC3\xA9xyz\t\n";
  EXPECT_EQ(FindControlChar(clean + clean), std::string_view::npos);
  for (char control : {'\x00', '\x01', '\x08', '\x0B', '\x0C', '\r', '\x1F', '\x7F'}) {
    for (size_t at = 0; at <= clean.size(); ++at) {
      std::string text = clean;
      text.insert(at, 1, control);
      text += clean;
      EXPECT_EQ(FindControlChar(text), at) << static_cast<int>(control) << " at " << at;
      EXPECT_EQ(FindControlChar(text, at + 1), std::string_view::npos);
    }
  }
}

TEST(CollapseWhitespace, AgreesWithSplittingIntoWords) {
  // Every string of up to 5 pieces: runs of each kind of whitespace, ASCII
  // and non-ASCII words, a control character (kept), long enough words to
  // take the 8-byte path.
  const std::vector<std::string> pieces = {" ", "  ", "\t", "\n\v\f\r", "a", "word1234",
                                           "\xEA\xB0\x80\xEA\xB0\x80\xEA\xB0\x80", "\x01"};
  auto words_joined = [](const std::string& text) {
    std::string out, word;
    for (char c : text + " ") {
      if (c != ' ' && (c < '\t' || c > '\r')) {
        word += c;
      } else if (!word.empty()) {
        out += (out.empty() ? "" : " ") + word;
        word.clear();
      }
    }
    return out;
  };
  std::vector<std::string> texts = {""};
  for (int length = 0; length < 5; ++length) {
    std::vector<std::string> longer;
    for (const std::string& t : texts) {
      for (const std::string& p : pieces) longer.push_back(t + p);
    }
    for (const std::string& t : longer) ASSERT_EQ(CollapseWhitespace(t), words_joined(t)) << t;
    texts = std::move(longer);
  }
}

TEST(NormalizeName, ComposesAndCollapses) {
  // "Jose" + combining acute accent, with stray spaces.
  EXPECT_EQ(NormalizeName("  Jose\xCC\x81   Garci\xCC\x81" "a "), "Jos\xC3\xA9 Garc\xC3\xAD" "a");
  EXPECT_EQ(NormalizeName("Zhewen\tHao"), "Zhewen Hao");
  EXPECT_EQ(NormalizeName(""), "");
}

TEST(FoldKey, FollowsTheGoldMatchingRule) {
  EXPECT_EQ(FoldKey("LLaMA-2"), "llama2");
  EXPECT_EQ(FoldKey("llama 2"), "llama2");
  EXPECT_EQ(FoldKey("TL;DR"), "tldr");
  EXPECT_EQ(FoldKey("AIME 2024"), "aime2024");
  EXPECT_EQ(FoldKey("헬라스웨그"), "헬라스웨그");
  EXPECT_EQ(FoldKey("Ölmo"), "ölmo");
}

}  // namespace
}  // namespace papergraph
