#include "extractors/proposals.h"

#include <re2/re2.h>

#include <cctype>
#include <map>
#include <unordered_set>

#include "core/text.h"

namespace papergraph {
namespace {

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether the name written at text[offset, offset + size) is introduced
// there: "새로운 벤치마크인 'HarmEval'", "a new dataset, X", or the name, an
// optional expansion, an optional cue word and a particle, then an
// introducing verb in the same sentence ("(AIM) 방법을 소개합니다").
bool IntroducedAt(std::string_view text, size_t offset, size_t size, const Lexicon& lexicon) {
  static const RE2 kNewBefore(R"((새로운|새롭게|(?i:\bnew\b|\bnovel\b))[^.\n]{0,30}$)");
  static const RE2 kParticle(
      R"(^[)'"’”]*\s*(?:\([^()]{0,80}\))?\s*([가-힣A-Za-z]*?)(이라는\s*새로운|라는\s*새로운|이라는|라는|을|를))");
  static const RE2 kVerb(
      R"(^[^.\n]{0,60}?(?:(?:제안|소개|도입|개발|제시|설계|구축|공개|선보)(?:합|하였|했|하며|하고|한다|함|하여)|만들(?:었|어|고)))");
  std::string_view before = Before(text, offset, 45);
  if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kNewBefore)) return true;
  re2::StringPiece after(text.data() + offset + size, text.size() - offset - size);
  re2::StringPiece word, particle;
  EntityKind kind;
  if (!RE2::Consume(&after, kParticle, &word, &particle)) return false;
  // "X라는 새로운 데이터셋"
  if (word.empty() && std::string(particle.data(), particle.size()).find("새로운") != std::string::npos) {
    return true;
  }
  if (!word.empty() && !CueAtEdge(std::string_view(word.data(), word.size()), false, lexicon, &kind)) {
    return false;
  }
  return RE2::PartialMatch(after, kVerb);
}

// Names followed by a particle and an introducing verb in the same sentence
// ("MoSLoRA를 제안합니다"), and names after "we propose" in English.
std::vector<std::string> IntroducedNames(const PaperRecord& paper, const Lexicon& lexicon) {
  static const RE2 kKorean(
      std::string(R"((?:\(()") + kNameWordPattern + R"()\)|()" + kNameWordPattern +
      R"()\s*(?:\([^()]{0,60}\))?)\s*['"]?\s*)"
      R"((?:이라는|라는|이라고 하는|라고 하는|를|을|은|는)\s*[^.\n]{0,40}?)"
      R"((?:제안|소개|도입|개발|제시|설계|구축|공개))");
  static const RE2 kEnglish(
      std::string(R"((?i:\b(?:we|paper|work)\s+(?:propose|introduce|present|release)[sd]?\s+)"
                  R"((?:(?:a|an|the|our|new|novel)\s+)*)(?:[a-z-]+\s+){0,3}?)") +
      R"(['"]?()" + kNameRunPattern + ")");
  // kEnglish needs an introducing verb: a cheap literal search first.
  static const RE2 kEnglishVerb("(?i)propose|introduce|present|release");
  std::vector<std::string> names;
  for (const Section& section : paper.sections) {
    std::string_view text = section.text;
    re2::StringPiece acronym, found;
    // The matches FindAndConsume would give, one after another, found by an
    // anchored attempt at each byte that can start one: an unanchored search
    // through the pattern's counted gaps cost far more than these short
    // attempts. A match starts with '(' or an ASCII letter; a letter right
    // after another letter is skipped, as whatever matches from it also
    // matches from the letter before (the name's [A-Za-z0-9]* takes it in).
    size_t from = 0;  // where the previous match ended
    for (size_t at = 0; at < text.size(); ++at) {
      bool letter = std::isalpha(static_cast<unsigned char>(text[at])) != 0;
      if (text[at] != '(' && !letter) continue;
      if (letter && at > from && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;
      re2::StringPiece rest(text.data() + at, text.size() - at);
      if (!RE2::Consume(&rest, kKorean, &acronym, &found)) continue;
      from = static_cast<size_t>(rest.data() - text.data());
      at = from - 1;  // the loop goes on after the match
      if (!acronym.empty()) found = acronym;
      bool glued = found.data() > text.data() && IsAsciiAlnum(found.data()[-1]);
      std::string name(found.data(), found.size());
      if (!glued && IsUnknownName(name, lexicon)) names.push_back(name);
    }
    re2::StringPiece input(section.text);
    bool english = RE2::PartialMatch(input, kEnglishVerb);
    while (english && RE2::FindAndConsume(&input, kEnglish, &found)) {
      std::string name(found.data(), found.size());
      if (IsUnknownName(name, lexicon)) names.push_back(name);
    }
  }
  return names;
}

// Names that open two or more sentences as their subject ("AStar는 ...",
// "AStar achieves ..."), in order of their first such sentence.
std::vector<std::string> RecurringSubjects(const PaperRecord& paper, const Lexicon& lexicon) {
  static const RE2 kSubject(std::string(R"((?:^|\n|\. )\s*['"]?()") + kNameRunPattern +
                            R"()['"]?(?:은|는|이|가|\s+[a-z]+s\s))");
  std::map<std::string, int> count;
  std::vector<std::string> order;
  for (const Section& section : paper.sections) {
    re2::StringPiece input(section.text);
    re2::StringPiece found;
    while (RE2::FindAndConsume(&input, kSubject, &found)) {
      std::string name(found.data(), found.size());
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
  auto kind_of = [&](const std::string& name) {
    auto it = marked_kind.find(FoldKey(name));
    return it != marked_kind.end() ? it->second
                                   : GuessKind(name, paper, lexicon, EntityKind::kMethod);
  };

  size_t colon = paper.title.find(": ");
  std::string prefix = colon == std::string::npos ? "" : CollapseWhitespace(paper.title.substr(0, colon));
  if (const LexiconEntry* entry = prefix.empty() ? nullptr : lexicon.Find(prefix)) {
    seen.insert(FoldKey(entry->canonical));
    proposals.push_back({entry->kind, entry->canonical, prefix});
  } else if (!prefix.empty() && !lexicon.IsGeneric(prefix) && IsNameLike(prefix, lexicon, true)) {
    add(prefix, kind_of(prefix));
  }
  for (const std::string& name : IntroducedNames(paper, lexicon)) add(name, kind_of(name));
  for (const MarkedName& m : marked) {
    if (IntroducedAt(paper.sections[m.section].text, m.offset, m.mention.surface.size(), lexicon)) {
      add(m.mention.canonical, m.mention.kind);
    }
  }
  for (const std::string& name : RecurringSubjects(paper, lexicon)) add(name, kind_of(name));
  return proposals;
}

}  // namespace papergraph
