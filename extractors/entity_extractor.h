// Entity extraction: which models, methods and benchmarks a paper names,
// and which of them it proposes. A pure function of a PaperRecord and a
// Lexicon; patterns are compiled once.
#ifndef PAPERGRAPH_EXTRACTORS_ENTITY_EXTRACTOR_H_
#define PAPERGRAPH_EXTRACTORS_ENTITY_EXTRACTOR_H_

#include <string>
#include <vector>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

struct Entities {
  std::vector<Mention> mentions;      // each canonical entity once, in order of first mention
  std::vector<std::string> proposes;  // canonical names; each is also in mentions
};

// Finds the entities of `paper` (title and summary).
Entities ExtractEntities(const PaperRecord& paper, const Lexicon& lexicon);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_ENTITY_EXTRACTOR_H_
