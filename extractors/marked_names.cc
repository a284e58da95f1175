#include "extractors/marked_names.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "extractors/ascii.h"
#include "extractors/cue_lookup.h"
#include "extractors/dfa_first.h"
#include "extractors/kind_guess.h"
#include "extractors/name_context.h"
#include "extractors/name_shape.h"

namespace papergraph {
namespace {

constexpr size_t kWindow = 120;  // bytes of context looked at around a cue or '('

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

std::string_view TrimSpacesRight(std::string_view s) {
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Whether `s` ends with kBeforeCue's "라는" glue: 이라는, 라는, 이라고 하는 or
// 라고 하는, perhaps followed by 새로운.
bool EndsWithCalled(std::string_view s) {
  std::string_view kNew = "새로운";
  if (EndsWith(s, kNew)) s = TrimSpacesRight(s.substr(0, s.size() - kNew.size()));
  return EndsWith(s, "라는") || EndsWith(s, "하는");
}

// Whether kBeforeCue may match `before` (the text up to a cue): its name
// holds a capital or a digit and ends in a letter, digit, '+' or '*',
// perhaps quoted; then come spaces, 등의, 같은, or the 라는 glue and perhaps
// one word and spaces; then perhaps "the " or "new ". Spares the regex
// most cues.
bool NameMayEndBefore(std::string_view before) {
  if (!HasByteIn(before, 'A', 'Z') && !HasByteIn(before, '0', '9')) return false;
  std::string_view glued = TrimSpacesRight(before);
  if (glued.empty()) return false;
  char last = glued.back();
  if ((last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z') || (last >= '0' && last <= '9') ||
      last == '+' || last == '*' || last == '\'' || last == '"') {
    return true;
  }
  for (std::string_view end : {"’", "”", "등의", "같은"}) {
    if (EndsWith(glued, end)) return true;
  }
  if (EndsWithCalled(glued)) return true;
  if (glued.size() == before.size()) return false;  // the word after the glue needs a space
  // That word: no space, '.' or ','; the glue may end inside it (no space between).
  size_t word = glued.size();
  while (word > 0 && !IsSpace(glued[word - 1]) && glued[word - 1] != '.' && glued[word - 1] != ',') {
    --word;
  }
  std::string_view run = glued.substr(word);
  for (std::string_view inside : {"라는", "하는", "새로운"}) {
    if (run.find(inside) != std::string_view::npos) return true;
  }
  return EndsWithCalled(TrimSpacesRight(glued.substr(0, word)));
}

// Whether kAfterCue may match `after` (the text after a cue): it opens with
// 인, 이자, 으로서, 로서 or a space.
bool NameMayFollow(std::string_view after) {
  if (!after.empty() && IsSpace(after.front())) return true;
  for (std::string_view first : {"인", "이자", "으로서", "로서"}) {
    if (after.compare(0, first.size(), first) == 0) return true;
  }
  return false;
}

// Whether the words at `offset` spell out an acronym written next to them:
// "Adaptive Prompt-Tailored Pruning (APTP)", "(HPF, Hierarchical Prompt
// Framework)". The acronym is the name, not its expansion.
bool IsExpansion(std::string_view text, size_t offset, size_t size) {
  static const RE2 kAcronymAfter(R"(^\s?\(\s*[A-Za-z][A-Za-z0-9-]*\s*[),])");
  static const RE2 kAcronymBefore(R"(\(\s*[A-Za-z][A-Za-z0-9-]*\s*,\s*$)");
  std::string_view after = text.substr(offset + size, 40);
  std::string_view before = Before(text, offset, 40);
  return RE2::PartialMatch(Piece(after), kAcronymAfter) ||
         RE2::PartialMatch(Piece(before), kAcronymBefore);
}

// The name group of a match of CueMarkedNames' kBeforeCue, found without
// RE2's backtracker: the name starts at the match's first ASCII letter or
// digit (before it stand one other character and a quote) and is what
// kNameRunPattern reads from there, as nothing the pattern allows after the
// name ("라는", spaces, "the ") can go on with a name.
re2::StringPiece NameBeforeCue(re2::StringPiece match) {
  static const RE2 kNameRun(kNameRunPattern);
  size_t start = 0;
  while (start < match.size() && !IsAsciiAlnum(match[start])) ++start;
  re2::StringPiece name;
  kNameRun.Match(match, start, match.size(), RE2::ANCHOR_START, &name, 1);
  return name;
}

// Finds the cue words of `text` and the names marked by them.
void CueMarkedNames(std::string_view text, size_t section, const Lexicon& lexicon,
                    std::vector<MarkedName>* out) {
  static const RE2 kBeforeCue(
      std::string("(?:^|[^A-Za-z0-9])['\"‘“]?(") + kNameRunPattern + ")['\"’”]?" +
      R"((?:(?:이라는|라는|이라고 하는|라고 하는)\s*(?:새로운\s*)?(?:[^\s.,]+\s+)?)"
      R"(|(?:와|과)?\s*같은\s*|\s+등의\s*|\s+)(?:the\s+|new\s+)?$)");
  static const RE2 kAfterCue(
      std::string("^(?:인|이자|으로서|로서|\\s+(?:called|named|dubbed))\\s*['\"‘“]?(") +
      kNameRunPattern + ")");
  std::string lower = LowerAscii(text);
  for (const Lexicon::CueHit& hit : lexicon.FindCues(lower)) {
    const CueWord& cue = lexicon.cues()[hit.cue];
    size_t at = hit.at;
    size_t end = at + cue.word.size();
    bool latin = IsAsciiAlpha(cue.word[0]);
    if (latin && ((at > 0 && IsAsciiAlpha(text[at - 1])) ||
                  (end < text.size() && IsAsciiAlpha(text[end])))) {
      continue;  // part of a longer English word
    }
    re2::StringPiece name, match;
    std::string_view before = Before(text, at, kWindow);
    std::string written;
    if (NameMayEndBefore(before) &&
        kBeforeCue.Match(Piece(before), 0, before.size(), RE2::UNANCHORED, &match, 1)) {
      name = NameBeforeCue(match);
      written.assign(name.data(), name.size());
      // A capitalised English cue is the name's last word: "Pivotal Parameters Tuning".
      if (latin && text[at] >= 'A' && text[at] <= 'Z') {
        if (name.data() + name.size() + 1 != text.data() + at) continue;
        written += " " + std::string(text.substr(at, end - at));
      }
    } else if (NameMayFollow(text.substr(end)) &&
               PartialMatchDfaFirst(
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

// A byte kNameWordPattern may take.
bool IsNameByte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '+' || c == '*';
}

// Where the ')' is that closes an expansion kNameThenExpansion may take after
// text[open] == '(': a capital, then only letters, apostrophes, hyphens,
// spaces and commas, one of the last three among them, up to ')'. npos
// when there is none.
size_t ExpansionEnd(std::string_view text, size_t open) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (open + 1 >= text.size() || !(text[open + 1] >= 'A' && text[open + 1] <= 'Z')) {
    return std::string_view::npos;
  }
  bool separated = false;
  size_t at = open + 2;
  for (; at < text.size(); ++at) {
    char c = text[at];
    bool separator = c == ' ' || c == ',' || c == '-';
    if (!separator && !letter(c) && c != '\'') break;
    separated = separated || separator;
  }
  return separated && at < text.size() && text[at] == ')' ? at : std::string_view::npos;
}

// Whether `expansion` can spell out `name`: same first letter, two or more
// words, no digits ("(DeepSeek-AI, 2024)" is a citation).
bool Expands(std::string_view expansion, std::string_view name) {
  if (expansion.find(' ') == std::string_view::npos || name.empty()) return false;
  if (std::any_of(expansion.begin(), expansion.end(), IsAsciiDigit)) return false;
  return LowerAsciiChar(expansion[0]) == LowerAsciiChar(name[0]);
}

// "description (NAME)" and "(NAME, description)".
void NamesInParentheses(const PaperRecord& paper, std::string_view text, size_t section,
                        const Lexicon& lexicon, std::vector<MarkedName>* out) {
  static const RE2 kNameInParens(std::string(R"(\(\s*['"]?()") + kNameWordPattern +
                                 R"()['"]?\s*([,;)]))");
  // The matches FindAndConsume would give, found by the DFA alone: their
  // groups are read off them, as a name holds no space or quote. It is what
  // lies between "(", spaces and a quote, and a quote, spaces and the mark.
  re2::StringPiece input(text.data(), text.size()), match;
  while (kNameInParens.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    input.remove_prefix(static_cast<size_t>(match.data() + match.size() - input.data()));
    char mark = match[match.size() - 1];
    std::string_view name(match.data() + 1, match.size() - 2);
    name.remove_prefix(SkipSpaces(name, 0));
    if (!name.empty() && (name.front() == '\'' || name.front() == '"')) name.remove_prefix(1);
    while (!name.empty() && IsSpace(name.back())) name.remove_suffix(1);
    if (!name.empty() && (name.back() == '\'' || name.back() == '"')) name.remove_suffix(1);
    std::string written(name);
    size_t offset = static_cast<size_t>(name.data() - text.data());
    if (!IsUnknownName(written, lexicon)) continue;
    if (mark != ')') {  // "(HPT, Hierarchical ...)", not "(DeepSeek-AI, 2024)"
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
}

// "NAME (Description)".
void NamesBeforeExpansions(const PaperRecord& paper, std::string_view text, size_t section,
                           const Lexicon& lexicon, std::vector<MarkedName>* out) {
  static const RE2 kNameThenExpansion(
      std::string(R"((?:^|[^A-Za-z0-9-])()") + kNameWordPattern +
      R"() ?\(([A-Z][A-Za-z'-]*(?:[ ,-]+[A-Za-z'-]+){1,9})\))");
  // The matches FindAndConsume would give, one after another, each searched
  // for only around a '(' that can open an expansion (ExpansionEnd): from
  // the byte before the name-like bytes ahead of it to the ')' that ends it,
  // the input (and so what ^ means) starting where the last match ended.
  size_t from = 0;  // where the last match ended
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', std::max(open + 1, from))) {
    size_t close = ExpansionEnd(text, open);
    if (close == std::string_view::npos) continue;
    size_t start = open > from && text[open - 1] == ' ' ? open - 1 : open;
    while (start > from && IsNameByte(text[start - 1])) --start;
    if (start > from) --start;  // the byte before the name
    re2::StringPiece unread(text.data() + from, text.size() - from), match[3];
    if (!kNameThenExpansion.Match(unread, start - from, close + 1 - from, RE2::UNANCHORED, match,
                                  3)) {
      continue;
    }
    from = static_cast<size_t>(match[0].data() + match[0].size() - text.data());
    std::string written(match[1].data(), match[1].size());
    std::string_view spelled(match[2].data(), match[2].size());
    if (!IsUnknownName(written, lexicon) || !Expands(spelled, written)) continue;
    EntityKind kind;
    if (!CueAtEdge(spelled, true, lexicon, &kind)) {
      kind = GuessKind(written, paper, lexicon, EntityKind::kMethod);
    }
    size_t offset = static_cast<size_t>(match[1].data() - text.data());
    out->push_back({{kind, written, written}, true, section, offset});
  }
}

}  // namespace

std::vector<MarkedName> FindMarkedNames(const PaperRecord& paper, const Lexicon& lexicon) {
  std::vector<MarkedName> names;
  for (size_t i = 0; i < paper.sections.size(); ++i) {
    NamesInParentheses(paper, paper.sections[i].text, i, lexicon, &names);
    NamesBeforeExpansions(paper, paper.sections[i].text, i, lexicon, &names);
    CueMarkedNames(paper.sections[i].text, i, lexicon, &names);
  }
  std::stable_sort(names.begin(), names.end(), [](const MarkedName& a, const MarkedName& b) {
    return a.section != b.section ? a.section < b.section : a.offset < b.offset;
  });
  return names;
}

}  // namespace papergraph
