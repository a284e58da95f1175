// Fuzzes ParsePythonLiteral (extractors/python_literal.h). Properties: a
// refused text leaves an empty result; a flat list that parses, written back
// as a Python list with its strings escaped, parses to the same strings.
#include <cstdio>

#include "extractors/python_literal.h"
#include "fuzz/fuzz_support.h"

namespace {

// `strings` as the repr() of a Python list: ['a', 'b\n'].
std::string ListLiteral(const std::vector<std::string>& strings) {
  std::string out = "[";
  for (const std::string& s : strings) {
    out += out.size() > 1 ? ", '" : "'";
    for (char c : s) {
      if (c == '\\' || c == '\'') {
        out += '\\';
        out += c;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        char hex[5];
        std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(c));
        out += hex;
      } else {
        out += c;
      }
    }
    out += '\'';
  }
  return out + "]";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace papergraph;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  PythonLiteral literal;
  if (!ParsePythonLiteral(text, &literal)) {
    FUZZ_CHECK(literal.strings.empty() && !literal.nested && !literal.has_dict);
    return 0;
  }
  if (!literal.IsFlatList()) return 0;
  PythonLiteral again;
  FUZZ_CHECK(ParsePythonLiteral(ListLiteral(literal.strings), &again));
  FUZZ_CHECK(again.IsFlatList() && again.strings == literal.strings);
  return 0;
}
