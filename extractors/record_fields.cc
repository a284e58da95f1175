#include "extractors/record_fields.h"

#include <re2/re2.h>

#include "core/text.h"
#include "extractors/python_literal.h"

namespace papergraph {
namespace {

// New-style ids (2406.11931) and old-style ones (cs/0101001, math.GT/0309136);
// a version suffix, ".pdf" and a query are dropped.
const RE2 kArxivLink(
    R"((?i)(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5}|[a-z][a-z.\-]*/\d{7}))"
    R"((?:v\d+)?(?:\.pdf)?/?(?:[?#]\S*)?)");

const RE2 kPathDate(R"(.*(\d{4})[/\\-](\d{2})[/\\-](\d{2})[^/\\]*)");

// Items of "A, B, C", trimmed; `unquote` strips one pair of quotes.
std::vector<std::string> SplitAtCommas(std::string_view body, bool unquote) {
  std::vector<std::string> items;
  size_t start = 0;
  while (!body.empty() && start <= body.size()) {
    size_t comma = body.find(',', start);
    if (comma == std::string_view::npos) comma = body.size();
    std::string item = CollapseWhitespace(body.substr(start, comma - start));
    if (unquote && item.size() >= 2 && (item[0] == '\'' || item[0] == '"') &&
        item.back() == item[0]) {
      item = item.substr(1, item.size() - 2);
    }
    items.push_back(std::move(item));
    start = comma + 1;
  }
  return items;
}

}  // namespace

bool ArxivIdFromUrl(std::string_view url, std::string* id) {
  return RE2::FullMatch(re2::StringPiece(url.data(), url.size()), kArxivLink, id);
}

std::string DateFromPath(std::string_view path) {
  std::string y, m, d;
  if (!RE2::FullMatch(re2::StringPiece(path.data(), path.size()), kPathDate, &y, &m, &d)) return "";
  return y + "-" + m + "-" + d;
}

AuthorList ParseAuthorList(std::string_view text) {
  AuthorList out;
  std::string value = CollapseWhitespace(text);
  std::vector<std::string> raw;
  if (value.empty() || value[0] != '[') {
    raw = SplitAtCommas(value, false);
  } else {
    PythonLiteral literal;
    if (ParsePythonLiteral(value, &literal) && literal.IsFlatList()) {
      raw = std::move(literal.strings);
    } else {
      out.problems.push_back("Python-list form did not parse; names split at commas");
      std::string_view body(value);
      body.remove_prefix(1);
      if (!body.empty() && body.back() == ']') body.remove_suffix(1);
      raw = SplitAtCommas(body, true);
    }
  }
  for (const std::string& item : raw) {
    std::string name = NormalizeName(item);
    if (name == "+" || (name.size() > 2 && name.compare(name.size() - 2, 2, " +") == 0)) {
      out.truncated = true;
      name = name == "+" ? "" : CollapseWhitespace(name.substr(0, name.size() - 2));
      if (name.empty()) continue;
    }
    if (name.empty()) {
      out.problems.push_back("empty name dropped");
      continue;
    }
    out.names.push_back(std::move(name));
  }
  return out;
}

}  // namespace papergraph
