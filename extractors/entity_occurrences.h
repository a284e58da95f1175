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

// The forms a mention may be written in: its surface, its canonical name,
// then the lexicon's aliases of it, empty ones left out.
struct MentionForms {
  const Mention* mention = nullptr;
  std::vector<std::string_view> forms;  // view into the mention and the lexicon
};

// The forms of each of `mentions`, in their order: what FindOccurrences
// looks for, worked out once for all the sentences of a paper.
std::vector<MentionForms> FormsOf(const std::vector<Mention>& mentions, const Lexicon& lexicon);

// Every occurrence of the mentions of `forms` in `sentence`, sorted by
// position and not overlapping.
std::vector<Occurrence> FindOccurrences(std::string_view sentence,
                                        const std::vector<MentionForms>& forms);

// The same for `mentions`, their forms read from `lexicon`.
inline std::vector<Occurrence> FindOccurrences(std::string_view sentence,
                                               const std::vector<Mention>& mentions,
                                               const Lexicon& lexicon) {
  return FindOccurrences(sentence, FormsOf(mentions, lexicon));
}

// `sentence` with the bytes of each occurrence replaced by kBenchmarkMask
// (benchmarks) or kModelMask (models and methods).
std::string MaskOccurrences(std::string_view sentence, const std::vector<Occurrence>& found);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_ENTITY_OCCURRENCES_H_
