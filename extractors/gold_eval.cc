#include "extractors/gold_eval.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <set>
#include <unordered_map>

#include "core/text.h"

namespace papergraph {
namespace {

constexpr double kValueTolerance = 0.01;

// Reads `paper[key]`, an optional array of strings, into `*out`.
std::string ReadNames(const rapidjson::Value& paper, const char* key,
                      std::vector<std::string>* out) {
  auto it = paper.FindMember(key);
  if (it == paper.MemberEnd() || it->value.IsNull()) return "";
  if (!it->value.IsArray()) return std::string("\"") + key + "\" is not an array";
  for (const rapidjson::Value& name : it->value.GetArray()) {
    if (!name.IsString()) return std::string("\"") + key + "\" holds a non-string";
    out->emplace_back(name.GetString(), name.GetStringLength());
  }
  return "";
}

// A result's model may be empty or null (the gold leaves it empty where no
// model scored); its benchmark is a string and its value a number.
std::string ReadResults(const rapidjson::Value& paper, std::vector<AnnotatedResult>* out) {
  auto it = paper.FindMember("results");
  if (it == paper.MemberEnd() || it->value.IsNull()) return "";
  if (!it->value.IsArray()) return "\"results\" is not an array";
  for (const rapidjson::Value& r : it->value.GetArray()) {
    if (!r.IsObject()) return "a result is not an object";
    AnnotatedResult result;
    auto model = r.FindMember("model");
    auto benchmark = r.FindMember("benchmark");
    auto value = r.FindMember("value");
    if (model != r.MemberEnd() && model->value.IsString()) result.model = model->value.GetString();
    if (benchmark == r.MemberEnd() || !benchmark->value.IsString()) {
      return "a result has no string \"benchmark\"";
    }
    if (value == r.MemberEnd() || !value->value.IsNumber()) return "a result has no numeric \"value\"";
    result.benchmark = benchmark->value.GetString();
    result.value = value->value.GetDouble();
    out->push_back(std::move(result));
  }
  return "";
}

std::set<std::string> FoldedSet(std::initializer_list<const std::vector<std::string>*> lists) {
  std::set<std::string> keys;
  for (const auto* list : lists) {
    for (const std::string& name : *list) {
      std::string key = FoldKey(name);
      if (!key.empty()) keys.insert(std::move(key));
    }
  }
  return keys;
}

void AddSets(const std::set<std::string>& gold, const std::set<std::string>& predicted,
             FieldScore* score) {
  score->gold += static_cast<int>(gold.size());
  score->predicted += static_cast<int>(predicted.size());
  for (const std::string& key : predicted) score->matched += static_cast<int>(gold.count(key));
}

// One-to-one matching of results: each gold result takes the first unused
// predicted result that agrees on benchmark, value and (if `with_model`)
// model.
void AddResults(const std::vector<AnnotatedResult>& gold,
                const std::vector<AnnotatedResult>& predicted, bool with_model,
                FieldScore* score) {
  score->gold += static_cast<int>(gold.size());
  score->predicted += static_cast<int>(predicted.size());
  std::vector<bool> used(predicted.size(), false);
  for (const AnnotatedResult& g : gold) {
    for (size_t i = 0; i < predicted.size(); ++i) {
      const AnnotatedResult& p = predicted[i];
      if (used[i] || std::fabs(p.value - g.value) > kValueTolerance + 1e-9 ||
          FoldKey(p.benchmark) != FoldKey(g.benchmark) ||
          (with_model && FoldKey(p.model) != FoldKey(g.model))) {
        continue;
      }
      used[i] = true;
      ++score->matched;
      break;
    }
  }
}

void Score(const AnnotatedPaper& g, const AnnotatedPaper& p, std::vector<FieldScore>* fields) {
  FieldScore* f = fields->data();
  AddSets(FoldedSet({&g.models, &g.methods, &g.benchmarks}),
          FoldedSet({&p.models, &p.methods, &p.benchmarks}), &f[0]);
  AddSets(FoldedSet({&g.models}), FoldedSet({&p.models}), &f[1]);
  AddSets(FoldedSet({&g.methods}), FoldedSet({&p.methods}), &f[2]);
  AddSets(FoldedSet({&g.benchmarks}), FoldedSet({&p.benchmarks}), &f[3]);
  AddSets(FoldedSet({&g.proposes}), FoldedSet({&p.proposes}), &f[4]);
  AddResults(g.results, p.results, true, &f[5]);
  AddResults(g.results, p.results, false, &f[6]);
}

}  // namespace

double FieldScore::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

Status ParseAnnotatedPapers(std::string_view json, const std::string& source,
                            std::vector<AnnotatedPaper>* papers) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    return Status::InputError(source + ": not JSON (offset " + std::to_string(doc.GetErrorOffset()) +
                              ": " + rapidjson::GetParseError_En(doc.GetParseError()) + ")");
  }
  if (!doc.IsObject() || !doc.HasMember("papers") || !doc["papers"].IsArray()) {
    return Status::InputError(source + ": expected an object with a \"papers\" array");
  }
  int index = 0;
  for (const rapidjson::Value& p : doc["papers"].GetArray()) {
    std::string where = source + ": paper " + std::to_string(index++) + ": ";
    if (!p.IsObject() || !p.HasMember("arxiv") || !p["arxiv"].IsString()) {
      return Status::InputError(where + "expected an object with a string \"arxiv\"");
    }
    AnnotatedPaper paper;
    paper.arxiv = p["arxiv"].GetString();
    for (std::string error :
         {ReadNames(p, "proposes", &paper.proposes), ReadNames(p, "models", &paper.models),
          ReadNames(p, "methods", &paper.methods), ReadNames(p, "benchmarks", &paper.benchmarks),
          ReadResults(p, &paper.results)}) {
      if (!error.empty()) return Status::InputError(where + error);
    }
    papers->push_back(std::move(paper));
  }
  return Status::Ok();
}

EvalReport ScoreExtraction(const std::vector<AnnotatedPaper>& gold,
                           const std::vector<AnnotatedPaper>& predicted) {
  EvalReport report;
  for (const char* name : {"entities", "models", "methods", "benchmarks", "proposes", "results",
                           "results_any_model"}) {
    report.fields.push_back({name});
  }
  std::unordered_map<std::string, const AnnotatedPaper*> by_arxiv;
  for (const AnnotatedPaper& p : predicted) by_arxiv.emplace(p.arxiv, &p);
  const AnnotatedPaper nothing;
  for (const AnnotatedPaper& g : gold) {
    ++report.gold_papers;
    auto it = by_arxiv.find(g.arxiv);
    if (it == by_arxiv.end()) {
      report.missing.push_back(g.arxiv);
    } else {
      ++report.matched_papers;
    }
    Score(g, it == by_arxiv.end() ? nothing : *it->second, &report.fields);
  }
  return report;
}

std::string EvalReportJson(const EvalReport& report) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("gold_papers");
  w.Int(report.gold_papers);
  w.Key("matched_papers");
  w.Int(report.matched_papers);
  w.Key("missing");
  w.StartArray();
  for (const std::string& id : report.missing) w.String(id.c_str());
  w.EndArray();
  w.Key("fields");
  w.StartObject();
  for (const FieldScore& f : report.fields) {
    w.Key(f.field.c_str());
    w.StartObject();
    w.Key("precision");
    w.Double(f.Precision());
    w.Key("recall");
    w.Double(f.Recall());
    w.Key("f1");
    w.Double(f.F1());
    w.Key("matched");
    w.Int(f.matched);
    w.Key("predicted");
    w.Int(f.predicted);
    w.Key("gold");
    w.Int(f.gold);
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace papergraph
