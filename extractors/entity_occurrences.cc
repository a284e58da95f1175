#include "extractors/entity_occurrences.h"

#include <algorithm>

#include "extractors/ascii.h"
#include "extractors/score_numbers.h"

namespace papergraph {
namespace {

// Whether the form at [at, end) stands on its own: no Latin letter or digit
// touches it, and no hyphen joins it to one ("MMLU-Pro").
bool StandsAlone(std::string_view s, size_t at, size_t end) {
  if (at > 0 && (IsAsciiAlnum(s[at - 1]) || s[at - 1] == '_')) return false;
  if (at > 1 && s[at - 1] == '-' && IsAsciiAlnum(s[at - 2])) return false;
  if (end < s.size() && (IsAsciiAlnum(s[end]) || s[end] == '_' || s[end] == '+')) return false;
  if (end + 1 < s.size() && s[end] == '-' && IsAsciiAlnum(s[end + 1])) return false;
  return true;
}

}  // namespace

std::vector<MentionForms> FormsOf(const std::vector<Mention>& mentions, const Lexicon& lexicon) {
  std::vector<MentionForms> out;
  out.reserve(mentions.size());
  for (const Mention& m : mentions) {
    MentionForms& f = out.emplace_back();
    f.mention = &m;
    auto add = [&](std::string_view form) {
      if (!form.empty()) f.forms.push_back(form);
    };
    add(m.surface);
    add(m.canonical);
    if (const LexiconEntry* e = lexicon.Find(m.canonical)) {
      for (const std::string& alias : e->aliases) add(alias);
    }
  }
  return out;
}

std::vector<Occurrence> FindOccurrences(std::string_view sentence,
                                        const std::vector<MentionForms>& forms) {
  std::vector<Occurrence> candidates;
  for (const MentionForms& m : forms) {
    for (std::string_view form : m.forms) {
      for (size_t at = sentence.find(form); at != std::string_view::npos;
           at = sentence.find(form, at + 1)) {
        if (StandsAlone(sentence, at, at + form.size())) {
          candidates.push_back({at, at + form.size(), m.mention});
        }
      }
    }
  }
  // Longest first, then leftmost; keep those that overlap nothing kept.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Occurrence& a, const Occurrence& b) {
                     if (a.end - a.begin != b.end - b.begin)
                       return a.end - a.begin > b.end - b.begin;
                     return a.begin < b.begin;
                   });
  std::vector<Occurrence> kept;
  for (const Occurrence& c : candidates) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Occurrence& o) {
      return c.begin < o.end && o.begin < c.end;
    });
    if (!overlaps) kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });
  return kept;
}

std::string MaskOccurrences(std::string_view sentence, const std::vector<Occurrence>& found) {
  std::string masked(sentence);
  for (const Occurrence& o : found) {
    char mask = o.mention->kind == EntityKind::kBenchmark ? kBenchmarkMask : kModelMask;
    std::fill(masked.begin() + static_cast<std::ptrdiff_t>(o.begin),
              masked.begin() + static_cast<std::ptrdiff_t>(o.end), mask);
  }
  return masked;
}

}  // namespace papergraph
