#include "extractors/input_limits.h"

namespace papergraph {
namespace {

void Warn(const std::string& file, int line, std::string message, Diagnostics* diagnostics) {
  diagnostics->push_back({Diagnostic::Severity::kWarning, file, line, std::move(message)});
}

// The largest n <= max at which `line` can be cut without splitting a UTF-8
// character.
size_t CharBoundary(std::string_view line, size_t max) {
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

void CutLongLines(const std::string& file, size_t max_bytes, std::string* text,
                  Diagnostics* diagnostics) {
  std::string out;
  size_t start = 0;
  int number = 1;
  bool cut = false;
  while (start <= text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string_view line(text->data() + start, end - start);
    if (line.size() > max_bytes) {
      if (!cut) out.assign(*text, 0, start);
      cut = true;
      size_t keep = CharBoundary(line, max_bytes);
      Warn(file, number,
           "line of " + std::to_string(line.size()) + " bytes cut to " + std::to_string(keep) +
               " (--max-line-kb " + std::to_string(max_bytes / 1024) + ")",
           diagnostics);
      line = line.substr(0, keep);
    }
    if (cut) {
      out += line;
      if (end < text->size()) out += '\n';
    }
    start = end + 1;
    ++number;
  }
  if (cut) text->swap(out);
}

void LimitAuthorLists(int max_authors, std::vector<PaperRecord>* records,
                      Diagnostics* diagnostics) {
  for (PaperRecord& r : *records) {
    if (r.authors.size() <= static_cast<size_t>(max_authors)) continue;
    Warn(r.file, r.line,
         "paper " + r.arxiv + " lists " + std::to_string(r.authors.size()) +
             " authors; the first " + std::to_string(max_authors) +
             " kept (--max-author-list), the list marked truncated",
         diagnostics);
    r.authors.resize(max_authors);
    r.authors_truncated = true;
  }
}

void LimitPapers(int max_papers, std::vector<ExtractedPaper>* papers, Diagnostics* diagnostics) {
  if (papers->size() <= static_cast<size_t>(max_papers)) return;
  const PaperRecord& first = (*papers)[max_papers].record;
  Warn(first.file, first.line,
       "more than " + std::to_string(max_papers) + " papers (--max-papers); this one and the " +
           std::to_string(papers->size() - max_papers - 1) + " after it dropped",
       diagnostics);
  papers->resize(max_papers);
}

}  // namespace papergraph
