// Text normalisation shared by every stage: control characters, Unicode
// NFC, whitespace collapsing, the folded matching key. All functions are
// pure and take and return UTF-8 (core/utf8.h checks and repairs it; node
// ids are core/node_id.h).
#ifndef PAPERGRAPH_CORE_TEXT_H_
#define PAPERGRAPH_CORE_TEXT_H_

#include <string>
#include <string_view>

namespace papergraph {

// Replaces C0 control characters other than tab and newline, and DEL, with
// U+FFFD (they cannot be written to XML 1.0). Returns how many were replaced.
int ReplaceControlChars(std::string* text);

// The offset of the first character at or after `from` that
// ReplaceControlChars would replace, or std::string_view::npos when there is
// none: lets a reader copy only the lines that need it.
size_t FindControlChar(std::string_view text, size_t from = 0);

// Unicode NFC of valid UTF-8 (utf8proc). Returns `text` unchanged when it is
// already NFC or not valid UTF-8.
std::string Nfc(std::string_view text);

// `text` without the ASCII whitespace at both ends.
std::string_view TrimWhitespace(std::string_view text);

// Collapses every run of ASCII whitespace to one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

// The form two person names must share to be one author: NFC, whitespace
// collapsed.
std::string NormalizeName(std::string_view name);

// The matching key of the gold guidelines: lower case, only letters and
// digits kept ("LLaMA-2" -> "llama2"). Non-ASCII letters and digits are kept,
// case-folded by utf8proc.
std::string FoldKey(std::string_view text);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_TEXT_H_
