// Text normalisation shared by every stage: UTF-8 repair, Unicode NFC,
// whitespace collapsing, the folded matching key, and readable node ids.
// All functions are pure and take and return UTF-8.
#ifndef PAPERGRAPH_CORE_TEXT_H_
#define PAPERGRAPH_CORE_TEXT_H_

#include <string>
#include <string_view>

namespace papergraph {

// Replaces every invalid UTF-8 sequence (bad lead byte, truncated sequence,
// overlong form, surrogate, code point above U+10FFFF) with U+FFFD. Returns
// the number of replacements; 0 means `text` was valid and is unchanged.
int RepairUtf8(std::string* text);

// Whether `text` is valid UTF-8 (RepairUtf8 would leave it unchanged).
bool IsValidUtf8(std::string_view text);

// `text` itself when it is valid UTF-8 (the common case, no copy), else a
// repaired copy kept in *storage. Adds the replacements to *replaced when
// it is not null. For writers that escape what they are given.
std::string_view ValidUtf8(std::string_view text, std::string* storage, int* replaced = nullptr);

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

// A readable, injective XML name token for a node: "<kind>:<escaped name>".
// Letters and digits (any script) and '-' are kept, a space becomes '_', and
// every other byte becomes ".XX" (upper-case hex of each UTF-8 byte), so that
// ids are valid xs:NMTOKEN and two different names never share an id.
//   NodeId("author", "Y. Wu") == "author:Y.2E_Wu"
std::string NodeId(std::string_view kind, std::string_view name);
// The same id, written over *out (whose storage is reused).
void NodeIdInto(std::string_view kind, std::string_view name, std::string* out);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_TEXT_H_
