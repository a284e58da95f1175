// XmlEscape: turns arbitrary bytes into text that is safe inside an XML 1.0
// element or a double- or single-quoted attribute value.
//
// Contract: the result is well-formed UTF-8 containing only characters that
// XML 1.0 allows, and reads back (after the parser expands entities) as the
// input with every forbidden character replaced by U+FFFD:
//   & < > " '                -> &amp; &lt; &gt; &quot; &apos;
//   CR                       -> &#13; (so parsers do not turn it into LF)
//   C0 controls except TAB, LF and CR, U+FFFE, U+FFFF and every invalid
//   UTF-8 sequence           -> U+FFFD, counted in *replaced
//   TAB, LF, DEL and all other characters are kept as they are.
// Note that a parser normalises TAB and LF inside attribute values to spaces;
// writers put free text into elements and only name tokens into attributes.
//
//   int bad = 0;
//   XmlEscape("a<b\x01", &bad) == "a&lt;b\uFFFD" && bad == 1
#ifndef PAPERGRAPH_EXPORTERS_XML_ESCAPE_H_
#define PAPERGRAPH_EXPORTERS_XML_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace papergraph {

// The most bytes the escaped form of `size` bytes of text takes ("\"" is
// "&quot;").
constexpr size_t XmlEscapedMaxSize(size_t size) { return 6 * size; }

// Writes the escaped text at `out`, which has room for
// XmlEscapedMaxSize(text.size()) bytes, and returns the end of what it wrote.
// When `replaced` is not null, adds to *replaced the number of characters (or
// invalid sequences) that became U+FFFD.
char* WriteXmlEscaped(std::string_view text, char* out, int* replaced = nullptr);

// The same, appended to *out.
void AppendXmlEscaped(std::string_view text, std::string* out, int* replaced = nullptr);

// The same, returned.
std::string XmlEscape(std::string_view text, int* replaced = nullptr);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_XML_ESCAPE_H_
