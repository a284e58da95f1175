#include "exporters/xml_escape.h"

#include "core/text.h"

namespace papergraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// True for U+FFFE and U+FFFF, the two BMP non-characters XML 1.0 forbids.
// `rest` starts at a 0xEF lead byte of valid UTF-8.
bool IsForbiddenNonCharacter(std::string_view rest) {
  return rest.size() >= 3 && rest[1] == '\xBF' && (rest[2] == '\xBE' || rest[2] == '\xBF');
}

}  // namespace

std::string XmlEscape(std::string_view text, int* replaced) {
  std::string valid(text);
  int bad = RepairUtf8(&valid);  // now every sequence is a real code point

  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  for (size_t i = 0; i < valid.size(); ++i) {
    char c = valid[i];
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      case '\r': out += "&#13;"; continue;
      case '\t': case '\n': out += c; continue;
      default: break;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      out += kReplacement;
      ++bad;
    } else if (c == '\xEF' && IsForbiddenNonCharacter(std::string_view(valid).substr(i))) {
      out += kReplacement;
      ++bad;
      i += 2;
    } else {
      out += c;
    }
  }
  if (replaced != nullptr) *replaced += bad;
  return out;
}

}  // namespace papergraph
