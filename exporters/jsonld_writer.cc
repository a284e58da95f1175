#include "exporters/jsonld_writer.h"

#include "exporters/indented_json_writer.h"  // first: it specialises RapidJSON's writer

#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/rdf_model.h"
#include "exporters/rdf_terms.h"

namespace papergraph {
namespace {

// Strings reach the writer as valid UTF-8: rdf_model repairs every literal
// and IRIs are ASCII. (The writer does not check: it is not built with
// kWriteValidateEncodingFlag, so the repair is what guarantees it.)
// The text goes into a JsonBuffer handed to the stream in blocks (see
// output_buffer.h for why not character by character).
using JsonWriter = IndentedJsonWriter;

constexpr size_t kBlock = 1 << 20;

bool Hand(JsonBuffer* buffer, std::ostream& out) {
  out.write(buffer->GetString(), static_cast<std::streamsize>(buffer->GetSize()));
  buffer->Clear();
  return static_cast<bool>(out);
}

bool WriteString(JsonWriter* w, std::string_view s) {
  return w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// The inline @context: the prefixes, then one term per predicate, coerced
// to @id or to its datatype where it has one.
bool WriteContext(JsonWriter* w) {
  bool ok = w->Key("@context") && w->StartObject();
  for (const RdfPrefix& prefix : kRdfPrefixes) ok = ok && w->Key(prefix.name) && w->String(prefix.iri);
  for (int i = 0; i < kNumPreds; ++i) {
    const RdfPredicate& pred = Predicate(static_cast<Pred>(i));
    const char* type = pred.object == RdfObject::kIri ? "@id" : RdfDatatype(pred.object);
    ok = ok && w->Key(pred.term);
    if (type == nullptr) {
      ok = ok && w->String(pred.iri);
    } else {
      ok = ok && w->StartObject() && w->Key("@id") && w->String(pred.iri) && w->Key("@type") &&
           w->String(type) && w->EndObject();
    }
  }
  return ok && w->EndObject();
}

bool WriteValue(JsonWriter* w, RdfObject kind, std::string_view text) {
  switch (kind) {
    case RdfObject::kInteger: {
      int64_t n = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
      return ec == std::errc() && end == text.data() + text.size() && w->Int64(n);
    }
    case RdfObject::kBoolean:
      return w->Bool(text == "true");
    case RdfObject::kIri:
    case RdfObject::kString:
    case RdfObject::kDecimal:
    case RdfObject::kDate:
      return WriteString(w, text);
  }
  return false;
}

// The strings written at every resource, as RapidJSON writes them, made
// once: the keys and the types of each class.
class Vocabulary {
 public:
  const WrittenString id{"@id"};
  const WrittenString type{"@type"};
  std::vector<WrittenString> terms;  // by Pred
  std::array<std::vector<WrittenString>, kNumRdfClasses> types;

  Vocabulary() {
    terms.reserve(kNumPreds);
    for (int i = 0; i < kNumPreds; ++i) terms.emplace_back(Predicate(static_cast<Pred>(i)).term);
    for (int c = 0; c < kNumRdfClasses; ++c) {
      for (const char* iri : RdfTypesOf(static_cast<RdfClass>(c))) types[c].emplace_back(iri);
    }
  }
};

bool WriteResource(JsonWriter* w, const Vocabulary& vocab, const RdfResource& r) {
  bool ok = w->StartObject() && w->Key(vocab.id) && WriteString(w, r.iri) && w->Key(vocab.type) &&
            w->StartArray();
  for (const WrittenString& type : vocab.types[static_cast<int>(r.cls)]) ok = ok && w->String(type);
  ok = ok && w->EndArray();
  // Statements come grouped by predicate: one key per group.
  const auto& st = r.statements;
  for (size_t i = 0; i < st.size() && ok;) {
    const RdfPredicate& pred = Predicate(st[i].pred);
    size_t end = i;
    while (end < st.size() && st[end].pred == st[i].pred) ++end;
    ok = w->Key(vocab.terms[static_cast<int>(st[i].pred)]) && (!pred.many || w->StartArray());
    for (; i < end; ++i) ok = ok && WriteValue(w, pred.object, st[i].object);
    ok = ok && (!pred.many || w->EndArray());
  }
  return ok && w->EndObject();
}

}  // namespace

Status WriteJsonld(const KnowledgeGraph& graph, std::ostream& out) {
  RdfGraph rdf(graph);
  return WriteJsonld(rdf, out);
}

Status WriteJsonld(RdfGraph& rdf, std::ostream& out) {
  const Vocabulary vocab;
  JsonBuffer buffer;
  JsonWriter w(buffer);
  auto failed = [&out](std::string_view where) {
    if (!out) return Status::IoError("JSON-LD: write failed at " + std::string(where));
    return Status::InvalidArgument("JSON-LD: RapidJSON refused " + std::string(where));
  };
  if (!w.StartObject() || !WriteContext(&w)) return failed("@context");
  if (!w.Key("@graph") || !w.StartArray()) return failed("@graph");
  Status described = DescribeGraph(rdf, [&](const RdfResource& r) {
    if (!WriteResource(&w, vocab, r)) return failed(r.iri);
    if (buffer.GetSize() >= kBlock && !Hand(&buffer, out)) return failed(r.iri);
    return Status::Ok();
  });
  if (!described.ok()) return described;
  if (!w.EndArray() || !w.EndObject()) return failed("the end of the document");
  buffer.Put('\n');
  Hand(&buffer, out);
  out.flush();
  if (!out) return Status::IoError("JSON-LD: write failed at the end of the document");
  return Status::Ok();
}

}  // namespace papergraph
