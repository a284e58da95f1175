#include "exporters/ntriples_writer.h"

#include <array>

#include "core/text.h"
#include "exporters/output_buffer.h"
#include "exporters/rdf_model.h"
#include "exporters/rdf_terms.h"

namespace papergraph {
namespace {

constexpr char kRdfType[] = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

// Appends <iri>, or fails when N-Triples could not carry it verbatim.
Status AppendIri(std::string_view iri, OutputBuffer& out) {
  if (!IsWritableIri(iri)) {
    return Status::InvalidArgument("N-Triples: cannot write IRI '" + std::string(iri) + "'");
  }
  out << '<' << iri << '>';
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

// Writes the triples of `r`.
Status WriteResource(const Vocabulary& vocab, const RdfResource& r, OutputBuffer& out) {
  if (!IsWritableIri(r.iri)) return AppendIri(r.iri, out);
  for (const char* type : r.types) {
    out << '<' << r.iri << "> " << kRdfType << ' ';
    if (Status s = AppendIri(ExpandCompactIri(type), out); !s.ok()) return s;
    out << " .\n";
  }
  for (const RdfStatement& st : r.statements) {
    int i = static_cast<int>(st.pred);
    out << '<' << r.iri << "> " << vocab.predicate[i] << ' ';
    if (Predicate(st.pred).object == RdfObject::kIri) {
      if (Status s = AppendIri(st.object, out); !s.ok()) return s;
    } else {
      out << '"';
      AppendNtriplesString(st.object, out.text());
      out << '"' << vocab.datatype[i];
    }
    out << " .\n";
  }
  return Status::Ok();
}

}  // namespace

void AppendNtriplesString(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string repaired;
  text = ValidUtf8(text, &repaired);
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          *out += "\\u00";
          *out += kHex[c >> 4];
          *out += kHex[c & 0xF];
        } else {
          *out += ch;
        }
    }
  }
}

std::string EscapeNtriplesString(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  AppendNtriplesString(text, &out);
  return out;
}

Status WriteNtriples(const KnowledgeGraph& graph, std::ostream& stream) {
  static const Vocabulary vocab;
  OutputBuffer out(stream);
  Status described = DescribeGraph(graph, [&](const RdfResource& r) {
    if (Status s = WriteResource(vocab, r, out); !s.ok()) return s;
    if (!out.Flush()) return Status::IoError("N-Triples: write failed at <" + r.iri + ">");
    return Status::Ok();
  });
  if (!described.ok()) return described;
  if (!out.Finish()) return Status::IoError("N-Triples: write failed at the end");
  return Status::Ok();
}

}  // namespace papergraph
