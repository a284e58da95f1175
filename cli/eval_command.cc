// `papergraph eval GOLD... --pred FILE [--json]`: precision, recall and F1
// of an extraction (the output of `papergraph extract`) against gold
// annotation files, per field (extractors/gold_eval.h has the rules).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "extractors/gold_eval.h"

namespace papergraph {
namespace {

constexpr char kEvalHelp[] =
    "usage: papergraph eval GOLD... --pred FILE [--json]\n\n"
    "Scores FILE (written by 'papergraph extract') against the gold annotation\n"
    "files GOLD (../shared/gold/*.json). Papers are matched by arXiv id, names\n"
    "after folding (lower case, letters and digits only). Fields: entities\n"
    "(models, methods and benchmarks together), models, methods, benchmarks,\n"
    "proposes, results (model, benchmark and value within 0.01) and\n"
    "results_any_model (benchmark and value only).\n\n"
    "options:\n"
    "  --pred FILE    the extraction to score (required)\n"
    "  --json         print the scores as JSON\n";

Status ReadPapers(const std::string& path, std::vector<AnnotatedPaper>* papers) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return ParseAnnotatedPapers(text.str(), path, papers);
}

void PrintTable(const EvalReport& report) {
  std::printf("%d gold papers, %d found in the prediction\n", report.gold_papers,
              report.matched_papers);
  std::printf("%-18s %9s %9s %9s %9s %9s %9s\n", "field", "precision", "recall", "f1", "matched",
              "predicted", "gold");
  for (const FieldScore& f : report.fields) {
    std::printf("%-18s %9.3f %9.3f %9.3f %9d %9d %9d\n", f.field.c_str(), f.Precision(),
                f.Recall(), f.F1(), f.matched, f.predicted, f.gold);
  }
}

}  // namespace

int RunEval(int argc, char** argv) {
  Flags flags({"--pred"}, {"--json", "--help", "-h"});
  int parsed = ParseCommandLine("eval", kEvalHelp, argc, argv, &flags);
  if (parsed != kGoOn) return parsed;
  Status s;
  if (flags.positional().empty()) {
    return UsageError("eval", Status::InvalidArgument("no GOLD file given"));
  }
  if (!flags.Has("--pred")) {
    return UsageError("eval", Status::InvalidArgument("--pred FILE is required"));
  }
  std::vector<AnnotatedPaper> gold, predicted;
  for (const std::string& path : flags.positional()) {
    if (!(s = ReadPapers(path, &gold)).ok()) break;
  }
  if (s.ok()) s = ReadPapers(flags.Get("--pred", ""), &predicted);
  if (!s.ok()) {
    std::cerr << "papergraph eval: " << s.message() << "\n";
    return kExitInput;
  }
  EvalReport report = ScoreExtraction(gold, predicted);
  for (const std::string& id : report.missing) {
    std::cerr << "papergraph eval: note: gold paper " << id << " is not in the prediction\n";
  }
  if (flags.Has("--json")) {
    std::cout << EvalReportJson(report);
  } else {
    PrintTable(report);
  }
  return kExitOk;
}

}  // namespace papergraph
