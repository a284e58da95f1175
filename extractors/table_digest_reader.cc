#include "extractors/table_digest_reader.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/text.h"
#include "extractors/ascii.h"
#include "extractors/file_diagnostics.h"
#include "extractors/record_fields.h"

namespace papergraph {
namespace {

using Severity = Diagnostic::Severity;

const RE2 kDayHeader(R"(##\s+Papers for (\d{4}-\d{2}-\d{2})\s*)");
const RE2 kSeparatorRow(R"(\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*)");
// A cell that is one markdown link: "[Title](URL)" or "[Read more](URL)".
const RE2 kLinkCell(R"(\[(.*)\]\(([^)\s]+)\))");
const RE2 kAnyArxivLink(R"((https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/[^)\s|]+))");

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAsciiChar(c);
  return out;
}

// The cells of a table row "| a | b \| c | d |": split at unescaped '|',
// whitespace collapsed, "\|" unescaped. The outer pipes give no cells.
std::vector<std::string> Cells(std::string_view row) {
  std::vector<std::string> cells;
  std::string escaped;  // the cell so far when it holds a "\|"
  size_t start = 0;     // of the cell's text not yet taken
  for (size_t bar = row.find('|');; bar = row.find('|', bar + 1)) {
    if (bar != std::string_view::npos && bar > 0 && row[bar - 1] == '\\') {
      escaped.append(row.substr(start, bar - 1 - start));
      escaped += '|';
      start = bar + 1;
      continue;
    }
    std::string_view rest = row.substr(start, std::min(bar, row.size()) - start);
    if (escaped.empty()) {
      cells.push_back(CollapseWhitespace(rest));
    } else {
      escaped.append(rest);
      cells.push_back(CollapseWhitespace(escaped));
      escaped.clear();
    }
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().empty() && !row.empty() && row.back() == '|') cells.pop_back();
  return cells;
}

// Which cell holds what, from the header row.
struct Columns {
  int title = -1, authors = -1, summary = -1, link = -1;
  size_t count = 0;
};

// Whitespace as the patterns take it (\s).

// "Title (Read more on [arXiv](URL) or [HuggingFace](URL))": the title
// (whitespace before the link dropped) and the URL of the first such link
// whose URL (no ')' nor whitespace) is closed by ')'. Read without a
// pattern, as nearly every row has one.
bool ReadMoreTitle(std::string_view cell, std::string_view* title, std::string_view* url) {
  static constexpr std::string_view kLink = "(Read more on [arXiv](";
  for (size_t at = cell.find(kLink); at != std::string_view::npos; at = cell.find(kLink, at + 1)) {
    size_t start = at + kLink.size(), end = start;
    while (end < cell.size() && cell[end] != ')' && !IsSpace(cell[end])) ++end;
    if (end == start || end == cell.size() || cell[end] != ')') continue;
    size_t title_end = at;
    while (title_end > 0 && IsSpace(cell[title_end - 1])) --title_end;
    *title = cell.substr(0, title_end);
    *url = cell.substr(start, end - start);
    return true;
  }
  return false;
}

bool HeaderColumns(const std::vector<std::string>& cells, Columns* columns) {
  Columns c;
  c.count = cells.size();
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string name = Lower(cells[i]);
    if (name == "title") c.title = static_cast<int>(i);
    else if (name == "authors" || name == "author") c.authors = static_cast<int>(i);
    else if (name == "summary") c.summary = static_cast<int>(i);
    else if (name == "link" || name == "url") c.link = static_cast<int>(i);
  }
  if (c.title < 0 || c.summary < 0) return false;
  *columns = c;
  return true;
}

// The title and the arXiv link of a row: "Title (Read more on [arXiv](URL)
// ...)", else a "[Title](URL)" title cell, else the first arXiv link of the
// Link column or of the title cell (the title is then the whole cell).
void TitleAndLink(const std::vector<std::string>& cells, const Columns& columns,
                  std::string_view* title, std::string_view* url) {
  const std::string& cell = cells[columns.title];
  *title = cell;
  if (ReadMoreTitle(cell, title, url)) return;
  re2::StringPiece text, link;
  if (RE2::FullMatch(cell, kLinkCell, &text, &link)) {
    *title = std::string_view(text.data(), text.size());
  } else if (columns.link < 0 || !RE2::PartialMatch(cells[columns.link], kAnyArxivLink, &link)) {
    RE2::PartialMatch(cell, kAnyArxivLink, &link);
  }
  *url = std::string_view(link.data(), link.size());
}

class TableReader {
 public:
  TableReader(const std::string& file, Diagnostics* diagnostics)
      : problems_(file, diagnostics), path_date_(DateFromPath(file)) {}

  std::vector<PaperRecord> Read(std::string_view text);

 private:
  void Row(std::vector<std::string> cells, int line);

  FileDiagnostics problems_;
  std::string path_date_;
  std::string date_;
  bool in_table_ = false;
  Columns columns_;
  int last_row_start_ = 0;  // first and last physical line of the last row
  int last_row_line_ = 0;
  std::vector<PaperRecord> records_;
};

std::vector<PaperRecord> TableReader::Read(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  // Lines are read in place; only one holding a control character is copied
  // to be repaired.
  size_t control = FindControlChar(text);
  std::string repaired;
  for (size_t i = 0; i < lines.size(); ++i) {
    int number = static_cast<int>(i) + 1;
    std::string_view line = lines[i];
    size_t line_end = static_cast<size_t>(line.data() - text.data()) + line.size();
    if (control < line_end) {
      repaired.assign(line);
      if (ReplaceControlChars(&repaired) > 0) {
        problems_.Report(Severity::kWarning, number, "control character(s) replaced by U+FFFD");
      }
      line = repaired;
      control = FindControlChar(text, line_end);
    }
    std::string date;
    if (line.substr(0, 2) == "##" &&
        RE2::FullMatch(Piece(line), kDayHeader, &date)) {
      date_ = date;
      in_table_ = false;
      continue;
    }
    std::string trimmed = CollapseWhitespace(line);
    if (!trimmed.empty() && trimmed[0] != '|' && in_table_ && last_row_line_ == number - 1 &&
        !records_.empty() && records_.back().line == last_row_start_) {
      // Text right under a row continues that row's summary.
      std::vector<Section>& sections = records_.back().sections;
      if (sections.empty()) sections.push_back({"", "", number});
      sections.back().text += (sections.back().text.empty() ? "" : "\n") + trimmed;
      problems_.Report(Severity::kNote, number, "line under a table row joined to its summary");
      last_row_line_ = number;
      continue;
    }
    if (trimmed.empty() || trimmed[0] != '|') {
      in_table_ = false;
      continue;
    }
    // A separator row holds nothing but "|:-" and spaces.
    if (trimmed.find_first_not_of("|:- ") == std::string::npos &&
        RE2::FullMatch(trimmed, kSeparatorRow)) {
      continue;
    }
    std::vector<std::string> cells = Cells(trimmed);
    if (!in_table_) {
      in_table_ = HeaderColumns(cells, &columns_);
      if (!in_table_) {
        problems_.Report(Severity::kNote, number, "table without Title and Summary columns ignored");
      }
      continue;
    }
    // A row cut short by a line break inside a cell continues on the next
    // physical lines until it has all its cells.
    size_t j = i;
    while (cells.size() < columns_.count && j + 1 < lines.size() && !lines[j + 1].empty()) {
      ++j;
      trimmed += " " + CollapseWhitespace(lines[j]);
      cells = Cells(trimmed);
    }
    if (j > i) {
      problems_.Report(Severity::kNote, number,
             "row continued on " + std::to_string(j - i) + " more line(s) and joined");
    }
    Row(std::move(cells), number);
    last_row_start_ = number;
    last_row_line_ = static_cast<int>(j) + 1;
    i = j;
  }
  return std::move(records_);
}

void TableReader::Row(std::vector<std::string> cells, int line) {
  if (cells.size() > columns_.count && columns_.summary == static_cast<int>(columns_.count) - 1) {
    // An unescaped '|' inside the last (summary) cell: keep it as text.
    std::string summary = cells[columns_.summary];
    for (size_t k = columns_.count; k < cells.size(); ++k) summary += " | " + cells[k];
    cells.resize(columns_.count);
    cells[columns_.summary] = summary;
    problems_.Report(Severity::kNote, line, "'|' inside the summary cell kept as text");
  }
  if (cells.size() != columns_.count) {
    problems_.Report(Severity::kWarning, line,
           "table row with " + std::to_string(cells.size()) + " cells, expected " +
               std::to_string(columns_.count) + "; row skipped");
    return;
  }
  PaperRecord r;
  std::string_view title, url;
  TitleAndLink(cells, columns_, &title, &url);
  if (!ArxivIdFromUrl(url, &r.arxiv)) {
    problems_.Report(Severity::kWarning, line,
                     "table row without an arXiv link skipped: " + std::string(title.substr(0, 80)));
    return;
  }
  r.title = CollapseWhitespace(title);
  r.date = date_.empty() ? path_date_ : date_;
  if (r.date.empty()) {
    problems_.Report(Severity::kWarning, line, "no \"## Papers for YYYY-MM-DD\" header above this row");
  }
  if (columns_.authors >= 0) {
    AuthorList authors = ParseAuthorList(cells[columns_.authors]);
    r.authors = std::move(authors.names);
    r.authors_truncated = authors.truncated;
    for (std::string& p : authors.problems) problems_.Report(Severity::kWarning, line, "authors: " + p);
  }
  std::string& summary = cells[columns_.summary];
  if (!summary.empty()) r.sections.push_back({"", std::move(summary), line});
  r.file = problems_.file();
  r.line = line;
  records_.push_back(std::move(r));
}

}  // namespace

std::vector<PaperRecord> ReadTableDigest(std::string_view text, const std::string& file,
                                         Diagnostics* diagnostics) {
  return TableReader(file, diagnostics).Read(text);
}

bool LooksLikeTableDigest(std::string_view text) {
  static const RE2 kSignature(R"((?m)^##\s+Papers for \d{4}-\d{2}-\d{2}|^\|\s*(?:[A-Za-z]+\s*\|\s*)*Title\s*\|)");
  return RE2::PartialMatch(text.substr(0, 64 * 1024), kSignature);
}

}  // namespace papergraph
