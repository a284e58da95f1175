#include "exporters/ntriples_writer.h"

#include <array>
#include <cstring>
#include <utility>
#include <vector>

#include "exporters/escape_runs.h"
#include "exporters/output_buffer.h"
#include "exporters/rdf_model.h"
#include "exporters/rdf_terms.h"

namespace papergraph {
namespace {

constexpr char kRdfType[] = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

// Bytes a string literal holds as they are: all but '"', '\\', C0 controls
// and DEL.
constexpr PlainBytes kPlain(
    [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F; });

// The most bytes the escaped form of `size` bytes takes ("\u0001").
constexpr size_t NtriplesEscapedMaxSize(size_t size) { return 6 * size; }

// Writes the escape of the byte at `p` at *out (an EscapeRuns escape).
const char* EscapeByte(const char* p, const char*, char** out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  char c = *p;
  char escape = 0;  // of an ECHAR
  switch (c) {
    case '"': case '\\': escape = c; break;
    case '\t': escape = 't'; break;
    case '\n': escape = 'n'; break;
    case '\r': escape = 'r'; break;
    case '\b': escape = 'b'; break;
    case '\f': escape = 'f'; break;
    default: break;
  }
  if (escape != 0) {
    char echar[2] = {'\\', escape};
    std::memcpy(*out, echar, sizeof echar);
    *out += sizeof echar;
  } else {  // another C0 control or DEL
    unsigned char u = static_cast<unsigned char>(c);
    char uchar[6] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 0xF]};
    std::memcpy(*out, uchar, sizeof uchar);
    *out += sizeof uchar;
  }
  return p + 1;
}

// Writes the body of a literal at `out`, which has room for
// NtriplesEscapedMaxSize(text.size()) bytes; returns the end.
char* WriteNtriplesString(std::string_view text, char* out) {
  return EscapeRuns(kPlain, text, out, nullptr, EscapeByte);
}

// Predicates, datatypes and types expanded once, as written: "<http://...>".
class Vocabulary {
 public:
  std::array<std::string, kNumPreds> predicate;
  std::array<std::string, kNumPreds> datatype;  // "" for IRIs and strings

  Vocabulary() {
    for (int i = 0; i < kNumPreds; ++i) {
      const RdfPredicate& pred = Predicate(static_cast<Pred>(i));
      predicate[i] = "<" + ExpandCompactIri(pred.iri) + ">";
      if (const char* type = RdfDatatype(pred.object)) {
        datatype[i] = "^^<" + ExpandCompactIri(type) + ">";
      }
    }
  }

  // The expanded IRI of a compact type IRI, by its address, as written:
  // rdf_model names each type with one string literal, so a file has a
  // handful of them.
  const std::string& Type(const char* compact) {
    for (const auto& [known, expanded] : types_) {
      if (known == compact) return expanded;
    }
    return types_.emplace_back(compact, "<" + ExpandCompactIri(compact) + ">").second;
  }

 private:
  std::vector<std::pair<const char*, std::string>> types_;
};

// Writes the triples of `r`. IRIs go out as they are and literals are
// escaped without being checked again: rdf_model.h guarantees that
// N-Triples can carry each IRI (IsWritableIri) and that literals are valid
// UTF-8.
void WriteResource(Vocabulary& vocab, const RdfResource& r, OutputBuffer& out) {
  for (const char* type : r.types) {
    out << '<' << r.iri << "> " << kRdfType << ' ' << vocab.Type(type) << " .\n";
  }
  for (const RdfStatement& st : r.statements) {
    int i = static_cast<int>(st.pred);
    out << '<' << r.iri << "> " << vocab.predicate[i];
    if (Predicate(st.pred).object == RdfObject::kIri) {
      out << " <" << st.object << "> .\n";
    } else {
      out << " \"";
      char* at = out.Room(NtriplesEscapedMaxSize(st.object.size()));
      out.Commit(EscapeValidRuns(kPlain.all, st.object, at, EscapeByte));
      out << '"' << vocab.datatype[i] << " .\n";
    }
  }
}

}  // namespace

void AppendNtriplesString(std::string_view text, std::string* out) {
  size_t size = out->size();
  out->resize(size + NtriplesEscapedMaxSize(text.size()));
  char* end = WriteNtriplesString(text, out->data() + size);
  out->resize(static_cast<size_t>(end - out->data()));
}

std::string EscapeNtriplesString(std::string_view text) {
  std::string out;
  AppendNtriplesString(text, &out);
  return out;
}

Status WriteNtriples(const KnowledgeGraph& graph, std::ostream& stream) {
  Vocabulary vocab;
  OutputBuffer out(stream);
  Status described = DescribeGraph(graph, [&](const RdfResource& r) {
    WriteResource(vocab, r, out);
    if (!out.Flush()) return Status::IoError("N-Triples: write failed at <" + std::string(r.iri) + ">");
    return Status::Ok();
  });
  if (!described.ok()) return described;
  if (!out.Finish()) return Status::IoError("N-Triples: write failed at the end");
  return Status::Ok();
}

}  // namespace papergraph
