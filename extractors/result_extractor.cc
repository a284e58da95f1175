#include "extractors/result_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>

namespace papergraph {
namespace {

// One place where an entity is written in a sentence.
struct Occurrence {
  size_t begin, end;
  const Mention* mention;
};

bool IsAsciiWordByte(unsigned char c) { return std::isalnum(c) || c == '_'; }

// Every occurrence of the entity's written forms (surface, canonical and the
// lexicon's aliases) in `sentence`, not glued to other Latin letters or digits.
void FindOccurrences(std::string_view sentence, const Mention& m, const Lexicon& lexicon,
                     std::vector<Occurrence>* out) {
  std::vector<std::string> forms = {m.surface, m.canonical};
  if (const LexiconEntry* e = lexicon.Find(m.canonical)) {
    forms.insert(forms.end(), e->aliases.begin(), e->aliases.end());
  }
  for (const std::string& form : forms) {
    if (form.empty()) continue;
    for (size_t at = sentence.find(form); at != std::string_view::npos;
         at = sentence.find(form, at + 1)) {
      size_t end = at + form.size();
      bool left_ok = at == 0 || !IsAsciiWordByte(sentence[at - 1]);
      bool right_ok = end == sentence.size() || !IsAsciiWordByte(sentence[end]);
      bool overlaps = std::any_of(out->begin(), out->end(), [&](const Occurrence& o) {
        return at < o.end && o.begin < end;
      });
      if (left_ok && right_ok && !overlaps) out->push_back({at, end, &m});
    }
  }
}

// Splits a summary into sentences: at line ends and at '.' followed by a space.
std::vector<std::string_view> Sentences(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size() || text[i] == '\n' ||
               (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' '));
    if (!end) continue;
    size_t stop = (i < text.size() && text[i] == '.') ? i + 1 : i;
    if (stop > start) out.push_back(text.substr(start, stop - start));
    start = i + 1;
  }
  return out;
}

// A score written right after the benchmark: "HumanEval(90.2%)",
// "MMLU에서 79.2%", "MATH 벤치마크에서 75.7%", "HumanEval: 90.2".
const RE2& AfterBenchmark() {
  static const RE2 re(
      R"(^\s*(?:\(\s*|(?:벤치마크|데이터셋|benchmark|dataset)?\s*(?:에서는|에서도|에서|상에서|:)\s*(?:(?:평균|최대|약)\s*)?))"
      R"(([0-9]+(?:\.[0-9]+)?)\s*(%|pass@[0-9]+)?)");
  return re;
}

// A score written before the benchmark: "90.2% on HumanEval",
// "43.4 pass@1 on LiveCodeBench".
const RE2& BeforeBenchmark() {
  static const RE2 re(
      R"(([0-9]+(?:\.[0-9]+)?)\s*(%|pass@[0-9]+)?\s*(?:(?:accuracy|score|pass@[0-9]+)\s+)?(?:on|in)\s+(?:the\s+)?$)");
  return re;
}

// What makes a number a change rather than a score, right after it.
const RE2& ChangeAfter() {
  static const RE2 re(
      R"(^\s*(?:%p|p\b|포인트|배|x\b|×|만큼|이상|이하|향상|개선|증가|상승|감소|높|낮|빠|improvement|higher|better|faster|gain|points?\b|times\b))");
  return re;
}

bool IsChange(std::string_view sentence, size_t number_begin, size_t number_end) {
  size_t b = number_begin;
  while (b > 0 && sentence[b - 1] == ' ') --b;
  if (b > 0 && (sentence[b - 1] == '+' || sentence[b - 1] == '-')) return true;
  re2::StringPiece rest(sentence.data() + number_end, sentence.size() - number_end);
  return RE2::PartialMatch(rest, ChangeAfter());
}

}  // namespace

std::vector<ScoreResult> ExtractResults(const PaperRecord& paper, const Entities& entities,
                                        const Lexicon& lexicon) {
  std::vector<ScoreResult> out;
  std::string text = paper.SummaryText();
  for (std::string_view sentence : Sentences(text)) {
    std::vector<Occurrence> found;
    for (const Mention& m : entities.mentions) FindOccurrences(sentence, m, lexicon, &found);
    std::sort(found.begin(), found.end(),
              [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });
    for (const Occurrence& bench : found) {
      if (bench.mention->kind != EntityKind::kBenchmark) continue;
      re2::StringPiece after(sentence.data() + bench.end, sentence.size() - bench.end);
      re2::StringPiece before(sentence.data(), bench.begin);
      re2::StringPiece number, unit;
      bool matched = RE2::PartialMatch(after, AfterBenchmark(), &number, &unit) ||
                     RE2::PartialMatch(before, BeforeBenchmark(), &number, &unit);
      if (!matched) continue;
      size_t number_begin = static_cast<size_t>(number.data() - sentence.data());
      const char* last = unit.empty() ? number.data() + number.size() : unit.data() + unit.size();
      size_t number_end = static_cast<size_t>(last - sentence.data());
      if (unit.empty() && number.find('.') == re2::StringPiece::npos) continue;  // counts, years
      if (IsChange(sentence, number_begin, number_end)) continue;
      // The model: the nearest one named before the benchmark in the
      // sentence, else the paper's proposed system.
      std::string model;
      for (const Occurrence& o : found) {
        if (o.begin < bench.begin && o.mention->kind == EntityKind::kModel) model = o.mention->canonical;
      }
      if (model.empty() && !entities.proposes.empty()) model = entities.proposes.front();
      if (model.empty() || model == bench.mention->canonical) continue;
      ScoreResult r;
      r.model = model;
      r.benchmark = bench.mention->canonical;
      r.value_text = std::string(number);
      r.value = std::strtod(r.value_text.c_str(), nullptr);
      r.unit = std::string(unit);
      r.evidence = std::string(sentence.substr(std::min(sentence.find_first_not_of(' '), sentence.size())));
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace papergraph
