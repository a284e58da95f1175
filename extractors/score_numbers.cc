#include "extractors/score_numbers.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/text.h"
#include "extractors/dfa_first.h"

namespace papergraph {
namespace {

// Metric names that may stand next to a score. Short upper-case ones are
// matched with exact case so that English words ("is", "em") are not metrics.
constexpr char kMetric[] =
    R"((?:(?i:pass@\d+|recall@\d+|r@\d+|ndcg@\d+|hit@\d+|top-?[15]|perplexity|exact match)|)"
    R"(FID|FVD|KID|IS|BLEU(?:-\d)?|ROUGE(?:-[0-9L]+)?|CIDEr|METEOR|)"
    R"(SPICE|chrF\+*|mAP(?:@[\d.]+)?|AP(?:50|75)?|mIoU|IoU|PSNR|SSIM|LPIPS|WER|CER|EM|F1|)"
    R"(MRR|AUROC|AUC|Elo|ELO|SD|MSE|CLIPSIM|CLIP ?[Ss]core|PPL|MAE|RMSE|)"
    R"(Fr[eé]chet Inception Distance|Inception Score))";

// A metric as reported: spelled-out names by their usual short form.
std::string MetricName(re2::StringPiece written) {
  if (written.starts_with("Fr")) return "FID";  // Fréchet / Frechet Inception Distance
  if (written == "Inception Score") return "IS";
  return std::string(written);
}

bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// '%', '점' (points on a scale) or '%p' right after the number: how many
// bytes of `after` it takes, 0 when none. The first that fits of
// " ?\\?(%p|%)", "％", "퍼센트", " ?percentage points?", " ?percent", " ?점";
// an optional space or backslash that is written must be taken, as what
// follows cannot start with it.
size_t UnitLength(std::string_view after) {
  auto starts = [&](size_t at, std::string_view word) { return after.compare(at, word.size(), word) == 0; };
  size_t space = starts(0, " ") ? 1 : 0;
  size_t at = space + (starts(space, "\\") ? 1 : 0);
  if (starts(at, "%")) return at + (starts(at + 1, "p") ? 2 : 1);
  for (std::string_view word : {"％", "퍼센트"}) {
    if (starts(0, word)) return word.size();
  }
  if (starts(space, "percentage point")) {
    at = space + std::string_view("percentage point").size();
    return at + (starts(at, "s") ? 1 : 0);
  }
  for (std::string_view word : {"percent", "점"}) {
    if (starts(space, word)) return space + word.size();
  }
  return 0;
}

const RE2& MetricAfter() {
  static const RE2 re(std::string(R"(^\s*(?:의\s*)?()") + kMetric + ")(?:[^A-Za-z0-9]|$)");
  return re;
}

const RE2& MetricBefore() {
  static const RE2 re(std::string(R"((?:^|[^A-Za-z0-9@_\-])()") + kMetric +
                      R"()\s*(?:score|점수|스코어|값|value)?\s*(?:of|=|:|가|이|은|는|을|를|로)?)"
                      R"(\s*(?:약|평균|about|around|~|∼)?\s*\(?\s*$)");
  return re;
}

const RE2& AnyMetric() {
  static const RE2 re(std::string(R"((?:^|[^A-Za-z0-9@_\-])()") + kMetric + ")(?:[^A-Za-z0-9]|$)");
  return re;
}

// Counts, sizes and dates; multipliers are changes.
const RE2& CountAfter() {
  static const RE2 re(
      R"(^(?:\s*(배|times|fold|x\b|×)|개|년|월|일|번|명|가지|차례|층|초|분|시간|단계|스텝|샘플|토큰|)"
      R"(회|천|만|억|조|\s*(?:K\b|M\b|B\b|GB|MB|TB|billion|million|thousand|samples|tokens|)"
      R"(steps|examples|hours|days|languages|papers|tasks|questions|problems|images|videos|)"
      R"(ms\b|s\b|sec\b|seconds|minutes|fps|FPS|[GTP]?FLOPs|params|parameters|layers|epochs|)"
      R"(GPUs?\b|it/s)))");
  return re;
}

// A change or a reference value right after the number (and its unit).
const RE2& ChangeAfter() {
  static const RE2 re(
      R"(^\s*(?:p\b|pp\b|포인트|points?\b|pts?\b|만큼|더\s|향상|개선|증가|상승|감소|하락|절감|단축|)"
      R"(높|낮|빠르|빨|느리|차이|격차|앞서|앞선|앞섰|상회|능가|웃돌|뛰어넘|higher|lower|)"
      R"(better|worse|faster|slower|more\b|less\b|fewer|improvement|gain|increase|decrease|)"
      R"(reduction|drop|boost|margin|lead|absolute|relative|speed))");
  return re;
}

// A value something else is compared with: "50.0% 대비", "3.78보다", "than 80%".
const RE2& ReferenceAfter() {
  static const RE2 re(R"(^\s*(?:대비|보다|에 비해|와 비교|과 비교|than\b))");
  return re;
}

// A model's own value: "DeepSeek-Prover-V1의 50.0% 대비", "StyleGAN2의 3.78보다".
const RE2& OwnedBefore() {
  static const RE2 re("\\x01+\\s*(?:의|'s)\\s*$");
  return re;
}

const RE2& BoundAfter() {
  static const RE2 re(
      R"(^\s*(?:이상|이하|미만|초과|이내|or more|or less|or higher|or above|and above|\+|)"
      R"((?:를|을|에도|에|까지|선을|도)\s*(?:넘|돌파|초과|상회|웃돌|미치지|못 미|근접|달성하지|못)))");
  return re;
}

// A change noun in the noun phrase after the number ("의 성능 향상").
const RE2& ChangeNoun() {
  static const RE2 re(
      R"(향상|개선|증가|상승|감소|하락|저하|손실|절감|단축|차이|격차|이득|상대적|절대적|improv|gain|increas|)"
      R"(decreas|reduc|drop|boost|speed|margin|higher|lower|better|worse|faster|slower)");
  return re;
}

// A delta explained by its from-to: "12.3% (53.9%에서 66.2%로)".
const RE2& ExplainedDelta() {
  static const RE2 re(R"(^\s*\(\s*[\d.]+\s*%?\s*(?:에서|→|->|to\b))");
  return re;
}

const RE2& ChangeBefore() {
  static const RE2 re(
      R"((?:(?:^|[^A-Za-z])by|(?:^|\s)대|대비|보다|비해|비교해|비교하여|than|vs\.?|(?:향상|개선|증가|감소|상승|)"
      R"(하락|차이|격차|이득|improvement|gain|increase|boost|margin|reduction|drop)\S*\s*)"
      R"((?:이|가|은|는|:|of)?)\s*(?:각각|평균|약|최대|최소|about|around|up to|over|nearly|)"
      R"(almost|roughly|more than)?\s*$)");
  return re;
}

const RE2& BoundBefore() {
  static const RE2 re(
      R"((?:^|[^A-Za-z])(?:over|above|more than|less than|under|below|at least|up to|exceed\w*|)"
      R"(surpass\w*|beyond|nearly|almost)\s*$)");
  return re;
}

const RE2& PreviousBefore() {
  static const RE2 re(
      R"((?:이전|기존|종전|원래|(?:^|[^A-Za-z])(?:previous|prior|baseline|from|original))\S*)"
      R"(\s+(?:\S+\s+){0,2}$)");
  return re;
}

// A bare number of the form d.d right after a capitalised word is its
// version: "RAG 2.0", "Gemini 1.5" (but "LSD 0.82" is a score).
const RE2& VersionOf() {
  static const RE2 re(R"((?:^|[^A-Za-z0-9\-])[A-Z][A-Za-z0-9\-]* $)");
  return re;
}

// "72.0%에서 80.2%" / "72% to 80%": the text between a from and its to.
const RE2& FromTo() {
  static const RE2 re(R"(^\s*(?:에서|→|->|⇒|to)\s*(?:약\s*)?$)");
  return re;
}

// "1.81로 개선": the value a change arrives at.
const RE2& ArrivesAt() {
  static const RE2 re(
      R"(^\s*(?:으로|로)\s*(?:\S+\s+){0,2}?(?:개선|향상|낮추|낮아|줄|높|증가|감소|상승|끌어))");
  return re;
}

// What may stand between two members of one list of numbers.
const RE2& ListGlue() {
  static const RE2 re(
      R"(^\s*\)?\s*(?:,|및|와|과|그리고|and|or|/|、|~|∼|–|,\s*and)?\s*)"
      "(?:(?:[\\x01\\x02]+|[A-Za-z]*[A-Z0-9][\\w.\\-]*)\\s*"
      R"((?:\([^()\d]*\))?\s*(?:벤치마크|데이터셋|benchmark|dataset)?\s*)"
      R"((?:에서는|에서도|에서|의|:|on|in)?\s*)?(?:평균|약|최대)?\s*\(?\s*$)");
  return re;
}

// RE2's \s.
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// The noun phrase after a number: after spaces, a ')' and a parenthesis,
// up to punctuation, a digit, a name or a particle (를 을 로 에 와 및 며),
// at most 48 bytes.
std::string_view TailPhrase(std::string_view after) {
  size_t at = 0;
  while (at < after.size() && IsSpace(after[at])) ++at;
  if (at < after.size() && after[at] == ')') ++at;
  while (at < after.size() && IsSpace(after[at])) ++at;
  if (at < after.size() && after[at] == '(') {
    size_t close = after.find_first_of("()", at + 1);
    if (close != std::string_view::npos && after[close] == ')') at = close + 1;
  }
  std::string_view limit = after.substr(at, 48);
  for (size_t i = 0; i < limit.size(); ++i) {
    char c = limit[i];
    if (IsDigit(c) || std::string_view(",.;:()\x01\x02").find(c) != std::string_view::npos) {
      return limit.substr(0, i);
    }
    if (c != '\xEB' && c != '\xEC') continue;  // the lead byte of every particle below
    for (std::string_view particle : {"를", "을", "로", "에", "와", "및", "며"}) {
      if (limit.compare(i, particle.size(), particle) == 0) return limit.substr(0, i);
    }
  }
  return limit;
}

// Whether MetricAfter may match `after`: every metric starts with an ASCII
// letter, after spaces and perhaps 의 and spaces.
bool MetricMayFollow(std::string_view after) {
  size_t at = 0;
  while (at < after.size() && IsSpace(after[at])) ++at;
  std::string_view kOf = "의";
  if (after.compare(at, kOf.size(), kOf) == 0) {
    at += kOf.size();
    while (at < after.size() && IsSpace(after[at])) ++at;
  }
  return at < after.size() && IsAsciiAlpha(after[at]);
}

// Whether BoundBefore may match `before`: its last word ends it, perhaps
// followed by spaces.
bool MayEndInBoundWord(std::string_view before) {
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  return !before.empty() && (IsAsciiAlnum(before.back()) || before.back() == '_');
}

// Whether PreviousBefore may match `before`: it ends in a space, and one of
// its words stands in the last three words.
bool MayFollowPreviousWord(std::string_view before) {
  if (before.empty() || !IsSpace(before.back())) return false;
  size_t at = before.size();
  for (int words = 0; words < 3; ++words) {
    while (at > 0 && IsSpace(before[at - 1])) --at;
    while (at > 0 && !IsSpace(before[at - 1])) --at;
  }
  std::string_view tail = before.substr(at);
  for (std::string_view word : {"이전", "기존", "종전", "원래", "previous", "prior", "baseline", "from",
                                "original"}) {
    if (tail.find(word) != std::string_view::npos) return true;
  }
  return false;
}

// Which of the patterns tried on the text right after a number (all
// anchored there) match it: one pass of an RE2::Set instead of a regex each,
// so that a pattern runs on its own only when its captures are needed.
class PatternsAfter {
 public:
  enum Pattern { kCount, kBound, kReference, kChange, kExplainedDelta, kArrivesAt, kPatterns };

  explicit PatternsAfter(re2::StringPiece after) {
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
      RE2::PartialMatch(after, CountAfter(), &multiplier)) {
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
  bool version_like = v.size() == 3 && IsDigit(v[0]) && v[1] == '.' && IsDigit(v[2]);
  if (n.unit.empty() && version_like &&
      RE2::PartialMatch(before, VersionOf())) {
    return NumberRole::kOther;
  }
  return scorable ? NumberRole::kScore : NumberRole::kOther;
}

// Reads the number starting at masked[i]; returns false if none.
bool ReadNumber(std::string_view masked, size_t i, ScoreNumber* n, bool* glued) {
  size_t j = i;
  while (j < masked.size() && IsDigit(masked[j])) ++j;
  // Thousands separators: "1,317" (not "14.14%, 7.12%").
  while (j + 3 < masked.size() && masked[j] == ',' && IsDigit(masked[j + 1]) &&
         IsDigit(masked[j + 2]) && IsDigit(masked[j + 3]) &&
         (j + 4 == masked.size() || !IsDigit(masked[j + 4]))) {
    j += 4;
  }
  bool decimal = false;
  if (j + 1 < masked.size() && masked[j] == '.' && IsDigit(masked[j + 1])) {
    decimal = true;
    for (++j; j < masked.size() && IsDigit(masked[j]); ++j) {
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
    if (!IsDigit(masked[i])) continue;
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
    } else {
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
