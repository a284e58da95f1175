#include "extractors/sentence_splitter.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "core/text.h"
#include "extractors/ascii.h"

namespace papergraph {
namespace {

constexpr std::array<std::string_view, 9> kAbbreviations = {"e.g", "i.e",    "et al", "vs",  "Fig",
                                                            "cf",  "approx", "etc",   "resp"};

bool EndsWithAbbreviation(std::string_view before_dot) {
  for (std::string_view a : kAbbreviations) {
    if (before_dot.size() < a.size() || before_dot.substr(before_dot.size() - a.size()) != a) {
      continue;
    }
    size_t at = before_dot.size() - a.size();
    if (at == 0 || !IsAsciiAlpha(before_dot[at - 1])) return true;
  }
  return false;
}

bool IsSentenceEnd(std::string_view text, size_t i) {
  char c = text[i];
  if (c == '\n') return true;
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 1 < text.size()) {
    char next = text[i + 1];
    if (next != ' ' && next != '\'' && next != '"' && next != '\n') return false;
  }
  return c != '.' || !EndsWithAbbreviation(text.substr(0, i));
}

// Whether a piece has a letter or digit (Latin, or any non-ASCII character):
// what is left between "'}]" and "', '" is no sentence.
bool HasWords(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

// What a digest writes before the sentence itself.
const RE2& EvidencePrefix() {
  static const RE2 re(R"(^(?:'[\w\- ]{1,30}':\s*'|\*{1,3}[^*]{1,40}\*{1,3}:|[\s\-\[\{\]\},'"])+)");
  return re;
}

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  // The next of each byte IsSentenceEnd may say yes to, from `i` on (npos
  // when none is left): found by memchr, as they stand far apart.
  constexpr std::string_view kEnds = "\n.!?";
  std::array<size_t, kEnds.size()> next;
  for (size_t k = 0; k < kEnds.size(); ++k) next[k] = text.find(kEnds[k]);
  for (size_t i = 0; i <= text.size(); ++i) {
    size_t first = text.size();
    for (size_t k = 0; k < kEnds.size(); ++k) {
      if (next[k] < i) next[k] = text.find(kEnds[k], i);
      first = std::min(first, next[k]);
    }
    i = first;
    if (i < text.size() && !IsSentenceEnd(text, i)) continue;
    size_t stop = (i < text.size() && text[i] != '\n') ? i + 1 : i;
    std::string_view sentence = TrimWhitespace(text.substr(start, stop - start));
    if (HasWords(sentence)) out.push_back(sentence);
    start = stop;
  }
  return out;
}

std::string EvidenceText(std::string_view sentence) {
  re2::StringPiece rest(sentence.data(), sentence.size());
  RE2::Consume(&rest, EvidencePrefix());
  std::string_view s(rest.data(), rest.size());
  while (!s.empty() && (s.back() == '\'' || s.back() == '"' || s.back() == ',')) s.remove_suffix(1);
  return CollapseWhitespace(s);
}

}  // namespace papergraph
