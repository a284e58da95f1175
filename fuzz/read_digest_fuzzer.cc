// Fuzzes ReadDigest with format detection (extractors/digest_formats.h), the
// entry point every file goes through: never crashes, and its records and
// diagnostics have the properties CheckReaderOutput checks.
#include "extractors/digest_formats.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  papergraph::fuzz::FuzzReader(
      data, size, [](std::string_view text, const std::string& file, papergraph::Diagnostics* d) {
        return papergraph::ReadDigest(text, file, "auto", d);
      });
  return 0;
}
