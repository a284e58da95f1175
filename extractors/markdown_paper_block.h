// PaperBlock: the lines under one "### [Title](link)" heading of a markdown
// digest, read into that paper's record. The digest reader
// (markdown_digest_reader.cc) decides which lines belong to the block; the
// block reads them:
//
//   Vote: 53                       votes; "Vote: -" means none
//   Authors: A, B, +, C            authors (record_fields.h)
//   - **What's New**: text         a summary of named sections ...
//   - text                         ... or of plain bullets, the first decides
//   1. more text                   any other line continues the section above
//
// Blank and media lines are skipped; a second Vote or Authors line is
// ignored; everything skipped or repaired is reported with its line.
#ifndef PAPERGRAPH_EXTRACTORS_MARKDOWN_PAPER_BLOCK_H_
#define PAPERGRAPH_EXTRACTORS_MARKDOWN_PAPER_BLOCK_H_

#include <string>
#include <string_view>
#include <utility>

#include "core/paper_record.h"
#include "extractors/file_diagnostics.h"

namespace papergraph {

class PaperBlock {
 public:
  // Starts the block of `record`, whose heading fields (arxiv, title, date,
  // file, line) are set. `diagnostics` must outlive the block.
  PaperBlock(PaperRecord record, FileDiagnostics* diagnostics)
      : record_(std::move(record)), diagnostics_(diagnostics) {}

  // Reads one line of the block, without its line end; `number` is its line.
  void Line(std::string_view line, int number);

  // Ends the block: reports a paper without an Authors line (at its heading)
  // and gives the record. The last call on a block.
  PaperRecord Finish();

 private:
  enum class Summary { kNone, kSections, kBullets };

  bool FirstLine(bool* seen, const char* field, int number);
  void ReadVote(const std::string& value, int number);
  void ReadAuthors(const std::string& value, int number);
  void AddSection(std::string name, std::string text, int number);
  void Continue(std::string_view line, int number);

  PaperRecord record_;
  FileDiagnostics* diagnostics_;
  Summary summary_ = Summary::kNone;
  bool has_vote_ = false;
  bool has_authors_ = false;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_MARKDOWN_PAPER_BLOCK_H_
