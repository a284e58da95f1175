#include "core/node_id.h"

#include "core/utf8.h"

namespace papergraph {
namespace {

// A non-ASCII letter that every XML 1.0 parser accepts inside a name token.
// libxml2 applies the 4th edition's BaseChar/Ideographic tables, which lack
// many letters added to Unicode later; rather than carry those tables, keep
// the letters of the scripts names are written in most (Latin, Greek,
// Cyrillic, Hangul, CJK, kana) as the 4th edition lists them and escape the
// rest. Escaping is always correct, only less readable.
bool IsNameTokenLetter(utf8proc_int32_t cp) {
  static constexpr utf8proc_int32_t kRanges[][2] = {
      {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x0131}, {0x0134, 0x013E},
      {0x0141, 0x0148}, {0x014A, 0x017E}, {0x0180, 0x01C3}, {0x01CD, 0x01F0},
      {0x01F4, 0x01F5}, {0x01FA, 0x0217}, {0x0386, 0x0386}, {0x0388, 0x038A},
      {0x038C, 0x038C}, {0x038E, 0x03A1}, {0x03A3, 0x03CE}, {0x0401, 0x040C},
      {0x040E, 0x044F}, {0x0451, 0x045C}, {0x045E, 0x0481}, {0x3041, 0x3094},
      {0x30A1, 0x30FA}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3}};
  for (const auto& r : kRanges) {
    if (cp >= r[0] && cp <= r[1]) return true;
  }
  return false;
}

}  // namespace

void NodeIdInto(std::string_view kind, std::string_view name, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->assign(kind);
  *out += ':';
  ForEachCodepoint(name, [&](utf8proc_int32_t cp, std::string_view bytes) {
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        out->push_back(c);
        return;
      }
      if (c == ' ') {
        out->push_back('_');
        return;
      }
    } else if (IsNameTokenLetter(cp)) {
      out->append(bytes);
      return;
    }
    for (unsigned char b : bytes) {
      char escaped[3] = {'.', kHex[b >> 4], kHex[b & 0xF]};
      out->append(escaped, 3);
    }
  });
}

std::string NodeId(std::string_view kind, std::string_view name) {
  std::string out;
  NodeIdInto(kind, name, &out);
  return out;
}

}  // namespace papergraph
