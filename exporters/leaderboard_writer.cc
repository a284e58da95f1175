#include "exporters/leaderboard_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>

namespace papergraph {
namespace {

constexpr std::array<const char*, 6> kColumns = {"rank", "model", "value", "unit", "paper", "date"};

// The row's cells in kColumns order.
std::array<std::string, 6> Cells(const LeaderboardRow& row, size_t rank) {
  return {std::to_string(rank), row.model, row.value_text, row.unit, row.paper, row.date};
}

// A table cell: every control character (line breaks, tabs) a space.
std::string TableCell(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

// Characters (code points) in UTF-8 text, for alignment.
size_t Width(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

Status Checked(std::ostream& out) {
  out.flush();
  return out ? Status::Ok() : Status::IoError("cannot write the leaderboard");
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void String(JsonWriter* w, const std::string& s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

Status WriteLeaderboardTable(const Leaderboard& board, std::ostream& out) {
  std::vector<std::array<std::string, 6>> lines;
  std::array<std::string, 6> header;
  std::copy(kColumns.begin(), kColumns.end(), header.begin());
  lines.push_back(header);
  for (size_t i = 0; i < board.rows.size(); ++i) {
    std::array<std::string, 6> cells = Cells(board.rows[i], i + 1);
    for (std::string& cell : cells) cell = TableCell(cell);
    lines.push_back(std::move(cells));
  }
  std::array<size_t, 6> width{};
  for (const auto& cells : lines) {
    for (size_t c = 0; c < cells.size(); ++c) width[c] = std::max(width[c], Width(cells[c]));
  }
  out << TableCell(board.benchmark) << " ("
      << (board.lower_is_better ? "lower is better" : "higher is better") << ")\n";
  for (const auto& cells : lines) {
    std::string line;
    for (size_t c = 0; c < cells.size(); ++c) {
      line += cells[c];
      if (c + 1 < cells.size()) line += std::string(width[c] - Width(cells[c]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
  return Checked(out);
}

Status WriteLeaderboardCsv(const Leaderboard& board, std::ostream& out) {
  for (size_t c = 0; c < kColumns.size(); ++c) out << (c ? "," : "") << kColumns[c];
  out << ",evidence\r\n";
  for (size_t i = 0; i < board.rows.size(); ++i) {
    std::array<std::string, 6> cells = Cells(board.rows[i], i + 1);
    for (size_t c = 0; c < cells.size(); ++c) out << (c ? "," : "") << CsvField(cells[c]);
    out << "," << CsvField(board.rows[i].evidence) << "\r\n";
  }
  return Checked(out);
}

Status WriteLeaderboardJson(const Leaderboard& board, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("benchmark");
  String(&w, board.benchmark);
  w.Key("order");
  w.String(board.lower_is_better ? "lower is better" : "higher is better");
  w.Key("rows");
  w.StartArray();
  for (size_t i = 0; i < board.rows.size(); ++i) {
    const LeaderboardRow& row = board.rows[i];
    w.StartObject();
    w.Key("rank");
    w.Uint64(i + 1);
    w.Key("model");
    String(&w, row.model);
    w.Key("value");
    w.Double(row.value);
    w.Key("value_text");
    String(&w, row.value_text);
    w.Key("unit");
    String(&w, row.unit);
    w.Key("lower_is_better");
    w.Bool(row.lower_is_better);
    w.Key("paper");
    String(&w, row.paper);
    w.Key("date");
    String(&w, row.date);
    w.Key("evidence");
    String(&w, row.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << "\n";
  return Checked(out);
}

}  // namespace papergraph
