// Score models: who scored a number in a sentence, for the result extractor
// (extractors/result_extractor.h has the rules in order). ScoreSentence is
// one sentence as the result extractor's parts see it.
//
//   owner    the model written with the number: "GPT-4o(50.2%)", "GPT-4o: 50.2",
//            "DeepSeek-Prover-V1의 50.0%", "2.27 for DiT";
//   subject  Korean: the last name before the number marked 은/는/이/가/조차도/
//            에서는 (a model, or a proposed entity of any kind), with the names
//            listed before it ("o1, o1-preview 모델은" gives both); English: the
//            last name before the number not introduced by "than", "over",
//            "compared to", "using", "such as"...;
//   proposed the paper's first proposed model or method.
// A subject the entities do not include ("RaceVLA는") takes the score away
// from the known names and the proposed system (nothing is returned), unless
// it is a variant of a proposed name ("InverseCoder-DS-6.7B").
#ifndef PAPERGRAPH_EXTRACTORS_SCORE_MODELS_H_
#define PAPERGRAPH_EXTRACTORS_SCORE_MODELS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractors/entity_occurrences.h"
#include "extractors/score_numbers.h"

namespace papergraph {

// One sentence with everything the rules look at.
struct ScoreSentence {
  std::string_view text;
  std::string masked;                // MaskOccurrences(text, found)
  std::vector<Occurrence> found;     // FindOccurrences
  std::vector<ScoreNumber> numbers;  // FindScoreNumbers(masked)

  std::string_view Between(size_t from, size_t to) const {
    return std::string_view(masked).substr(from, to - from);
  }
  bool IsBenchmark(const Occurrence& o) const { return o.mention->kind == EntityKind::kBenchmark; }
};

// What the paper proposes, as the rules need it.
struct ProposedSystem {
  std::vector<std::string> names;  // canonical names of every proposed entity
  std::string default_model;       // the first proposed model or method, or ""
};

// How a score's model was found.
enum class ModelSource { kOwner, kSubject, kProposed };

// The models that scored `n` (canonical names; empty when none can be named)
// and, in *source, how they were found.
std::vector<std::string> ModelsOfScore(const ScoreSentence& s, const ScoreNumber& n,
                                       const ProposedSystem& proposed, ModelSource* source);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_SCORE_MODELS_H_
