// The benchmark corpus rewritten in the table and Hugging Face API JSON
// digest formats (docs/input-formats.md), so that all three readers are
// timed on the same papers. In memory only; nothing is written to disk.
#ifndef PAPERGRAPH_BENCH_MICRO_DIGEST_RENDERINGS_H_
#define PAPERGRAPH_BENCH_MICRO_DIGEST_RENDERINGS_H_

#include <string>
#include <vector>

#include "core/paper_record.h"

namespace papergraph {

// "## Papers for DATE" blocks of "| Title | Authors | Summary |" rows, one
// row per record; the summary on one line, '|' written as "\|".
std::string RenderTableDigest(const std::vector<PaperRecord>& records);

// A JSON list of {"paper": {id, title, summary, authors, upvotes},
// "publishedAt"} elements, one per record.
std::string RenderJsonDigest(const std::vector<PaperRecord>& records);

}  // namespace papergraph

#endif  // PAPERGRAPH_BENCH_MICRO_DIGEST_RENDERINGS_H_
