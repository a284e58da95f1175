// What one line of a markdown digest (markdown_digest_reader.h) is: a day
// header, a paper heading, a Vote or Authors line, a summary section or
// bullet, a code fence, a rule, a media line. Pure functions, used by the
// reader's state machine, which decides what a line means where it stands.
//
// Each takes one line without its line end ('\n' and '\r' removed) and
// returns whether the line is of its kind, storing the parts it names in the
// pointers that are not null. The kinds of nearly every line (paper
// headings, Vote, Authors, sections, bullets, thumbnails) are read by hand,
// as the forms below say; the rare others by re2 patterns, which a cheap
// test of the line's first bytes keeps off long prose lines. "Whitespace"
// is that of the patterns' \s: space, tab, CR, LF and FF.
#ifndef PAPERGRAPH_EXTRACTORS_MARKDOWN_LINES_H_
#define PAPERGRAPH_EXTRACTORS_MARKDOWN_LINES_H_

#include <string>
#include <string_view>

namespace papergraph {

// "## Daily Papers (2024-06-19)" -> *date = "2024-06-19".
bool MatchDayHeader(std::string_view line, std::string* date);

// "### [Title](https://arxiv.org/abs/2406.11931)" -> *title, *url. The title
// runs to the LAST "](": "[IDK] Token](url)" gives "[IDK] Token". The link is
// not checked (see ArxivIdFromUrl).
bool MatchPaperHeading(std::string_view line, std::string* title, std::string* url);

// Any heading: one to six '#', then a space or the line's end.
bool IsHeading(std::string_view line);

// A thematic break: "---", "* * *", "___" (three or more; up to three spaces
// before).
bool IsRule(std::string_view line);

// A code fence that opens or closes a code block: "```" or "~~~" and
// anything after (up to three spaces before).
bool IsFence(std::string_view line);

// A thumbnail "![](...)", an HTML video/div/img/source tag, or a
// "[Watch Video](url)" / "[Watch Video]url" line.
bool IsMedia(std::string_view line);

// "Vote: 53" -> *value = "53"; "Vote: -" -> "-". Not checked to be a number.
bool MatchVote(std::string_view line, std::string* value);

// "Authors: A, B" -> *value = "A, B" (see ParseAuthorList).
bool MatchAuthors(std::string_view line, std::string* value);

// A named summary section: "- **Name**: text", "- ***Name***: text",
// "- **Name:** text", or unbalanced "- ***Name*: text" ('*' and '+' bullets
// too).
struct SectionLine {
  std::string name;       // whitespace collapsed
  std::string text;       // the rest of the line, trimmed
  bool balanced = false;  // as many '*' after the name as before it
};
bool MatchSectionLine(std::string_view line, SectionLine* section);

// A plain bullet "- text" ('*' and '+' too) -> *text = "text", trimmed.
bool MatchBullet(std::string_view line, std::string* text);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_MARKDOWN_LINES_H_
