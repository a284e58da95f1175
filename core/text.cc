#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

#include "core/byte_words.h"
#include "core/utf8.h"

namespace papergraph {
namespace {

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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

void AppendCodepoint(utf8proc_int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// What ReplaceControlChars replaces: C0 controls but tab and newline, DEL.
bool IsReplacedControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

}  // namespace

size_t FindControlChar(std::string_view text, size_t from) {
  size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w = LoadWord(text.data() + i);
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
      out += kReplacementCharacter;
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
      uint64_t w = LoadWord(text.data() + i);
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

}  // namespace papergraph
