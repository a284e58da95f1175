#include "exporters/dot_escape.h"

#include "core/text.h"

namespace papergraph {

void AppendDotQuoted(std::string_view text, std::string* out) {
  std::string repaired;
  if (!IsValidUtf8(text)) {
    repaired.assign(text);
    RepairUtf8(&repaired);
    text = repaired;
  }
  *out += '"';
  for (char c : text) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': break;
      case '\t': *out += c; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
          *out += "\xEF\xBF\xBD";  // U+FFFD
        } else {
          *out += c;
        }
    }
  }
  *out += '"';
}

std::string DotQuote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  AppendDotQuoted(text, &out);
  return out;
}

}  // namespace papergraph
