// A reader for the Python literals that digests contain where a script wrote
// repr() of its data instead of markdown:
//
//   Authors: ['Ann Lee', "Bo O'Neil", '+']
//   - **Summary**: [{'code': 'a = 1', 'text': 'caf\xe9 \u2014 done'}]
//
// Accepted: str literals in ' or " quotes; lists [..], tuples (..) and dicts
// {key: value, ..} of them, nested, with an optional trailing comma, spaces,
// tabs and newlines between tokens. Escapes are those repr() writes: \n \t \r
// \\ \' \" and \xHH \uHHHH \UHHHHHHHH (exactly that many hex digits, a valid
// code point; surrogates are refused), written out as UTF-8. Any other escape
// is kept as written, backslash included, as Python does. Refused: numbers,
// names (True, None), bare words, adjacent strings ('a' 'b'), a raw newline
// inside a string, an unterminated string or container, text after the value,
// and any value inside more than kMaxPythonLiteralDepth containers (so hostile
// input cannot exhaust the stack).
//
// The result is the str values in document order: list and tuple items, dict
// VALUES (keys are checked but dropped), or the one str when the whole text is
// a str. Failure is observable only through the return value, never an
// exception, and leaves an empty result:
//
//   PythonLiteral literal;
//   if (ParsePythonLiteral("['A', 'B']", &literal) && literal.IsFlatList()) {
//     // literal.strings == {"A", "B"}
//   }
#ifndef PAPERGRAPH_EXTRACTORS_PYTHON_LITERAL_H_
#define PAPERGRAPH_EXTRACTORS_PYTHON_LITERAL_H_

#include <string>
#include <string_view>
#include <vector>

namespace papergraph {

// The deepest container nesting accepted: "[[...['x']...]]" with at most
// this many brackets around the innermost str.
constexpr int kMaxPythonLiteralDepth = 16;

struct PythonLiteral {
  std::vector<std::string> strings;  // str values in order; dict keys dropped
  bool nested = false;               // a container inside another one
  bool has_dict = false;             // a dict anywhere

  // A list, tuple or single str holding only strs: "['A', 'B']".
  bool IsFlatList() const { return !nested && !has_dict; }
};

// Parses all of `text` (surrounding whitespace allowed) as one literal into
// *literal. Returns false, with *literal reset to empty, when `text` is not
// exactly one literal of the accepted grammar.
bool ParsePythonLiteral(std::string_view text, PythonLiteral* literal);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_PYTHON_LITERAL_H_
