#include "exporters/ntriples_writer.h"

#include <array>
#include <cstring>
#include <vector>

#include "exporters/copy_bytes.h"
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

// Copies `text` to `at` and returns the end.
char* Put(char* at, std::string_view text) {
  CopyBytes(at, text.data(), text.size());
  return at + text.size();
}

// What follows a subject in each triple, expanded once, as written:
// "> <PREDICATE> <" or "> <PREDICATE> \"" before an object, "> .\n" or
// "\"^^<DATATYPE> .\n" after it; "> <rdf:type> <TYPE> .\n" whole.
class Vocabulary {
 public:
  std::array<std::string, kNumPreds> before;
  std::array<std::string, kNumPreds> after;
  std::array<std::vector<std::string>, kNumRdfClasses> types;

  Vocabulary() {
    for (int i = 0; i < kNumPreds; ++i) {
      const RdfPredicate& pred = Predicate(static_cast<Pred>(i));
      bool iri = pred.object == RdfObject::kIri;
      before[i] = "> <" + ExpandCompactIri(pred.iri) + (iri ? "> <" : "> \"");
      const char* type = RdfDatatype(pred.object);
      after[i] = iri ? "> .\n" : type ? "\"^^<" + ExpandCompactIri(type) + "> .\n" : "\" .\n";
    }
    for (int c = 0; c < kNumRdfClasses; ++c) {
      for (const char* type : RdfTypesOf(static_cast<RdfClass>(c))) {
        types[c].push_back(std::string("> ") + kRdfType + " <" + ExpandCompactIri(type) + "> .\n");
      }
    }
  }
};

// Writes the triples of `r`, each in one piece. IRIs go out as they are and
// literals are escaped without being checked again: rdf_model.h guarantees
// that N-Triples can carry each IRI (IsWritableIri) and that literals are
// valid UTF-8.
void WriteResource(const Vocabulary& vocab, const RdfResource& r, OutputBuffer& out) {
  for (const std::string& type : vocab.types[static_cast<int>(r.cls)]) {
    char* at = out.Room(1 + r.iri.size() + type.size());
    *at++ = '<';
    out.Commit(Put(Put(at, r.iri), type));
  }
  for (const RdfStatement& st : r.statements) {
    int i = static_cast<int>(st.pred);
    bool iri = Predicate(st.pred).object == RdfObject::kIri;
    size_t object = iri ? st.object.size() : NtriplesEscapedMaxSize(st.object.size());
    char* at = out.Room(1 + r.iri.size() + vocab.before[i].size() + object + vocab.after[i].size());
    *at++ = '<';
    at = Put(Put(at, r.iri), vocab.before[i]);
    at = iri ? Put(at, st.object) : EscapeValidRuns(kPlain.all, st.object, at, EscapeByte);
    out.Commit(Put(at, vocab.after[i]));
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
  RdfGraph rdf(graph);
  return WriteNtriples(rdf, stream);
}

Status WriteNtriples(RdfGraph& rdf, std::ostream& stream) {
  const Vocabulary vocab;
  OutputBuffer out(stream);
  Status described = DescribeGraph(rdf, [&](const RdfResource& r) {
    WriteResource(vocab, r, out);
    if (!out.Flush()) return Status::IoError("N-Triples: write failed at <" + std::string(r.iri) + ">");
    return Status::Ok();
  });
  if (!described.ok()) return described;
  if (!out.Finish()) return Status::IoError("N-Triples: write failed at the end");
  return Status::Ok();
}

}  // namespace papergraph
