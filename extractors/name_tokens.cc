#include "extractors/name_tokens.h"

#include <utf8proc.h>

#include "core/text.h"
#include "extractors/ascii.h"

namespace papergraph {
namespace {

bool IsContinuationByte(unsigned char b) { return (b & 0xC0) == 0x80; }

// The length of a valid three-byte UTF-8 sequence at data[0, left) of a code
// point in U+2000..U+D7FF (punctuation, CJK, Hangul: no name letters), or 0.
// A shortcut past utf8proc for the characters most of a Korean digest is.
size_t WideNonLetterLength(const unsigned char* data, size_t left) {
  unsigned char lead = data[0];
  if (left < 3 || lead < 0xE2 || lead > 0xED || !IsContinuationByte(data[1]) ||
      !IsContinuationByte(data[2])) {
    return 0;
  }
  return lead == 0xED && data[1] >= 0xA0 ? 0 : 3;  // 0xED 0xA0..: surrogates
}

// Letters and digits below U+1100 (Latin, Greek, Cyrillic): Hangul and CJK
// are not name letters, so a particle after a name is a boundary.
bool IsNameLetter(utf8proc_int32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  if (cp >= 0x1100) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND;
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
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t pos = 0;
  bool in_token = false, ascii = true;
  auto close_token = [&] {
    Token& t = out.tokens.back();
    FoldToken(text.substr(t.begin, t.end - t.begin), ascii, &out.folded);
    t.folded_end = out.folded.size();
    in_token = false;
  };
  while (pos < text.size()) {
    if (data[pos] < 0x80) {  // ASCII: a token goes on over letters and digits, one test a byte
      if (!IsAsciiAlnum(text[pos])) {
        if (in_token) close_token();
        ++pos;
        continue;
      }
      if (!in_token) out.tokens.push_back({pos, pos}), ascii = true, in_token = true;
      do ++pos; while (pos < text.size() && IsAsciiAlnum(text[pos]));
      out.tokens.back().end = pos;
      continue;
    }
    if (size_t wide = WideNonLetterLength(data + pos, text.size() - pos)) {
      if (in_token) close_token();
      pos += wide;
      continue;
    }
    utf8proc_int32_t cp = data[pos];
    auto left = static_cast<utf8proc_ssize_t>(text.size() - pos);
    utf8proc_ssize_t n = utf8proc_iterate(data + pos, left, &cp);
    if (n <= 0) n = 1, cp = 0xFFFD;
    bool letter = IsNameLetter(cp);
    if (letter && !in_token) out.tokens.push_back({pos, pos}), ascii = true;
    if (letter) out.tokens.back().end = pos + static_cast<size_t>(n), ascii = ascii && cp < 0x80;
    if (!letter && in_token) close_token();
    in_token = letter;
    pos += static_cast<size_t>(n);
  }
  if (in_token) close_token();
  return out;
}

}  // namespace papergraph
