#include "exporters/dot_escape.h"

#include "core/text.h"

namespace papergraph {

void AppendDotQuoted(std::string_view text, std::string* out) {
  std::string repaired;
  text = ValidUtf8(text, &repaired);
  *out += '"';
  for (size_t i = 0; i < text.size(); ++i) {
    size_t run = i;  // bytes copied as they are: all but '"', '\\', C0 controls and DEL
    while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x20 && text[run] != '"' &&
           text[run] != '\\' && text[run] != '\x7F') {
      ++run;
    }
    out->append(text, i, run - i);
    if (run == text.size()) break;
    i = run;
    char c = text[i];
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': break;
      case '\t': *out += c; break;
      default: *out += "\xEF\xBF\xBD"; break;  // U+FFFD for other controls and DEL
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
