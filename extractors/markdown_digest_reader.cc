#include "extractors/markdown_digest_reader.h"

#include <re2/re2.h>

#include <cstdlib>
#include <cstring>
#include <utility>

#include "core/text.h"
#include "extractors/record_fields.h"
#include "extractors/python_literal.h"

namespace papergraph {
namespace {

using Severity = Diagnostic::Severity;

// --- line patterns ---------------------------------------------------------
// Matched with RE2::FullMatch against one line without its '\r'.
const RE2 kDayHeader(R"(##\s+Daily Papers\s*\((\d{4}-\d{2}-\d{2})\)\s*)");
// The greedy title takes the LAST "](" before the link: "[IDK] Token](url)".
const RE2 kPaperHeading(R"(###\s*\[(.*)\]\(([^)\s]*)\)\s*)");
const RE2 kOtherHeading(R"(#{1,6}(?:\s.*)?)");
const RE2 kRule(R"( {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}))");
const RE2 kFence(R"( {0,3}(?:```|~~~).*)");
// Thumbnails, videos and "[Watch Video](url)" / "[Watch Video]url".
const RE2 kMedia(
    R"((?i)(?:!\[[^\]]*\]\(.*|<(?:video|div|img|source|/video|/div)\b.*|\[Watch Video\].*))");
const RE2 kVote(R"(Vote:\s*(.*?)\s*)");
const RE2 kAuthors(R"(Authors:\s*(.*?)\s*)");
// The start of a section line, before its text: "- **Name**: ", "- ***Name***: ",
// unbalanced "- ***Name*: " ...
const RE2 kSectionColonAfter(R"([-*+]\s+(\*{2,3})([^*]+?)(\*{1,3})\s*:\s*)");
// ... and "- **Name:** ".
const RE2 kSectionColonInside(R"([-*+]\s+(\*{2,3})([^*]+?):(\*{1,3})\s*)");
const RE2 kBullet(R"([-*+]\s+)");

// Most lines are summary text, so each pattern above is tried only on a line
// whose first byte (after up to three spaces, for fences and rules) can
// start it: a cheap test that keeps the regexes off long prose lines.
bool LeadIn(const std::string& line, const char* bytes, size_t indent = 0) {
  size_t i = 0;
  while (i < indent && i < line.size() && line[i] == ' ') ++i;
  return i < line.size() && std::strchr(bytes, line[i]) != nullptr;
}

// A section line: *open, *name, *close, and *text (the rest of the line).
bool SectionLine(const std::string& line, std::string* open, std::string* name,
                 std::string* close, std::string* text) {
  if (!LeadIn(line, "-*+")) return false;
  re2::StringPiece rest(line);
  if (!RE2::Consume(&rest, kSectionColonAfter, open, name, close)) {
    rest = line;
    if (!RE2::Consume(&rest, kSectionColonInside, open, name, close)) return false;
  }
  text->assign(rest.data(), rest.size());
  return true;
}

// At most `max` bytes of `line`, cut at a character boundary.
std::string Excerpt(const std::string& line, size_t max) {
  if (line.size() <= max) return line;
  while (max > 0 && (static_cast<unsigned char>(line[max]) & 0xC0) == 0x80) --max;
  return line.substr(0, max) + "...";
}

// --- the reader ------------------------------------------------------------

class DigestReader {
 public:
  DigestReader(const std::string& file, Diagnostics* diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  std::vector<PaperRecord> Read(std::string_view text);

 private:
  enum class Block { kNone, kPaper, kSkippedPaper, kFence };
  enum class Summary { kNone, kSections, kBullets };

  void Report(Severity severity, int line, std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.file = file_;
    d.line = line;
    d.message = std::move(message);
    diagnostics_->push_back(std::move(d));
  }
  void Line(const std::string& line, int number);
  bool Heading(const std::string& line, int number);
  void StartPaper(const std::string& title, const std::string& url, int number);
  void PaperLine(const std::string& line, int number);
  void OutsideLine(const std::string& line, int number);
  void ReadVote(const std::string& value, int number);
  void ReadAuthors(const std::string& value, int number);
  void AddSection(std::string name, std::string text, int number);
  void Continue(const std::string& line, int number);
  void DecodeLiteral(Section* section);
  void EndPaper();
  void Finish();

  const std::string& file_;
  Diagnostics* diagnostics_;
  std::vector<PaperRecord> records_;
  Block block_ = Block::kNone;
  Summary summary_ = Summary::kNone;
  bool has_vote_ = false;
  bool has_authors_ = false;
  bool paper_open_ = false;  // a record was started and not yet checked by EndPaper
  std::string date_;        // of the last day header
  std::string first_date_;  // of the first day header
};

std::vector<PaperRecord> DigestReader::Read(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++number;
    int replaced = ReplaceControlChars(&line);
    if (replaced > 0) {
      Report(Severity::kWarning, number,
             std::to_string(replaced) + " control character(s) replaced by U+FFFD");
    }
    Line(line, number);
    start = end + 1;
  }
  Finish();
  return std::move(records_);
}

void DigestReader::Line(const std::string& line, int number) {
  if (LeadIn(line, "`~", 3) && RE2::FullMatch(line, kFence)) {
    if (block_ == Block::kPaper) {
      Report(Severity::kNote, number, "code block ends the paper block; its lines are ignored");
    }
    block_ = block_ == Block::kFence ? Block::kNone : Block::kFence;
    return;
  }
  if (block_ == Block::kFence) {
    if (RE2::FullMatch(line, kPaperHeading)) {
      Report(Severity::kNote, number, "paper heading inside a code block ignored");
    }
    return;
  }
  if (!line.empty() && line[0] == '#' && Heading(line, number)) return;
  if (LeadIn(line, "-*_", 3) && RE2::FullMatch(line, kRule)) {
    block_ = Block::kNone;
    return;
  }
  if (block_ == Block::kPaper) {
    PaperLine(line, number);
  } else if (block_ == Block::kNone) {
    OutsideLine(line, number);
  }
}

// Day headers, paper headings and other headings; false for a line that
// only starts with '#'.
bool DigestReader::Heading(const std::string& line, int number) {
  std::string date, title, url;
  if (RE2::FullMatch(line, kDayHeader, &date)) {
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
  if (RE2::FullMatch(line, kPaperHeading, &title, &url)) {
    StartPaper(title, url, number);
    return true;
  }
  if (!RE2::FullMatch(line, kOtherHeading)) return false;
  block_ = Block::kNone;
  if (line.compare(0, 5, "### [") == 0) {
    Report(Severity::kWarning, number,
           "paper heading not understood (expected \"### [Title](https://arxiv.org/abs/ID)\"); "
           "paper skipped: " + Excerpt(line, 120));
    block_ = Block::kSkippedPaper;
  }
  return true;
}

// What a finished paper block lacked.
void DigestReader::EndPaper() {
  if (!paper_open_) return;
  paper_open_ = false;
  if (!has_authors_) {
    Report(Severity::kWarning, records_.back().line,
           "paper without an \"Authors:\" line: listed with no authors");
  }
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
  record.file = file_;
  record.line = number;
  if (record.title.empty()) Report(Severity::kWarning, number, "paper heading with an empty title");
  records_.push_back(std::move(record));
  block_ = Block::kPaper;
  summary_ = Summary::kNone;
  has_vote_ = has_authors_ = false;
  paper_open_ = true;
}

void DigestReader::PaperLine(const std::string& line, int number) {
  std::string value, open, name, close, text;
  if (TrimWhitespace(line).empty() || (LeadIn(line, "!<[") && RE2::FullMatch(line, kMedia))) return;
  if (LeadIn(line, "V") && RE2::FullMatch(line, kVote, &value)) {
    if (has_vote_) {
      Report(Severity::kWarning, number, "second Vote line ignored");
    } else {
      ReadVote(value, number);
    }
    return;
  }
  if (LeadIn(line, "A") && RE2::FullMatch(line, kAuthors, &value)) {
    if (has_authors_) {
      Report(Severity::kWarning, number, "second Authors line ignored");
    } else {
      ReadAuthors(value, number);
    }
    return;
  }
  if (summary_ != Summary::kBullets && SectionLine(line, &open, &name, &close, &text)) {
    if (open.size() != close.size()) {
      Report(Severity::kWarning, number,
             "unbalanced bold around section name \"" + CollapseWhitespace(name) + "\" repaired");
    }
    summary_ = Summary::kSections;
    AddSection(CollapseWhitespace(name), std::string(TrimWhitespace(text)), number);
    return;
  }
  re2::StringPiece rest(line);
  if (LeadIn(line, "-*+") && RE2::Consume(&rest, kBullet)) {
    text.assign(rest.data(), rest.size());
    if (summary_ != Summary::kSections) {
      summary_ = Summary::kBullets;
      AddSection("", std::string(TrimWhitespace(text)), number);
      return;
    }
    Report(Severity::kNote, number,
           "plain bullet in a sections summary joined to section \"" +
               records_.back().sections.back().name + "\"");
  }
  Continue(line, number);
}

// Lines outside any paper are ignored; a note when they look like paper data.
void DigestReader::OutsideLine(const std::string& line, int number) {
  std::string open, name, close, text;
  if ((LeadIn(line, "V") && RE2::FullMatch(line, kVote)) ||
      (LeadIn(line, "A") && RE2::FullMatch(line, kAuthors)) ||
      SectionLine(line, &open, &name, &close, &text)) {
    Report(Severity::kNote, number,
           "paper data outside any paper heading ignored: " + Excerpt(line, 80));
  }
}

void DigestReader::ReadVote(const std::string& value, int number) {
  has_vote_ = true;
  if (value == "-") return;
  bool digits = !value.empty() && value.size() <= 9 &&
                value.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    records_.back().votes = std::atoi(value.c_str());
  } else {
    Report(Severity::kWarning, number, "unreadable vote \"" + value + "\" taken as none");
  }
}

// "A, B, +, C" or "['A', 'B']" (record_fields.h).
void DigestReader::ReadAuthors(const std::string& value, int number) {
  has_authors_ = true;
  AuthorList list = ParseAuthorList(value);
  for (const std::string& problem : list.problems) {
    Report(Severity::kWarning, number, "authors: " + problem);
  }
  PaperRecord& record = records_.back();
  record.authors = std::move(list.names);
  record.authors_truncated = list.truncated;
}

void DigestReader::AddSection(std::string name, std::string text, int number) {
  Section section;
  section.name = std::move(name);
  section.text = std::move(text);
  section.line = number;
  records_.back().sections.push_back(std::move(section));
}

// A line without a dash continues the section above (numbered lines,
// indented sub-bullets, paragraphs), joined with '\n'.
void DigestReader::Continue(const std::string& line, int number) {
  std::vector<Section>& sections = records_.back().sections;
  if (sections.empty()) {
    Report(Severity::kNote, number, "text before the summary kept as an unnamed section");
    AddSection("", std::string(TrimWhitespace(line)), number);
    return;
  }
  sections.back().text += '\n';
  sections.back().text += TrimWhitespace(line);
}

// A section text written as a Python literal ("[{'code': '...'}]") becomes
// its string values, one a line; text that does not parse is kept.
void DigestReader::DecodeLiteral(Section* section) {
  const std::string& t = section->text;
  bool looks_literal = t.size() >= 2 && (t[0] == '[' || t[0] == '{') &&
                       (t[1] == '\'' || t[1] == '"' || t[1] == '{');
  if (!looks_literal) return;
  PythonLiteral literal;
  if (!ParsePythonLiteral(t, &literal)) {
    Report(Severity::kNote, section->line,
           "section text looks like a Python literal but does not parse; kept as written");
    return;
  }
  std::string joined;
  for (const std::string& v : literal.strings) {
    if (!joined.empty()) joined += '\n';
    joined += TrimWhitespace(v);
  }
  if (ReplaceControlChars(&joined) > 0) {
    Report(Severity::kWarning, section->line,
           "control character(s) written as escapes replaced by U+FFFD");
  }
  section->text = std::move(joined);
}

// Dates the papers listed before any day header (by the first header, else
// by the YYYY/MM/DD.md path) and decodes Python-literal sections.
void DigestReader::Finish() {
  EndPaper();
  std::string path_date = DateFromPath(file_);
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
    for (Section& section : record.sections) DecodeLiteral(&section);
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
    re2::StringPiece line(text.data() + start, end - start);
    if (!line.empty() && line[line.size() - 1] == '\r') line.remove_suffix(1);
    std::string url;
    if (RE2::FullMatch(line, kDayHeader) ||
        (RE2::FullMatch(line, kPaperHeading, nullptr, &url) && ArxivIdFromUrl(url, nullptr))) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

}  // namespace papergraph
