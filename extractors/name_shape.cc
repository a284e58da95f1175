#include "extractors/name_shape.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/text.h"
#include "extractors/ascii.h"

namespace papergraph {

// One coined word: "FG-MDM", "Qwen2.5", "JUMP++", "JUMP*".
const char kNameWordPattern[] =
    R"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+|\.[0-9]+)*(?:\+\+|\+|\*)?)";
// A run of one coined word, or of capitalised words: "Orthogonal Adaptation".
const char kNameRunPattern[] =
    R"((?:[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9]+|\.[0-9]+)*)"
    R"((?:\+\+|\+|\*)?(?: [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3}(?: v[0-9]+(?:\.[0-9]+)*)?)";

namespace {

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  for (size_t start = 0; start <= name.size();) {
    size_t space = std::min(name.find(' ', start), name.size());
    words.emplace_back(name.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace

bool IsUnknownName(std::string_view name, const Lexicon& lexicon) {
  std::string key = FoldKey(name);
  if (lexicon.IsKnownKey(key)) return false;
  // "NeRFs", "LLMs": a final ASCII 's' is the key's last letter.
  if (name.size() > 2 && name.back() == 's') {
    key.pop_back();
    if (lexicon.IsKnownKey(key)) return false;
  }
  if (name.find(' ') == std::string_view::npos) return IsNameShaped(name);
  return IsNameLike(name, lexicon);
}

bool IsNameShaped(std::string_view word) {
  static const RE2 kShape(kNameWordPattern);
  if (word.size() < 2 || !RE2::FullMatch(Piece(word), kShape)) return false;
  // "sGDS" and "T4" are coined; "d1" and "x2" are not.
  bool lower_start = IsAsciiLower(word[0]);
  return std::any_of(word.begin() + 1, word.end(), [&](char c) {
    return IsAsciiUpper(c) || (!lower_start && IsAsciiDigit(c));
  });
}

bool IsNameLike(std::string_view name, const Lexicon& lexicon, bool title_prefix) {
  std::vector<std::string> words = Words(name);
  if (words.size() > 4 || FoldKey(name).empty() || name.find('(') != std::string_view::npos) {
    return false;
  }
  size_t generic = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool lower = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    bool plain = word.size() >= 6 &&
                 std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // "Rethinking Attention"; in a title also "Tokenization Falling Short",
    // while a run may end in one ("Pivotal Parameters Tuning").
    bool gerund = words.size() > 1 && plain && word.compare(word.size() - 3, 3, "ing") == 0 &&
                  (i == 0 || title_prefix);
    if (lower || gerund) return false;  // "Learning to act"
    generic += lexicon.IsGeneric(word) ? 1 : 0;
  }
  // A title prefix may hold a generic word after the first ("Immiscible
  // Diffusion"); a run found in running text may not.
  if (!title_prefix) return generic == 0;
  return !lexicon.IsGeneric(words.front()) && generic < words.size();
}

}  // namespace papergraph
