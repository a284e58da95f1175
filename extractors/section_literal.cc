#include "extractors/section_literal.h"

#include <string>
#include <utility>

#include "core/text.h"
#include "extractors/python_literal.h"

namespace papergraph {

void DecodeSectionLiteral(Section* section, FileDiagnostics* diagnostics) {
  const std::string& t = section->text;
  bool looks_literal = t.size() >= 2 && (t[0] == '[' || t[0] == '{') &&
                       (t[1] == '\'' || t[1] == '"' || t[1] == '{');
  if (!looks_literal) return;
  PythonLiteral literal;
  if (!ParsePythonLiteral(t, &literal)) {
    diagnostics->Report(Diagnostic::Severity::kNote, section->line,
                        "section text looks like a Python literal but does not parse; "
                        "kept as written");
    return;
  }
  std::string joined;
  for (const std::string& v : literal.strings) {
    if (!joined.empty()) joined += '\n';
    joined += TrimWhitespace(v);
  }
  if (ReplaceControlChars(&joined) > 0) {
    diagnostics->Report(Diagnostic::Severity::kWarning, section->line,
                        "control character(s) written as escapes replaced by U+FFFD");
  }
  section->text = std::move(joined);
}

}  // namespace papergraph
