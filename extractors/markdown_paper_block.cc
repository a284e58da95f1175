#include "extractors/markdown_paper_block.h"

#include <cstdlib>
#include <utility>
#include <vector>

#include "core/text.h"
#include "extractors/markdown_lines.h"
#include "extractors/record_fields.h"

namespace papergraph {

using Severity = Diagnostic::Severity;

void PaperBlock::Line(std::string_view line, int number) {
  if (TrimWhitespace(line).empty() || IsMedia(line)) return;
  std::string value;
  if (MatchVote(line, &value)) {
    if (FirstLine(&has_vote_, "Vote", number)) ReadVote(value, number);
    return;
  }
  if (MatchAuthors(line, &value)) {
    if (FirstLine(&has_authors_, "Authors", number)) ReadAuthors(value, number);
    return;
  }
  SectionLine section;
  if (summary_ != Summary::kBullets && MatchSectionLine(line, &section)) {
    if (!section.balanced) {
      diagnostics_->Report(Severity::kWarning, number,
                           "unbalanced bold around section name \"" + section.name + "\" repaired");
    }
    summary_ = Summary::kSections;
    AddSection(std::move(section.name), std::move(section.text), number);
    return;
  }
  std::string text;
  if (MatchBullet(line, &text)) {
    if (summary_ != Summary::kSections) {
      summary_ = Summary::kBullets;
      AddSection("", std::move(text), number);
      return;
    }
    diagnostics_->Report(Severity::kNote, number,
                         "plain bullet in a sections summary joined to section \"" +
                             record_.sections.back().name + "\"");
  }
  Continue(line, number);
}

PaperRecord PaperBlock::Finish() {
  if (!has_authors_) {
    diagnostics_->Report(Severity::kWarning, record_.line,
                         "paper without an \"Authors:\" line: listed with no authors");
  }
  return std::move(record_);
}

// True for the first `field` line of the paper; a warning for any later one.
bool PaperBlock::FirstLine(bool* seen, const char* field, int number) {
  if (*seen) {
    diagnostics_->Report(Severity::kWarning, number,
                         std::string("second ") + field + " line ignored");
    return false;
  }
  *seen = true;
  return true;
}

void PaperBlock::ReadVote(const std::string& value, int number) {
  if (value == "-") return;
  bool digits = !value.empty() && value.size() <= 9 &&
                value.find_first_not_of("0123456789") == std::string::npos;
  if (digits) {
    record_.votes = std::atoi(value.c_str());
  } else {
    diagnostics_->Report(Severity::kWarning, number,
                         "unreadable vote \"" + value + "\" taken as none");
  }
}

void PaperBlock::ReadAuthors(const std::string& value, int number) {
  AuthorList list = ParseAuthorList(value);
  for (const std::string& problem : list.problems) {
    diagnostics_->Report(Severity::kWarning, number, "authors: " + problem);
  }
  record_.authors = std::move(list.names);
  record_.authors_truncated = list.truncated;
}

void PaperBlock::AddSection(std::string name, std::string text, int number) {
  Section section;
  section.name = std::move(name);
  section.text = std::move(text);
  section.line = number;
  record_.sections.push_back(std::move(section));
}

// Numbered lines, indented sub-bullets and paragraphs continue the section
// above, joined with '\n'; before any section they start an unnamed one.
void PaperBlock::Continue(std::string_view line, int number) {
  std::vector<Section>& sections = record_.sections;
  if (sections.empty()) {
    diagnostics_->Report(Severity::kNote, number,
                         "text before the summary kept as an unnamed section");
    AddSection("", std::string(TrimWhitespace(line)), number);
    return;
  }
  sections.back().text += '\n';
  sections.back().text += TrimWhitespace(line);
}

}  // namespace papergraph
