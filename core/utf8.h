// UTF-8 validity: the check every writer relies on, the repair every reader
// applies, and a walk over the code points of valid text. Everything else in
// papergraph takes and returns valid UTF-8.
#ifndef PAPERGRAPH_CORE_UTF8_H_
#define PAPERGRAPH_CORE_UTF8_H_

#include <utf8proc.h>

#include <string>
#include <string_view>

namespace papergraph {

// What an invalid sequence or a forbidden character is replaced with.
constexpr char kReplacementCharacter[] = "\xEF\xBF\xBD";  // U+FFFD

// Replaces every invalid UTF-8 sequence (bad lead byte, truncated sequence,
// overlong form, surrogate, code point above U+10FFFF) with U+FFFD. Returns
// the number of replacements; 0 means `text` was valid and is unchanged.
int RepairUtf8(std::string* text);

// Whether `text` is valid UTF-8 (RepairUtf8 would leave it unchanged).
bool IsValidUtf8(std::string_view text);

// `text` itself when it is valid UTF-8 (the common case, no copy), else a
// repaired copy kept in *storage. Adds the replacements to *replaced when
// it is not null. For writers that escape what they are given.
std::string_view ValidUtf8(std::string_view text, std::string* storage, int* replaced = nullptr);

// Calls f(codepoint, bytes) for each code point of `text`, which should be
// valid UTF-8; an invalid byte is passed on its own as U+FFFD.
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

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_UTF8_H_
