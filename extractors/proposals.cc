#include "extractors/proposals.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <unordered_set>

#include "core/text.h"
#include "extractors/cue_lookup.h"
#include "extractors/dfa_first.h"
#include "extractors/kind_guess.h"
#include "extractors/name_context.h"
#include "extractors/name_shape.h"

namespace papergraph {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }
char LowerAsciiChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A set of bytes: the scans below skip, one table look-up each, the bytes
// that cannot start what they look for.
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) in_[static_cast<unsigned char>(c)] = true;
  }
  bool Has(char c) const { return in_[static_cast<unsigned char>(c)]; }

 private:
  std::array<bool, 256> in_{};
};

// RE2's \s.
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

size_t SkipSpaces(std::string_view text, size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  return at;
}

// The name IntroducedNames' Korean pattern would capture if it matched at
// text[at] ("(Name)", or Name perhaps followed by "(...)"), or "" when it
// cannot match there: a cheap look at the pattern's start that spares a
// regex attempt at almost every word. The name is the longest run of the
// bytes taken here, as none of them may follow it; after spaces, a
// parenthesis and a quote, a particle must start, at *particle.
std::string_view KoreanNameAt(std::string_view text, size_t at, size_t* particle) {
  auto name_byte = [](char c) {
    return IsAsciiAlnum(c) || c == '.' || c == '-' || c == '+' || c == '*';
  };
  bool acronym = text[at] == '(';
  size_t begin = acronym ? at + 1 : at;
  if (begin >= text.size() || !IsAsciiLetter(text[begin])) return {};
  size_t end = begin;
  while (end < text.size() && name_byte(text[end])) ++end;
  size_t p = end;
  if (acronym) {
    if (p >= text.size() || text[p] != ')') return {};
    ++p;
  } else {
    p = SkipSpaces(text, p);
    if (p < text.size() && text[p] == '(') {
      p = text.find_first_of("()", p + 1);
      if (p == std::string_view::npos || text[p] != ')') return {};
      ++p;
    }
  }
  p = SkipSpaces(text, p);
  if (p < text.size() && (text[p] == '\'' || text[p] == '"')) ++p;
  *particle = SkipSpaces(text, p);
  for (std::string_view first : {"이", "라", "를", "을", "은", "는"}) {
    if (text.substr(*particle, 3) == first) return text.substr(begin, end - begin);
  }
  return {};
}

// Whether one of kKorean's introducing verbs is written in text[from, the
// next '.'), where a match with its particle at `from` must have it. The
// verbs are two Hangul syllables; a table of the first two bytes of their
// first rules out almost every other byte at a look-up.
bool IntroducingVerbFollows(std::string_view text, size_t from) {
  static constexpr std::string_view kVerbs[] = {"제안", "소개", "도입", "개발",
                                                "제시", "설계", "구축", "공개"};
  static const std::array<uint8_t, 256> kSecondBytes = [] {
    std::array<uint8_t, 256> bits{};  // bit (first byte - 0xEA) of the second byte
    for (std::string_view verb : kVerbs) {
      bits[static_cast<unsigned char>(verb[1])] |= 1 << (static_cast<unsigned char>(verb[0]) - 0xEA);
    }
    return bits;
  }();
  // The verb ends before the next '.', and at most 40 characters of 4 bytes
  // and its 6 bytes after the particle (16 bytes at most) and its spaces.
  size_t limit = SkipSpaces(text, std::min(from + 16, text.size())) + 40 * 4 + 6;
  size_t end = std::min({text.find('.', from), limit, text.size()});
  for (size_t at = from; at + 6 <= end; ++at) {
    unsigned lead = static_cast<unsigned char>(text[at]) - 0xEA;
    if (lead > 2 || !(kSecondBytes[static_cast<unsigned char>(text[at + 1])] >> lead & 1)) continue;
    for (std::string_view verb : kVerbs) {
      if (std::memcmp(text.data() + at, verb.data(), 6) == 0) return true;
    }
  }
  return false;
}

// Whether `word` (in lower case) is written at text[at], in any ASCII case.
bool WrittenAt(std::string_view text, size_t at, std::string_view word) {
  std::string_view written = text.substr(at, word.size());
  return written.size() == word.size() &&
         std::equal(word.begin(), word.end(), written.begin(),
                    [](char w, char c) { return w == LowerAsciiChar(c); });
}

// Whether kNewBefore may match `before`: it needs 새로운 or 새롭게, or "new"
// or "novel" in any case.
bool MayCallNew(std::string_view before) {
  if (before.find("새로") != std::string_view::npos || before.find("새롭") != std::string_view::npos) {
    return true;
  }
  for (size_t at = 0; at < before.size(); ++at) {
    if (LowerAsciiChar(before[at]) != 'n') continue;
    if (WrittenAt(before, at, "new") || WrittenAt(before, at, "novel")) return true;
  }
  return false;
}

// Whether one of kEnglish's verbs is written at text[at], ignoring ASCII
// case: a look far cheaper than the regex's.
bool IntroducingVerbAt(std::string_view text, size_t at) {
  static constexpr ByteSet kFirstLetters("pPiIrR");
  if (!kFirstLetters.Has(text[at])) return false;
  for (std::string_view verb : {"propose", "introduce", "present", "release"}) {
    if (WrittenAt(text, at, verb)) return true;
  }
  return false;
}

bool MayHoldIntroducingVerb(std::string_view text) {
  for (size_t at = 0; at < text.size(); ++at) {
    if (IntroducingVerbAt(text, at)) return true;
  }
  return false;
}

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
  if (MayCallNew(before) &&
      RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kNewBefore)) {
    return true;
  }
  re2::StringPiece after(text.data() + offset + size, text.size() - offset - size);
  re2::StringPiece word, particle;
  EntityKind kind;
  if (!ConsumeDfaFirst(&after, kParticle, &word, &particle)) return false;
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
      std::string(R"((?:\()") + kNameWordPattern + R"(\)|)" + kNameWordPattern +
      R"(\s*(?:\([^()]{0,60}\))?)\s*['"]?\s*)"
      R"((?:이라는|라는|이라고 하는|라고 하는|를|을|은|는)\s*[^.\n]{0,40}?)"
      R"((?:제안|소개|도입|개발|제시|설계|구축|공개))");
  static const RE2 kEnglish(
      std::string(R"((?i:\b(?:we|paper|work)\s+(?:propose|introduce|present|release)[sd]?\s+)"
                  R"((?:(?:a|an|the|our|new|novel)\s+)*)(?:[a-z-]+\s+){0,3}?)") +
      R"(['"]?()" + kNameRunPattern + ")");
  std::vector<std::string> names;
  for (const Section& section : paper.sections) {
    std::string_view text = section.text;
    // The matches FindAndConsume would give, one after another, found by an
    // anchored attempt at each byte that can start one: an unanchored search
    // through the pattern's counted gaps cost far more than these short
    // attempts. A match starts with '(' or an ASCII letter; a letter right
    // after another letter is skipped, as whatever matches from it also
    // matches from the letter before (the name's [A-Za-z0-9]* takes it in).
    // KoreanNameAt rules out most starts and gives the name, so the regex
    // runs without captures: its DFA alone says whether and where it ends.
    size_t from = 0;  // where the previous match ended
    static constexpr ByteSet kStarts("(ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    // Whether kEnglish may match, found on the way: its verb follows a
    // space, so it starts a word, and the loop passes every word start but
    // those inside a match. RE2's case folding also takes the long s ("ſ")
    // for an "s", so a text with one is left to the regex.
    bool english = text.find("ſ") != std::string_view::npos;
    for (size_t at = 0; at < text.size(); ++at) {
      if (!kStarts.Has(text[at])) {
        // Past a three-byte character (Hangul) at once: its other bytes start nothing.
        if ((static_cast<unsigned char>(text[at]) & 0xF0) == 0xE0 && at + 2 < text.size() &&
            !kStarts.Has(text[at + 1]) && !kStarts.Has(text[at + 2])) {
          at += 2;
        }
        continue;
      }
      if (text[at] != '(' && at > from && IsAsciiLetter(text[at - 1])) continue;
      english = english || IntroducingVerbAt(text, at);
      size_t particle = 0;
      std::string_view name = KoreanNameAt(text, at, &particle);
      if (name.empty() || !IntroducingVerbFollows(text, particle)) continue;
      re2::StringPiece rest(text.data() + at, text.size() - at);
      if (!RE2::Consume(&rest, kKorean)) continue;
      from = static_cast<size_t>(rest.data() - text.data());
      english = english || MayHoldIntroducingVerb(text.substr(at, from - at));
      at = from - 1;  // the loop goes on after the match
      bool glued = name.data() > text.data() && IsAsciiAlnum(name.data()[-1]);
      if (!glued && IsUnknownName(name, lexicon)) names.emplace_back(name);
    }
    re2::StringPiece input(section.text), found;
    while (english && RE2::FindAndConsume(&input, kEnglish, &found)) {
      std::string name(found.data(), found.size());
      if (IsUnknownName(name, lexicon)) names.push_back(name);
    }
  }
  return names;
}

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
      re2::StringPiece input(text.data() + from, text.size() - from), match[2];
      // Without captures first: the DFA rules out most attempts (dfa_first.h).
      if (!kSubject.Match(input, at - from, input.size(), RE2::ANCHOR_START, nullptr, 0) ||
          !kSubject.Match(input, at - from, input.size(), RE2::ANCHOR_START, match, 2)) {
        continue;
      }
      from = static_cast<size_t>(match[0].data() + match[0].size() - text.data());
      at = from - 1;  // the loop goes on after the match
      std::string name(match[1].data(), match[1].size());
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
