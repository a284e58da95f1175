#include "exporters/ntriples_writer.h"

#include <array>

#include "core/text.h"
#include "exporters/rdf_model.h"
#include "exporters/rdf_terms.h"

namespace papergraph {
namespace {

constexpr char kRdfType[] = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

// Appends <iri>, or fails when N-Triples could not carry it verbatim.
Status AppendIri(std::string_view iri, std::string* line) {
  if (!IsWritableIri(iri)) {
    return Status::InvalidArgument("N-Triples: cannot write IRI '" + std::string(iri) + "'");
  }
  *line += '<';
  *line += iri;
  *line += '>';
  return Status::Ok();
}

// Predicates and datatypes expanded once, as written: "<http://...>".
struct Vocabulary {
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
};

// Appends the triples of `r` to `out`.
Status AppendResource(const Vocabulary& vocab, const RdfResource& r, std::string* out) {
  std::string subject;
  if (Status s = AppendIri(r.iri, &subject); !s.ok()) return s;
  for (const char* type : r.types) {
    *out += subject + ' ' + kRdfType + ' ';
    if (Status s = AppendIri(ExpandCompactIri(type), out); !s.ok()) return s;
    *out += " .\n";
  }
  for (const RdfStatement& st : r.statements) {
    int i = static_cast<int>(st.pred);
    *out += subject + ' ' + vocab.predicate[i] + ' ';
    if (Predicate(st.pred).object == RdfObject::kIri) {
      if (Status s = AppendIri(st.object, out); !s.ok()) return s;
    } else {
      *out += '"' + EscapeNtriplesString(st.object) + '"' + vocab.datatype[i];
    }
    *out += " .\n";
  }
  return Status::Ok();
}

}  // namespace

std::string EscapeNtriplesString(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() + 8);
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  RepairUtf8(&out);  // the escapes are ASCII, so this only touches bad input
  return out;
}

Status WriteNtriples(const KnowledgeGraph& graph, std::ostream& out) {
  static const Vocabulary vocab;
  std::string buffer;
  Status described = DescribeGraph(graph, [&](const RdfResource& r) {
    buffer.clear();
    if (Status s = AppendResource(vocab, r, &buffer); !s.ok()) return s;
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    if (!out) return Status::IoError("N-Triples: write failed at <" + r.iri + ">");
    return Status::Ok();
  });
  if (!described.ok()) return described;
  out.flush();
  if (!out) return Status::IoError("N-Triples: write failed at the end");
  return Status::Ok();
}

}  // namespace papergraph
