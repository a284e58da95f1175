// Summary sections that a script wrote as a Python literal instead of text,
// as some digests do: "- **Code**: [{'code': 'a = 1', 'text': 'done'}]".
// Decoding turns such a section's text into its string values.
#ifndef PAPERGRAPH_EXTRACTORS_SECTION_LITERAL_H_
#define PAPERGRAPH_EXTRACTORS_SECTION_LITERAL_H_

#include "core/paper_record.h"
#include "extractors/file_diagnostics.h"

namespace papergraph {

// When section->text starts like a list or dict of strings ("['", "[\"",
// "[{", "{'", ...) and parses as a Python literal (python_literal.h), replaces
// it by the literal's string values, trimmed, one a line; control characters
// the literal wrote as escapes become U+FFFD, with a warning. Text that starts
// so but does not parse is kept, with a note; any other text is left alone.
// Reports at section->line.
void DecodeSectionLiteral(Section* section, FileDiagnostics* diagnostics);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_SECTION_LITERAL_H_
