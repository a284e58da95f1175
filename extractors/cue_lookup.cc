#include "extractors/cue_lookup.h"

#include <string>

#include "extractors/ascii.h"

namespace papergraph {
bool CueAtEdge(std::string_view window, bool at_end, const Lexicon& lexicon, EntityKind* kind) {
  auto trim = [](char c) { return c == ' ' || c == '\'' || c == '"'; };
  while (!window.empty() && trim(at_end ? window.back() : window.front())) {
    at_end ? window.remove_suffix(1) : window.remove_prefix(1);
  }
  std::string lower = LowerAscii(window);
  size_t best = 0;
  for (const CueWord& cue : lexicon.cues()) {
    if (cue.word.size() <= best || cue.word.size() > lower.size()) continue;
    size_t at = at_end ? lower.size() - cue.word.size() : 0;
    if (lower[at] != cue.word[0] || std::string_view(lower).compare(at, cue.word.size(), cue.word) != 0) {
      continue;
    }
    // An English cue must be a whole word: "Merging", not "Emerging".
    if (IsAsciiAlpha(cue.word[0]) && at_end && at > 0 && IsAsciiAlpha(lower[at - 1])) continue;
    *kind = cue.kind;
    best = cue.word.size();
  }
  return best > 0;
}

bool FirstCue(std::string_view window, const Lexicon& lexicon, EntityKind* kind) {
  size_t best = std::string::npos, best_size = 0;
  // By cue, then position: only a cue's first occurrence can be taken.
  for (const Lexicon::CueHit& hit : lexicon.FindCues(LowerAscii(window))) {
    const CueWord& cue = lexicon.cues()[hit.cue];
    if (hit.at > best || (hit.at == best && cue.word.size() <= best_size)) continue;
    best = hit.at, best_size = cue.word.size(), *kind = cue.kind;
  }
  return best != std::string::npos;
}

}  // namespace papergraph
