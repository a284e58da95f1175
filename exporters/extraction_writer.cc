#include "exporters/extraction_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <string>

namespace papergraph {
namespace {

// Text reaching here is valid UTF-8 (readers repair it). Debian's RapidJSON
// 1.1 PrettyWriter does not compile with kWriteValidateEncodingFlag.
using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void String(JsonWriter* w, const std::string& s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void StringList(JsonWriter* w, const char* key, const std::vector<std::string>& list) {
  w->Key(key);
  w->StartArray();
  for (const std::string& s : list) String(w, s);
  w->EndArray();
}

void Entities(JsonWriter* w, const char* key, const ExtractedPaper& p, EntityKind kind) {
  w->Key(key);
  w->StartArray();
  for (const Mention& m : p.mentions) {
    if (m.kind == kind) String(w, m.canonical);
  }
  w->EndArray();
}

void Paper(JsonWriter* w, const ExtractedPaper& p) {
  const PaperRecord& r = p.record;
  w->StartObject();
  w->Key("arxiv");
  String(w, r.arxiv);
  w->Key("title");
  String(w, r.title);
  w->Key("date");
  String(w, r.date);
  StringList(w, "dates", p.listing_dates.empty() && !r.date.empty() ? std::vector<std::string>{r.date} : p.listing_dates);
  w->Key("votes");
  if (r.votes) {
    w->Int(*r.votes);
  } else {
    w->Null();
  }
  StringList(w, "authors", r.authors);
  w->Key("authors_truncated");
  w->Bool(r.authors_truncated);
  StringList(w, "proposes", p.proposes);
  Entities(w, "models", p, EntityKind::kModel);
  Entities(w, "methods", p, EntityKind::kMethod);
  Entities(w, "benchmarks", p, EntityKind::kBenchmark);
  w->Key("results");
  w->StartArray();
  for (const ScoreResult& s : p.results) {
    w->StartObject();
    w->Key("model");
    String(w, s.model);
    w->Key("benchmark");
    String(w, s.benchmark);
    w->Key("value");
    w->Double(s.value);
    w->Key("unit");
    String(w, s.unit);
    w->Key("evidence");
    String(w, s.evidence);
    w->EndObject();
  }
  w->EndArray();
  w->Key("source");
  String(w, r.file + ":" + std::to_string(r.line));
  w->EndObject();
}

}  // namespace

Status WriteExtraction(const std::vector<ExtractedPaper>& papers, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("papers");
  w.StartArray();
  for (const ExtractedPaper& p : papers) Paper(&w, p);
  w.EndArray();
  w.EndObject();
  out << "\n";
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace papergraph
