// Fuzzes XmlEscape (exporters/xml_escape.h) on arbitrary bytes. Properties:
// the result is valid UTF-8 holding only characters XML 1.0 allows, with no
// raw markup character; expanding its entities gives back the input with
// invalid UTF-8 and forbidden characters as U+FFFD, and *replaced counts them.
#include "core/utf8.h"
#include "exporters/xml_escape.h"
#include "fuzz/fuzz_support.h"

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The five entities XmlEscape writes and the character reference for CR.
std::string Unescape(std::string_view xml) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&#13;", '\r'}};
  std::string out;
  for (size_t i = 0; i < xml.size();) {
    bool expanded = false;
    for (const auto& [entity, c] : kEntities) {
      if (xml.substr(i, entity.size()) == entity) {
        out += c;
        i += entity.size();
        expanded = true;
        break;
      }
    }
    FUZZ_CHECK(expanded || xml[i] != '&');  // no stray '&'
    if (!expanded) out += xml[i++];
  }
  return out;
}

// The contract's reading of `text`: invalid UTF-8, C0 controls other than
// TAB, LF and CR, U+FFFE and U+FFFF as U+FFFD. Returns how many were replaced.
int Expected(std::string_view text, std::string* out) {
  std::string valid(text);
  int replaced = papergraph::RepairUtf8(&valid);
  for (size_t i = 0; i < valid.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(valid[i]);
    bool forbidden_control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    bool non_character = valid.compare(i, 3, "\xEF\xBF\xBE") == 0 ||
                         valid.compare(i, 3, "\xEF\xBF\xBF") == 0;
    if (forbidden_control || non_character) {
      *out += kReplacement;
      ++replaced;
      if (non_character) i += 2;
    } else {
      *out += valid[i];
    }
  }
  return replaced;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  int replaced = 0;
  std::string xml = papergraph::XmlEscape(text, &replaced);
  FUZZ_CHECK(papergraph::IsValidUtf8(xml));
  for (char c : xml) {
    unsigned char u = static_cast<unsigned char>(c);
    FUZZ_CHECK(u >= 0x20 || c == '\t' || c == '\n');
    FUZZ_CHECK(c != '<' && c != '>' && c != '"' && c != '\'');
  }
  FUZZ_CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
  FUZZ_CHECK(xml.find("\xEF\xBF\xBF") == std::string::npos);
  std::string expected;
  FUZZ_CHECK(replaced == Expected(text, &expected));
  FUZZ_CHECK(Unescape(xml) == expected);
  return 0;
}
