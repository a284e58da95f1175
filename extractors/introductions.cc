#include "extractors/introductions.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "extractors/ascii.h"
#include "extractors/cue_lookup.h"
#include "extractors/name_context.h"
#include "extractors/name_shape.h"

namespace papergraph {
namespace {

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

// Whether a match of IntroducedNames' patterns may start with `c`.
bool MayStartName(char c) { return c == '(' || IsAsciiAlpha(c); }

// The first offset at or after `at` whose byte MayStartName, or the text's
// size. Eight bytes at a time, as most of a Korean summary is Hangul and
// spaces: no byte carries into the next in these sums, so each tells
// exactly whether one of the eight is an ASCII letter or '('.
size_t NextNameStart(std::string_view text, size_t at) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  for (; at + 8 <= text.size(); at += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + at, 8);
    uint64_t x = (w | 0x20 * kOnes) & ~kHighs;  // ASCII letters in lower case, no high bits
    uint64_t letters = (x + (0x80 - 'a') * kOnes) & ~(x + (0x80 - 'z' - 1) * kOnes) & ~w & kHighs;
    uint64_t paren = w ^ ('(' * kOnes);  // a zero byte where w has '('
    if ((letters | ((paren - kOnes) & ~paren & kHighs)) != 0) break;
  }
  while (at < text.size() && !MayStartName(text[at])) ++at;
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
  if (begin >= text.size() || !IsAsciiAlpha(text[begin])) return {};
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
inline bool IntroducingVerbAt(std::string_view text, size_t at) {
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

// Where the groups of IntroducedAt's kParticle would start in `after` if
// it matched there: the word after closing quotes and parentheses, spaces,
// a "(...)" and spaces; the particle at the first 이라는, 라는, 을 or 를 of
// the run of Hangul syllables and ASCII letters from there (the word is
// lazy, and the particle's alternatives all start with one of these).
// Each step takes what the pattern's must, so false means kParticle cannot
// match; only the 80-character bound of "(...)" is left to the regex. Spares
// the regex most names ("X는", "X의", "X에서") and the capture of its groups.
bool FindParticle(std::string_view after, size_t* word, size_t* particle) {
  size_t at = 0;
  for (bool more = true; more && at < after.size();) {
    more = false;
    for (std::string_view closing : {")", "'", "\"", "’", "”"}) {
      if (after.compare(at, closing.size(), closing) == 0) at += closing.size(), more = true;
    }
  }
  at = SkipSpaces(after, at);
  if (at < after.size() && after[at] == '(') {
    at = after.find_first_of("()", at + 1);
    if (at == std::string_view::npos || after[at] != ')') return false;
    at = SkipSpaces(after, at + 1);
  }
  *word = at;
  auto is_syllable = [&](size_t i) {  // 가 (EA B0 80) .. 힣 (ED 9E A3)
    std::string_view c = after.substr(i, 3);
    return c.size() == 3 && c >= "가" && c <= "힣";
  };
  while (at < after.size()) {
    for (std::string_view start : {"이라는", "라는", "을", "를"}) {
      if (after.compare(at, start.size(), start) == 0) {
        *particle = at;
        return true;
      }
    }
    if (IsAsciiAlpha(after[at])) {
      ++at;
    } else if (is_syllable(at)) {
      at += 3;
    } else {
      break;
    }
  }
  return false;
}

}  // namespace

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
  if (MayCallNew(before) && RE2::PartialMatch(Piece(before), kNewBefore)) return true;
  std::string_view after = text.substr(offset + size);
  size_t word_at = 0, particle_at = 0;
  re2::StringPiece match;
  if (!FindParticle(after, &word_at, &particle_at) ||
      !kParticle.Match(Piece(after), 0, after.size(), RE2::ANCHOR_START, &match, 1)) {
    return false;
  }
  std::string_view word = after.substr(word_at, particle_at - word_at);
  std::string_view particle = after.substr(particle_at, match.size() - particle_at);
  after.remove_prefix(match.size());
  // "X라는 새로운 데이터셋"
  if (word.empty() && particle.find("새로운") != std::string_view::npos) return true;
  EntityKind kind;
  if (!word.empty() && !CueAtEdge(word, false, lexicon, &kind)) return false;
  return RE2::PartialMatch(Piece(after), kVerb);
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
    // Whether kEnglish may match, found on the way: its verb follows a
    // space, so it starts a word, and the loop passes every word start but
    // those inside a match. RE2's case folding also takes the long s ("ſ")
    // for an "s", so a text with one is left to the regex.
    bool english = text.find("ſ") != std::string_view::npos;
    for (size_t at = NextNameStart(text, 0); at < text.size(); at = NextNameStart(text, at + 1)) {
      if (text[at] != '(' && at > from && IsAsciiAlpha(text[at - 1])) {
        while (at + 1 < text.size() && IsAsciiAlpha(text[at + 1])) ++at;  // so is the rest of the word
        continue;
      }
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

}  // namespace papergraph
