#include "core/utf8.h"

#include "core/byte_words.h"

namespace papergraph {

bool IsValidUtf8(std::string_view text) {
  // The checks of utf8proc_iterate, inline: no overlong forms, no
  // surrogates, nothing above U+10FFFF.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  while (p < end) {
    if (end - p >= 8) {  // 8 ASCII bytes at a time: most text is ASCII
      if ((LoadWord(p) & kHighBits) == 0) {
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
    out += kReplacementCharacter;
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

}  // namespace papergraph
