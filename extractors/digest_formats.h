// The digest formats papergraph reads, and the choice between them by
// content. Start here to add a format: one reader (text -> PaperRecords)
// and one line in the table of digest_formats.cc.
//
//   format     detected by                              reader
//   json       first non-space character is [ or {      hf_api_reader.h
//   markdown   "## Daily Papers (" or "### [..](arXiv)"   markdown_digest_reader.h
//   table      "## Papers for DATE" or a "| Title |" row  table_digest_reader.h
#ifndef PAPERGRAPH_EXTRACTORS_DIGEST_FORMATS_H_
#define PAPERGRAPH_EXTRACTORS_DIGEST_FORMATS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

// "auto" detects by content; "markdown", "table" and "json" force a reader.
// Returns false for an unknown name.
bool IsDigestFormatName(const std::string& name);

// Reads one digest in `format` ("auto" to detect). A file no reader
// recognises is one warning and no records.
std::vector<PaperRecord> ReadDigest(std::string_view text, const std::string& file,
                                    const std::string& format, Diagnostics* diagnostics);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_DIGEST_FORMATS_H_
