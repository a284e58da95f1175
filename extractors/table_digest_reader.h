// Reader for the markdown-table digests of English Daily Papers summaries:
//
//   ## Papers for 2024-10-01
//
//   | Title | Authors | Summary |
//   |-------|---------|---------|
//   | Title (Read more on [arXiv](https://arxiv.org/abs/ID) or [HuggingFace](https://huggingface.co/papers/ID))| A, B | text |
//
// The older form has a fourth column `| Link |` holding
// `[Read more](https://arxiv.org/abs/ID)`; others add a `| Category |`
// column. Columns are found by their header names, so order does not
// matter. A row whose title cell wraps onto the next physical line is
// joined back. Authors are names or user handles, comma-separated or a
// Python list, and may be empty. Each row becomes one PaperRecord with the
// summary as one unnamed section and no votes.
#ifndef PAPERGRAPH_EXTRACTORS_TABLE_DIGEST_READER_H_
#define PAPERGRAPH_EXTRACTORS_TABLE_DIGEST_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

// Parses one table digest (valid UTF-8, LF line ends). Rows without an arXiv
// link, or that cannot be split into the header's columns, are reported with
// their line and skipped. Never fails.
std::vector<PaperRecord> ReadTableDigest(std::string_view text, const std::string& file,
                                         Diagnostics* diagnostics);

// True when `text` has a "## Papers for YYYY-MM-DD" header or a table header
// row naming Title and Summary columns.
bool LooksLikeTableDigest(std::string_view text);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_TABLE_DIGEST_READER_H_
