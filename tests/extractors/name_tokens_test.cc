#include "extractors/name_tokens.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <random>
#include <string>
#include <vector>

#include "core/text.h"

namespace papergraph {
namespace {

std::vector<std::string> Words(std::string_view text) {
  TokenizedText tokenized = Tokenize(text);
  std::vector<std::string> words;
  for (const Token& t : tokenized.tokens) words.emplace_back(text.substr(t.begin, t.end - t.begin));
  return words;
}

// The tokens by their definition: decode each character with utf8proc (an
// invalid byte is one character) and take the maximal runs of letters and
// digits below U+1100.
std::vector<std::string> WordsByDecoding(std::string_view text) {
  std::vector<std::string> words;
  bool in_token = false;
  for (size_t pos = 0; pos < text.size();) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                          static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) n = 1, cp = 0xFFFD;
    utf8proc_category_t c = utf8proc_category(cp);
    bool letter = cp < 0x1100 && ((c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
                                  c == UTF8PROC_CATEGORY_ND);
    if (letter && !in_token) words.emplace_back();
    if (letter) words.back().append(text.substr(pos, static_cast<size_t>(n)));
    in_token = letter;
    pos += static_cast<size_t>(n);
  }
  return words;
}

TEST(NameTokensTest, SplitsAtHangulSpacesAndPunctuation) {
  EXPECT_EQ(Words("MMLU에서 GPT-4o는 90.2%"),
            (std::vector<std::string>{"MMLU", "GPT", "4o", "90", "2"}));
  EXPECT_EQ(Words("Tülu와 τ-bench, μP"), (std::vector<std::string>{"Tülu", "τ", "bench", "μP"}));
  EXPECT_EQ(Words(""), std::vector<std::string>{});
  EXPECT_EQ(Words("벤치마크 — 「데이터」"), std::vector<std::string>{});
}

TEST(NameTokensTest, FoldsEachTokenIntoOneBuffer) {
  TokenizedText t = Tokenize("Llama-3 Tülu");
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.Folded(0, 1), "llama3");
  EXPECT_EQ(t.Folded(2, 2), FoldKey("Tülu"));
}

// Invalid UTF-8, surrogates, overlong forms, four-byte characters and
// letters at every offset of the eight-byte skip agree with the definition.
TEST(NameTokensTest, AgreesWithDecodingOnHostileBytes) {
  const std::vector<std::string> cases = {
      "\xC3",         "\xC3(",          "a\x80" "b",   "\xED\xA0\x80x",  "\xE0\x80\x80y",
      "\xC0\xAFz",    "\xF0\x9F\x98\x80Q", "\xE1\x84\x80k", "\xE1\x80\x80",  "é\xFF" "é",
      "\xC2\xB7" "a", "x\xE2\x80",      "가나다라마바사아A", "가나다라마바사아@[", "\x01\x10\x19:9"};
  for (const std::string& c : cases) EXPECT_EQ(Words(c), WordsByDecoding(c)) << c;
  const std::string pieces[] = {"가", "나 ", "A", "z", "9", "é", "τ", "\xC2\xB7", "\x80", "\xED\xA0\x80",
                                "\xF0\x9F\x98\x80", ":", "@", "`", "{", " ", "\xC3", "\xE1\x84\x80"};
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 24); i > 0; --i) text += pieces[random() % std::size(pieces)];
    ASSERT_EQ(Words(text), WordsByDecoding(text)) << text;
  }
}

}  // namespace
}  // namespace papergraph
