#include "extractors/markdown_lines.h"

#include <re2/re2.h>

#include <cstring>

#include "core/text.h"

namespace papergraph {
namespace {

// Matched with RE2::FullMatch (or Consume, for the line starts) against a
// whole line.
const RE2 kDayHeader(R"(##\s+Daily Papers\s*\((\d{4}-\d{2}-\d{2})\)\s*)");
// The greedy title takes the LAST "](" before the link.
const RE2 kPaperHeading(R"(###\s*\[(.*)\]\(([^)\s]*)\)\s*)");
const RE2 kHeading(R"(#{1,6}(?:\s.*)?)");
const RE2 kRule(R"( {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}))");
const RE2 kFence(R"( {0,3}(?:```|~~~).*)");
const RE2 kMedia(
    R"((?i)(?:!\[[^\]]*\]\(.*|<(?:video|div|img|source|/video|/div)\b.*|\[Watch Video\].*))");
const RE2 kVote(R"(Vote:\s*(.*?)\s*)");
const RE2 kAuthors(R"(Authors:\s*(.*?)\s*)");
// The start of a section line, before its text: "- **Name**: ", "- ***Name***: ",
// unbalanced "- ***Name*: " ...
const RE2 kSectionColonAfter(R"([-*+]\s+(\*{2,3})([^*]+?)(\*{1,3})\s*:\s*)");
// ... and "- **Name:** ".
const RE2 kSectionColonInside(R"([-*+]\s+(\*{2,3})([^*]+?):(\*{1,3})\s*)");
const RE2 kBullet(R"([-*+]\s+)");

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

}  // namespace

bool MatchDayHeader(std::string_view line, std::string* date) {
  return LeadIn(line, "#") && FullMatchOne(line, kDayHeader, date);
}

bool MatchPaperHeading(std::string_view line, std::string* title, std::string* url) {
  return LeadIn(line, "#") &&
         RE2::FullMatch(re2::StringPiece(line.data(), line.size()), kPaperHeading, title, url);
}

bool IsHeading(std::string_view line) {
  return LeadIn(line, "#") && FullMatchOne(line, kHeading, nullptr);
}

bool IsRule(std::string_view line) {
  return LeadIn(line, "-*_", 3) && FullMatchOne(line, kRule, nullptr);
}

bool IsFence(std::string_view line) {
  return LeadIn(line, "`~", 3) && FullMatchOne(line, kFence, nullptr);
}

bool IsMedia(std::string_view line) {
  return LeadIn(line, "!<[") && FullMatchOne(line, kMedia, nullptr);
}

bool MatchVote(std::string_view line, std::string* value) {
  return LeadIn(line, "V") && FullMatchOne(line, kVote, value);
}

bool MatchAuthors(std::string_view line, std::string* value) {
  return LeadIn(line, "A") && FullMatchOne(line, kAuthors, value);
}

bool MatchSectionLine(std::string_view line, SectionLine* section) {
  if (!LeadIn(line, "-*+")) return false;
  std::string open, name, close;
  re2::StringPiece rest(line.data(), line.size());
  if (!RE2::Consume(&rest, kSectionColonAfter, &open, &name, &close)) {
    rest = re2::StringPiece(line.data(), line.size());
    if (!RE2::Consume(&rest, kSectionColonInside, &open, &name, &close)) return false;
  }
  section->name = CollapseWhitespace(name);
  section->text = std::string(TrimWhitespace(std::string_view(rest.data(), rest.size())));
  section->balanced = open.size() == close.size();
  return true;
}

bool MatchBullet(std::string_view line, std::string* text) {
  re2::StringPiece rest(line.data(), line.size());
  if (!LeadIn(line, "-*+") || !RE2::Consume(&rest, kBullet)) return false;
  *text = std::string(TrimWhitespace(std::string_view(rest.data(), rest.size())));
  return true;
}

}  // namespace papergraph
