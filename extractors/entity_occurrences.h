// Entity occurrences: where in one sentence the paper's entities are
// written, and the sentence "masked" for pattern matching (see
// extractors/score_numbers.h). Used by the result extractor.
//
// A written form is the mention's surface, its canonical name or one of the
// lexicon's aliases, matched case-sensitively and not glued to Latin letters
// or digits on either side ("MMLU" is not found in "MMLU-Pro" or "MMLUs",
// "HumanEval" not in "HumanEval+").
// Longer forms win where two overlap.
#ifndef PAPERGRAPH_EXTRACTORS_ENTITY_OCCURRENCES_H_
#define PAPERGRAPH_EXTRACTORS_ENTITY_OCCURRENCES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

struct Occurrence {
  size_t begin = 0, end = 0;
  const Mention* mention = nullptr;  // points into the `mentions` given
};

// Every occurrence of the `mentions` in `sentence`, sorted by position and
// not overlapping.
std::vector<Occurrence> FindOccurrences(std::string_view sentence,
                                        const std::vector<Mention>& mentions,
                                        const Lexicon& lexicon);

// `sentence` with the bytes of each occurrence replaced by kBenchmarkMask
// (benchmarks) or kModelMask (models and methods).
std::string MaskOccurrences(std::string_view sentence, const std::vector<Occurrence>& found);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_ENTITY_OCCURRENCES_H_
