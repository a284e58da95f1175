// Fuzzes DotQuote (exporters/dot_escape.h) on arbitrary bytes. Properties:
// one quoted string, with no unescaped quote inside and no escape other than
// \" \\ \n (so no label escape such as \N survives); valid UTF-8 with no
// control character but TAB; and, for valid UTF-8 input without other
// controls, unquoting gives back the input.
#include "core/utf8.h"
#include "exporters/dot_escape.h"
#include "fuzz/fuzz_support.h"

namespace {

bool HasControlOtherThanTabOrLf(std::string_view text) {
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7F) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string quoted = papergraph::DotQuote(text);
  FUZZ_CHECK(quoted.size() >= 2 && quoted.front() == '"' && quoted.back() == '"');
  FUZZ_CHECK(papergraph::IsValidUtf8(quoted));
  std::string_view inner = std::string_view(quoted).substr(1, quoted.size() - 2);
  std::string unquoted;
  for (size_t i = 0; i < inner.size(); ++i) {
    char c = inner[i];
    FUZZ_CHECK(c != '"');
    FUZZ_CHECK(!HasControlOtherThanTabOrLf(std::string_view(&c, 1)) && c != '\n');
    if (c == '\\') {
      FUZZ_CHECK(i + 1 < inner.size());  // a trailing backslash would escape the closing quote
      char next = inner[++i];
      FUZZ_CHECK(next == '"' || next == '\\' || next == 'n');
      unquoted += next == 'n' ? '\n' : next;
    } else {
      unquoted += c;
    }
  }
  if (papergraph::IsValidUtf8(text) && !HasControlOtherThanTabOrLf(text)) {
    FUZZ_CHECK(unquoted == text);
  }
  return 0;
}
