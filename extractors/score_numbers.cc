#include "extractors/score_numbers.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/text.h"
#include "extractors/ascii.h"
#include "extractors/dfa_first.h"
#include "extractors/number_context.h"

namespace papergraph {
namespace {

// Which of the patterns tried on the text right after a number (all
// anchored there) match it: one pass of an RE2::Set instead of a regex each,
// so that a pattern runs on its own only when its captures are needed.
class PatternsAfter {
 public:
  enum Pattern { kCount, kBound, kReference, kChange, kExplainedDelta, kArrivesAt, kPatterns };

  explicit PatternsAfter(re2::StringPiece after) {
    // Whether any matches first: that search allocates nothing, and most
    // numbers are followed by none of the patterns.
    if (!Set().Match(after, nullptr)) return;
    std::vector<int> hits;
    Set().Match(after, &hits);
    for (int hit : hits) matched_[static_cast<size_t>(hit)] = true;
  }
  bool Matched(Pattern p) const { return matched_[p]; }

 private:
  struct CompiledSet {
    RE2::Set set{RE2::Options(), RE2::ANCHOR_START};
    CompiledSet() {
      // In the order of Pattern.
      for (const RE2* re : {&CountAfter(), &BoundAfter(), &ReferenceAfter(), &ChangeAfter(),
                            &ExplainedDelta(), &ArrivesAt()}) {
        set.Add(re->pattern(), nullptr);
      }
      set.Compile();
    }
  };
  static const RE2::Set& Set() {
    static const CompiledSet compiled;
    return compiled.set;
  }
  std::array<bool, kPatterns> matched_{};
};

// The role a number's own surroundings give it; `patterns` are those
// matching right after it.
NumberRole LocalRole(std::string_view masked, const ScoreNumber& n, bool glued, bool scorable,
                     const PatternsAfter& patterns) {
  re2::StringPiece before = Piece(masked.substr(0, n.begin));
  re2::StringPiece after = Piece(masked.substr(n.end));
  re2::StringPiece multiplier;
  if (patterns.Matched(PatternsAfter::kCount) &&
      PartialMatchDfaFirst(after, CountAfter(), &multiplier)) {
    return multiplier.empty() ? NumberRole::kOther : NumberRole::kChange;
  }
  if (glued) return NumberRole::kOther;
  std::string_view head = masked.substr(0, n.begin);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  bool signed_number = !head.empty() && (head.back() == '+' || head.back() == '-');
  if (signed_number || (head.size() >= 2 && head.substr(head.size() - 2) == "±")) {
    return NumberRole::kChange;
  }
  if (patterns.Matched(PatternsAfter::kBound) ||
      (MayEndInBoundWord(head) && RE2::PartialMatch(before, BoundBefore()))) {
    return NumberRole::kBound;
  }
  if (patterns.Matched(PatternsAfter::kReference)) {
    return RE2::PartialMatch(before, OwnedBefore()) ? NumberRole::kScore : NumberRole::kOther;
  }
  if (patterns.Matched(PatternsAfter::kChange) || patterns.Matched(PatternsAfter::kExplainedDelta) ||
      RE2::PartialMatch(Piece(TailPhrase(masked.substr(n.end))), ChangeNoun()) ||
      RE2::PartialMatch(before, ChangeBefore())) {
    return NumberRole::kChange;
  }
  if (MayFollowPreviousWord(masked.substr(0, n.begin)) && RE2::PartialMatch(before, PreviousBefore())) {
    return NumberRole::kPrevious;
  }
  const std::string& v = n.value_text;  // "1.5": one digit, a point, one digit
  bool version_like = v.size() == 3 && IsAsciiDigit(v[0]) && v[1] == '.' && IsAsciiDigit(v[2]);
  if (n.unit.empty() && version_like &&
      RE2::PartialMatch(before, VersionOf())) {
    return NumberRole::kOther;
  }
  return scorable ? NumberRole::kScore : NumberRole::kOther;
}

// Reads the number starting at masked[i]; returns false if none.
bool ReadNumber(std::string_view masked, size_t i, ScoreNumber* n, bool* glued) {
  size_t j = i;
  while (j < masked.size() && IsAsciiDigit(masked[j])) ++j;
  // Thousands separators: "1,317" (not "14.14%, 7.12%").
  while (j + 3 < masked.size() && masked[j] == ',' && IsAsciiDigit(masked[j + 1]) &&
         IsAsciiDigit(masked[j + 2]) && IsAsciiDigit(masked[j + 3]) &&
         (j + 4 == masked.size() || !IsAsciiDigit(masked[j + 4]))) {
    j += 4;
  }
  bool decimal = false;
  if (j + 1 < masked.size() && masked[j] == '.' && IsAsciiDigit(masked[j + 1])) {
    decimal = true;
    for (++j; j < masked.size() && IsAsciiDigit(masked[j]); ++j) {
    }
  }
  n->begin = i;
  n->value_text.clear();
  for (size_t k = i; k < j; ++k) {
    if (masked[k] != ',') n->value_text += masked[k];
  }
  n->value = std::strtod(n->value_text.c_str(), nullptr);
  char prev = i > 0 ? masked[i - 1] : ' ';
  char prev2 = i > 1 ? masked[i - 2] : ' ';
  char next = j < masked.size() ? masked[j] : ' ';
  *glued = IsAsciiAlpha(prev) || prev == '_' || prev == '@' || prev == '/' || prev == '.' ||
           (prev == '-' && IsAsciiAlnum(prev2)) || IsAsciiAlpha(next) || next == '/' ||
           (next == '-' && j + 1 < masked.size() && IsAsciiAlnum(masked[j + 1])) ||
           prev == kModelMask || prev == kBenchmarkMask;
  n->end = j;
  return decimal;
}

}  // namespace

std::vector<ScoreNumber> FindScoreNumbers(std::string_view masked) {
  std::vector<ScoreNumber> out;
  for (size_t i = 0; i < masked.size(); ++i) {
    if (!IsAsciiDigit(masked[i])) continue;
    ScoreNumber n;
    bool glued = false;
    bool decimal = ReadNumber(masked, i, &n, &glued);
    re2::StringPiece unit;
    std::string_view after = masked.substr(n.end);
    if (!glued) unit = Piece(after.substr(0, UnitLength(after)));
    n.end += unit.size();
    bool percent = unit.find('%') != re2::StringPiece::npos ||
                   unit.find("퍼센트") != re2::StringPiece::npos ||
                   unit.find("percent") != re2::StringPiece::npos;
    bool per_point =
        unit.find("%p") != re2::StringPiece::npos || unit.find("points") != re2::StringPiece::npos;
    re2::StringPiece metric;
    if (MetricMayFollow(masked.substr(n.end)) &&
        PartialMatchDfaFirst(Piece(masked.substr(n.end)), MetricAfter(), &metric)) {
      n.end = static_cast<size_t>(metric.data() + metric.size() - masked.data());
    } else if (MetricMayEndBefore(masked.substr(0, n.begin))) {
      RE2::PartialMatch(Piece(masked.substr(0, n.begin)), MetricBefore(), &metric);
    }
    n.unit = !metric.empty() ? MetricName(metric) : percent ? "%" : "";
    bool scorable = !unit.empty() || !metric.empty() || decimal;
    n.anchor = n.begin;
    PatternsAfter patterns(Piece(masked.substr(n.end)));
    n.role = per_point ? NumberRole::kChange : LocalRole(masked, n, glued, scorable, patterns);
    if (n.role == NumberRole::kScore && patterns.Matched(PatternsAfter::kArrivesAt)) {
      n.new_value = true;
    }
    i = n.end - 1;  // the loop's ++i steps past the number
    out.push_back(std::move(n));
  }
  // From-to pairs: the first is the earlier value, the second the new one.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    std::string_view between = masked.substr(out[k].end, out[k + 1].begin - out[k].end);
    if (out[k].role == NumberRole::kOther || !RE2::FullMatch(Piece(between), FromTo())) continue;
    out[k].role = NumberRole::kPrevious;
    if (out[k + 1].role == NumberRole::kChange || out[k + 1].role == NumberRole::kBound) {
      out[k].role = out[k + 1].role;  // "16%에서 33% 감소": a range of changes
    } else if (out[k + 1].role != NumberRole::kOther) {
      out[k + 1].role = NumberRole::kScore;
      out[k + 1].new_value = true;
      out[k + 1].anchor = out[k].anchor;
    }
  }
  // A list of numbers takes the change or bound role of any member.
  for (size_t first = 0; first < out.size();) {
    size_t last = first;
    NumberRole shared = NumberRole::kScore;
    while (true) {
      if (out[last].role == NumberRole::kChange || out[last].role == NumberRole::kBound) {
        shared = out[last].role;
      }
      if (last + 1 == out.size()) break;
      const ScoreNumber& a = out[last];
      const ScoreNumber& b = out[last + 1];
      std::string_view between = masked.substr(a.end, b.begin - a.end);
      bool joined = !a.new_value && !b.new_value && a.role != NumberRole::kPrevious &&
                    b.role != NumberRole::kPrevious && a.role != NumberRole::kOther &&
                    b.role != NumberRole::kOther && RE2::FullMatch(Piece(between), ListGlue());
      if (!joined) break;
      ++last;
    }
    for (size_t k = first; k <= last; ++k) {
      if (out[k].role == NumberRole::kScore && shared != NumberRole::kScore) out[k].role = shared;
    }
    first = last + 1;
  }
  return out;
}

std::string LastMetricBefore(std::string_view masked, size_t end, size_t* at) {
  re2::StringPiece rest = Piece(masked.substr(0, end));
  re2::StringPiece metric, last;
  while (RE2::FindAndConsume(&rest, AnyMetric(), &metric)) last = metric;
  if (at) *at = last.empty() ? end : static_cast<size_t>(last.data() - masked.data());
  return last.empty() ? std::string() : MetricName(last);
}

bool LowerIsBetter(std::string_view metric) {
  static constexpr std::array<std::string_view, 15> kLower = {
      "fid",   "fvd", "kid", "lpips", "wer", "cer",     "perplexity", "ppl",
      "error", "mae", "mse", "rmse",  "sd",  "latency", "ter"};
  std::string key = FoldKey(metric);
  for (std::string_view m : kLower) {
    if (key == m) return true;
  }
  return false;
}

}  // namespace papergraph
