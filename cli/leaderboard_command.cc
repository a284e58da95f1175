// `papergraph leaderboard BENCHMARK INPUT... [--format table|csv|json]`:
// the scores the digests report on one benchmark, best first.
//
// BENCHMARK is resolved through the lexicon (any alias names the entry; a
// name the lexicon lacks is matched by its folded key). Ranking: a row whose
// unit is a lower-is-better metric (FID, FVD, KID, LPIPS, WER, CER,
// perplexity, error, MAE, RMSE, SD, latency) ranks ascending, every other
// row descending. The board takes the order of most of its rows; those rows
// come first, the rows of the other order after them, each group best
// first; ties by paper id, then model. Values are compared as written: a
// "%" score and a 0-1 score of one benchmark are not put on one scale.
#include <algorithm>
#include <iostream>
#include <tuple>

#include "cli/commands.h"
#include "cli/output_directory.h"
#include "core/graph_builder.h"
#include "core/text.h"
#include "exporters/atomic_file.h"
#include "exporters/leaderboard_writer.h"
#include "extractors/score_numbers.h"

namespace papergraph {
namespace {

constexpr char kLeaderboardHelp[] =
    "usage: papergraph leaderboard BENCHMARK INPUT... [--format table|csv|json] [options]\n\n"
    "Lists the scores reported on BENCHMARK (any alias the lexicon knows), best first:\n"
    "model, value, unit or metric, paper (arXiv id) and listing date. Lower-is-better\n"
    "metrics (FID, perplexity, WER, error...) rank ascending, all others descending.\n\n"
    "options:\n"
    "  --format FORMAT      table (default), csv or json\n"
    "  -o, --output FILE    write to FILE (atomically; missing directories are created)\n"
    "                       instead of standard output\n";

Leaderboard BuildLeaderboard(const std::string& benchmark, const Lexicon& lexicon,
                             const std::vector<ExtractedPaper>& papers) {
  const LexiconEntry* entry = lexicon.Find(benchmark);
  Leaderboard board;
  board.benchmark = entry ? entry->canonical : benchmark;
  std::string key = FoldKey(board.benchmark);
  for (const ExtractedPaper& p : papers) {
    for (const ScoreResult& s : p.results) {
      if (FoldKey(s.benchmark) != key && (!entry || lexicon.Find(s.benchmark) != entry)) continue;
      LeaderboardRow row;
      row.model = s.model;
      row.value = s.value;
      row.value_text = s.value_text;
      row.unit = s.unit;
      row.lower_is_better = LowerIsBetter(s.unit);
      row.paper = p.record.arxiv;
      row.date = p.record.date;
      row.evidence = s.evidence;
      board.rows.push_back(std::move(row));
    }
  }
  auto lower = std::count_if(board.rows.begin(), board.rows.end(),
                             [](const LeaderboardRow& r) { return r.lower_is_better; });
  board.lower_is_better = 2 * static_cast<size_t>(lower) > board.rows.size();
  std::stable_sort(board.rows.begin(), board.rows.end(),
                   [&](const LeaderboardRow& a, const LeaderboardRow& b) {
                     bool a_first = a.lower_is_better == board.lower_is_better;
                     bool b_first = b.lower_is_better == board.lower_is_better;
                     if (a_first != b_first) return a_first;
                     if (a.value != b.value) {
                       return a.lower_is_better ? a.value < b.value : a.value > b.value;
                     }
                     return std::tie(a.paper, a.model) < std::tie(b.paper, b.model);
                   });
  return board;
}

}  // namespace

int RunLeaderboard(int argc, char** argv) {
  Flags flags = InputCommandFlags({"--format", "-o", "--output"});
  std::string help = std::string(kLeaderboardHelp) + kInputFlagsHelp;
  int parsed = ParseCommandLine("leaderboard", help.c_str(), argc, argv, &flags);
  if (parsed != kGoOn) return parsed;
  Status s;
  if (flags.positional().size() < 2) {
    return UsageError("leaderboard",
                      Status::InvalidArgument("expected BENCHMARK and at least one INPUT (a digest "
                                              "file or directory)"));
  }
  std::string format = flags.Get("--format", "table");
  auto writer = format == "table"  ? WriteLeaderboardTable
                : format == "csv"  ? WriteLeaderboardCsv
                : format == "json" ? WriteLeaderboardJson
                                   : nullptr;
  if (!writer) {
    return UsageError("leaderboard", Status::InvalidArgument("unknown --format '" + format +
                                                             "' (expected table, csv or json)"));
  }
  PipelineOptions pipeline;
  s = GetPipelineOptions(flags, &pipeline);
  if (!s.ok()) return UsageError("leaderboard", s);
  Diagnostics diagnostics;
  Lexicon lexicon;
  if (!LoadLexicon(flags, &lexicon, &diagnostics)) return kExitInput;
  std::vector<std::string> inputs(flags.positional().begin() + 1, flags.positional().end());
  PipelineStats stats;
  std::vector<ExtractedPaper> papers =
      MergeListings(ReadAndExtract(inputs, lexicon, pipeline, &diagnostics, &stats), &diagnostics);
  int code = ReportInputProblems(diagnostics, stats, static_cast<int>(papers.size()),
                                 flags.Has("--strict"), flags.Has("--quiet"));
  Leaderboard board = BuildLeaderboard(flags.positional()[0], lexicon, papers);
  std::string path = flags.Get("--output", flags.Get("-o", ""));
  if (path.empty() || path == "-") {
    s = writer(board, std::cout);
  } else {
    s = CreateOutputDirectory(DirectoryOf(path));
    if (s.ok()) s = WriteFileAtomically(path, [&](std::ostream& out) { return writer(board, out); });
  }
  if (!s.ok()) {
    std::cerr << "papergraph leaderboard: " << s.message() << "\n";
    return kExitIo;
  }
  return code;
}

}  // namespace papergraph
