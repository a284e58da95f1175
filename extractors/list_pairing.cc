#include "extractors/list_pairing.h"

#include <re2/re2.h>

#include <string>

#include "extractors/ascii.h"

namespace papergraph {
namespace {

const RE2& NameListGlue() {
  static const RE2 re(R"(^\s*(?:\([^()]*\))?\s*(?:,|및|와|과|and|, and|or)\s*$)");
  return re;
}

const RE2& NumberListGlue() {
  static const RE2 re(R"(^\s*\)?\s*(?:,|및|와|과|그리고|and|or|/|, and)\s*(?:평균|약)?\s*\(?\s*$)");
  return re;
}

constexpr size_t kMarkerBefore = 40;  // bytes from "각각" to the first number
constexpr size_t kMarkerAfter = 120;  // bytes from the last number to "respectively"

bool IsBenchmark(const Occurrence& o) { return o.mention->kind == EntityKind::kBenchmark; }

// Whether found[i] for i in `list` are adjacent and written as one list.
bool IsNameList(std::string_view masked, const std::vector<Occurrence>& found,
                const std::vector<size_t>& list) {
  for (size_t i = 1; i < list.size(); ++i) {
    size_t from = found[list[i - 1]].end, to = found[list[i]].begin;
    if (list[i] != list[i - 1] + 1 ||
        !RE2::FullMatch(Piece(masked.substr(from, to - from)), NameListGlue())) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<size_t> PairListsInOrder(std::string_view masked, const std::vector<Occurrence>& found,
                                     const std::vector<ScoreNumber>& numbers) {
  std::vector<size_t> pair(numbers.size(), kNoPair);
  size_t marker = masked.find("각각");
  if (marker == std::string_view::npos) marker = masked.find("respectively");
  for (size_t first = 0; first < numbers.size();) {
    size_t last = first;
    while (last + 1 < numbers.size()) {
      size_t from = numbers[last].end, to = numbers[last + 1].begin;
      if (!RE2::FullMatch(Piece(masked.substr(from, to - from)), NumberListGlue())) break;
      ++last;
    }
    size_t k = last - first + 1;
    size_t begin = numbers[first].begin, end = numbers[last].end;
    bool marked =
        marker != std::string_view::npos && ((marker < begin && begin - marker <= kMarkerBefore) ||
                                             (marker >= end && marker - end <= kMarkerAfter));
    if (k >= 2) {
      std::vector<size_t> after, before;
      for (size_t i = 0; i < found.size(); ++i) {
        if (!IsBenchmark(found[i])) continue;
        if (found[i].begin >= end && found[i].begin <= marker) after.push_back(i);
        if (found[i].end <= begin) before.push_back(i);
      }
      std::vector<size_t> chosen;
      if (marked && after.size() == k) {
        chosen = after;
      } else if (before.size() >= k) {
        chosen.assign(before.end() - static_cast<std::ptrdiff_t>(k), before.end());
        if (!marked && !IsNameList(masked, found, chosen)) chosen.clear();
      }
      for (size_t i = 0; i < chosen.size(); ++i) pair[first + i] = chosen[i];
    }
    first = last + 1;
  }
  return pair;
}

}  // namespace papergraph
