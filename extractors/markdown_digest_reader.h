// Reader for the markdown digest of the Korean Daily Papers source:
//
//   ## Daily Papers (2024-06-19)
//   ### [Title](https://arxiv.org/abs/2406.11931)
//   ![](thumbnail.png)              optional media lines
//   Vote: 53                        optional; "Vote: -" means none
//   Authors: A, B, +, C             or Authors: ['A', 'B']; "+" = list cut
//   - **What's New**: ...           sections form, or plain "- ..." bullets
//
// Every variant and quirk seen in the real corpus is documented in
// docs/input-formats.md and covered by tests/extractors/ fixtures.
//
// The reader (markdown_digest_reader.cc) is the state machine over the lines;
// markdown_lines.h says what one line is, markdown_paper_block.h reads the
// lines under a paper heading, section_literal.h decodes sections written as
// Python literals.
#ifndef PAPERGRAPH_EXTRACTORS_MARKDOWN_DIGEST_READER_H_
#define PAPERGRAPH_EXTRACTORS_MARKDOWN_DIGEST_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

// Parses one digest. `text` must be valid UTF-8 with LF line ends (see
// ReadDigestFile). `file` names the source in records and diagnostics.
// Each "### [Title](link)" heading with an arXiv link gives one record, in
// file order; everything skipped or repaired is added to `diagnostics` with
// its line. Never fails: a file with no papers gives no records.
std::vector<PaperRecord> ReadMarkdownDigest(std::string_view text, const std::string& file,
                                            Diagnostics* diagnostics);

// True when `text` looks like this format (a "## Daily Papers (" header or a
// "### [" heading with an arXiv link near the start).
bool LooksLikeMarkdownDigest(std::string_view text);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_MARKDOWN_DIGEST_READER_H_
