#include "extractors/markdown_lines.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>

#include "core/text.h"
#include "extractors/ascii.h"

namespace papergraph {
namespace {

// Matched with RE2::FullMatch against a whole line.
const RE2 kDayHeader(R"(##\s+Daily Papers\s*\((\d{4}-\d{2}-\d{2})\)\s*)");
const RE2 kHeading(R"(#{1,6}(?:\s.*)?)");
const RE2 kRule(R"( {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}))");
const RE2 kFence(R"( {0,3}(?:```|~~~).*)");
// The media lines other than thumbnails ("![alt](link)").
const RE2 kMedia(R"((?i)(?:<(?:video|div|img|source|/video|/div)\b.*|\[Watch Video\].*))");

// True when the first byte of `line` after up to `indent` spaces is one of
// `bytes`: the cheap test before a pattern.
bool LeadIn(std::string_view line, const char* bytes, size_t indent = 0) {
  size_t i = 0;
  while (i < indent && i < line.size() && line[i] == ' ') ++i;
  return i < line.size() && std::strchr(bytes, line[i]) != nullptr;
}

// FullMatch of `line` against a pattern with one capture, stored when
// `capture` is not null.
bool FullMatchOne(std::string_view line, const RE2& pattern, std::string* capture) {
  re2::StringPiece text(line.data(), line.size());
  return capture ? RE2::FullMatch(text, pattern, capture) : RE2::FullMatch(text, pattern);
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// "Name: value" with `name` including the colon -> *value = the rest,
// trimmed: the Vote and Authors lines.
bool MatchField(std::string_view line, std::string_view name, std::string* value) {
  if (line.substr(0, name.size()) != name) return false;
  if (value) value->assign(TrimSpace(line.substr(name.size())));
  return true;
}

// The number of '*' starting at `at`.
size_t StarsAt(std::string_view line, size_t at) {
  size_t end = line.find_first_not_of('*', at);
  return (end == std::string_view::npos ? line.size() : end) - at;
}

// Whether `c` is one of `marks` (never the NUL byte).
bool IsOneOf(char c, const char* marks) { return c != '\0' && std::strchr(marks, c) != nullptr; }

// A bullet's start: one of "-*+" and whitespace.
bool StartsBullet(std::string_view line) {
  return line.size() >= 2 && IsOneOf(line[0], "-*+") && IsSpace(line[1]);
}

}  // namespace

bool MatchDayHeader(std::string_view line, std::string* date) {
  return line.size() > 2 && line[0] == '#' && line[1] == '#' && IsSpace(line[2]) &&
         FullMatchOne(line, kDayHeader, date);
}

// Read without a pattern: "###", spaces, "[title](link)", spaces, where the
// link holds no ')' nor space and the title is everything before the last
// "](" that can start the link.
bool MatchPaperHeading(std::string_view line, std::string* title, std::string* url) {
  if (line.substr(0, 3) != "###") return false;
  size_t open = 3;  // the '[' before the title
  while (open < line.size() && IsSpace(line[open])) ++open;
  if (open == line.size() || line[open] != '[') return false;
  size_t close = line.size();  // the link's ')'
  while (close > open && IsSpace(line[close - 1])) --close;
  if (close < open + 4 || line[--close] != ')') return false;
  size_t link = close;  // the link cannot reach back past a ')' or space
  while (link > open + 1 && line[link - 1] != ')' && !IsSpace(line[link - 1])) --link;
  for (size_t p = close - 2; p + 1 > link; --p) {  // the last "](" at p >= link
    if (line[p] == ']' && line[p + 1] == '(') {
      if (title) title->assign(line.substr(open + 1, p - open - 1));
      if (url) url->assign(line.substr(p + 2, close - p - 2));
      return true;
    }
  }
  return false;
}

bool IsHeading(std::string_view line) {
  return LeadIn(line, "#") && FullMatchOne(line, kHeading, nullptr);
}

bool IsRule(std::string_view line) {
  // A rule holds one of "-*_", spaces and tabs only: summary bullets
  // ("- text") fail this before the pattern.
  size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || !IsOneOf(line[i], "-*_")) return false;
  for (char c : line.substr(i)) {
    if (c != line[i] && c != ' ' && c != '\t') return false;
  }
  return FullMatchOne(line, kRule, nullptr);
}

bool IsFence(std::string_view line) {
  return LeadIn(line, "`~", 3) && FullMatchOne(line, kFence, nullptr);
}

bool IsMedia(std::string_view line) {
  if (line.substr(0, 2) == "![") {  // "![alt](" and anything after; alt holds no ']'
    size_t alt_end = line.find(']', 2);
    return alt_end != std::string_view::npos && line.substr(alt_end + 1, 1) == "(";
  }
  return LeadIn(line, "<[") && FullMatchOne(line, kMedia, nullptr);
}

bool MatchVote(std::string_view line, std::string* value) {
  return MatchField(line, "Vote:", value);
}

bool MatchAuthors(std::string_view line, std::string* value) {
  return MatchField(line, "Authors:", value);
}

// Read without a pattern, as most summary lines are sections: a bullet,
// whitespace, 2 or 3 '*', the name (no '*'), 1 to 3 '*', then whitespace and
// ':' (the colon after); else, when the name ends in ':', the colon inside,
// with at most 3 of the '*' after it taken as the closing ones.
bool MatchSectionLine(std::string_view line, SectionLine* section) {
  if (!StartsBullet(line)) return false;
  size_t open_at = 1;
  while (open_at < line.size() && IsSpace(line[open_at])) ++open_at;
  size_t open = StarsAt(line, open_at);
  if (open < 2 || open > 3) return false;
  size_t name_at = open_at + open;
  size_t name_end = line.find('*', name_at);
  if (name_end == std::string_view::npos) return false;
  size_t close = StarsAt(line, name_end);
  size_t colon = name_end + close;
  while (colon < line.size() && IsSpace(line[colon])) ++colon;
  std::string_view name, rest;
  if (close <= 3 && colon < line.size() && line[colon] == ':') {
    name = line.substr(name_at, name_end - name_at);
    rest = line.substr(colon + 1);
  } else if (name_end > name_at + 1 && line[name_end - 1] == ':') {
    name = line.substr(name_at, name_end - 1 - name_at);
    close = std::min<size_t>(close, 3);
    rest = line.substr(name_end + close);
  } else {
    return false;
  }
  section->name = CollapseWhitespace(name);
  section->text = std::string(TrimWhitespace(rest));
  section->balanced = open == close;
  return true;
}

bool MatchBullet(std::string_view line, std::string* text) {
  if (!StartsBullet(line)) return false;
  text->assign(TrimWhitespace(line.substr(1)));
  return true;
}

}  // namespace papergraph
