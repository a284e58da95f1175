#include "extractors/markdown_digest_reader.h"

#include <optional>
#include <utility>

#include "core/text.h"
#include "extractors/file_diagnostics.h"
#include "extractors/markdown_lines.h"
#include "extractors/markdown_paper_block.h"
#include "extractors/record_fields.h"
#include "extractors/section_literal.h"

namespace papergraph {
namespace {

using Severity = Diagnostic::Severity;

// At most `max` bytes of `line`, cut at a character boundary.
std::string Excerpt(std::string_view line, size_t max) {
  if (line.size() <= max) return std::string(line);
  while (max > 0 && (static_cast<unsigned char>(line[max]) & 0xC0) == 0x80) --max;
  return std::string(line.substr(0, max)) + "...";
}

// The state machine over a digest's lines: which block a line falls in (a
// paper's, a skipped paper's, a code block, or none) and what day the papers
// are listed on. A paper's own lines are read by its PaperBlock.
class DigestReader {
 public:
  DigestReader(const std::string& file, Diagnostics* diagnostics)
      : diagnostics_(file, diagnostics) {}

  std::vector<PaperRecord> Read(std::string_view text);

 private:
  enum class Block { kNone, kPaper, kSkippedPaper, kFence };

  void Report(Severity severity, int line, std::string message) {
    diagnostics_.Report(severity, line, std::move(message));
  }
  void Line(std::string_view line, int number);
  bool Heading(std::string_view line, int number);
  void StartPaper(const std::string& title, const std::string& url, int number);
  void OutsideLine(std::string_view line, int number);
  void EndPaper();
  void Finish();

  FileDiagnostics diagnostics_;
  std::vector<PaperRecord> records_;
  // The last paper started, until the next paper heading or the end of the
  // file; it is given lines only while block_ is kPaper.
  std::optional<PaperBlock> paper_;
  Block block_ = Block::kNone;
  std::string date_;        // of the last day header
  std::string first_date_;  // of the first day header
};

std::vector<PaperRecord> DigestReader::Read(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // Lines are read in place; only one holding a control character is copied
  // to be repaired.
  size_t control = FindControlChar(text);
  std::string repaired;
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    if (control < end) {
      repaired.assign(line);
      int replaced = ReplaceControlChars(&repaired);
      if (replaced > 0) {
        Report(Severity::kWarning, number,
               std::to_string(replaced) + " control character(s) replaced by U+FFFD");
      }
      line = repaired;
      control = FindControlChar(text, end);
    }
    Line(line, number);
    start = end + 1;
  }
  Finish();
  return std::move(records_);
}

void DigestReader::Line(std::string_view line, int number) {
  if (IsFence(line)) {
    if (block_ == Block::kPaper) {
      Report(Severity::kNote, number, "code block ends the paper block; its lines are ignored");
    }
    block_ = block_ == Block::kFence ? Block::kNone : Block::kFence;
    return;
  }
  if (block_ == Block::kFence) {
    if (MatchPaperHeading(line, nullptr, nullptr)) {
      Report(Severity::kNote, number, "paper heading inside a code block ignored");
    }
    return;
  }
  if (Heading(line, number)) return;
  if (IsRule(line)) {
    block_ = Block::kNone;
    return;
  }
  if (block_ == Block::kPaper) {
    paper_->Line(line, number);
  } else if (block_ == Block::kNone) {
    OutsideLine(line, number);
  }
}

// Day headers, paper headings and other headings; false for a line that is
// none of them, even one that starts with '#'.
bool DigestReader::Heading(std::string_view line, int number) {
  std::string date, title, url;
  if (MatchDayHeader(line, &date)) {
    if (date_.empty()) {
      first_date_ = date;
    } else if (date == date_) {
      Report(Severity::kNote, number, "repeated day header (" + date + "); papers continue");
    } else {
      Report(Severity::kWarning, number,
             "day header " + date + " after " + date_ + ": the papers below are dated " + date);
    }
    date_ = date;
    block_ = Block::kNone;
    return true;
  }
  if (MatchPaperHeading(line, &title, &url)) {
    StartPaper(title, url, number);
    return true;
  }
  if (!IsHeading(line)) return false;
  block_ = Block::kNone;
  if (line.substr(0, 5) == "### [") {
    Report(Severity::kWarning, number,
           "paper heading not understood (expected \"### [Title](https://arxiv.org/abs/ID)\"); "
           "paper skipped: " + Excerpt(line, 120));
    block_ = Block::kSkippedPaper;
  }
  return true;
}

void DigestReader::StartPaper(const std::string& title, const std::string& url, int number) {
  EndPaper();
  std::string id;
  if (!ArxivIdFromUrl(url, &id)) {
    Report(Severity::kWarning, number,
           "paper heading without an arXiv link skipped (link \"" + url + "\")");
    block_ = Block::kSkippedPaper;
    return;
  }
  PaperRecord record;
  record.arxiv = id;
  record.title = CollapseWhitespace(title);
  record.date = date_;
  record.file = diagnostics_.file();
  record.line = number;
  if (record.title.empty()) Report(Severity::kWarning, number, "paper heading with an empty title");
  paper_.emplace(std::move(record), &diagnostics_);
  block_ = Block::kPaper;
}

// Lines outside any paper are ignored; a note when they look like paper data.
void DigestReader::OutsideLine(std::string_view line, int number) {
  SectionLine section;
  if (MatchVote(line, nullptr) || MatchAuthors(line, nullptr) || MatchSectionLine(line, &section)) {
    Report(Severity::kNote, number,
           "paper data outside any paper heading ignored: " + Excerpt(line, 80));
  }
}

void DigestReader::EndPaper() {
  if (!paper_) return;
  records_.push_back(paper_->Finish());
  paper_.reset();
}

// Dates the papers listed before any day header (by the first header, else
// by the YYYY/MM/DD.md path) and decodes Python-literal sections.
void DigestReader::Finish() {
  EndPaper();
  std::string path_date = DateFromPath(diagnostics_.file());
  if (records_.empty()) {
    Report(Severity::kNote, 0, "no papers in this file");
  } else if (!first_date_.empty() && !path_date.empty() && first_date_ != path_date) {
    Report(Severity::kNote, 1,
           "header date " + first_date_ + " differs from the path's date " + path_date);
  }
  std::string fallback = first_date_.empty() ? path_date : first_date_;
  bool undated = false;
  for (PaperRecord& record : records_) {
    if (record.date.empty()) {
      record.date = fallback;
      undated = true;
    }
    for (Section& section : record.sections) DecodeSectionLiteral(&section, &diagnostics_);
  }
  if (!undated) return;
  if (!first_date_.empty()) {
    Report(Severity::kNote, records_.front().line,
           "papers before the day header take its date " + first_date_);
  } else if (!path_date.empty()) {
    Report(Severity::kNote, 1, "no \"## Daily Papers (YYYY-MM-DD)\" header; date " + path_date +
                                   " taken from the path");
  } else {
    Report(Severity::kWarning, 1,
           "no \"## Daily Papers (YYYY-MM-DD)\" header and no YYYY/MM/DD.md path; papers undated");
  }
}

}  // namespace

std::vector<PaperRecord> ReadMarkdownDigest(std::string_view text, const std::string& file,
                                            Diagnostics* diagnostics) {
  return DigestReader(file, diagnostics).Read(text);
}

bool LooksLikeMarkdownDigest(std::string_view text) {
  constexpr int kLinesToProbe = 200;
  size_t start = 0;
  for (int n = 0; n < kLinesToProbe && start < text.size(); ++n) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string url;
    if (MatchDayHeader(line, nullptr) ||
        (MatchPaperHeading(line, nullptr, &url) && ArxivIdFromUrl(url, nullptr))) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

}  // namespace papergraph
