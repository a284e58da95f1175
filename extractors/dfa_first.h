// DFA first: RE2 calls with captures for patterns that mostly fail. RE2 runs
// a start-anchored pattern that has captures straight in its backtracker,
// which allocates and clears a bitmap of the text's length times the
// pattern's on every call, even when the first byte already fails. These
// wrappers ask RE2's DFA first, without captures (no allocation), and make
// the capturing call only when it matches: the same results, far cheaper
// when most attempts fail, as the extractors' do.
#ifndef PAPERGRAPH_EXTRACTORS_DFA_FIRST_H_
#define PAPERGRAPH_EXTRACTORS_DFA_FIRST_H_

#include <re2/re2.h>

#include <utility>

namespace papergraph {

// RE2::PartialMatch(text, re, captures...).
template <typename... Captures>
bool PartialMatchDfaFirst(const re2::StringPiece& text, const RE2& re, Captures&&... captures) {
  return RE2::PartialMatch(text, re) &&
         RE2::PartialMatch(text, re, std::forward<Captures>(captures)...);
}

// RE2::Consume(input, re, captures...).
template <typename... Captures>
bool ConsumeDfaFirst(re2::StringPiece* input, const RE2& re, Captures&&... captures) {
  re2::StringPiece probe = *input;
  return RE2::Consume(&probe, re) && RE2::Consume(input, re, std::forward<Captures>(captures)...);
}

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_DFA_FIRST_H_
