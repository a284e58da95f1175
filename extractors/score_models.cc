#include "extractors/score_models.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/text.h"
#include "extractors/ascii.h"

namespace papergraph {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// A model named with its score: "GPT-4o(50.2%)", "GPT-4o: 50.2%",
// "StyleGAN2의 3.78보다".
const RE2& ModelParen() {
  static const RE2 re(R"(^\s*(?:\(|:|의|'s)\s*(?:약\s*)?$)");
  return re;
}

// English: a model named right after its score: "2.27 for DiT".
const RE2& ForModel() {
  static const RE2 re(R"(^\s*(?:for|by|from)\s+(?:the\s+)?$)");
  return re;
}

// Korean subject or topic marking after a name.
const RE2& TopicMarker() {
  static const RE2 re(
      "^(?:\\s*(?:,|및|와|과|and)\\s*[\\x01A-Za-z][\\x01\\w.\\-]*)*"
      R"(\s*(?:\([^()]*\))?\s*(?:같은\s+(?:\S+\s+){0,2})?)"
      R"((?:모델|model|에이전트|agent|시스템|system|프레임워크|framework|)"
      R"(방법론|방법|기법|접근법)?\s*(?:은|는|이|가|조차도|조차|도|에서는|에서도|의 경우)(?:\s|,|$))");
  return re;
}

// A name the entities do not include, marked as subject: "RaceVLA는". An
// upper-case abbreviation ("LLM은", "VLMs는") is a generic word, not a name.
const RE2& UnknownSubject() {
  static const RE2 re(R"((?:^|[^\w\-.])((?:[A-Z]+s?[\w.\-]*[a-z0-9\-.][\w.\-]*|[a-z][\w.\-]*)))"
                      R"(\s*(?:모델)?\s*(?:은|는|이|가)\s)");
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

bool IsProposed(const ProposedSystem& proposed, const std::string& canonical) {
  return std::find(proposed.names.begin(), proposed.names.end(), canonical) != proposed.names.end();
}

// Whether `text` marks as subject a name that is neither an entity nor a
// variant of a proposed one ("InverseCoder-DS-6.7B" is InverseCoder's).
bool UnknownSubjectIn(std::string_view text, const ProposedSystem& proposed) {
  re2::StringPiece rest = Piece(text);
  re2::StringPiece name;
  while (RE2::FindAndConsume(&rest, UnknownSubject(), &name)) {
    std::string key = FoldKey(name);
    bool variant =
        std::any_of(proposed.names.begin(), proposed.names.end(), [&](const std::string& p) {
          std::string proposed = FoldKey(p);
          return !proposed.empty() && key.compare(0, proposed.size(), proposed) == 0;
        });
    if (!variant) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ModelsOfScore(const ScoreSentence& s, const ScoreNumber& n,
                                       const ProposedSystem& proposed, ModelSource* source) {
  *source = ModelSource::kOwner;
  for (const Occurrence& o : s.found) {
    if (s.IsBenchmark(o)) continue;
    bool before =
        o.end <= n.begin && RE2::FullMatch(Piece(s.Between(o.end, n.begin)), ModelParen());
    bool after = o.begin >= n.end && RE2::FullMatch(Piece(s.Between(n.end, o.begin)), ForModel());
    if (before || after) return {o.mention->canonical};
  }
  *source = ModelSource::kSubject;
  bool korean = HasHangul(s.text);
  size_t subject = kNone;
  size_t subject_end = 0;  // after the subject's particle
  for (size_t i = 0; i < s.found.size() && s.found[i].end <= n.begin; ++i) {
    const Occurrence& o = s.found[i];
    if (korean) {
      bool eligible = !s.IsBenchmark(o) || IsProposed(proposed, o.mention->canonical);
      re2::StringPiece rest = Piece(std::string_view(s.masked).substr(o.end));
      if (eligible && RE2::Consume(&rest, TopicMarker())) {
        subject = i;
        subject_end = static_cast<size_t>(rest.data() - s.masked.data());
      }
    } else if (!s.IsBenchmark(o) &&
               !RE2::PartialMatch(Piece(s.Between(0, o.begin)), NotSubject())) {
      subject = i;  // the last name before the number that is not an object
    }
  }
  // A name the entities do not include, marked as subject after the known
  // one (or with none known), scored it: "A 모델은 75%를 기록하였으며,
  // Claude-3.5는 (SD = 0.05)"; "RaceVLA는 성공률 31.3%".
  if (korean && subject_end < n.begin &&
      UnknownSubjectIn(s.Between(subject_end, n.begin), proposed)) {
    return {};
  }
  if (subject != kNone) {
    // The names listed before the subject score too: "o1, o1-preview,
    // Claude-3.5-Sonnet 모델은 평균 75%".
    size_t first = subject;
    while (first > 0 && !s.IsBenchmark(s.found[first - 1]) &&
           RE2::FullMatch(Piece(s.Between(s.found[first - 1].end, s.found[first].begin)),
                          NameListGlue()) &&
           (korean ||
            !RE2::PartialMatch(Piece(s.Between(0, s.found[first - 1].begin)), NotSubject()))) {
      --first;
    }
    std::vector<std::string> models;
    for (size_t i = first; i <= subject; ++i) models.push_back(s.found[i].mention->canonical);
    return models;
  }
  *source = ModelSource::kProposed;
  if (proposed.default_model.empty()) return {};
  return {proposed.default_model};
}

}  // namespace papergraph
