#include "extractors/result_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "extractors/ascii.h"
#include "extractors/entity_occurrences.h"
#include "extractors/list_pairing.h"
#include "extractors/score_models.h"
#include "extractors/score_numbers.h"
#include "extractors/sentence_splitter.h"

namespace papergraph {
namespace {

// A benchmark written right before its score, perhaps with its setting:
// "MMLU에서 79.2%", "MMLU (5-shot): 79.2", "HumanEval(90.2%)".
const RE2& DirectGlue() {
  static const RE2 re(
      R"(^\s*(?:\([^()]*\)\s*)?(?:\(?(?:\d+|zero|few|one)-?shot\)?\s*)?)"
      R"((?:벤치마크|데이터셋|benchmark|dataset|test set|테스트 세트)?\s*)"
      R"((?:에서는|에서도|에서의|에서|상에서|에 대해|에 대한|의|:|=|\(|,)?\s*)"
      R"((?:(?:평균|최대|약|전체|overall|average)\s*)?(?:(?:점수|정확도|score|accuracy|)"
      R"([A-Za-z]+@?\d*)\s*(?:가|이|은|는|of|:|=)?\s*)?\(?\s*$)");
  return re;
}

// A name the paper's entities do not include, written right before the
// number as its benchmark would be ("HumanEval-ET에서 10.3%"): the number is
// not the earlier benchmark's.
const RE2& UnknownNameBefore() {
  static const RE2 re(R"((?:^|[^\w\-.])[A-Za-z][\w\-.]*\+*\s*(?:\([^()]*\))?\s*)"
                      R"((?:(?:벤치마크|데이터셋|benchmark|dataset)?\s*)"
                      "(?:에서는|에서도|에서의|에서)\\s*(?:[^\\s\\x01\\x02]+\\s+){0,2}|[:(]\\s*)$");
  return re;
}

// A name the entities do not include, with the number in parentheses after
// it: "T2M-GPT (FID=0.116)", "xP3(46.38)" -- that name's score.
const RE2& UnknownNameParen() {
  static const RE2 re(R"([A-Za-z][\w\-.]*\s*\(\s*(?:[A-Za-z][\w@\-]*\s*[=:]\s*)?$)");
  return re;
}

// The sentence calls the number a score, just before or after it
// ("정확도가 39.97%", "GPT-4 reaches 86.4%", "57.1%의 정확도를 달성").
const RE2& ScoreNounBefore() {
  static const RE2 re(
      R"((?:정확도|점수|스코어|성공률|승률|정답률|통과율|해결율|해결률|성능|accuracy|score|)"
      R"(success rate|win rate|pass rate)\s*(?:은|는|이|가|:|=|of|로|으로|을|를)?\s*)"
      R"((?:평균|약|최대|about|around|an?|only|just)?\s*\(?\s*$|)"
      R"((?:reach|achiev|scor|obtain|attain|record|get|hit)\w*\s+(?:(?:an?|the|only|just|about|)"
      R"(around)\s+)?$)");
  return re;
}

const RE2& ScoreWordAfter() {
  static const RE2 re(
      R"(정확도|점수|스코어|성공률|승률|정답률|통과율|해결율|해결률|성능|상관|동의율|일치율|기록|)"
      R"(달성|도달|그쳤|획득|accuracy|score|success|win rate|pass|record|achiev|attain|reach|obtain)");
  return re;
}

const RE2& OwnMeasure() {
  static const RE2 re(R"(^\s*(?:정확도|정확성|점수|accuracy|score))");
  return re;
}

const RE2& OtherMeasure() {
  static const RE2 re(R"(정확도|정확성|성공률|승률|정답률|통과율|accuracy|success rate|win rate)");
  return re;
}

// "90.2% on HumanEval", "43.4 pass@1 on LiveCodeBench".
const RE2& OnBenchmark() {
  static const RE2 re(
      R"(^\s*(?:[A-Za-z]+@?\d*\s+)?(?:(?:accuracy|score|success rate|win rate|exact match|)"
      R"(pass rate|points)\s+)?(?:on|in|at|for|across)\s+(?:the\s+)?)");
  return re;
}

class PaperResults {
 public:
  PaperResults(const Entities& entities, const Lexicon& lexicon)
      : entities_(entities), lexicon_(lexicon) {
    for (const std::string& name : entities.proposes) {
      const Mention* m = MentionOf(name);
      if (m && m->kind == EntityKind::kBenchmark) proposed_benchmarks_.push_back(name);
      if (m && m->kind != EntityKind::kBenchmark && proposed_.default_model.empty()) {
        proposed_.default_model = name;
      }
    }
    proposed_.names = entities.proposes;
  }

  void AddSentence(std::string_view text);
  std::vector<ScoreResult> Take() { return std::move(out_); }

 private:
  const Mention* MentionOf(const std::string& canonical) const {
    for (const Mention& m : entities_.mentions) {
      if (m.canonical == canonical) return &m;
    }
    return nullptr;
  }
  bool IsProposed(const std::string& canonical) const {
    return std::find(entities_.proposes.begin(), entities_.proposes.end(), canonical) !=
           entities_.proposes.end();
  }
  const Mention* BenchmarkOf(const ScoreSentence& s, const ScoreNumber& n,
                             ModelSource source) const;
  void Add(const ScoreSentence& s, const ScoreNumber& n, const std::string& model,
           const std::string& benchmark);

  const Entities& entities_;
  const Lexicon& lexicon_;
  std::vector<MentionForms> forms_;  // of entities_.mentions, read at the first sentence with digits
  bool forms_read_ = false;
  std::vector<std::string> proposed_benchmarks_;
  ProposedSystem proposed_;
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::vector<ScoreResult> out_;
};

// Whether the sentence calls the number a score: a metric, "정확도가 N",
// "N%의 정확도를 달성", or the value a change arrives at.
bool CalledScore(const ScoreSentence& s, const ScoreNumber& n) {
  if (n.new_value || (n.unit != "%" && !n.unit.empty())) return true;
  if (RE2::PartialMatch(Piece(s.Between(0, n.begin)), ScoreNounBefore())) return true;
  std::string_view after = std::string_view(s.masked).substr(n.end, 60);
  size_t clause = after.find_first_of(",.;");
  return RE2::PartialMatch(Piece(after.substr(0, clause)), ScoreWordAfter());
}

const Mention* PaperResults::BenchmarkOf(const ScoreSentence& s, const ScoreNumber& n,
                                         ModelSource source) const {
  re2::StringPiece after = Piece(std::string_view(s.masked).substr(n.end));
  if (RE2::Consume(&after, OnBenchmark()) && !after.empty() && after[0] == kBenchmarkMask) {
    size_t at = static_cast<size_t>(after.data() - s.masked.data());
    for (const Occurrence& o : s.found) {
      if (o.begin == at) return o.mention;
    }
  }
  if (RE2::PartialMatch(Piece(s.Between(0, n.anchor)), UnknownNameParen())) return nullptr;
  const Occurrence* left = nullptr;
  for (const Occurrence& o : s.found) {
    if (s.IsBenchmark(o) && o.end <= n.anchor) left = &o;
  }
  if (left) {
    re2::StringPiece between = Piece(s.Between(left->end, n.anchor));
    if (RE2::PartialMatch(between, UnknownNameBefore())) return nullptr;
    bool direct = RE2::FullMatch(between, DirectGlue());
    return direct || source == ModelSource::kOwner || CalledScore(s, n) ? left->mention : nullptr;
  }
  bool any_benchmark = std::any_of(s.found.begin(), s.found.end(),
                                   [&](const Occurrence& o) { return s.IsBenchmark(o); });
  if (any_benchmark || source == ModelSource::kProposed || proposed_benchmarks_.size() != 1 ||
      !CalledScore(s, n)) {
    return nullptr;
  }
  return MentionOf(proposed_benchmarks_[0]);
}

void PaperResults::Add(const ScoreSentence& s, const ScoreNumber& n, const std::string& model,
                       const std::string& benchmark) {
  if (model == benchmark && !IsProposed(model)) return;
  // The paper's proposed names are one system: "Randomized AutoRegressive"
  // and "RAR" do not score 1.48 twice.
  std::string scorer = IsProposed(model) ? std::string() : model;
  if (!seen_.insert({scorer, benchmark, n.value_text}).second) return;
  ScoreResult r;
  r.model = model;
  r.benchmark = benchmark;
  r.value = n.value;
  r.value_text = n.value_text;
  r.unit = n.unit;
  // A metric named earlier in the sentence ("최고 점수(pass@1)를 ... 각각
  // 70.53%"), unless it is another number's own ("43.4 pass@1 and 90.2%").
  // Not across another named measure ("F1 점수 ... MMLU의 정확도 59.2"), and
  // a "%" score takes it only when no other kind of number comes between.
  size_t at = 0;
  std::string metric = LastMetricBefore(s.masked, n.begin, &at);
  size_t after_metric = std::min(at + metric.size(), n.begin);
  re2::StringPiece between = Piece(s.Between(after_metric, n.begin));
  RE2::Consume(&between, OwnMeasure());  // "Top-1 정확도 88.5%"
  bool crossed = RE2::PartialMatch(between, OtherMeasure());
  bool owned = std::any_of(s.numbers.begin(), s.numbers.end(), [&](const ScoreNumber& o) {
    return o.unit == metric ||
           (o.begin >= after_metric && o.begin < n.begin && o.role != NumberRole::kScore);
  });
  if (!metric.empty() && !crossed && (r.unit.empty() || (r.unit == "%" && !owned))) {
    r.unit = metric;
  }
  r.evidence = EvidenceText(s.text);
  out_.push_back(std::move(r));
}

void PaperResults::AddSentence(std::string_view text) {
  // Scores are written in digits (FindScoreNumbers); most sentences have none.
  if (!HasByteIn(text, '0', '9')) return;
  ScoreSentence s;
  s.text = text;
  if (!forms_read_) {
    forms_ = FormsOf(entities_.mentions, lexicon_);
    forms_read_ = true;
  }
  s.found = FindOccurrences(text, forms_);
  s.masked = MaskOccurrences(text, s.found);
  s.numbers = FindScoreNumbers(s.masked);
  std::vector<size_t> pairs = PairListsInOrder(s.masked, s.found, s.numbers);
  for (size_t i = 0; i < s.numbers.size(); ++i) {
    const ScoreNumber& n = s.numbers[i];
    if (n.role != NumberRole::kScore) continue;
    ModelSource source = ModelSource::kProposed;
    std::vector<std::string> models = ModelsOfScore(s, n, proposed_, &source);
    const Mention* benchmark =
        pairs[i] != kNoPair ? s.found[pairs[i]].mention : BenchmarkOf(s, n, source);
    if (!benchmark) continue;
    for (const std::string& model : models) Add(s, n, model, benchmark->canonical);
  }
}

}  // namespace

std::vector<ScoreResult> ExtractResults(const PaperRecord& paper, const Entities& entities,
                                        const Lexicon& lexicon) {
  PaperResults results(entities, lexicon);
  std::string text = paper.SummaryText();
  for (std::string_view sentence : SplitSentences(text)) results.AddSentence(sentence);
  return results.Take();
}

}  // namespace papergraph
