// Gold evaluation: scores an extraction (the JSON `papergraph extract`
// writes) against gold annotation files (../shared/gold/*.json) by the rules
// of the gold guidelines. Both files hold {"papers": [{arxiv, proposes,
// models, methods, benchmarks, results}, ...]}; other keys are ignored.
//
// Papers are matched by arXiv id; a gold paper missing from the prediction
// counts its gold items as missed, predicted papers absent from the gold are
// not scored. Names match by folded key (core/text.h FoldKey: lower case,
// letters and digits only), each name once per paper; scores are summed over
// all gold papers (micro-averaged). Results match one-to-one on folded model,
// folded benchmark and a value within 0.01.
//
//   std::vector<AnnotatedPaper> gold, pred;
//   Status s = ParseAnnotatedPapers(gold_text, "gold/2024-06-19.json", &gold);
//   ...
//   EvalReport report = ScoreExtraction(gold, pred);
//   for (const FieldScore& f : report.fields) ... f.F1() ...
#ifndef PAPERGRAPH_EXTRACTORS_GOLD_EVAL_H_
#define PAPERGRAPH_EXTRACTORS_GOLD_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace papergraph {

struct AnnotatedResult {
  std::string model;
  std::string benchmark;
  double value = 0;
};

// One paper as a gold file or an extraction describes it.
struct AnnotatedPaper {
  std::string arxiv;
  std::vector<std::string> proposes, models, methods, benchmarks;
  std::vector<AnnotatedResult> results;
};

// Appends the papers of one JSON document to `*papers`. A document that is
// not JSON, has no "papers" array, or has a paper without a string "arxiv"
// is an InputError naming `source`; a field of the wrong type is too.
Status ParseAnnotatedPapers(std::string_view json, const std::string& source,
                            std::vector<AnnotatedPaper>* papers);

// Counts for one field: matched, predicted and gold items.
struct FieldScore {
  std::string field;  // "models", "entities" (the union of the three kinds), ...
  int matched = 0;
  int predicted = 0;
  int gold = 0;
  double Precision() const { return predicted ? static_cast<double>(matched) / predicted : 0; }
  double Recall() const { return gold ? static_cast<double>(matched) / gold : 0; }
  double F1() const;
};

struct EvalReport {
  int gold_papers = 0;
  int matched_papers = 0;                 // gold papers found in the prediction
  std::vector<std::string> missing;       // arXiv ids of gold papers not predicted
  // In this order: entities, models, methods, benchmarks, proposes, results,
  // results_any_model (results matched on benchmark and value only).
  std::vector<FieldScore> fields;
};

EvalReport ScoreExtraction(const std::vector<AnnotatedPaper>& gold,
                           const std::vector<AnnotatedPaper>& predicted);

// The report as JSON: {"gold_papers", "matched_papers", "missing": [...],
// "fields": {"<field>": {"precision", "recall", "f1", "matched",
// "predicted", "gold"}, ...}}.
std::string EvalReportJson(const EvalReport& report);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_GOLD_EVAL_H_
