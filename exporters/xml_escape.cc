#include "exporters/xml_escape.h"

#include "core/text.h"

namespace papergraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Bytes copied as they are: everything but the five markup characters, C0
// controls and 0xEF (which starts U+FFFE and U+FFFF).
bool IsPlain(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && u != 0xEF;
}

// True for U+FFFE and U+FFFF, the two BMP non-characters XML 1.0 forbids.
// `rest` starts at a 0xEF lead byte of valid UTF-8.
bool IsForbiddenNonCharacter(std::string_view rest) {
  return rest.size() >= 3 && rest[1] == '\xBF' && (rest[2] == '\xBE' || rest[2] == '\xBF');
}

}  // namespace

void AppendXmlEscaped(std::string_view text, std::string* out, int* replaced) {
  std::string repaired;
  int bad = 0;
  text = ValidUtf8(text, &repaired, &bad);  // now every sequence is a real code point
  for (size_t i = 0; i < text.size(); ++i) {
    size_t run = i;
    while (run < text.size() && IsPlain(text[run])) ++run;
    out->append(text, i, run - i);
    if (run == text.size()) break;
    i = run;
    char c = text[i];
    switch (c) {
      case '&': *out += "&amp;"; continue;
      case '<': *out += "&lt;"; continue;
      case '>': *out += "&gt;"; continue;
      case '"': *out += "&quot;"; continue;
      case '\'': *out += "&apos;"; continue;
      case '\r': *out += "&#13;"; continue;
      case '\t': case '\n': *out += c; continue;
      default: break;
    }
    if (c == '\xEF' && !IsForbiddenNonCharacter(text.substr(i))) {
      *out += c;
    } else {
      *out += kReplacement;  // a C0 control, U+FFFE or U+FFFF
      ++bad;
      if (c == '\xEF') i += 2;
    }
  }
  if (replaced != nullptr) *replaced += bad;
}

std::string XmlEscape(std::string_view text, int* replaced) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendXmlEscaped(text, &out, replaced);
  return out;
}

}  // namespace papergraph
