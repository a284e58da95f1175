#include "exporters/rdf_terms.h"

#include <charconv>
#include <cmath>

#include "exporters/byte_class.h"

namespace papergraph {
namespace {

constexpr char kIdBase[] = "https://w3id.org/papergraph/id/";
constexpr char kArxivAbs[] = "https://arxiv.org/abs/";

constexpr bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Bytes an IRI may hold in N-Triples: printable ASCII but <>"{}|^`\ and space.
constexpr ByteClass kIriByte([](unsigned char c) {
  switch (c) {
    case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
      return false;
    default:
      return c > 0x20 && c < 0x7F;
  }
});

// Two digits at text[pos] forming a number in [lo, hi].
bool TwoDigitsIn(std::string_view text, size_t pos, int lo, int hi) {
  if (!IsDigit(text[pos]) || !IsDigit(text[pos + 1])) return false;
  int n = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
  return n >= lo && n <= hi;
}

// `text` as an xsd:decimal if it is [+-]? digits* ('.' digits*)? with at
// least one digit, after dropping thousands commas; nullopt otherwise.
std::optional<std::string> PlainDecimal(std::string_view text) {
  std::string out;
  size_t i = 0;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    if (text[0] == '-') out += '-';
    i = 1;
  }
  bool digits = false, point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (IsDigit(c)) {
      out += c;
      digits = true;
    } else if (c == ',' && !point && digits) {
      continue;
    } else if (c == '.' && !point) {
      if (!digits) out += '0';
      out += '.';
      point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  if (out.back() == '.') out += '0';
  return out;
}

}  // namespace

const char* RdfDatatype(RdfObject kind) {
  switch (kind) {
    case RdfObject::kInteger: return "xsd:integer";
    case RdfObject::kBoolean: return "xsd:boolean";
    case RdfObject::kDecimal: return "xsd:decimal";
    case RdfObject::kDate: return "xsd:date";
    case RdfObject::kIri:
    case RdfObject::kString: return nullptr;
  }
  return nullptr;
}

std::string ExpandCompactIri(std::string_view compact) {
  size_t colon = compact.find(':');
  if (colon != std::string_view::npos) {
    std::string_view prefix = compact.substr(0, colon);
    for (const RdfPrefix& p : kRdfPrefixes) {
      if (prefix == p.name) return p.iri + std::string(compact.substr(colon + 1));
    }
  }
  return std::string(compact);
}

namespace {

constexpr ByteClass kUnreserved([](unsigned char c) { return IsUnreserved(c); });

// Appends `bytes` to *out, percent-encoded as PercentEncode says.
void AppendPercentEncoded(std::string_view bytes, std::string_view keep, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while (true) {
    const char* run = SkipPlain(kUnreserved, p, end);
    out->append(p, static_cast<size_t>(run - p));
    if (run == end) break;
    p = run + 1;
    unsigned char c = static_cast<unsigned char>(*run);
    if (!keep.empty() && keep.find(*run) != std::string_view::npos) {
      *out += *run;
    } else {
      char encoded[3] = {'%', kHex[c >> 4], kHex[c & 0xF]};
      out->append(encoded, 3);
    }
  }
}

// Appends base + part + "/" + encoded to *out.
void AppendIriUnder(std::string_view base, std::string_view part, std::string_view encoded,
                    std::string* out, std::string_view keep = "") {
  out->append(base).append(part);
  if (!part.empty()) *out += '/';
  AppendPercentEncoded(encoded, keep, out);
}

// The IRI that an Append function appends, returned.
template <typename Append, typename... Args>
std::string Minted(Append append, Args... args) {
  std::string iri;
  iri.reserve(64);
  append(args..., &iri);
  return iri;
}

}  // namespace

std::string PercentEncode(std::string_view bytes, std::string_view keep) {
  std::string out;
  out.reserve(bytes.size());
  AppendPercentEncoded(bytes, keep, &out);
  return out;
}

void AppendPaperIri(std::string_view arxiv, std::string* out) {
  // Old-style ids ("hep-th/9901001") keep their slash, as arxiv.org does.
  AppendIriUnder(kArxivAbs, "", arxiv, out, "/");
}

void AppendEntityIri(std::string_view kind, std::string_view name, std::string* out) {
  AppendIriUnder(kIdBase, kind, name, out);
}

void AppendPaperPartStem(std::string_view part, std::string_view arxiv, std::string* out) {
  AppendIriUnder(kIdBase, part, arxiv, out);
  *out += '-';
}

void AppendPaperPartIri(std::string_view part, std::string_view arxiv, int n, std::string* out) {
  AppendPaperPartStem(part, arxiv, out);
  char digits[16];
  char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out->append(digits, static_cast<size_t>(end - digits));
}

std::string PaperIri(std::string_view arxiv) { return Minted(AppendPaperIri, arxiv); }

std::string EntityIri(std::string_view kind, std::string_view name) {
  return Minted(AppendEntityIri, kind, name);
}

std::string PaperPartIri(std::string_view part, std::string_view arxiv, int n) {
  return Minted(AppendPaperPartIri, part, arxiv, n);
}

std::optional<std::string> XsdDecimal(std::string_view value_text, double value) {
  if (auto plain = PlainDecimal(value_text)) return plain;
  if (!std::isfinite(value)) return std::nullopt;
  char buf[400];  // fixed notation of any finite double fits
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::fixed);
  if (ec != std::errc()) return std::nullopt;
  return PlainDecimal(std::string_view(buf, static_cast<size_t>(end - buf)));
}

bool IsXsdDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3}) {
    if (!IsDigit(text[i])) return false;
  }
  return TwoDigitsIn(text, 5, 1, 12) && TwoDigitsIn(text, 8, 1, 31);
}

bool IsWritableIri(std::string_view iri) {
  size_t colon = iri.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = iri[i];
    bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!alpha && (i == 0 || !(IsDigit(c) || c == '+' || c == '-' || c == '.'))) return false;
  }
  return SkipPlain(kIriByte, iri.data(), iri.data() + iri.size()) == iri.data() + iri.size();
}

}  // namespace papergraph
