// DotQuote: turns arbitrary bytes into one Graphviz DOT double-quoted string,
// usable as a node id, a label or any attribute value.
//
// Contract: the result always starts and ends with '"' (so DOT keywords such
// as node, edge, graph, digraph, subgraph and strict are plain strings) and
// is valid UTF-8 that Graphviz reads without warnings:
//   "  -> \"        \ -> \\   (so a trailing backslash cannot escape the
//                               closing quote, and label escapes such as \N
//                               in the text stay literal)
//   LF -> \n (a centred line break in labels)     CR -> dropped
//   other C0 controls, DEL and invalid UTF-8 -> U+FFFD     TAB -> kept
//
//   DotQuote("say \"hi\"\\") == R"("say \"hi\"\\")"
//   DotQuote("node")         == R"("node")"
#ifndef PAPERGRAPH_EXPORTERS_DOT_ESCAPE_H_
#define PAPERGRAPH_EXPORTERS_DOT_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace papergraph {

std::string DotQuote(std::string_view text);

// The same, appended to *out.
void AppendDotQuoted(std::string_view text, std::string* out);

// The most bytes the quoted form of `size` bytes of text takes (a control
// byte or an invalid one becomes the 3 bytes of U+FFFD).
constexpr size_t DotQuotedMaxSize(size_t size) { return 3 * size + 2; }

// The same, written at `out`, which has room for DotQuotedMaxSize(text.size())
// bytes; returns the end of what it wrote.
char* WriteDotQuoted(std::string_view text, char* out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_DOT_ESCAPE_H_
