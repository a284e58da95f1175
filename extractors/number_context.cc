#include "extractors/number_context.h"

#include <array>

#include "extractors/ascii.h"

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

}  // namespace

std::string MetricName(re2::StringPiece written) {
  if (written.starts_with("Fr")) return "FID";  // Fréchet / Frechet Inception Distance
  if (written == "Inception Score") return "IS";
  return std::string(written);
}

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

const RE2& CountAfter() {
  static const RE2 re(
      R"(^(?:\s*(배|times|fold|x\b|×)|개|년|월|일|번|명|가지|차례|층|초|분|시간|단계|스텝|샘플|토큰|)"
      R"(회|천|만|억|조|\s*(?:K\b|M\b|B\b|GB|MB|TB|billion|million|thousand|samples|tokens|)"
      R"(steps|examples|hours|days|languages|papers|tasks|questions|problems|images|videos|)"
      R"(ms\b|s\b|sec\b|seconds|minutes|fps|FPS|[GTP]?FLOPs|params|parameters|layers|epochs|)"
      R"(GPUs?\b|it/s)))");
  return re;
}

const RE2& ChangeAfter() {
  static const RE2 re(
      R"(^\s*(?:p\b|pp\b|포인트|points?\b|pts?\b|만큼|더\s|향상|개선|증가|상승|감소|하락|절감|단축|)"
      R"(높|낮|빠르|빨|느리|차이|격차|앞서|앞선|앞섰|상회|능가|웃돌|뛰어넘|higher|lower|)"
      R"(better|worse|faster|slower|more\b|less\b|fewer|improvement|gain|increase|decrease|)"
      R"(reduction|drop|boost|margin|lead|absolute|relative|speed))");
  return re;
}

const RE2& ReferenceAfter() {
  static const RE2 re(R"(^\s*(?:대비|보다|에 비해|와 비교|과 비교|than\b))");
  return re;
}

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

const RE2& ChangeNoun() {
  static const RE2 re(
      R"(향상|개선|증가|상승|감소|하락|저하|손실|절감|단축|차이|격차|이득|상대적|절대적|improv|gain|increas|)"
      R"(decreas|reduc|drop|boost|speed|margin|higher|lower|better|worse|faster|slower)");
  return re;
}

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

const RE2& VersionOf() {
  static const RE2 re(R"((?:^|[^A-Za-z0-9\-])[A-Z][A-Za-z0-9\-]* $)");
  return re;
}

const RE2& FromTo() {
  static const RE2 re(R"(^\s*(?:에서|→|->|⇒|to)\s*(?:약\s*)?$)");
  return re;
}

const RE2& ArrivesAt() {
  static const RE2 re(
      R"(^\s*(?:으로|로)\s*(?:\S+\s+){0,2}?(?:개선|향상|낮추|낮아|줄|높|증가|감소|상승|끌어))");
  return re;
}

const RE2& ListGlue() {
  static const RE2 re(
      R"(^\s*\)?\s*(?:,|및|와|과|그리고|and|or|/|、|~|∼|–|,\s*and)?\s*)"
      "(?:(?:[\\x01\\x02]+|[A-Za-z]*[A-Z0-9][\\w.\\-]*)\\s*"
      R"((?:\([^()\d]*\))?\s*(?:벤치마크|데이터셋|benchmark|dataset)?\s*)"
      R"((?:에서는|에서도|에서|의|:|on|in)?\s*)?(?:평균|약|최대)?\s*\(?\s*$)");
  return re;
}

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
    if (IsAsciiDigit(c) || std::string_view(",.;:()\x01\x02").find(c) != std::string_view::npos) {
      return limit.substr(0, i);
    }
    if (c != '\xEB' && c != '\xEC') continue;  // the lead byte of every particle below
    for (std::string_view particle : {"를", "을", "로", "에", "와", "및", "며"}) {
      if (limit.compare(i, particle.size(), particle) == 0) return limit.substr(0, i);
    }
  }
  return limit;
}

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

bool MetricMayEndBefore(std::string_view before) {
  auto trim_spaces = [&] {
    while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  };
  trim_spaces();
  if (!before.empty() && before.back() == '(') before.remove_suffix(1);
  trim_spaces();
  if (before.empty()) return false;
  char last = before.back();
  if (IsAsciiAlnum(last) || std::string_view("+.~=:").find(last) != std::string_view::npos) {
    return true;
  }
  // The last syllables of 약, 평균, 가, 이, 은, 는, 을, 를, 로, 점수, 스코어, 값, and ∼.
  for (std::string_view end : {"약", "균", "가", "이", "은", "는", "을", "를", "로", "수", "어", "값", "∼"}) {
    if (before.size() >= end.size() && before.substr(before.size() - end.size()) == end) return true;
  }
  return false;
}

bool MayEndInBoundWord(std::string_view before) {
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  return !before.empty() && (IsAsciiAlnum(before.back()) || before.back() == '_');
}

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

}  // namespace papergraph
