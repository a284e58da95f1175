// Result extraction: numeric scores that a sentence ties to a named
// benchmark, with the model that scored them. A pure function.
#ifndef PAPERGRAPH_EXTRACTORS_RESULT_EXTRACTOR_H_
#define PAPERGRAPH_EXTRACTORS_RESULT_EXTRACTOR_H_

#include <vector>

#include "core/paper_record.h"
#include "extractors/entity_extractor.h"
#include "extractors/lexicon.h"

namespace papergraph {

// Finds the scores in `paper`'s summary. `entities` are the paper's entities
// (the proposed system scores where a sentence names no model).
std::vector<ScoreResult> ExtractResults(const PaperRecord& paper, const Entities& entities,
                                        const Lexicon& lexicon);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_RESULT_EXTRACTOR_H_
