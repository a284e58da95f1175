#include "exporters/dot_escape.h"

#include "core/text.h"

namespace papergraph {

std::string DotQuote(std::string_view text) {
  std::string valid(text);
  RepairUtf8(&valid);

  std::string out;
  out.reserve(valid.size() + 2);
  out += '"';
  for (char c : valid) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      case '\t': out += c; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
          out += "\xEF\xBF\xBD";  // U+FFFD
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace papergraph
