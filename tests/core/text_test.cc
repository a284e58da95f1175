#include "core/text.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

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

TEST(NodeId, IsReadableAndAnXmlNameToken) {
  EXPECT_EQ(NodeId("author", "Zhewen Hao"), "author:Zhewen_Hao");
  EXPECT_EQ(NodeId("author", "Y. Wu"), "author:Y.2E_Wu");
  EXPECT_EQ(NodeId("model", "GPT-4o"), "model:GPT-4o");
  EXPECT_EQ(NodeId("author", "김철수"), "author:김철수");
  EXPECT_EQ(NodeId("benchmark", "TL;DR"), "benchmark:TL.3BDR");
  EXPECT_EQ(NodeId("model", "a/b"), "model:a.2Fb");
  EXPECT_EQ(NodeId("model", "x\xC2\xB2"), "model:x.C2.B2");  // superscript two is no name char
  EXPECT_EQ(NodeId("author", "Andr\xC3\xA9s"), "author:Andr\xC3\xA9s");
  // U+0372 is a letter, but not in XML 1.0 4th edition's tables (libxml2).
  EXPECT_EQ(NodeId("author", "\xCD\xB2"), "author:.CD.B2");
}

TEST(NodeId, DifferentNamesNeverShareAnId) {
  const char* names[] = {"A B", "A_B", "A.B", "A.2EB", "A  B", "A-B", "a b", "A\tB", "A_5FB", "A.5FB"};
  std::set<std::string> ids;
  for (const char* n : names) EXPECT_TRUE(ids.insert(NodeId("author", n)).second) << n;
}

}  // namespace
}  // namespace papergraph
