#include "extractors/record_fields.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/text.h"
#include "extractors/ascii.h"
#include "extractors/python_literal.h"

namespace papergraph {
namespace {

// New-style ids (2406.11931) and old-style ones (cs/0101001, math.GT/0309136);
// a version suffix, ".pdf" and a query are dropped.
const RE2 kArxivLink(
    R"((?i)(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5}|[a-z][a-z.\-]*/\d{7}))"
    R"((?:v\d+)?(?:\.pdf)?/?(?:[?#]\S*)?)");

const RE2 kPathDate(R"(.*(\d{4})[/\\-](\d{2})[/\\-](\d{2})[^/\\]*)");

// Items of "A, B, C" (whitespace already collapsed), trimmed; `unquote`
// strips one pair of quotes.
std::vector<std::string_view> SplitAtCommas(std::string_view body, bool unquote) {
  std::vector<std::string_view> items;
  items.reserve(static_cast<size_t>(std::count(body.begin(), body.end(), ',')) + 1);
  size_t start = 0;
  while (!body.empty() && start <= body.size()) {
    size_t comma = body.find(',', start);
    if (comma == std::string_view::npos) comma = body.size();
    std::string_view item = TrimWhitespace(body.substr(start, comma - start));
    if (unquote && item.size() >= 2 && (item[0] == '\'' || item[0] == '"') &&
        item.back() == item[0]) {
      item = item.substr(1, item.size() - 2);
    }
    items.push_back(item);
    start = comma + 1;
  }
  return items;
}

}  // namespace

bool ArxivIdFromUrl(std::string_view url, std::string* id) {
  return RE2::FullMatch(Piece(url), kArxivLink, id);
}

std::string DateFromPath(std::string_view path) {
  std::string y, m, d;
  if (!RE2::FullMatch(Piece(path), kPathDate, &y, &m, &d)) return "";
  return y + "-" + m + "-" + d;
}

bool IsCalendarDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int fields[3] = {0, 0, 0};  // year, month, day
  for (size_t i = 0, field = 0; i < text.size(); ++i) {
    if (text[i] == '-') {
      ++field;
    } else if (text[i] >= '0' && text[i] <= '9') {
      fields[field] = fields[field] * 10 + (text[i] - '0');
    } else {
      return false;
    }
  }
  auto [year, month, day] = fields;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month != 2 || day < 29 || leap;
}

AuthorList ParseAuthorList(std::string_view text) {
  AuthorList out;
  std::string value = CollapseWhitespace(text);
  PythonLiteral literal;
  std::vector<std::string_view> raw;  // into value or literal.strings
  if (value.empty() || value[0] != '[') {
    raw = SplitAtCommas(value, false);
  } else if (ParsePythonLiteral(value, &literal) && literal.IsFlatList()) {
    raw.assign(literal.strings.begin(), literal.strings.end());
  } else {
    out.problems.push_back("Python-list form did not parse; names split at commas");
    std::string_view body(value);
    body.remove_prefix(1);
    if (!body.empty() && body.back() == ']') body.remove_suffix(1);
    raw = SplitAtCommas(body, true);
  }
  out.names.reserve(raw.size());
  for (std::string_view item : raw) {
    std::string name = NormalizeName(item);
    bool marker = false;  // "+", or a name ending in " +" ("A + +" too)
    while (name == "+" || (name.size() > 2 && name.compare(name.size() - 2, 2, " +") == 0)) {
      marker = out.truncated = true;
      name = name == "+" ? "" : CollapseWhitespace(name.substr(0, name.size() - 2));
    }
    if (marker && name.empty()) continue;
    if (name.empty()) {
      out.problems.push_back("empty name dropped");
      continue;
    }
    out.names.push_back(std::move(name));
  }
  return out;
}

}  // namespace papergraph
