#include "core/text.h"

#include <utf8proc.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace papergraph {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Calls f(codepoint, bytes) for each code point of valid UTF-8 `text`.
template <typename F>
void ForEachCodepoint(std::string_view text, F f) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = *p;
    utf8proc_ssize_t n = cp < 0x80 ? 1 : utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // invalid byte: treat as one unknown code point
      cp = 0xFFFD;
      n = 1;
    }
    f(cp, std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n)));
    p += n;
    left -= n;
  }
}

bool IsLetterOrDigit(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// A non-ASCII letter that every XML 1.0 parser accepts inside a name token.
// libxml2 applies the 4th edition's BaseChar/Ideographic tables, which lack
// many letters added to Unicode later; rather than carry those tables, keep
// the letters of the scripts names are written in most (Latin, Greek,
// Cyrillic, Hangul, CJK, kana) as the 4th edition lists them and escape the
// rest. Escaping is always correct, only less readable.
bool IsNameTokenLetter(utf8proc_int32_t cp) {
  static constexpr utf8proc_int32_t kRanges[][2] = {
      {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x0131}, {0x0134, 0x013E},
      {0x0141, 0x0148}, {0x014A, 0x017E}, {0x0180, 0x01C3}, {0x01CD, 0x01F0},
      {0x01F4, 0x01F5}, {0x01FA, 0x0217}, {0x0386, 0x0386}, {0x0388, 0x038A},
      {0x038C, 0x038C}, {0x038E, 0x03A1}, {0x03A3, 0x03CE}, {0x0401, 0x040C},
      {0x040E, 0x044F}, {0x0451, 0x045C}, {0x045E, 0x0481}, {0x3041, 0x3094},
      {0x30A1, 0x30FA}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3}};
  for (const auto& r : kRanges) {
    if (cp >= r[0] && cp <= r[1]) return true;
  }
  return false;
}

void AppendCodepoint(utf8proc_int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  // The checks of utf8proc_iterate, inline: no overlong forms, no
  // surrogates, nothing above U+10FFFF.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  while (p < end) {
    if (end - p >= 8) {  // 8 ASCII bytes at a time: most text is ASCII
      uint64_t word;
      std::memcpy(&word, p, 8);
      if ((word & 0x8080808080808080u) == 0) {
        p += 8;
        continue;
      }
    }
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    size_t left = static_cast<size_t>(end - p);
    if (c >= 0xC2 && c <= 0xDF) {
      if (left < 2 || !cont(p[1])) return false;
      p += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (left < 3 || p[1] < lo || p[1] > hi || !cont(p[2])) return false;
      p += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (left < 4 || p[1] < lo || p[1] > hi || !cont(p[2]) || !cont(p[3])) return false;
      p += 4;
    } else {
      return false;
    }
  }
  return true;
}

std::string_view ValidUtf8(std::string_view text, std::string* storage, int* replaced) {
  if (IsValidUtf8(text)) return text;
  storage->assign(text);
  int bad = RepairUtf8(storage);
  if (replaced != nullptr) *replaced += bad;
  return *storage;
}

int RepairUtf8(std::string* text) {
  if (IsValidUtf8(*text)) return 0;  // the common case, decoded inline
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text->data());
  utf8proc_ssize_t size = static_cast<utf8proc_ssize_t>(text->size());
  utf8proc_ssize_t pos = 0;
  int bad = 0;
  std::string out;
  utf8proc_ssize_t copied = 0;  // bytes of `text` already moved to `out`
  while (pos < size) {
    if (data[pos] < 0x80) { ++pos; continue; }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(data + pos, size - pos, &cp);
    if (n > 0) { pos += n; continue; }
    if (bad == 0) out.reserve(text->size() + 16);
    out.append(*text, static_cast<size_t>(copied), static_cast<size_t>(pos - copied));
    out += kReplacement;
    ++bad;
    // Skip the lead byte and any continuation bytes that belonged to it.
    ++pos;
    while (pos < size && (data[pos] & 0xC0) == 0x80) ++pos;
    copied = pos;
  }
  if (bad > 0) {
    out.append(*text, static_cast<size_t>(copied), std::string::npos);
    text->swap(out);
  }
  return bad;
}

namespace {

// What ReplaceControlChars replaces: C0 controls but tab and newline, DEL.
bool IsReplacedControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

// Tests of eight bytes at a time, on the word at `p`: each gives a word whose
// bytes have their high bit (kHighBits) set exactly where the byte tested
// holds, with no carries between bytes.
constexpr uint64_t kOnes = 0x0101010101010101, kHighBits = 0x8080808080808080;
uint64_t Word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
uint64_t BytesBelow(uint64_t w, uint64_t n) { return ~(((w & ~kHighBits) + kOnes * (0x80 - n)) | w); }
uint64_t BytesEqual(uint64_t w, uint64_t b) { return BytesBelow(w ^ (kOnes * b), 1); }

}  // namespace

size_t FindControlChar(std::string_view text, size_t from) {
  size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w = Word(text.data() + i);
    uint64_t low_or_del = BytesBelow(w, 0x20) | BytesEqual(w, 0x7F);
    if ((low_or_del & kHighBits) == 0) continue;  // most words: no byte below 0x20
    uint64_t control = low_or_del & ~BytesEqual(w, '\t') & ~BytesEqual(w, '\n');
    if (control & kHighBits) break;  // the byte is found below
  }
  for (; i < text.size(); ++i) {
    if (IsReplacedControl(static_cast<unsigned char>(text[i]))) return i;
  }
  return std::string_view::npos;
}

int ReplaceControlChars(std::string* text) {
  size_t first = FindControlChar(*text);
  if (first == std::string_view::npos) return 0;
  int count = 0;
  std::string out;
  size_t copied = 0;
  for (size_t i = first; i < text->size(); ++i) {
    if (IsReplacedControl(static_cast<unsigned char>((*text)[i]))) {
      out.append(*text, copied, i - copied);
      out += kReplacement;
      copied = i + 1;
      ++count;
    }
  }
  out.append(*text, copied, std::string::npos);
  text->swap(out);
  return count;
}

std::string Nfc(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(text);
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &result,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(text);
  std::string out(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  std::free(result);
  return out;
}

std::string_view TrimWhitespace(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

namespace {

// The length of the longest prefix of `text` (trimmed) that
// CollapseWhitespace keeps as it is: only single spaces between words. Most
// texts given are so; they are checked eight bytes at a time.
size_t CollapsedPrefix(std::string_view text) {
  auto space = [](char c) { return IsAsciiSpace(static_cast<unsigned char>(c)); };
  size_t i = 0;
  while (i < text.size()) {
    if (i + 8 < text.size()) {
      uint64_t w = Word(text.data() + i);
      uint64_t spaces = BytesEqual(w, ' ');
      // Any byte below ' ' (whitespace or a control character, kept) or two
      // spaces in a row sends the word to the bytewise test.
      uint64_t odd = BytesBelow(w, ' ') | (spaces & (spaces >> 8));
      if ((odd & kHighBits) == 0 && (text[i + 7] != ' ' || !space(text[i + 8]))) {
        i += 8;
        continue;
      }
    }
    if (space(text[i]) && (text[i] != ' ' || space(text[i + 1]))) break;
    ++i;
  }
  return i;
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  text = TrimWhitespace(text);
  size_t kept = CollapsedPrefix(text);
  if (kept == text.size()) return std::string(text);
  std::string out(text.size(), '\0');  // the result is never longer
  char* const begin = &out[0];
  std::memcpy(begin, text.data(), kept);
  char* end = begin + kept;
  const char* p = text.data() + kept;
  const char* const stop = text.data() + text.size();
  auto space = [](char c) { return IsAsciiSpace(static_cast<unsigned char>(c)); };
  while (true) {
    while (p < stop && space(*p)) ++p;
    if (p == stop) break;
    if (end != begin) *end++ = ' ';
    while (p < stop && !space(*p)) *end++ = *p++;
  }
  out.resize(static_cast<size_t>(end - begin));
  return out;
}

std::string NormalizeName(std::string_view name) { return CollapseWhitespace(Nfc(name)); }

std::string FoldKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodepoint(text, [&](utf8proc_int32_t cp, std::string_view) {
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
      return;
    }
    if (IsLetterOrDigit(cp)) AppendCodepoint(utf8proc_tolower(cp), &out);
  });
  return out;
}

void NodeIdInto(std::string_view kind, std::string_view name, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->assign(kind);
  *out += ':';
  ForEachCodepoint(name, [&](utf8proc_int32_t cp, std::string_view bytes) {
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        out->push_back(c);
        return;
      }
      if (c == ' ') {
        out->push_back('_');
        return;
      }
    } else if (IsNameTokenLetter(cp)) {
      out->append(bytes);
      return;
    }
    for (unsigned char b : bytes) {
      char escaped[3] = {'.', kHex[b >> 4], kHex[b & 0xF]};
      out->append(escaped, 3);
    }
  });
}

std::string NodeId(std::string_view kind, std::string_view name) {
  std::string out;
  NodeIdInto(kind, name, &out);
  return out;
}

}  // namespace papergraph
