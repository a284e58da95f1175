// Result extraction: numeric scores that a sentence ties to a named
// benchmark, with the model that scored them. A pure function; the rules,
// with examples, are in docs/extraction.md ("Scores").
//
// Per sentence (extractors/sentence_splitter.h): the paper's entities are
// located (extractors/entity_occurrences.h), its numbers classified
// (extractors/score_numbers.h: changes, bounds, earlier values and counts are
// no scores), and each remaining score is tied to
//   - a benchmark: lists paired in order (extractors/list_pairing.h); else the
//     one it is written "on" ("90.2% on HumanEval"); else the nearest one
//     before it, when written right before it ("MMLU에서 79.2%",
//     "HumanEval(90.2%)", "HumanEval: 90.2") or when the sentence calls the
//     number a score (a metric, "정확도", "accuracy", "기록", "달성");
//     else, when a named model scored it and the paper proposes exactly one
//     benchmark, that benchmark;
//   - a model (extractors/score_models.h): the one written with it
//     ("GPT-4o(50.2%)", "2.27 for DiT"); else
//     the sentence's subject (Korean: the name marked 은/는/이/가/에서는,
//     with the names listed before it; English: the last name before it not
//     introduced by "than", "over", "compared to", "using"...); else the
//     paper's first proposed model or method.
// Each (model, benchmark, value) is reported once per paper.
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
