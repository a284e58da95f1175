// ExtractPaper: one paper record through every extractor, the entities
// (names mentioned and proposed) and then the scores that need them.
//
//   ExtractedPaper p = ExtractPaper(std::move(record), Lexicon::Builtin());
//   p.mentions, p.proposes, p.results
#ifndef PAPERGRAPH_EXTRACTORS_PAPER_EXTRACTION_H_
#define PAPERGRAPH_EXTRACTORS_PAPER_EXTRACTION_H_

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

ExtractedPaper ExtractPaper(PaperRecord record, const Lexicon& lexicon);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_PAPER_EXTRACTION_H_
