// Fuzzes ExtractEntities (extractors/entity_extractor.h) with the built-in
// lexicon on a record made of the input (title line, then summary lines).
// Properties: each canonical entity is mentioned once, with a non-empty valid
// UTF-8 name and surface, and every proposed name is among the mentions.
#include <set>

#include "core/utf8.h"
#include "extractors/entity_extractor.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace papergraph;
  PaperRecord record = fuzz::RecordFromText(data, size);
  Entities entities = ExtractEntities(record, Lexicon::Builtin());
  std::set<std::string> canonical;
  for (const Mention& m : entities.mentions) {
    FUZZ_CHECK(!m.canonical.empty() && !m.surface.empty());
    FUZZ_CHECK(IsValidUtf8(m.canonical) && IsValidUtf8(m.surface));
    FUZZ_CHECK(canonical.insert(m.canonical).second);
  }
  for (const std::string& name : entities.proposes) FUZZ_CHECK(canonical.count(name) == 1);
  return 0;
}
