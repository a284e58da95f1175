#include "extractors/name_tokens.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>

#include "core/byte_words.h"
#include "core/text.h"
#include "extractors/ascii.h"

namespace papergraph {
namespace {

// What a byte can be the first byte of: an ASCII letter or digit; the lead
// byte of a character that may be a name letter (U+0080..U+1FFF: 0xC2..0xE1);
// or nothing of a token. A byte of the last kind is one byte of separator:
// a lead byte from 0xE2 on starts a character of U+2000 or above (no name
// letter) or an invalid sequence, and a continuation byte is never a
// character's first, so skipping such characters a byte at a time gives
// the same tokens as decoding them.
enum ByteClass : uint8_t { kSeparator, kAsciiAlnum, kMayBeLetter };

constexpr std::array<uint8_t, 256> kByteClasses = [] {
  std::array<uint8_t, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
      classes[b] = kAsciiAlnum;
    } else if (b >= 0xC2 && b <= 0xE1) {
      classes[b] = kMayBeLetter;
    }
  }
  return classes;
}();

// The first offset at or after `at` whose byte is not kSeparator, or the
// text's size. Eight bytes at a time first, as most of a Korean summary is
// Hangul (0xEA..0xED and continuation bytes) and spaces: a word is skipped
// when it holds no ASCII byte from '0' (0x30) on and no byte 0xC0..0xE1, a
// superset of the bytes that can start a token.
size_t NextTokenStart(std::string_view text, size_t at) {
  for (; at + 8 <= text.size(); at += 8) {
    uint64_t w = LoadWord(text.data() + at);
    uint64_t low = w & ~kHighBits;
    uint64_t ascii_from_0 = (low + kOnes * (0x80 - 0x30)) & ~w;
    uint64_t lead_c0_e1 = (low + kOnes * (0x80 - 0x40)) & ~(low + kOnes * (0x80 - 0x62)) & w;
    if (((ascii_from_0 | lead_c0_e1) & kHighBits) != 0) break;
  }
  while (at < text.size() && kByteClasses[static_cast<unsigned char>(text[at])] == kSeparator) ++at;
  return at;
}

// Letters and digits below U+1100 (Latin, Greek, Cyrillic): Hangul and CJK
// are not name letters, so a particle after a name is a boundary.
bool IsNameLetter(utf8proc_int32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  if (cp >= 0x1100) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND;
}

// The length of the name letter at text[at], a kMayBeLetter byte; 0 when
// there is none.
size_t LetterLength(std::string_view text, size_t at) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                        static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
  return n > 0 && IsNameLetter(cp) ? static_cast<size_t>(n) : 0;
}

// The length of the name letter or digit at text[at], 0 when there is none.
inline size_t NameCharLength(std::string_view text, size_t at) {
  uint8_t byte_class = kByteClasses[static_cast<unsigned char>(text[at])];
  if (byte_class == kAsciiAlnum) return 1;
  return byte_class == kMayBeLetter ? LetterLength(text, at) : 0;
}

// Appends the key of a token to `folded`: an ASCII token (letters and
// digits) folds to its lower case.
void FoldToken(std::string_view word, bool ascii, std::string* folded) {
  if (!ascii) {
    *folded += FoldKey(word);
    return;
  }
  size_t from = folded->size();
  folded->append(word);
  for (size_t i = from; i < folded->size(); ++i) (*folded)[i] = LowerAsciiChar((*folded)[i]);
}

}  // namespace

TokenizedText Tokenize(std::string_view text) {
  TokenizedText out;
  out.tokens.reserve(text.size() / 8 + 4);
  out.folded.reserve(text.size() / 4);
  for (size_t pos = NextTokenStart(text, 0); pos < text.size(); pos = NextTokenStart(text, pos)) {
    size_t n = NameCharLength(text, pos);
    if (n == 0) {  // a character from 0x80 on that is no name letter
      ++pos;
      continue;
    }
    Token token{pos, pos};
    bool ascii = true;
    do {
      ascii = ascii && n == 1;
      pos += n;
    } while (pos < text.size() && (n = NameCharLength(text, pos)) != 0);
    token.end = pos;
    FoldToken(text.substr(token.begin, token.end - token.begin), ascii, &out.folded);
    token.folded_end = out.folded.size();
    out.tokens.push_back(token);
  }
  return out;
}

}  // namespace papergraph
