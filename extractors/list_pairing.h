// List pairing for the result extractor: a list of numbers paired in order
// with a list of benchmarks written in the same sentence.
//
//   "HumanEval 및 MBPP에서 각각 70.53%와 80.92%"       (각각: the last k benchmarks
//                                                     before the k numbers)
//   "88.1% and 95.3% on MMLU and GSM8K, respectively" (the k benchmarks after)
//   "MATH 및 ARC-Challenge에서 55.89 및 95.8"          (no marker: only when the
//                                                     benchmarks are one list)
//
// A list of numbers is a run joined by ",", "및", "와"/"과", "and", "or" or
// "/"; a list of benchmarks is a run of adjacent benchmark occurrences joined
// the same way (a citation in parentheses may follow each). "각각" must
// come shortly before the numbers, "respectively" after them.
#ifndef PAPERGRAPH_EXTRACTORS_LIST_PAIRING_H_
#define PAPERGRAPH_EXTRACTORS_LIST_PAIRING_H_

#include <string_view>
#include <vector>

#include "extractors/entity_occurrences.h"
#include "extractors/score_numbers.h"

namespace papergraph {

constexpr size_t kNoPair = static_cast<size_t>(-1);

// For each of `numbers`, the index in `found` of the benchmark it pairs
// with, or kNoPair. `masked` is the sentence as MaskOccurrences gives it.
std::vector<size_t> PairListsInOrder(std::string_view masked, const std::vector<Occurrence>& found,
                                     const std::vector<ScoreNumber>& numbers);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_LIST_PAIRING_H_
