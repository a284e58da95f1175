// What the libFuzzer targets of fuzz/ share: FUZZ_CHECK, which turns a broken
// property into a crash that libFuzzer reports and saves, the text a digest
// reader is promised (see ReadDigestFile), and the properties every reader's
// output must have whatever its input.
#ifndef PAPERGRAPH_FUZZ_FUZZ_SUPPORT_H_
#define PAPERGRAPH_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

#define FUZZ_CHECK(condition)                                                  \
  do {                                                                         \
    if (!(condition)) papergraph::fuzz::Fail(__FILE__, __LINE__, #condition);  \
  } while (0)

namespace papergraph::fuzz {

// Prints "file:line: FUZZ_CHECK failed: condition" and aborts.
[[noreturn]] void Fail(const char* file, int line, const char* condition);

// The fuzzer's bytes as ReadDigestFile hands them to a reader: CR and CRLF
// become LF, invalid UTF-8 becomes U+FFFD.
std::string DigestText(const uint8_t* data, size_t size);

// Checks what every digest reader promises: records with an arXiv id, valid
// UTF-8 fields, the file name given and a line inside the text; diagnostics
// with the file name and a line inside the text.
void CheckReaderOutput(std::string_view text, const std::string& file,
                       const std::vector<PaperRecord>& records, const Diagnostics& diagnostics);

// Runs `read` on the fuzzer's bytes (as DigestText) and checks its output.
using DigestReader = std::function<std::vector<PaperRecord>(std::string_view, const std::string&,
                                                            Diagnostics*)>;
void FuzzReader(const uint8_t* data, size_t size, const DigestReader& read);

// A record made of the fuzzer's bytes (as DigestText): the first line is the
// title, each further line one summary bullet.
PaperRecord RecordFromText(const uint8_t* data, size_t size);

}  // namespace papergraph::fuzz

#endif  // PAPERGRAPH_FUZZ_FUZZ_SUPPORT_H_
