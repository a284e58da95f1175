#include "extractors/proposals.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/text.h"
#include "extractors/ascii.h"
#include "extractors/introductions.h"
#include "extractors/kind_guess.h"
#include "extractors/name_shape.h"

namespace papergraph {
namespace {

// Whether RecurringSubjects' pattern may match at text[at], `from` being
// where its input starts: ". ", a line end or the input's start, then after
// spaces and a quote a name starts with an ASCII letter or digit. Leaves the
// regex the few sentences that open with a Latin word.
bool NameMayOpen(std::string_view text, size_t at, size_t from) {
  size_t p = at;
  if (text.compare(at, 2, ". ") == 0) {
    p += 2;
  } else if (at != from && text[at] != '\n') {
    return false;
  }
  p = SkipSpaces(text, p);
  if (p < text.size() && (text[p] == '\'' || text[p] == '"')) ++p;
  return p < text.size() && IsAsciiAlnum(text[p]);
}

// The name a match of RecurringSubjects' pattern holds: the match less the
// sentence start (". ", spaces) and a quote in front, and at the back the
// particle (은, 는, 이, 가: three bytes) or the spaced verb (" achieves "),
// and a quote. A name starts with a letter or digit and ends with neither a
// space nor a quote, so these are exactly what the pattern's group leaves.
std::string_view SubjectName(std::string_view match) {
  if (match.compare(0, 2, ". ") == 0) match.remove_prefix(2);
  match.remove_prefix(SkipSpaces(match, 0));
  if (match.front() == '\'' || match.front() == '"') match.remove_prefix(1);
  if (IsSpace(match.back())) {
    match.remove_suffix(1);
    while (IsAsciiLower(match.back())) match.remove_suffix(1);
    while (IsSpace(match.back())) match.remove_suffix(1);
  } else {
    match.remove_suffix(3);
  }
  if (match.back() == '\'' || match.back() == '"') match.remove_suffix(1);
  return match;
}

// Names that open two or more sentences as their subject ("AStar는 ...",
// "AStar achieves ..."), in order of their first such sentence.
std::vector<std::string> RecurringSubjects(const PaperRecord& paper, const Lexicon& lexicon) {
  static const RE2 kSubject(std::string(R"((?:^|\n|\. )\s*['"]?()") + kNameRunPattern +
                            R"()['"]?(?:은|는|이|가|\s+[a-z]+s\s))");
  std::map<std::string, int> count;
  std::vector<std::string> order;
  for (const Section& section : paper.sections) {
    // The matches FindAndConsume would give, one after another: an anchored
    // attempt where one can start (the input's start, a line end or ". "),
    // the input (and so what ^ means) starting where the last match ended.
    std::string_view text = section.text;
    size_t from = 0;  // where the last match ended
    size_t next_dot = 0, next_line = 0;  // the first '.' and line end from `at` on, once looked for
    for (size_t at = 0; at < text.size(); ++at) {
      if (at != from) {
        if (next_dot < at) next_dot = text.find('.', at);
        if (next_line < at) next_line = text.find('\n', at);
        at = std::min(next_dot, next_line);
        if (at == std::string_view::npos) break;
      }
      if (!NameMayOpen(text, at, from)) continue;
      re2::StringPiece input(text.data() + from, text.size() - from), whole;
      if (!kSubject.Match(input, at - from, input.size(), RE2::ANCHOR_START, &whole, 1)) continue;
      from = static_cast<size_t>(whole.data() + whole.size() - text.data());
      at = from - 1;  // the loop goes on after the match
      std::string name(SubjectName(std::string_view(whole.data(), whole.size())));
      if (!IsUnknownName(name, lexicon)) continue;
      if (count[FoldKey(name)]++ == 0) order.push_back(name);
    }
  }
  std::vector<std::string> names;
  for (const std::string& name : order) {
    if (count[FoldKey(name)] >= 2) names.push_back(name);
  }
  return names;
}

}  // namespace

std::vector<Mention> FindProposals(const PaperRecord& paper, const Lexicon& lexicon,
                                   const std::vector<MarkedName>& marked) {
  std::vector<Mention> proposals;
  std::unordered_set<std::string> seen;
  std::map<std::string, EntityKind> marked_kind;  // by folded name, first marking wins
  for (const MarkedName& m : marked) marked_kind.emplace(FoldKey(m.mention.canonical), m.mention.kind);
  auto add = [&](const std::string& name, EntityKind kind) {
    if (!seen.insert(FoldKey(name)).second) return;
    proposals.push_back({kind, name, name});
  };
  // Adds `name` with the kind its first marking gives, else GuessKind's
  // (asked only for a name not in yet).
  auto add_unmarked = [&](const std::string& name) {
    std::string key = FoldKey(name);
    if (seen.count(key) > 0) return;
    auto it = marked_kind.find(key);
    add(name, it != marked_kind.end() ? it->second
                                      : GuessKind(name, paper, lexicon, EntityKind::kMethod));
  };

  size_t colon = paper.title.find(": ");
  std::string prefix = colon == std::string::npos ? "" : CollapseWhitespace(paper.title.substr(0, colon));
  if (const LexiconEntry* entry = prefix.empty() ? nullptr : lexicon.Find(prefix)) {
    seen.insert(FoldKey(entry->canonical));
    proposals.push_back({entry->kind, entry->canonical, prefix});
  } else if (!prefix.empty() && !lexicon.IsGeneric(prefix) && IsNameLike(prefix, lexicon, true)) {
    add_unmarked(prefix);
  }
  for (const std::string& name : IntroducedNames(paper, lexicon)) add_unmarked(name);
  for (const MarkedName& m : marked) {
    if (IntroducedAt(paper.sections[m.section].text, m.offset, m.mention.surface.size(), lexicon)) {
      add(m.mention.canonical, m.mention.kind);
    }
  }
  for (const std::string& name : RecurringSubjects(paper, lexicon)) add_unmarked(name);
  return proposals;
}

}  // namespace papergraph
