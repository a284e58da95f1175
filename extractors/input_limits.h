// InputLimits: the bounds that keep a huge or runaway input from exhausting
// the machine. Each limit, when hit, is a warning with file:line saying what
// was cut and which flag raises it; nothing beyond a limit goes unreported.
//
//   limit                       default    flag                 when hit
//   size of one digest file     256 MiB    --max-file-mb N      file skipped
//   length of one line          1 MiB      --max-line-kb N      line cut
//   authors kept per paper      1000       --max-author-list N  rest dropped
//   papers (listings) in all    10000000   --max-papers N       rest dropped
//
// Lines are those of the markdown and table digests; a JSON digest is not
// cut into lines (a saved API response is often one long line), the file
// size bounds it. docs/robustness.md has the reasons for the defaults.
#ifndef PAPERGRAPH_EXTRACTORS_INPUT_LIMITS_H_
#define PAPERGRAPH_EXTRACTORS_INPUT_LIMITS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

struct InputLimits {
  int64_t max_file_bytes = int64_t{256} << 20;
  size_t max_line_bytes = size_t{1} << 20;
  int max_authors = 1000;
  int max_papers = 10'000'000;
};

// Cuts every line of `*text` (LF line ends, valid UTF-8) longer than
// `max_bytes` at the last character boundary before it, one warning per cut
// line naming its length. Linear in the size of the text.
void CutLongLines(const std::string& file, size_t max_bytes, std::string* text,
                  Diagnostics* diagnostics);

// Keeps the first `max_authors` authors of each record; a longer list is cut,
// marked truncated and reported at the record's line.
void LimitAuthorLists(int max_authors, std::vector<PaperRecord>* records,
                      Diagnostics* diagnostics);

// Keeps the first `max_papers` papers (in input order); the rest are dropped
// with one warning at the first dropped paper's place.
void LimitPapers(int max_papers, std::vector<ExtractedPaper>* papers, Diagnostics* diagnostics);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_INPUT_LIMITS_H_
