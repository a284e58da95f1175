// DFA first: RE2 calls with captures for patterns that mostly fail. RE2 runs
// a start-anchored pattern that has captures straight in its backtracker,
// which allocates and clears a bitmap of the whole text's length times the
// pattern's on every call, even when the first byte already fails. These
// wrappers ask RE2's DFA first, without captures (no allocation), where the
// match is; then the backtracker reads the captures from that match alone,
// with the rest of the text still its context (for ^, $ and \b). The same
// results as the plain calls, far cheaper when most attempts fail, as the
// extractors' do, and when the text after a match is long.
#ifndef PAPERGRAPH_EXTRACTORS_DFA_FIRST_H_
#define PAPERGRAPH_EXTRACTORS_DFA_FIRST_H_

#include <re2/re2.h>

#include <cstddef>
#include <utility>

namespace papergraph {

// Matches `re` against text[from, text.size()), anchored as `anchor`
// (UNANCHORED or ANCHOR_START), with `text` as the context. Sets *whole to
// the match and parses its first sizeof...(Captures) groups into
// `captures` (pointers, as RE2::PartialMatch takes them).
template <typename... Captures>
bool MatchDfaFirst(const re2::StringPiece& text, size_t from, RE2::Anchor anchor, const RE2& re,
                   re2::StringPiece* whole, Captures&&... captures) {
  if (!re.Match(text, from, text.size(), anchor, whole, 1)) return false;
  constexpr int kCaptures = static_cast<int>(sizeof...(Captures));
  if constexpr (kCaptures == 0) {
    return true;
  } else {
    if (re.NumberOfCapturingGroups() < kCaptures) return false;
    size_t begin = static_cast<size_t>(whole->data() - text.data());
    re2::StringPiece groups[kCaptures + 1];
    if (!re.Match(text, begin, begin + whole->size(), RE2::ANCHOR_BOTH, groups, kCaptures + 1)) {
      return false;
    }
    const RE2::Arg args[] = {RE2::Arg(std::forward<Captures>(captures))...};
    for (int i = 0; i < kCaptures; ++i) {
      if (!args[i].Parse(groups[i + 1].data(), groups[i + 1].size())) return false;
    }
    return true;
  }
}

// RE2::PartialMatch(text, re, captures...).
template <typename... Captures>
bool PartialMatchDfaFirst(const re2::StringPiece& text, const RE2& re, Captures&&... captures) {
  re2::StringPiece whole;
  return MatchDfaFirst(text, 0, RE2::UNANCHORED, re, &whole, std::forward<Captures>(captures)...);
}

// RE2::Consume(input, re, captures...).
template <typename... Captures>
bool ConsumeDfaFirst(re2::StringPiece* input, const RE2& re, Captures&&... captures) {
  re2::StringPiece whole;
  if (!MatchDfaFirst(*input, 0, RE2::ANCHOR_START, re, &whole, std::forward<Captures>(captures)...)) {
    return false;
  }
  input->remove_prefix(static_cast<size_t>(whole.data() + whole.size() - input->data()));
  return true;
}

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_DFA_FIRST_H_
