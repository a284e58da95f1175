#include "fuzz/fuzz_support.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/utf8.h"

namespace papergraph::fuzz {

void Fail(const char* file, int line, const char* condition) {
  std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", file, line, condition);
  std::abort();
}

std::string DigestText(const uint8_t* data, size_t size) {
  std::string text;
  text.reserve(size);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] != '\r') {
      text += static_cast<char>(data[i]);
    } else if (i + 1 == size || data[i + 1] != '\n') {
      text += '\n';
    }
  }
  RepairUtf8(&text);
  return text;
}

void CheckReaderOutput(std::string_view text, const std::string& file,
                       const std::vector<PaperRecord>& records, const Diagnostics& diagnostics) {
  const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  for (const PaperRecord& r : records) {
    FUZZ_CHECK(!r.arxiv.empty());
    FUZZ_CHECK(r.file == file);
    FUZZ_CHECK(r.line >= 1 && r.line <= lines);
    FUZZ_CHECK(IsValidUtf8(r.arxiv) && IsValidUtf8(r.title) && IsValidUtf8(r.date));
    for (const std::string& author : r.authors) {
      FUZZ_CHECK(!author.empty() && IsValidUtf8(author));
    }
    for (const Section& s : r.sections) {
      FUZZ_CHECK(IsValidUtf8(s.name) && IsValidUtf8(s.text));
      FUZZ_CHECK(s.line >= 1 && s.line <= lines);
    }
  }
  for (const Diagnostic& d : diagnostics) {
    FUZZ_CHECK(d.file == file);
    FUZZ_CHECK(d.line >= 0 && d.line <= lines);
    FUZZ_CHECK(!d.message.empty());
  }
}

void FuzzReader(const uint8_t* data, size_t size, const DigestReader& read) {
  const std::string file = "fuzz/2024-06-19.md";
  std::string text = DigestText(data, size);
  Diagnostics diagnostics;
  std::vector<PaperRecord> records = read(text, file, &diagnostics);
  CheckReaderOutput(text, file, records, diagnostics);
}

PaperRecord RecordFromText(const uint8_t* data, size_t size) {
  std::string text = DigestText(data, size);
  PaperRecord record;
  record.arxiv = "2406.00001";
  record.date = "2024-06-19";
  record.file = "fuzz.md";
  record.line = 1;
  size_t end = text.find('\n');
  record.title = text.substr(0, end);
  int line = 2;
  while (end != std::string::npos) {
    size_t start = end + 1;
    end = text.find('\n', start);
    record.sections.push_back({"", text.substr(start, end - start), line++});
  }
  return record;
}

}  // namespace papergraph::fuzz
