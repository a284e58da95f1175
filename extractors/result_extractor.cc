#include "extractors/result_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "extractors/entity_occurrences.h"
#include "extractors/list_pairing.h"
#include "extractors/score_numbers.h"
#include "extractors/sentence_splitter.h"

namespace papergraph {
namespace {

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// A benchmark written right before its score.
const RE2& DirectGlue() {
  static const RE2 re(
      R"(^\s*(?:\([^()]*\)\s*)?(?:벤치마크|데이터셋|benchmark|dataset|test set|테스트 세트)?\s*)"
      R"((?:에서는|에서도|에서의|에서|상에서|에 대해|에 대한|의|:|=|\(|,)?\s*)"
      R"((?:(?:평균|최대|약|전체|overall|average)\s*)?(?:(?:점수|정확도|score|accuracy|)"
      R"([A-Za-z]+@?\d*)\s*(?:가|이|은|는|of|:|=)?\s*)?\(?\s*$)");
  return re;
}

// A name the paper's entities do not include, written right before the
// number as its benchmark would be ("HumanEval-ET에서 10.3%"): the number is
// not the earlier benchmark's.
const RE2& UnknownNameBefore() {
  static const RE2 re(
      R"([A-Za-z][\w\-.]*\+*\s*(?:\([^()]*\))?\s*(?:(?:벤치마크|데이터셋|benchmark|dataset)?\s*)"
      "(?:에서는|에서도|에서의|에서)\\s*(?:[^\\s\\x01\\x02]+\\s+){0,2}|[:(]\\s*)$");
  return re;
}

// A name the entities do not include, with the number in parentheses after
// it: "T2M-GPT (FID=0.116)", "xP3(46.38)" -- that name's score.
const RE2& UnknownNameParen() {
  static const RE2 re(R"([A-Za-z][\w\-.]*\s*\(\s*(?:[A-Za-z][\w@\-]*\s*[=:]\s*)?$)");
  return re;
}

// The sentence calls the number a score, just before or after it.
const RE2& ScoreNounBefore() {
  static const RE2 re(
      R"((?:정확도|점수|스코어|성공률|승률|정답률|통과율|해결율|해결률|성능|accuracy|score|)"
      R"(success rate|win rate|pass rate)\s*(?:은|는|이|가|:|=|of|로|으로|을|를)?\s*)"
      R"((?:평균|약|최대|about|around|an?|only|just)?\s*\(?\s*$)");
  return re;
}

const RE2& ScoreWordAfter() {
  static const RE2 re(
      R"(정확도|점수|스코어|성공률|승률|정답률|통과율|해결율|해결률|성능|상관|동의율|일치율|기록|)"
      R"(달성|도달|그쳤|획득|accuracy|score|success|win rate|pass|record|achiev|attain|reach|obtain)");
  return re;
}

// "90.2% on HumanEval", "43.4 pass@1 on LiveCodeBench".
const RE2& OnBenchmark() {
  static const RE2 re(
      R"(^\s*(?:[A-Za-z]+@?\d*\s+)?(?:(?:accuracy|score|success rate|win rate|exact match|)"
      R"(pass rate|points)\s+)?(?:on|in|at|for|across)\s+(?:the\s+)?)");
  return re;
}

// A model named with its score: "GPT-4o(50.2%)", "GPT-4o: 50.2%",
// "StyleGAN2의 3.78보다".
const RE2& ModelParen() {
  static const RE2 re(R"(^\s*(?:\(|:|의|'s)\s*(?:약\s*)?$)");
  return re;
}

// Korean subject or topic marking after a name.
const RE2& TopicMarker() {
  static const RE2 re(
      "^(?:\\s*(?:,|및|와|과|and)\\s*[\\x01A-Za-z][\\x01\\w.\\-]*)*"
      R"(\s*(?:\([^()]*\))?\s*(?:모델|model|에이전트|agent|시스템|system|프레임워크|framework|)"
      R"(방법론|방법|기법|접근법)?\s*(?:은|는|이|가|조차도|조차|도|에서는|에서도|의 경우)(?:\s|,|$))");
  return re;
}

const RE2& UnknownSubject() {
  static const RE2 re(R"((?:^|[^\w\-.])[A-Za-z][\w.\-]*\s*(?:모델)?\s*(?:은|는|이|가)\s)");
  return re;
}

// English: a name introduced as something other than the subject.
const RE2& NotSubject() {
  static const RE2 re(
      R"((?i:than|over|vs\.?|versus|compared (?:to|with)|outperform\w*|surpass\w*|beat\w*|)"
      R"(exceed\w*|such as|like|including|against|relative to|from|with|using|of|on|and|or))"
      R"(\s+(?:the\s+)?$)");
  return re;
}

const RE2& NameListGlue() {
  static const RE2 re(R"(^\s*(?:,|및|와|과|and|, and)\s*$)");
  return re;
}

bool HasHangul(std::string_view s) {
  // U+AC00..U+D7A3 are encoded with lead bytes 0xEA..0xED.
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b >= 0xEA && b <= 0xED;
  });
}

// One sentence with everything the rules look at.
struct Sentence {
  std::string_view text;
  std::string masked;
  std::vector<Occurrence> found;
  std::vector<ScoreNumber> numbers;

  std::string_view Between(size_t from, size_t to) const {
    return std::string_view(masked).substr(from, to - from);
  }
  bool IsBenchmark(const Occurrence& o) const {
    return o.mention->kind == EntityKind::kBenchmark;
  }
};

class PaperResults {
 public:
  PaperResults(const Entities& entities, const Lexicon& lexicon)
      : entities_(entities), lexicon_(lexicon) {
    for (const std::string& name : entities.proposes) {
      const Mention* m = MentionOf(name);
      if (m && m->kind == EntityKind::kBenchmark) proposed_benchmarks_.push_back(name);
      if (m && m->kind != EntityKind::kBenchmark && default_model_.empty()) default_model_ = name;
    }
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
  const Mention* BenchmarkOf(const Sentence& s, const ScoreNumber& n, bool named_model) const;
  std::vector<std::string> ModelsOf(const Sentence& s, const ScoreNumber& n, bool* named) const;
  void Add(const Sentence& s, const ScoreNumber& n, const std::string& model,
           const std::string& benchmark);

  const Entities& entities_;
  const Lexicon& lexicon_;
  std::vector<std::string> proposed_benchmarks_;
  std::string default_model_;
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
  std::vector<ScoreResult> out_;
};

constexpr size_t kNone = static_cast<size_t>(-1);

// Whether the sentence calls the number a score: a metric, "정확도가 N",
// "N%의 정확도를 달성", or the value a change arrives at.
bool CalledScore(const Sentence& s, const ScoreNumber& n) {
  if (n.new_value || (n.unit != "%" && !n.unit.empty())) return true;
  if (RE2::PartialMatch(Piece(s.Between(0, n.begin)), ScoreNounBefore())) return true;
  std::string_view after = std::string_view(s.masked).substr(n.end, 60);
  size_t clause = after.find_first_of(",.;");
  return RE2::PartialMatch(Piece(after.substr(0, clause)), ScoreWordAfter());
}

const Mention* PaperResults::BenchmarkOf(const Sentence& s, const ScoreNumber& n,
                                         bool named_model) const {
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
    return direct || CalledScore(s, n) ? left->mention : nullptr;
  }
  bool any_benchmark = std::any_of(s.found.begin(), s.found.end(),
                                   [&](const Occurrence& o) { return s.IsBenchmark(o); });
  if (any_benchmark || !named_model || proposed_benchmarks_.size() != 1 || !CalledScore(s, n)) {
    return nullptr;
  }
  return MentionOf(proposed_benchmarks_[0]);
}

std::vector<std::string> PaperResults::ModelsOf(const Sentence& s, const ScoreNumber& n,
                                                bool* named) const {
  *named = true;
  for (const Occurrence& o : s.found) {
    if (o.end <= n.begin && !s.IsBenchmark(o) &&
        RE2::FullMatch(Piece(s.Between(o.end, n.begin)), ModelParen())) {
      return {o.mention->canonical};
    }
  }
  bool korean = HasHangul(s.text);
  size_t subject = kNone;
  size_t subject_end = 0;  // after the subject's particle
  for (size_t i = 0; i < s.found.size() && s.found[i].end <= n.begin; ++i) {
    const Occurrence& o = s.found[i];
    if (korean) {
      bool eligible = !s.IsBenchmark(o) || IsProposed(o.mention->canonical);
      re2::StringPiece rest = Piece(std::string_view(s.masked).substr(o.end));
      if (eligible && RE2::Consume(&rest, TopicMarker())) {
        subject = i;
        subject_end = static_cast<size_t>(rest.data() - s.masked.data());
      }
    } else if (subject == kNone && !s.IsBenchmark(o) &&
               !RE2::PartialMatch(Piece(s.Between(0, o.begin)), NotSubject())) {
      subject = i;
    }
  }
  // A name the entities do not include, marked as subject after the known
  // one, scored it: "A 모델은 75%를 기록하였으며, Claude-3.5는 (SD = 0.05)".
  if (subject != kNone && korean &&
      subject_end < n.begin &&
      RE2::PartialMatch(Piece(s.Between(subject_end, n.begin)), UnknownSubject())) {
    return {};
  }
  if (subject != kNone) {
    // The names listed before the subject score too: "o1, o1-preview,
    // Claude-3.5-Sonnet 모델은 평균 75%".
    size_t first = subject;
    while (first > 0 && !s.IsBenchmark(s.found[first - 1]) &&
           RE2::FullMatch(Piece(s.Between(s.found[first - 1].end, s.found[first].begin)),
                          NameListGlue()) &&
           (korean || !RE2::PartialMatch(Piece(s.Between(0, s.found[first - 1].begin)),
                                         NotSubject()))) {
      --first;
    }
    std::vector<std::string> models;
    for (size_t i = first; i <= subject; ++i) models.push_back(s.found[i].mention->canonical);
    return models;
  }
  *named = false;
  if (default_model_.empty()) return {};
  return {default_model_};
}

void PaperResults::Add(const Sentence& s, const ScoreNumber& n, const std::string& model,
                       const std::string& benchmark) {
  if (model == benchmark && !IsProposed(model)) return;
  if (!seen_.insert({model, benchmark, n.value_text}).second) return;
  ScoreResult r;
  r.model = model;
  r.benchmark = benchmark;
  r.value = n.value;
  r.value_text = n.value_text;
  r.unit = n.unit;
  // A metric named earlier in the sentence ("최고 점수(pass@1)를 ... 각각
  // 70.53%"), unless it is another number's own ("43.4 pass@1 and 90.2%").
  // A "%" score takes it only when no other kind of number comes between.
  size_t at = 0;
  std::string metric = LastMetricBefore(s.masked, n.begin, &at);
  bool owned = std::any_of(s.numbers.begin(), s.numbers.end(), [&](const ScoreNumber& o) {
    return o.unit == metric ||
           (o.begin >= at + metric.size() && o.begin < n.begin && o.role != NumberRole::kScore);
  });
  if (!metric.empty() && (r.unit.empty() || (r.unit == "%" && !owned))) r.unit = metric;
  r.evidence = EvidenceText(s.text);
  out_.push_back(std::move(r));
}

void PaperResults::AddSentence(std::string_view text) {
  Sentence s;
  s.text = text;
  s.found = FindOccurrences(text, entities_.mentions, lexicon_);
  s.masked = MaskOccurrences(text, s.found);
  s.numbers = FindScoreNumbers(s.masked);
  std::vector<size_t> pairs = PairListsInOrder(s.masked, s.found, s.numbers);
  for (size_t i = 0; i < s.numbers.size(); ++i) {
    const ScoreNumber& n = s.numbers[i];
    if (n.role != NumberRole::kScore) continue;
    bool named = false;
    std::vector<std::string> models = ModelsOf(s, n, &named);
    const Mention* benchmark =
        pairs[i] != kNoPair ? s.found[pairs[i]].mention : BenchmarkOf(s, n, named);
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
