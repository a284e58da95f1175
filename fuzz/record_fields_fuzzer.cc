// Fuzzes the field parsers of extractors/record_fields.h on the input as a
// reader would see it (valid UTF-8). Properties: an author list holds only
// non-empty valid names, never the "+" marker; an arXiv id read from a link
// reads back from the canonical abs link; a date from a path is YYYY-MM-DD.
#include "core/text.h"
#include "core/utf8.h"
#include "extractors/record_fields.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace papergraph;
  std::string text = fuzz::DigestText(data, size);

  AuthorList authors = ParseAuthorList(text);
  for (const std::string& name : authors.names) {
    FUZZ_CHECK(!name.empty() && name != "+" && IsValidUtf8(name));
    FUZZ_CHECK(name == NormalizeName(name));
  }

  std::string id;
  if (ArxivIdFromUrl(text, &id)) {
    FUZZ_CHECK(!id.empty());
    std::string again;
    FUZZ_CHECK(ArxivIdFromUrl("https://arxiv.org/abs/" + id, &again) && again == id);
  }

  std::string date = DateFromPath(text);
  if (!date.empty()) {
    FUZZ_CHECK(date.size() == 10 && date[4] == '-' && date[7] == '-');
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) FUZZ_CHECK(date[i] >= '0' && date[i] <= '9');
  }
  return 0;
}
