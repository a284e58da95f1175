#include "extractors/entity_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/text.h"
#include "extractors/ascii.h"
#include "extractors/dfa_first.h"
#include "extractors/marked_names.h"
#include "extractors/name_tokens.h"
#include "extractors/proposals.h"

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

// Whether tokens `a` and `b` (adjacent) may be parts of one name.
bool Joinable(std::string_view text, const Token& a, const Token& b) {
  std::string_view sep = text.substr(a.end, b.begin - a.end);
  if (sep.size() != 1) return false;
  if (sep[0] == '.') return IsAsciiDigit(text[b.begin]);
  return std::string_view(" -_/;'&").find(sep[0]) != std::string_view::npos;
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

// A short key ("MATH", "o1"), or a name written as one lower-case or
// capitalised word ("multiple" for MultiPL-E, "Quality" for QuALITY),
// matches only in the case of a listed form.
bool CaseAllowed(const LexiconEntry& entry, std::string_view key, std::string_view written) {
  // A capitalised ordinary word ("Quality" for QuALITY) counts as lower case.
  bool plain_word = !written.empty() && IsAsciiUpper(written[0]) &&
                    IsLowerWord(written.substr(1));
  if (key.size() > kMaxShortKey && !IsLowerWord(written) && !plain_word) return true;
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
  if (sep == ".") return IsAsciiDigit(word[0]);
  return (sep == "-" || sep == "_") && !IsLowerWord(word) &&
         !RE2::FullMatch(Piece(word), kModifier);
}

// The most a part of ModelVariant can take at text[at]: a separator and the
// letters, digits and points after it (and non-ASCII bytes, which the
// case-insensitive words may match), so that its regexes read no further.
re2::StringPiece PartWindow(std::string_view text, size_t at) {
  size_t stop = std::min(at + 1, text.size());
  while (stop < text.size() && (IsAsciiAlnum(text[stop]) || text[stop] == '.' ||
                                static_cast<unsigned char>(text[stop]) >= 0x80)) {
    ++stop;
  }
  return re2::StringPiece(text.data() + at, stop - at);
}

// A model name may go on with a size, a version, a tier, a variant and a
// date: "Llama-3-8B-Instruct", "Stable Diffusion V2.1", "Claude-3.5-Sonnet-1022",
// "GPT-4-turbo". Returns how many bytes after `end` belong to the name, and
// appends the parts to `*canonical` ("Llama 3 8B Instruct"): sizes with an
// upper-case unit, Instruct/Chat/Base/It capitalised, other parts as written,
// joined by a space when the family's canonical name has one, else by '-'.
size_t ModelVariant(std::string_view text, size_t end, std::string* canonical) {
  static const RE2 kGluedPart(
      R"([-_]((?:\d+x)?\d+(?:\.\d+)?[BbMm]|[Vv]\d+(?:\.\d+)*|\d{4})"
      R"(|(?i:instruct|chat|base|it|turbo|mini|pro|flash|preview|sonnet|opus|haiku|ultra|nano|lite|plus)))");
  static const RE2 kSpacedPart(
      R"( ((?:\d+x)?\d+(?:\.\d+)?B|[Vv]\d+(?:\.\d+)*)"
      R"(|Instruct|Chat|Turbo|Pro|Flash|Ultra|Sonnet|Opus|Haiku|Mini|Nano))");
  static const RE2 kSize(R"((?:\d+x)?\d+(?:\.\d+)?[BbMm])");
  static const RE2 kCapitalised("(?i)instruct|chat|base|it");
  const std::string joiner = canonical->find(' ') != std::string::npos ? " " : "-";
  size_t at = end;
  for (int parts = 0; parts < 4; ++parts) {
    re2::StringPiece input = PartWindow(text, at);
    std::string part;
    if (!ConsumeDfaFirst(&input, kGluedPart, &part) && !ConsumeDfaFirst(&input, kSpacedPart, &part)) {
      break;
    }
    size_t next = static_cast<size_t>(input.data() - text.data());
    if (next < text.size() && IsAsciiAlnum(text[next])) break;
    at = next;
    if (RE2::FullMatch(part, kSize)) {
      part.back() = UpperAsciiChar(part.back());
    } else if (RE2::FullMatch(part, kCapitalised)) {
      part = LowerAscii(part);
      part[0] = UpperAsciiChar(part[0]);
    }
    *canonical += joiner + part;
  }
  return at - end;
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
  TokenizedText tokenized = Tokenize(text);
  const std::vector<Token>& tokens = tokenized.tokens;
  // Candidates at token i, shortest first. A plural "s" after a capital
  // or digit ("NeRFs", "ViTs") is written but not part of the key.
  struct Candidate {
    size_t last;
    const LexiconEntry* entry;
    std::string_view key;
    size_t plural;
  };
  Candidate candidates[kMaxNameTokens];
  for (size_t i = 0; i < tokens.size();) {
    size_t count = 0;
    uint64_t hash = KeyPrefixTable::kSeed;
    for (size_t j = i; j < tokens.size() && j < i + kMaxNameTokens; ++j) {
      if (j > i && !Joinable(text, tokens[j - 1], tokens[j])) break;
      std::string_view word = text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
      hash = KeyPrefixTable::Hash(tokenized.Folded(j, j), hash);
      std::string_view key = tokenized.Folded(i, j);
      Lexicon::KeyLookup found = lexicon.LookupFolded(key, hash);
      if (found.entry) {
        candidates[count++] = {j, found.entry, key, 0};
      } else if (word.size() >= 2 && word.back() == 's' &&
                 (IsAsciiUpper(word[word.size() - 2]) || IsAsciiDigit(word[word.size() - 2]))) {
        std::string_view singular = key.substr(0, key.size() - 1);
        if (const LexiconEntry* entry = lexicon.LookupFolded(singular).entry) {
          candidates[count++] = {j, entry, singular, 1};
        }
      }
      if (!found.longer) break;  // no name is longer than what was read
    }
    size_t next = i + 1;
    while (count > 0) {
      const Candidate& c = candidates[--count];
      size_t begin = tokens[i].begin, end = tokens[c.last].end;
      if (!CaseAllowed(*c.entry, c.key, text.substr(begin, end - begin - c.plural))) continue;
      std::string canonical = c.entry->canonical;
      if (c.entry->kind == EntityKind::kModel && !c.plural) {
        end += ModelVariant(text, end, &canonical);
      }
      size_t after = c.last + 1;
      while (after < tokens.size() && tokens[after].begin < end) ++after;
      if (GluedBefore(text, tokens, i) || GluedAfter(text, end, tokens, after)) continue;
      mentions->Add(c.entry->kind, std::move(canonical),
                    std::string(text.substr(begin, end - begin)));
      next = after;
      break;
    }
    i = next;
  }
}

}  // namespace

Entities ExtractEntities(const PaperRecord& paper, const Lexicon& lexicon) {
  Entities entities;
  MentionSet mentions(&entities);
  std::vector<MarkedName> marked = FindMarkedNames(paper, lexicon);
  for (Mention& proposal : FindProposals(paper, lexicon, marked)) {
    entities.proposes.push_back(proposal.canonical);
    mentions.Add(proposal.kind, std::move(proposal.canonical), std::move(proposal.surface));
  }
  ScanText(paper.title, lexicon, &mentions);
  for (const Section& section : paper.sections) ScanText(section.text, lexicon, &mentions);
  for (MarkedName& name : marked) {
    mentions.Add(name.mention.kind, std::move(name.mention.canonical),
                 std::move(name.mention.surface));
  }
  return entities;
}

}  // namespace papergraph
