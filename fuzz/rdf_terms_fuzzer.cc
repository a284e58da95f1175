// Fuzzes the RDF term functions (exporters/rdf_terms.h, and the N-Triples
// literal escaper of exporters/ntriples_writer.h) on arbitrary bytes.
// Properties: an N-Triples literal body has no raw control character, no
// unescaped quote and only the escapes N-Triples defines, and reads back as
// the input (invalid UTF-8 as U+FFFD); a percent-encoded name holds only
// unreserved characters and %XX and decodes to the input; every entity IRI is
// writable verbatim; an xsd:decimal is digits with at most one point.
#include <cmath>
#include <cstdlib>
#include <cctype>

#include "core/utf8.h"
#include "exporters/ntriples_writer.h"
#include "exporters/rdf_terms.h"
#include "fuzz/fuzz_support.h"

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The body of an N-Triples literal read back; checks its escapes.
std::string UnescapeLiteral(std::string_view body) {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    FUZZ_CHECK(c >= 0x20 && c != 0x7F && c != '"');
    if (c != '\\') {
      out += body[i];
      continue;
    }
    FUZZ_CHECK(i + 1 < body.size());
    char e = body[++i];
    if (e != 'u') {
      switch (e) {
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'f': out += '\f'; break;
        case '"': case '\\': out += e; break;
        default: FUZZ_CHECK(!"an escape N-Triples does not define");
      }
      continue;
    }
    FUZZ_CHECK(i + 4 < body.size());
    int unit = 0;
    for (int k = 0; k < 4; ++k) {
      int h = HexValue(body[++i]);
      FUZZ_CHECK(h >= 0);
      unit = unit * 16 + h;
    }
    FUZZ_CHECK(unit < 0x20 || unit == 0x7F);  // only controls need \u
    out += static_cast<char>(unit);
  }
  return out;
}

std::string PercentDecode(std::string_view encoded) {
  std::string out;
  for (size_t i = 0; i < encoded.size(); ++i) {
    char c = encoded[i];
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += c;
      continue;
    }
    FUZZ_CHECK(c == '%' && i + 2 < encoded.size());
    int hi = HexValue(encoded[i + 1]), lo = HexValue(encoded[i + 2]);
    FUZZ_CHECK(hi >= 0 && lo >= 0 && !std::islower(encoded[i + 1]) && !std::islower(encoded[i + 2]));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

// An xsd:decimal lexical form without a sign '+': -?digits(.digits)?
bool IsDecimal(const std::string& s) {
  size_t start = !s.empty() && s[0] == '-' ? 1 : 0;
  size_t point = s.find('.');
  size_t int_end = point == std::string::npos ? s.size() : point;
  if (int_end == start || point + 1 == s.size()) return false;
  for (size_t k = start; k < s.size(); ++k) {
    if (k != point && !(s[k] >= '0' && s[k] <= '9')) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace papergraph;
  std::string_view text(reinterpret_cast<const char*>(data), size);

  std::string body = EscapeNtriplesString(text);
  FUZZ_CHECK(IsValidUtf8(body));
  std::string valid(text);
  RepairUtf8(&valid);
  FUZZ_CHECK(UnescapeLiteral(body) == valid);

  std::string encoded = PercentEncode(text);
  FUZZ_CHECK(PercentDecode(encoded) == text);
  FUZZ_CHECK(IsWritableIri(EntityIri("author", text)));

  std::string number(text.substr(0, 64));
  char* end = nullptr;
  double value = std::strtod(number.c_str(), &end);
  if (std::optional<std::string> decimal = XsdDecimal(number, value)) {
    FUZZ_CHECK(IsDecimal(*decimal));
  } else {
    FUZZ_CHECK(!std::isfinite(value));
  }
  return 0;
}
