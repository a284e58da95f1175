// Fuzzes ReadTableDigest (extractors/table_digest_reader.h): never crashes, and every
// record and diagnostic it gives has the properties CheckReaderOutput checks.
#include "extractors/table_digest_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  papergraph::fuzz::FuzzReader(data, size, papergraph::ReadTableDigest);
  return 0;
}
