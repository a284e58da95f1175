// The `leaderboard` output: the scores reported on one benchmark, one row
// per (model, value, paper), as a text table, CSV or JSON. The rows arrive
// ranked (cli/leaderboard_command.cc selects and orders them); this unit
// only formats and escapes.
//
//   table  rank, model, value, unit, paper, date in aligned columns; control
//          characters and line breaks in a field become spaces.
//   csv    RFC 4180: the header rank,model,value,unit,paper,date,evidence,
//          CRLF line ends, a field quoted when it holds a comma, a quote, CR
//          or LF (quotes doubled) -- CsvField.
//   json   {"benchmark", "order": "higher is better"|"lower is better",
//           "rows": [{"rank", "model", "value", "value_text", "unit",
//                     "lower_is_better", "paper", "date", "evidence"}]};
//          values as JSON numbers.
// Each writer returns IoError when the stream fails.
#ifndef PAPERGRAPH_EXPORTERS_LEADERBOARD_WRITER_H_
#define PAPERGRAPH_EXPORTERS_LEADERBOARD_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace papergraph {

struct LeaderboardRow {
  std::string model;
  double value = 0;
  std::string value_text;        // as written: "90.2"
  std::string unit;              // "%", "" or a metric
  bool lower_is_better = false;  // the unit is a metric such as FID
  std::string paper;             // arXiv id
  std::string date;              // listing date, "YYYY-MM-DD"
  std::string evidence;
};

struct Leaderboard {
  std::string benchmark;             // canonical name
  bool lower_is_better = false;      // the order of most rows
  std::vector<LeaderboardRow> rows;  // best first
};

// One CSV field, quoted when needed: `a,b` -> `"a,b"`, `say "hi"` ->
// `"say ""hi"""`.
std::string CsvField(std::string_view field);

Status WriteLeaderboardTable(const Leaderboard& board, std::ostream& out);
Status WriteLeaderboardCsv(const Leaderboard& board, std::ostream& out);
Status WriteLeaderboardJson(const Leaderboard& board, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_LEADERBOARD_WRITER_H_
