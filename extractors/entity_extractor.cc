#include "extractors/entity_extractor.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "core/text.h"

// How names are found (docs/extraction.md has the rules with examples):
// the text is cut into word tokens (runs of Latin/Greek letters and digits;
// Hangul, CJK, spaces and punctuation separate them). At each token the
// longest run of tokens joined by name-internal separators (" ", "-", "_",
// "/", ";", "'", "&", or "." before a digit) whose folded key is in the
// lexicon is the match. Lookups by folded key need no per-lexicon compiled
// state, and a token boundary is a word boundary, so "MMLU에서" gives MMLU
// and "LLMs" never gives LLM.

namespace papergraph {
namespace {

constexpr size_t kMaxNameTokens = 8;  // "Needle in a Haystack", "GPT-4 with Vision"
constexpr size_t kMaxShortKey = 4;    // keys this short must match with exact case

struct Token {
  size_t begin = 0;
  size_t end = 0;
};

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Letters and digits below U+1100 (Latin, Greek, Cyrillic): Hangul and CJK
// are not name letters, so a particle after a name is a boundary.
bool IsNameLetter(utf8proc_int32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  if (cp >= 0x1100) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t pos = 0;
  bool in_token = false;
  while (pos < text.size()) {
    utf8proc_int32_t cp = 0;
    auto left = static_cast<utf8proc_ssize_t>(text.size() - pos);
    utf8proc_ssize_t n = utf8proc_iterate(data + pos, left, &cp);
    if (n <= 0) n = 1, cp = 0xFFFD;
    bool letter = IsNameLetter(cp);
    if (letter && !in_token) tokens.push_back({pos, pos});
    if (letter) tokens.back().end = pos + static_cast<size_t>(n);
    in_token = letter;
    pos += static_cast<size_t>(n);
  }
  return tokens;
}

// Whether tokens `a` and `b` (adjacent) may be parts of one name.
bool Joinable(std::string_view text, const Token& a, const Token& b) {
  std::string_view sep = text.substr(a.end, b.begin - a.end);
  if (sep.size() != 1) return false;
  if (sep[0] == '.') return std::isdigit(static_cast<unsigned char>(text[b.begin])) != 0;
  return std::string_view(" -_/;'&").find(sep[0]) != std::string_view::npos;
}

std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

bool IsLowerWord(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Letters and digits of `name` with their case kept.
std::string CaseKey(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) out += c;
  }
  return out;
}

// A short key ("MATH", "o1"), or a name written as one lower-case word
// ("multiple" for MultiPL-E, "falcon"), matches only in the case of a listed form.
bool CaseAllowed(const LexiconEntry& entry, const std::string& key, std::string_view written) {
  if (key.size() > kMaxShortKey && !IsLowerWord(written)) return true;
  std::string case_key = CaseKey(written);
  auto same = [&](const std::string& form) {
    return FoldKey(form) == key && CaseKey(form) == case_key;
  };
  return same(entry.canonical) || std::any_of(entry.aliases.begin(), entry.aliases.end(), same);
}

// A name glued by '-' or '_' to a capitalised word or a number is part of a
// longer name ("VoCo-LLaMA", "LLaMA-Omni"); "CLIP-based" is not, nor is a
// title-case modifier ("MCTS-Automated", "ChatGPT-Refined", "GPT-Based").
bool GluedBefore(std::string_view text, const std::vector<Token>& tokens, size_t first) {
  if (first == 0) return false;
  const Token& prev = tokens[first - 1];
  std::string_view sep = text.substr(prev.end, tokens[first].begin - prev.end);
  return (sep == "-" || sep == "_") && !IsLowerWord(text.substr(prev.begin, prev.end - prev.begin));
}

bool GluedAfter(std::string_view text, size_t end, const std::vector<Token>& tokens, size_t next) {
  if (next >= tokens.size()) return false;
  std::string_view sep = text.substr(end, tokens[next].begin - end);
  std::string_view word = text.substr(tokens[next].begin, tokens[next].end - tokens[next].begin);
  static const RE2 kModifier(R"([A-Z]?[a-z]*(ed|ing|like|free|based|style|aware|level|wise))");
  if (sep == ".") return std::isdigit(static_cast<unsigned char>(word[0])) != 0;
  return (sep == "-" || sep == "_") && !IsLowerWord(word) &&
         !RE2::FullMatch(re2::StringPiece(word.data(), word.size()), kModifier);
}

bool ConsumeWord(const RE2& re, re2::StringPiece* input, std::string* word) {
  re2::StringPiece before = *input;
  if (!RE2::Consume(input, re, word)) return false;
  if (!input->empty() && IsAsciiAlnum((*input)[0])) {
    *input = before;
    return false;
  }
  return true;
}

// A model name may go on with a size and a variant: "Llama-3-8B-Instruct".
// Returns how many bytes after `end` belong to the name, and sets
// `*canonical` to the variant's canonical name ("Llama 3 8B Instruct").
size_t ModelVariant(std::string_view text, size_t end, std::string* canonical) {
  static const RE2 kSize(R"([-_ ]?((?:\d+x)?\d+(?:\.\d+)?[Bb]))");
  static const RE2 kVariant(R"([-_]((?i)instruct|chat|base|it)|[ ](Instruct|Chat))");
  re2::StringPiece input(text.data() + end, text.size() - end);
  std::string size, variant, spaced_variant;
  bool has_size = ConsumeWord(kSize, &input, &size);
  re2::StringPiece before_variant = input;
  if (RE2::Consume(&input, kVariant, &variant, &spaced_variant) &&
      (input.empty() || !IsAsciiAlnum(input[0]))) {
    if (variant.empty()) variant = spaced_variant;
  } else {
    input = before_variant;
    variant.clear();
  }
  if (!has_size && variant.empty()) return 0;
  const std::string joiner = canonical->find(' ') != std::string::npos ? " " : "-";
  if (has_size) {
    size.back() = 'B';
    *canonical += joiner + size;
  }
  if (!variant.empty()) {
    variant = AsciiLower(variant);
    variant[0] = static_cast<char>(variant[0] - 'a' + 'A');
    *canonical += joiner + variant;
  }
  return static_cast<size_t>(input.data() - (text.data() + end));
}

// Collects mentions, each canonical entity once, in order of first mention.
class MentionSet {
 public:
  explicit MentionSet(Entities* out) : out_(out) {}
  // Returns false when the entity was already there.
  bool Add(EntityKind kind, std::string canonical, std::string surface) {
    if (!seen_.insert(FoldKey(canonical)).second) return false;
    out_->mentions.push_back({kind, std::move(canonical), std::move(surface)});
    return true;
  }

 private:
  Entities* out_;
  std::unordered_set<std::string> seen_;
};

// Adds every lexicon name written in `text`, longest match first.
void ScanText(std::string_view text, const Lexicon& lexicon, MentionSet* mentions) {
  std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size();) {
    // Candidates at token i, shortest first. A plural "s" after a capital
    // or digit ("NeRFs", "ViTs") is written but not part of the key.
    struct Candidate {
      size_t last;
      const LexiconEntry* entry;
      std::string key;
      size_t plural;
    };
    std::vector<Candidate> candidates;
    std::string key;
    for (size_t j = i; j < tokens.size() && j < i + kMaxNameTokens; ++j) {
      if (j > i && !Joinable(text, tokens[j - 1], tokens[j])) break;
      std::string_view word = text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
      key += FoldKey(word);
      if (const LexiconEntry* entry = lexicon.Find(key)) {
        candidates.push_back({j, entry, key, 0});
      } else if (word.size() >= 2 && word.back() == 's' &&
                 (std::isupper(static_cast<unsigned char>(word[word.size() - 2])) ||
                  std::isdigit(static_cast<unsigned char>(word[word.size() - 2])))) {
        std::string singular = key.substr(0, key.size() - 1);
        if (const LexiconEntry* entry = lexicon.Find(singular)) {
          candidates.push_back({j, entry, singular, 1});
        }
      }
    }
    size_t next = i + 1;
    for (auto c = candidates.rbegin(); c != candidates.rend(); ++c) {
      size_t begin = tokens[i].begin, end = tokens[c->last].end;
      if (!CaseAllowed(*c->entry, c->key, text.substr(begin, end - begin - c->plural))) continue;
      std::string canonical = c->entry->canonical;
      if (c->entry->kind == EntityKind::kModel && !c->plural) {
        end += ModelVariant(text, end, &canonical);
      }
      size_t after = c->last + 1;
      while (after < tokens.size() && tokens[after].begin < end) ++after;
      if (GluedBefore(text, tokens, i) || GluedAfter(text, end, tokens, after)) continue;
      mentions->Add(c->entry->kind, std::move(canonical),
                    std::string(text.substr(begin, end - begin)));
      next = after;
      break;
    }
    i = next;
  }
}

// Words that make a title prefix a phrase rather than a name
// ("Position: ...", "Large Language Models: ...", "LLM: ...").
bool IsGenericWord(const std::string& folded) {
  static const auto* const kGeneric = new std::unordered_set<std::string>{
      "ai",       "agi",         "llm",          "llms",      "vlm",         "vlms",
      "mllm",     "mllms",       "lmm",          "lmms",      "sota",        "gpu",
      "gpus",     "transformer", "transformers", "diffusion", "survey",      "review",
      "position", "tutorial",    "overview",     "report",    "perspective", "model",
      "models",   "language",    "large",        "learning",  "neural",      "network",
      "networks", "towards",     "toward",       "beyond",    "deep",        "data",
      "agent",    "agents",      "multimodal",   "vision",    "video",       "image",
      "text",     "generation",  "reasoning",    "attention", "introduction"};
  return kGeneric->count(folded) > 0;
}

// Whether a title prefix reads as a name rather than a phrase: at most four
// words, no generic or lower-case word, no leading "-ing" word
// ("Rethinking Attention").
bool IsNameLike(const std::string& name) {
  std::vector<std::string> words;
  for (size_t start = 0; start <= name.size();) {
    size_t space = std::min(name.find(' ', start), name.size());
    words.push_back(name.substr(start, space - start));
    start = space + 1;
  }
  if (words.size() > 4 || FoldKey(name).empty()) return false;
  for (const std::string& word : words) {
    if (IsGenericWord(FoldKey(word)) || IsLowerWord(word)) return false;
  }
  const std::string& first = words.front();
  bool plain = first.size() >= 6 && IsLowerWord(first.substr(1));
  return !(words.size() > 1 && plain && first.compare(first.size() - 3, 3, "ing") == 0);
}

// Which cue of `cues` comes first in `text`; npos when none does.
size_t FirstCue(std::string_view text, std::initializer_list<const char*> cues) {
  size_t best = std::string_view::npos;
  for (const char* cue : cues) best = std::min(best, text.find(cue));
  return best;
}

// Sets `*kind` from the kind word nearest to the start of `window` (the text
// after a name) or to its end (the text before it); false when there is none.
bool NearestCue(std::string_view window, bool from_end, EntityKind* kind) {
  struct Cue {
    const char* word;
    EntityKind kind;
  };
  static constexpr Cue kCues[] = {{"벤치마크", EntityKind::kBenchmark},
                                  {"데이터셋", EntityKind::kBenchmark},
                                  {"데이터 세트", EntityKind::kBenchmark},
                                  {"benchmark", EntityKind::kBenchmark},
                                  {"dataset", EntityKind::kBenchmark},
                                  {"기법", EntityKind::kMethod},
                                  {"방법", EntityKind::kMethod},
                                  {"알고리즘", EntityKind::kMethod},
                                  {"접근", EntityKind::kMethod},
                                  {"기술", EntityKind::kMethod},
                                  {"method", EntityKind::kMethod},
                                  {"technique", EntityKind::kMethod},
                                  {"algorithm", EntityKind::kMethod},
                                  {"approach", EntityKind::kMethod},
                                  {"모델", EntityKind::kModel},
                                  {"프레임워크", EntityKind::kModel},
                                  {"시스템", EntityKind::kModel},
                                  {"에이전트", EntityKind::kModel},
                                  {"아키텍처", EntityKind::kModel},
                                  {"model", EntityKind::kModel},
                                  {"framework", EntityKind::kModel},
                                  {"system", EntityKind::kModel},
                                  {"agent", EntityKind::kModel}};
  bool found = false;
  size_t best = 0;
  for (const Cue& cue : kCues) {
    size_t pos = from_end ? window.rfind(cue.word) : window.find(cue.word);
    if (pos == std::string_view::npos) continue;
    if (!found || (from_end ? pos > best : pos < best)) *kind = cue.kind, best = pos, found = true;
  }
  return found;
}

// The kind of a proposed name the lexicon does not know, from its shape
// ("VisDiffBench"), then cue words in the title and in the sentence of its
// first mention in the summary (after it, then before it); a model when
// nothing says otherwise.
EntityKind GuessKind(const std::string& name, const PaperRecord& paper) {
  static const RE2 kBenchmarkShape(R"((Bench|bench|Eval|Arena|QA|Dataset|Corpus)\W*$)");
  if (RE2::PartialMatch(name, kBenchmarkShape)) return EntityKind::kBenchmark;
  std::string title = AsciiLower(paper.title);
  if (FirstCue(title, {"benchmark", "dataset", "corpus"}) != std::string::npos) {
    return EntityKind::kBenchmark;
  }
  std::string summary = AsciiLower(paper.SummaryText());
  size_t at = summary.find(AsciiLower(name));
  EntityKind kind = EntityKind::kModel;
  if (at != std::string::npos) {
    std::string_view after = std::string_view(summary).substr(at + name.size(), 160);
    after = after.substr(0, std::min(after.find(". "), after.find('\n')));
    std::string_view before = std::string_view(summary).substr(0, at);
    size_t dot = before.rfind(". "), newline = before.rfind('\n');
    if (dot == std::string_view::npos) dot = 0;
    if (newline == std::string_view::npos) newline = 0;
    before.remove_prefix(std::max(dot, newline));
    if (NearestCue(after, false, &kind) || NearestCue(before, true, &kind)) return kind;
  }
  if (FirstCue(title, {"optimization", "method", "algorithm", "approach", "technique"}) !=
      std::string::npos) {
    return EntityKind::kMethod;
  }
  return EntityKind::kModel;
}

// New names the summary says are introduced: "MoSLoRA를 제안합니다",
// "KEEN(Knowledge ...)이라는 방법을 소개", "새로운 벤치마크(MIRB)를 설계".
// Only name-shaped words (an inner capital or digit: "MoSLoRA", "DICE") that
// the lexicon does not know and that are not generic count.
std::vector<std::string> IntroducedNames(const PaperRecord& paper, const Lexicon& lexicon) {
  static const RE2 kIntroduced(
      R"((?:\(([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)|)"
      R"(([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\s*(?:\([^()]{0,60}\))?)\s*)"
      R"((?:이라는|라는|이라고 하는|라고 하는|를|을|은|는)\s*[^.\n]{0,40}?)"
      R"((?:제안|소개|도입|개발|제시|설계|구축|공개))");
  static const RE2 kNameShaped(R"(.+[A-Z0-9].*)");
  std::vector<std::string> names;
  for (const Section& section : paper.sections) {
    re2::StringPiece input(section.text);
    re2::StringPiece acronym, found;
    while (RE2::FindAndConsume(&input, kIntroduced, &acronym, &found)) {
      if (!acronym.empty()) found = acronym;
      std::string name(found.data(), found.size());
      bool glued = found.data() > section.text.data() && IsAsciiAlnum(found.data()[-1]);
      bool known = lexicon.Find(name) ||
                   (name.back() == 's' && lexicon.Find(name.substr(0, name.size() - 1)));
      if (!glued && !known && RE2::FullMatch(name, kNameShaped) && !IsGenericWord(FoldKey(name))) {
        names.push_back(name);
      }
    }
  }
  return names;
}

}  // namespace

Entities ExtractEntities(const PaperRecord& paper, const Lexicon& lexicon) {
  Entities entities;
  MentionSet mentions(&entities);
  // "Name: rest of title" proposes Name.
  size_t colon = paper.title.find(": ");
  std::string proposed =
      colon == std::string::npos ? "" : CollapseWhitespace(paper.title.substr(0, colon));
  const LexiconEntry* entry = proposed.empty() ? nullptr : lexicon.Find(proposed);
  if (entry || (!proposed.empty() && IsNameLike(proposed))) {
    std::string canonical = entry ? entry->canonical : proposed;
    mentions.Add(entry ? entry->kind : GuessKind(proposed, paper), canonical, proposed);
    entities.proposes.push_back(canonical);
  }
  for (const std::string& name : IntroducedNames(paper, lexicon)) {
    if (!mentions.Add(GuessKind(name, paper), name, name)) continue;
    entities.proposes.push_back(name);
  }
  ScanText(paper.title, lexicon, &mentions);
  for (const Section& section : paper.sections) ScanText(section.text, lexicon, &mentions);
  return entities;
}

}  // namespace papergraph
