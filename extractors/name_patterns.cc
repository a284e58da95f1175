#include "extractors/name_patterns.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace papergraph {
namespace {

// One coined word: "FG-MDM", "Qwen2.5", "JUMP++", "JUMP*".
#define PG_NAME_WORD R"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+|\.[0-9]+)*(?:\+\+|\+|\*)?)"
// A run of one coined word, or of capitalised words: "Orthogonal Adaptation".
#define PG_NAME_RUN                                                              \
  R"((?:[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9]+|\.[0-9]+)*)" \
  R"((?:\+\+|\+|\*)?(?: [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3}(?: v[0-9]+(?:\.[0-9]+)*)?)"

}  // namespace

const char kNameWordPattern[] = PG_NAME_WORD;
const char kNameRunPattern[] = PG_NAME_RUN;

namespace {

constexpr size_t kWindow = 120;  // bytes of context looked at around a cue or '('

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  for (size_t start = 0; start <= name.size();) {
    size_t space = std::min(name.find(' ', start), name.size());
    words.emplace_back(name.substr(start, space - start));
    start = space + 1;
  }
  return words;
}


// Whether the name at `offset` follows a letter of a Latin-like script
// ("ℬPO" is not "PO"); Hangul before a name is a boundary.
bool GluedToLetter(std::string_view text, size_t offset) {
  if (offset == 0) return false;
  size_t start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  utf8proc_int32_t cp = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + start),
                   static_cast<utf8proc_ssize_t>(offset - start), &cp);
  if (cp < 0x80) return std::isalnum(static_cast<unsigned char>(cp)) != 0;
  bool hangul_or_cjk = (cp >= 0x1100 && cp < 0x1200) || (cp >= 0x2E80 && cp < 0xA000) ||
                       (cp >= 0xAC00 && cp < 0xD7B0) || (cp >= 0xF900 && cp < 0xFB00) ||
                       (cp >= 0xFF00 && cp < 0xFFF0);
  if (hangul_or_cjk) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

// Whether the words at `offset` spell out an acronym written next to them:
// "Adaptive Prompt-Tailored Pruning (APTP)", "(HPF, Hierarchical Prompt
// Framework)". The acronym is the name, not its expansion.
bool IsExpansion(std::string_view text, size_t offset, size_t size) {
  static const RE2 kAcronymAfter(R"(^\s?\(\s*[A-Za-z][A-Za-z0-9-]*\s*[),])");
  static const RE2 kAcronymBefore(R"(\(\s*[A-Za-z][A-Za-z0-9-]*\s*,\s*$)");
  std::string_view after = text.substr(offset + size, 40);
  std::string_view before = Before(text, offset, 40);
  return RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kAcronymAfter) ||
         RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kAcronymBefore);
}

// The kind of the cue word that starts first in `window` ("첫 번째 비전
// 압축 방법을" -> method); false when there is none.
bool FirstCue(std::string_view window, const Lexicon& lexicon, EntityKind* kind) {
  std::string lower = AsciiLower(window);
  size_t best = std::string::npos, best_size = 0;
  for (const CueWord& cue : lexicon.cues()) {
    size_t at = lower.find(cue.word);
    if (at == std::string::npos || at > best || (at == best && cue.word.size() <= best_size)) {
      continue;
    }
    best = at, best_size = cue.word.size(), *kind = cue.kind;
  }
  return best != std::string::npos;
}

// The kind of the cue word `head` ends with, as CueAtEdge; but an agent
// framework ("에이전트 ... 프레임워크", "agent ... framework") is a system, so
// a model, as the gold guidelines type `AgileCoder`.
bool HeadCue(std::string_view head, const Lexicon& lexicon, EntityKind* kind) {
  static const RE2 kAgentFramework(
      R"((?:에이전트|(?i:agents?))\S*\s+(?:\S+\s+){0,2}(?:프레임워크|(?i:framework))\s*$)");
  if (!CueAtEdge(head, true, lexicon, kind)) return false;
  if (*kind == EntityKind::kMethod &&
      RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), kAgentFramework)) {
    *kind = EntityKind::kModel;
  }
  return true;
}

// The kind of the cue word that heads what a sentence says the name at
// text[at, at + size) is, when the name is the sentence's subject: the cue
// right before a copula or an appositive "(으)로," ("X는 ... 평가하는 새로운
// 벤치마크입니다", "X는 ... 새로운 벤치마크로, ..."), or the last word of the
// noun phrase after "X is a" / "X, a" ("X is a new benchmark for ...").
bool PredicateCue(std::string_view text, size_t at, size_t size, const Lexicon& lexicon,
                  EntityKind* kind) {
  static const RE2 kSubject(R"(^['"’”]?\s*(?:\([^()]{0,80}\))?\s*['"’”]?(?:은|는|이|가)\s)");
  static const RE2 kCopula(R"((입니다|이다|이며|이고|이자|임[.,\s]|임$|으로서|로서|으로\s*,|로\s*,))");
  static const RE2 kAppositive(
      R"(^['"’”]?\s*(?:\([^()]{0,80}\))?\s*(?:,|\s(?:is|was))\s+(?:a|an|the|our)\s+)"
      R"(([^,.;:]*?)(?:\s+(?:for|that|which|to|of|with|in|on|from|designed|built|where|aimed)\b|[,.;:]|$))");
  std::string_view rest = text.substr(at + size, 300);
  rest = rest.substr(0, std::min(rest.find(". "), rest.find('\n')));
  re2::StringPiece input(rest.data(), rest.size());
  re2::StringPiece phrase;
  if (RE2::PartialMatch(input, kAppositive, &phrase)) {
    std::string_view head(phrase.data(), phrase.size());
    return HeadCue(head, lexicon, kind);
  }
  if (!RE2::Consume(&input, kSubject)) return false;
  re2::StringPiece copula;
  while (RE2::FindAndConsume(&input, kCopula, &copula)) {
    std::string_view head(rest.data(), static_cast<size_t>(copula.data() - rest.data()));
    if (HeadCue(head, lexicon, kind)) return true;
  }
  return false;
}

// Finds the cue words of `text` and the names marked by them.
void CueMarkedNames(std::string_view text, size_t section, const Lexicon& lexicon,
                    std::vector<MarkedName>* out) {
  static const RE2 kBeforeCue(
      "(?:^|[^A-Za-z0-9])['\"‘“]?(" PG_NAME_RUN ")['\"’”]?"
      R"((?:(?:이라는|라는|이라고 하는|라고 하는)\s*(?:새로운\s*)?(?:[^\s.,]+\s+)?)"
      R"(|(?:와|과)?\s*같은\s*|\s+등의\s*|\s+)(?:the\s+|new\s+)?$)");
  static const RE2 kAfterCue(
      "^(?:인|이자|으로서|로서|\\s+(?:called|named|dubbed))\\s*['\"‘“]?(" PG_NAME_RUN ")");
  std::string lower = AsciiLower(text);
  for (const Lexicon::CueHit& hit : lexicon.FindCues(lower)) {
    const CueWord& cue = lexicon.cues()[hit.cue];
    size_t at = hit.at;
    size_t end = at + cue.word.size();
    bool latin = IsAsciiLetter(cue.word[0]);
    if (latin && ((at > 0 && IsAsciiLetter(text[at - 1])) ||
                  (end < text.size() && IsAsciiLetter(text[end])))) {
      continue;  // part of a longer English word
    }
    re2::StringPiece name;
    std::string_view before = Before(text, at, kWindow);
    std::string written;
    if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kBeforeCue, &name)) {
      written.assign(name.data(), name.size());
      // A capitalised English cue is the name's last word: "Pivotal Parameters Tuning".
      if (latin && std::isupper(static_cast<unsigned char>(text[at]))) {
        if (name.data() + name.size() + 1 != text.data() + at) continue;
        written += " " + std::string(text.substr(at, end - at));
      }
    } else if (RE2::PartialMatch(
                   re2::StringPiece(text.data() + end, std::min(kWindow, text.size() - end)),
                   kAfterCue, &name)) {
      written.assign(name.data(), name.size());
    } else {
      continue;
    }
    size_t offset = static_cast<size_t>(name.data() - text.data());
    if (!IsUnknownName(written, lexicon) || GluedToLetter(text, offset) ||
        IsExpansion(text, offset, written.size())) {
      continue;
    }
    out->push_back({{cue.kind, written, written}, false, section, offset});
  }
}

// Whether `expansion` can spell out `name`: same first letter, two or more
// words, no digits ("(DeepSeek-AI, 2024)" is a citation).
bool Expands(std::string_view expansion, std::string_view name) {
  if (expansion.find(' ') == std::string_view::npos || name.empty()) return false;
  if (std::any_of(expansion.begin(), expansion.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return false;
  }
  return std::tolower(static_cast<unsigned char>(expansion[0])) ==
         std::tolower(static_cast<unsigned char>(name[0]));
}

// "description (NAME)", "(NAME, description)" and "NAME (Description)".
void ParenthesisedNames(const PaperRecord& paper, std::string_view text, size_t section,
                        const Lexicon& lexicon, std::vector<MarkedName>* out) {
  static const RE2 kNameInParens(R"(\(\s*['"]?()" PG_NAME_WORD R"()['"]?\s*([,;)]))");
  static const RE2 kNameThenExpansion(
      R"((?:^|[^A-Za-z0-9-])()" PG_NAME_WORD R"() ?\(([A-Z][A-Za-z'-]*(?:[ ,-]+[A-Za-z'-]+){1,9})\))");
  re2::StringPiece input(text.data(), text.size()), name, rest;
  while (RE2::FindAndConsume(&input, kNameInParens, &name, &rest)) {
    std::string written(name.data(), name.size());
    size_t offset = static_cast<size_t>(name.data() - text.data());
    if (!IsUnknownName(written, lexicon)) continue;
    if (rest != ")") {  // "(HPT, Hierarchical ...)", not "(DeepSeek-AI, 2024)"
      std::string_view after = text.substr(offset + name.size() + 1);
      after = after.substr(0, after.find(')'));
      while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
      if (!Expands(after, written)) continue;
    }
    std::string_view description = Before(text, offset - 1, 40);
    while (!description.empty() && (description.back() == ' ' || description.back() == '(')) {
      description.remove_suffix(1);
    }
    EntityKind kind;
    if (!CueAtEdge(description, true, lexicon, &kind)) {
      kind = GuessKind(written, paper, lexicon, EntityKind::kMethod);
    }
    // "(HPT, Hierarchical ...)" introduces HPT; "... (APTP)" introduces APTP.
    out->push_back({{kind, written, written}, true, section, offset});
  }
  input = re2::StringPiece(text.data(), text.size());
  re2::StringPiece expansion;
  while (RE2::FindAndConsume(&input, kNameThenExpansion, &name, &expansion)) {
    std::string written(name.data(), name.size());
    std::string_view spelled(expansion.data(), expansion.size());
    if (!IsUnknownName(written, lexicon) || !Expands(spelled, written)) continue;
    EntityKind kind;
    if (!CueAtEdge(spelled, true, lexicon, &kind)) {
      kind = GuessKind(written, paper, lexicon, EntityKind::kMethod);
    }
    out->push_back(
        {{kind, written, written}, true, section, static_cast<size_t>(name.data() - text.data())});
  }
}

}  // namespace

std::string_view Before(std::string_view text, size_t end, size_t size) {
  size_t begin = end > size ? end - size : 0;
  while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  return text.substr(begin, end - begin);
}

bool IsUnknownName(std::string_view name, const Lexicon& lexicon) {
  if (lexicon.IsGeneric(name) || lexicon.Find(name)) return false;
  if (name.size() > 2 && name.back() == 's' &&  // "NeRFs", "LLMs"
      (lexicon.IsGeneric(name.substr(0, name.size() - 1)) ||
       lexicon.Find(name.substr(0, name.size() - 1)))) {
    return false;
  }
  if (name.find(' ') == std::string_view::npos) return IsNameShaped(name);
  return IsNameLike(name, lexicon);
}

bool IsNameShaped(std::string_view word) {
  static const RE2 kShape(PG_NAME_WORD);
  if (word.size() < 2 || !RE2::FullMatch(re2::StringPiece(word.data(), word.size()), kShape)) {
    return false;
  }
  // "sGDS" and "T4" are coined; "d1" and "x2" are not.
  bool lower_start = std::islower(static_cast<unsigned char>(word[0])) != 0;
  return std::any_of(word.begin() + 1, word.end(), [&](char c) {
    return std::isupper(static_cast<unsigned char>(c)) ||
           (!lower_start && std::isdigit(static_cast<unsigned char>(c)));
  });
}

bool IsNameLike(std::string_view name, const Lexicon& lexicon, bool title_prefix) {
  std::vector<std::string> words = Words(name);
  if (words.size() > 4 || FoldKey(name).empty() || name.find('(') != std::string_view::npos) {
    return false;
  }
  size_t generic = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool lower = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    bool plain = word.size() >= 6 &&
                 std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // "Rethinking Attention"; in a title also "Tokenization Falling Short",
    // while a run may end in one ("Pivotal Parameters Tuning").
    bool gerund = words.size() > 1 && plain && word.compare(word.size() - 3, 3, "ing") == 0 &&
                  (i == 0 || title_prefix);
    if (lower || gerund) return false;  // "Learning to act"
    generic += lexicon.IsGeneric(word) ? 1 : 0;
  }
  // A title prefix may hold a generic word after the first ("Immiscible
  // Diffusion"); a run found in running text may not.
  if (!title_prefix) return generic == 0;
  return !lexicon.IsGeneric(words.front()) && generic < words.size();
}

bool CueAtEdge(std::string_view window, bool at_end, const Lexicon& lexicon, EntityKind* kind) {
  auto trim = [](char c) { return c == ' ' || c == '\'' || c == '"'; };
  while (!window.empty() && trim(at_end ? window.back() : window.front())) {
    at_end ? window.remove_suffix(1) : window.remove_prefix(1);
  }
  std::string lower = AsciiLower(window);
  size_t best = 0;
  for (const CueWord& cue : lexicon.cues()) {
    if (cue.word.size() <= best || cue.word.size() > lower.size()) continue;
    size_t at = at_end ? lower.size() - cue.word.size() : 0;
    if (lower.compare(at, cue.word.size(), cue.word) != 0) continue;
    // An English cue must be a whole word: "Merging", not "Emerging".
    if (IsAsciiLetter(cue.word[0]) && at_end && at > 0 && IsAsciiLetter(lower[at - 1])) continue;
    *kind = cue.kind;
    best = cue.word.size();
  }
  return best > 0;
}

EntityKind GuessKind(const std::string& name, const PaperRecord& paper, const Lexicon& lexicon,
                     EntityKind fallback) {
  static const RE2 kBenchmarkShape(R"((Bench|bench|Eval|Arena|QA|Dataset|Corpus|Set)\W*$)");
  if (RE2::PartialMatch(name, kBenchmarkShape)) return EntityKind::kBenchmark;
  // A name built on a model family or giving a parameter count is a model:
  // "GPT4Point", "LLaVA-Grounding", "BlueLM-V-3B".
  static const RE2 kModelShape(
      R"((^|[-_ ])(GPT|LLaVA|BERT|T5|CLIP)|(GPT|BERT|LM)\d*$|[-_ ]\d+(\.\d+)?[BM]($|[-_ ]))");
  if (RE2::PartialMatch(name, kModelShape)) return EntityKind::kModel;
  std::string summary = paper.SummaryText();
  std::string_view text(summary);
  EntityKind kind;
  // What a sentence with the name as its subject says it is.
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    if (!GluedToLetter(text, at) && PredicateCue(text, at, name.size(), lexicon, &kind)) return kind;
  }
  size_t at = text.find(name);
  if (at != std::string::npos) {
    // The words right after its first mention, then right before it.
    std::string_view after = text.substr(at + name.size(), 60);
    after = after.substr(0, std::min({after.find(". "), after.find('\n'), after.find(',')}));
    static const RE2 kParticle(R"(^(?:\s*\([^()]*\))?\s*(?:이라는|라는|은|는|이|가|을|를)?\s*(?:새로운\s*)?)");
    re2::StringPiece rest(after.data(), after.size());
    RE2::Consume(&rest, kParticle);
    if (FirstCue(std::string_view(rest.data(), rest.size()), lexicon, &kind)) return kind;
    std::string_view before = Before(text, at, 30);
    static const RE2 kLinking(R"((?:인|이자|,)?\s*['"]?$)");
    std::string trimmed(before);
    RE2::Replace(&trimmed, kLinking, "");
    if (CueAtEdge(trimmed, true, lexicon, &kind)) return kind;
  }
  std::string title = AsciiLower(paper.title);
  for (EntityKind k : {EntityKind::kBenchmark, EntityKind::kMethod}) {
    for (const CueWord& cue : lexicon.cues()) {
      if (cue.kind == k && IsAsciiLetter(cue.word[0]) && cue.word.size() > 5 &&
          title.find(cue.word) != std::string::npos) {
        return k;
      }
    }
  }
  return fallback;
}

std::vector<MarkedName> FindMarkedNames(const PaperRecord& paper, const Lexicon& lexicon) {
  std::vector<MarkedName> names;
  for (size_t i = 0; i < paper.sections.size(); ++i) {
    ParenthesisedNames(paper, paper.sections[i].text, i, lexicon, &names);
    CueMarkedNames(paper.sections[i].text, i, lexicon, &names);
  }
  std::stable_sort(names.begin(), names.end(), [](const MarkedName& a, const MarkedName& b) {
    return a.section != b.section ? a.section < b.section : a.offset < b.offset;
  });
  return names;
}

}  // namespace papergraph
