// ASCII byte tests for the extractors and readers: what a letter, a digit or
// a space is in the patterns' sense. They look at one byte and know no
// locale, so a byte of a UTF-8 sequence (>= 0x80) is never a letter, digit
// or space here, as in RE2's [A-Za-z0-9] and \s. Piece hands a string_view
// to RE2.
#ifndef PAPERGRAPH_EXTRACTORS_ASCII_H_
#define PAPERGRAPH_EXTRACTORS_ASCII_H_

#include <re2/stringpiece.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/byte_words.h"

namespace papergraph {

// One unsigned comparison each: (c | 0x20) maps A-Z, and only A-Z, onto a-z.
inline bool IsAsciiDigit(char c) { return static_cast<unsigned char>(c - '0') < 10; }
inline bool IsAsciiUpper(char c) { return static_cast<unsigned char>(c - 'A') < 26; }
inline bool IsAsciiLower(char c) { return static_cast<unsigned char>(c - 'a') < 26; }
inline bool IsAsciiAlpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// RE2's \s: space, tab, LF, FF, CR (not VT).
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

inline char LowerAsciiChar(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
inline char UpperAsciiChar(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// The first offset at or after `at` of `text` that is not IsSpace (or its size).
inline size_t SkipSpaces(std::string_view text, size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  return at;
}

// Whether a byte of `text` is in [first, last], two ASCII bytes: eight
// bytes at a time, for the tests that run over whole sentences.
inline bool HasByteIn(std::string_view text, char first, char last) {
  size_t at = 0;
  for (; at + 8 <= text.size(); at += 8) {
    uint64_t w = LoadWord(text.data() + at);
    if ((BytesBelow(w, static_cast<uint64_t>(last) + 1) & ~BytesBelow(w, static_cast<uint64_t>(first)) &
         kHighBits) != 0) {
      return true;
    }
  }
  for (; at < text.size(); ++at) {
    if (text[at] >= first && text[at] <= last) return true;
  }
  return false;
}

inline re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_ASCII_H_
