// Field parsers shared by every digest reader: the arXiv id of a link and an
// author list as digests write it. Pure functions; problems come back as
// messages for the caller to place (file:line).
#ifndef PAPERGRAPH_EXTRACTORS_RECORD_FIELDS_H_
#define PAPERGRAPH_EXTRACTORS_RECORD_FIELDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace papergraph {

// The arXiv id of an arXiv abs/pdf link, without version suffix, ".pdf" or
// query: "https://arxiv.org/abs/2406.11931v2" -> "2406.11931",
// "http://arxiv.org/pdf/cs/0101001.pdf" -> "cs/0101001". False for any
// other link.
bool ArxivIdFromUrl(std::string_view url, std::string* id);

// The listing date a digest's path gives: "…/2024/06/19.md" or
// "…/2024-06-19.json" (any extension, "/" or "-" between the parts) ->
// "2024-06-19"; "" when the path holds no date.
std::string DateFromPath(std::string_view path);

// True for a "YYYY-MM-DD" that names a day of the Gregorian calendar
// ("2024-02-29" yes, "2023-02-29" and "2024-06-80" no).
bool IsCalendarDate(std::string_view text);

struct AuthorList {
  std::vector<std::string> names;     // in order, NormalizeName'd, markers dropped
  bool truncated = false;             // a "+" marker was present
  std::vector<std::string> problems;  // what was repaired or dropped
};

// Reads "A, B, +, C" or a Python list "['A', 'B', '+']". A "+" item, or a
// name ending in " +", marks a cut list. A Python list that does not parse
// is split at commas (and reported in `problems`).
AuthorList ParseAuthorList(std::string_view text);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_RECORD_FIELDS_H_
