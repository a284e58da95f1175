// Fuzzes ExtractResults (extractors/result_extractor.h) after
// ExtractEntities, on a record made of the input (title line, then summary
// lines). Properties: every score names a model and a benchmark, has a finite
// value written as text, and comes from a sentence; each (model, benchmark,
// value) is reported once.
#include <cmath>
#include <set>
#include <tuple>

#include "core/utf8.h"
#include "extractors/entity_extractor.h"
#include "extractors/result_extractor.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace papergraph;
  PaperRecord record = fuzz::RecordFromText(data, size);
  const Lexicon& lexicon = Lexicon::Builtin();
  Entities entities = ExtractEntities(record, lexicon);
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const ScoreResult& r : ExtractResults(record, entities, lexicon)) {
    FUZZ_CHECK(!r.model.empty() && !r.benchmark.empty());
    FUZZ_CHECK(std::isfinite(r.value) && !r.value_text.empty());
    FUZZ_CHECK(!r.evidence.empty() && IsValidUtf8(r.evidence));
    FUZZ_CHECK(IsValidUtf8(r.model) && IsValidUtf8(r.benchmark) &&
               IsValidUtf8(r.unit));
    FUZZ_CHECK(seen.insert({r.model, r.benchmark, r.value_text}).second);
  }
  return 0;
}
