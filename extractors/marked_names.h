// Marked names: the names of models, methods and benchmarks that the
// lexicon does not know, found where the text marks them as names, with the
// kind that the marking (or GuessKind, extractors/kind_guess.h) gives. Used
// by the entity extractor (extractors/entity_extractor.h) and the proposals
// finder (extractors/proposals.h). Pure functions of the record and the
// lexicon.
//
// A name is marked
//   - in parentheses after its description:   직접 선호 최적화(DPO),
//     Group Relative Policy Optimization (GRPO), (HPT, Hierarchical ...)
//   - before its expansion in parentheses:    KEEN(Knowledge Estimation of ENtities)
//   - next to a cue word:                     MathVerse 벤치마크, the FooQA dataset,
//     벤치마크인 'HarmEval', NoIntentEdit라는 새로운 데이터셋
// and taken only when IsUnknownName (extractors/name_shape.h) says it may be one.
#ifndef PAPERGRAPH_EXTRACTORS_MARKED_NAMES_H_
#define PAPERGRAPH_EXTRACTORS_MARKED_NAMES_H_

#include <vector>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

// A name the text marks as one, with where it was found.
struct MarkedName {
  Mention mention;
  bool introduced = false;  // defined with its expansion: "Name (Expansion)" or the reverse
  size_t section = 0;       // index in paper.sections
  size_t offset = 0;        // byte offset of the name in that text
};

// Every name `paper` marks by parentheses or cue words (see above) that the
// lexicon does not know, in text order; a name may repeat.
std::vector<MarkedName> FindMarkedNames(const PaperRecord& paper, const Lexicon& lexicon);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_MARKED_NAMES_H_
