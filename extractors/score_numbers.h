// Score numbers: every number of one sentence, with the unit or metric
// written next to it and what the sentence makes of it -- a possible score,
// or a change, a bound, an earlier value, or a count/size/date that is no
// score at all. Used by the result extractor (extractors/result_extractor.h).
//
// The input is a *masked* sentence: the bytes of every entity name are
// replaced by kModelMask or kBenchmarkMask (same length, so offsets hold), so
// that digits inside names ("GPT-4o", "Llama-3.2-1B") are not numbers and the
// patterns can say "a benchmark stands here".
//
// A number is a kScore candidate when it carries '%', '점', a metric
// ("43.4 pass@1", "FID 1.48") or a decimal point, and nothing around it marks
// it otherwise:
//   kChange    "+7.2%", "8.02% 향상", "4.2%의 성능 향상", "3배", "5 points higher",
//              "by 7.2%", "GPT-4 대비 13.2%"; a list ("A에서 5.7%, B에서 10.3%의
//              성공률 향상") takes the role of its last member;
//   kBound     "10% 미만", "90%를 넘는", "20%에도 미치지", "over 90%";
//   kPrevious  the first of "72.0%에서 80.2%로" / "from 72% to 80%", and values
//              introduced as "이전 기록인 FID 2.41", "previous best of 2.41";
//   kOther     counts, sizes and dates ("817개", "7B", "2024년", "16/256"),
//              integers without unit or metric.
// The second of a from-to pair is a kScore with new_value set.
#ifndef PAPERGRAPH_EXTRACTORS_SCORE_NUMBERS_H_
#define PAPERGRAPH_EXTRACTORS_SCORE_NUMBERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace papergraph {

constexpr char kModelMask = '\x01';      // a model or method name
constexpr char kBenchmarkMask = '\x02';  // a benchmark name

enum class NumberRole { kScore, kChange, kBound, kPrevious, kOther };

struct ScoreNumber {
  size_t begin = 0;        // the first digit
  size_t end = 0;          // after the number and its '%' or '점' when written
  std::string value_text;  // as written, thousands separators dropped: "90.2"
  double value = 0;
  std::string unit;  // metric written next to it, else "%" or ""
  NumberRole role = NumberRole::kOther;
  bool new_value = false;  // the "to" of a from-to, or "N로 개선"
  size_t anchor = 0;       // where its phrase starts: `begin`, or the from's begin
};

// The numbers of `masked`, in order.
std::vector<ScoreNumber> FindScoreNumbers(std::string_view masked);

// The metric named last in masked[0, end), or "" (for a number whose metric
// was named earlier in the sentence: "최고 점수(pass@1)를 ... 70.53%").
// Stores where it starts in *at when `at` is given (`end` when none).
// Spelled-out metrics are given by their short form ("Fréchet Inception
// Distance" -> "FID"), here and in ScoreNumber::unit.
std::string LastMetricBefore(std::string_view masked, size_t end, size_t* at = nullptr);

// Whether a metric where lower is better: FID, FVD, KID, LPIPS, WER, CER,
// perplexity/PPL, error, MAE, MSE, RMSE, SD, latency (folded comparison).
bool LowerIsBetter(std::string_view metric);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_SCORE_NUMBERS_H_
