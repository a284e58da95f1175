#include "exporters/jsonld_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <charconv>
#include <cstdint>
#include <string>

#include "exporters/rdf_model.h"
#include "exporters/rdf_terms.h"

namespace papergraph {
namespace {

// Strings reach the writer as valid UTF-8: rdf_model repairs every literal
// and IRIs are ASCII. (RapidJSON 1.1.0's PrettyWriter does not compile with
// kWriteValidateEncodingFlag, so the repair is what guarantees it.)
// The text goes into a StringBuffer handed to the stream in blocks (see
// output_buffer.h for why not character by character).
using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

constexpr size_t kBlock = 1 << 20;

bool Hand(rapidjson::StringBuffer* buffer, std::ostream& out) {
  out.write(buffer->GetString(), static_cast<std::streamsize>(buffer->GetSize()));
  buffer->Clear();
  return static_cast<bool>(out);
}

bool WriteString(JsonWriter* w, const std::string& s) {
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

bool WriteValue(JsonWriter* w, RdfObject kind, const std::string& text) {
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

bool WriteResource(JsonWriter* w, const RdfResource& r) {
  bool ok = w->StartObject() && w->Key("@id") && WriteString(w, r.iri) && w->Key("@type") &&
            w->StartArray();
  for (const char* type : r.types) ok = ok && w->String(type);
  ok = ok && w->EndArray();
  // Statements come grouped by predicate: one key per group.
  const auto& st = r.statements;
  for (size_t i = 0; i < st.size() && ok;) {
    const RdfPredicate& pred = Predicate(st[i].pred);
    size_t end = i;
    while (end < st.size() && st[end].pred == st[i].pred) ++end;
    ok = w->Key(pred.term) && (!pred.many || w->StartArray());
    for (; i < end; ++i) ok = ok && WriteValue(w, pred.object, st[i].object);
    ok = ok && (!pred.many || w->EndArray());
  }
  return ok && w->EndObject();
}

}  // namespace

Status WriteJsonld(const KnowledgeGraph& graph, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 1);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  auto failed = [&out](const std::string& where) {
    if (!out) return Status::IoError("JSON-LD: write failed at " + where);
    return Status::InvalidArgument("JSON-LD: RapidJSON refused " + where);
  };
  if (!w.StartObject() || !WriteContext(&w)) return failed("@context");
  if (!w.Key("@graph") || !w.StartArray()) return failed("@graph");
  Status described = DescribeGraph(graph, [&](const RdfResource& r) {
    if (!WriteResource(&w, r)) return failed(r.iri);
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
