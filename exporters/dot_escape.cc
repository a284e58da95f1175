#include "exporters/dot_escape.h"

#include <cstring>

#include "exporters/escape_runs.h"

namespace papergraph {
namespace {

// Bytes copied as they are: all but '"', '\\', C0 controls and DEL.
constexpr PlainBytes kPlain(
    [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F; });

}  // namespace

char* WriteDotQuoted(std::string_view text, char* out) {
  *out++ = '"';
  out = EscapeRuns(kPlain, text, out, nullptr, [](const char* p, const char*, char** out) {
    switch (char c = *p) {
      case '"': case '\\': *(*out)++ = '\\'; *(*out)++ = c; break;
      case '\n': *(*out)++ = '\\'; *(*out)++ = 'n'; break;
      case '\r': break;
      case '\t': *(*out)++ = c; break;
      default:  // U+FFFD for other controls and DEL
        std::memcpy(*out, "\xEF\xBF\xBD", 3);
        *out += 3;
        break;
    }
    return p + 1;
  });
  *out++ = '"';
  return out;
}

void AppendDotQuoted(std::string_view text, std::string* out) {
  size_t size = out->size();
  out->resize(size + DotQuotedMaxSize(text.size()));
  char* end = WriteDotQuoted(text, out->data() + size);
  out->resize(static_cast<size_t>(end - out->data()));
}

std::string DotQuote(std::string_view text) {
  std::string out;
  AppendDotQuoted(text, &out);
  return out;
}

}  // namespace papergraph
