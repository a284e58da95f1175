#include "exporters/xml_escape.h"

#include <cstring>

#include "exporters/escape_runs.h"

namespace papergraph {
namespace {

// Bytes copied as they are: everything but the five markup characters, C0
// controls and 0xEF (which starts U+FFFE and U+FFFF).
constexpr PlainBytes kPlain([](unsigned char c) {
  return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != 0xEF;
});

// True for U+FFFE and U+FFFF, the two BMP non-characters XML 1.0 forbids.
// `p` is at a 0xEF lead byte of valid UTF-8 ending at `end`.
bool IsForbiddenNonCharacter(const char* p, const char* end) {
  return end - p >= 3 && p[1] == '\xBF' && (p[2] == '\xBE' || p[2] == '\xBF');
}

void Put(std::string_view piece, char** out) {
  std::memcpy(*out, piece.data(), piece.size());
  *out += piece.size();
}

}  // namespace

char* WriteXmlEscaped(std::string_view text, char* out, int* replaced) {
  int bad = 0;  // invalid UTF-8 (counted by EscapeRuns) and forbidden characters
  out = EscapeRuns(kPlain, text, out, &bad, [&bad](const char* p, const char* end, char** out) {
    switch (char c = *p) {
      case '&': Put("&amp;", out); break;
      case '<': Put("&lt;", out); break;
      case '>': Put("&gt;", out); break;
      case '"': Put("&quot;", out); break;
      case '\'': Put("&apos;", out); break;
      case '\r': Put("&#13;", out); break;
      case '\t': case '\n': *(*out)++ = c; break;
      case '\xEF':
        if (!IsForbiddenNonCharacter(p, end)) {
          *(*out)++ = c;
          break;
        }
        Put("\xEF\xBF\xBD", out);  // U+FFFD for U+FFFE or U+FFFF
        ++bad;
        return p + 3;
      default:
        Put("\xEF\xBF\xBD", out);  // U+FFFD for a C0 control
        ++bad;
        break;
    }
    return p + 1;
  });
  if (replaced != nullptr) *replaced += bad;
  return out;
}

void AppendXmlEscaped(std::string_view text, std::string* out, int* replaced) {
  size_t size = out->size();
  out->resize(size + XmlEscapedMaxSize(text.size()));
  char* end = WriteXmlEscaped(text, out->data() + size, replaced);
  out->resize(static_cast<size_t>(end - out->data()));
}

std::string XmlEscape(std::string_view text, int* replaced) {
  std::string out;
  AppendXmlEscaped(text, &out, replaced);
  return out;
}

}  // namespace papergraph
