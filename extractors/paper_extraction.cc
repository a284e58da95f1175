#include "extractors/paper_extraction.h"

#include <utility>

#include "extractors/entity_extractor.h"
#include "extractors/result_extractor.h"

namespace papergraph {

ExtractedPaper ExtractPaper(PaperRecord record, const Lexicon& lexicon) {
  ExtractedPaper p;
  p.record = std::move(record);
  Entities entities = ExtractEntities(p.record, lexicon);
  p.results = ExtractResults(p.record, entities, lexicon);
  p.mentions = std::move(entities.mentions);
  p.proposes = std::move(entities.proposes);
  return p;
}

}  // namespace papergraph
