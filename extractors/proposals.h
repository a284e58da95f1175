// Proposals: which models, methods and benchmarks a paper itself introduces
// (the gold's `proposes`). A pure function of the record, the lexicon and the
// names the text marks (extractors/marked_names.h).
//
// A name is proposed when
//   1. it is the title prefix "Name: rest of title" and reads as a name
//      (known to the lexicon, or IsNameLike);
//   2. the summary introduces it: a name-shaped word, a particle and, within
//      the same sentence, an introducing verb ("MoSLoRA를 제안합니다",
//      "KEEN(...)이라는 ... 방법을 소개"), or "we propose/introduce/present
//      Name" in English;
//   3. it is marked with its expansion or a cue word in a sentence that says
//      it is new or introduced ("새로운 벤치마크인 'HarmEval'을 제안",
//      "Activation-Informed Merging (AIM) 방법을 소개");
//   4. it opens two or more sentences of the summary as their subject
//      ("AStar는 ...", "AStar achieves ...") and the lexicon does not know it.
#ifndef PAPERGRAPH_EXTRACTORS_PROPOSALS_H_
#define PAPERGRAPH_EXTRACTORS_PROPOSALS_H_

#include <vector>

#include "core/paper_record.h"
#include "extractors/lexicon.h"
#include "extractors/marked_names.h"

namespace papergraph {

// The proposed entities of `paper`, each once (by folded name), title prefix
// first. Each Mention's canonical name is the lexicon's when it knows the
// name, else the name as written; its kind is the lexicon's, the kind the
// marking cue gives, or GuessKind's.
std::vector<Mention> FindProposals(const PaperRecord& paper, const Lexicon& lexicon,
                                   const std::vector<MarkedName>& marked);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_PROPOSALS_H_
