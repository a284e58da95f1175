// Sentence splitting for the result extractor: cuts a summary into the
// sentences that a score and its benchmark must share. A sentence ends at a
// line end, and at '.', '!' or '?' followed by a space, a quote or the end of
// the text -- not at a decimal point ("90.2"), nor after a common
// abbreviation ("e.g.", "i.e.", "et al.", "vs.", "Fig.", "cf.", "approx.").
// Pure; the returned views point into `text`.
#ifndef PAPERGRAPH_EXTRACTORS_SENTENCE_SPLITTER_H_
#define PAPERGRAPH_EXTRACTORS_SENTENCE_SPLITTER_H_

#include <string>
#include <string_view>
#include <vector>

namespace papergraph {

// The sentences of `text`, in order, each with surrounding spaces trimmed;
// pieces without a letter or digit are dropped.
std::vector<std::string_view> SplitSentences(std::string_view text);

// A sentence as evidence: without the bullet and section-name prefix a
// digest puts before it ("- **Performance Highlights**: ") or the quoting
// of a summary written as a Python dict ("'code': '"), whitespace collapsed.
std::string EvidenceText(std::string_view sentence);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_SENTENCE_SPLITTER_H_
