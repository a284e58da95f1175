// Reader for the JSON of the Hugging Face daily-papers API, as people save
// it with curl (https://huggingface.co/api/daily_papers?date=YYYY-MM-DD):
//
//   [{"paper": {"id": "2406.11931", "title": "...", "summary": "...",
//               "authors": [{"name": "Qihao Zhu", ...}, ...], "upvotes": 53,
//               "publishedAt": "2024-06-17T..."},
//     "publishedAt": "2024-06-19T...", "title": "...", "numComments": 2, ...}, ...]
//
// Each element becomes one PaperRecord: arxiv = paper.id, title = paper.title
// (else the top-level title), votes = paper.upvotes, authors = the names in
// order (hidden authors included), summary = paper.summary as one unnamed
// section, date = the top-level publishedAt (the day it was listed), else
// paper.publishedAt, else the YYYY/MM/DD or YYYY-MM-DD in the file name.
// Unknown fields are ignored; a missing field is reported with the line of
// the element; an element without a paper id is skipped.
#ifndef PAPERGRAPH_EXTRACTORS_HF_API_READER_H_
#define PAPERGRAPH_EXTRACTORS_HF_API_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

// Parses one API response (a JSON array of papers, or one such object).
// Invalid JSON is one kError diagnostic with the line of the parse error.
std::vector<PaperRecord> ReadHfApiJson(std::string_view text, const std::string& file,
                                       Diagnostics* diagnostics);

// True when the first non-space character is '[' or '{'.
bool LooksLikeJson(std::string_view text);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_HF_API_READER_H_
