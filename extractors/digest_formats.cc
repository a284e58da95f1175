#include "extractors/digest_formats.h"

#include "extractors/hf_api_reader.h"
#include "extractors/markdown_digest_reader.h"
#include "extractors/record_fields.h"
#include "extractors/table_digest_reader.h"

namespace papergraph {
namespace {

struct Format {
  const char* name;
  bool (*looks_like)(std::string_view text);
  std::vector<PaperRecord> (*read)(std::string_view text, const std::string& file,
                                   Diagnostics* diagnostics);
};

// In detection order: JSON is unambiguous; a markdown digest may contain a
// table, a table digest has no "### [" paper headings.
constexpr Format kFormats[] = {
    {"json", LooksLikeJson, ReadHfApiJson},
    {"markdown", LooksLikeMarkdownDigest, ReadMarkdownDigest},
    {"table", LooksLikeTableDigest, ReadTableDigest},
};

// Listing dates that name no calendar day ("2024-02-30", a file named
// 2024-06-80.md) are dropped with a warning: the outputs type dates as
// xsd:date.
void DropImpossibleDates(std::vector<PaperRecord>* records, Diagnostics* diagnostics) {
  for (PaperRecord& r : *records) {
    if (r.date.empty() || IsCalendarDate(r.date)) continue;
    diagnostics->push_back({Diagnostic::Severity::kWarning, r.file, r.line,
                            "paper " + r.arxiv + " dated \"" + r.date +
                                "\", which is no calendar day; listing date dropped"});
    r.date.clear();
  }
}

}  // namespace

bool IsDigestFormatName(const std::string& name) {
  if (name == "auto") return true;
  for (const Format& f : kFormats) {
    if (name == f.name) return true;
  }
  return false;
}

std::vector<PaperRecord> ReadDigest(std::string_view text, const std::string& file,
                                    const std::string& format, Diagnostics* diagnostics) {
  for (const Format& f : kFormats) {
    if (format == f.name || (format == "auto" && f.looks_like(text))) {
      std::vector<PaperRecord> records = f.read(text, file, diagnostics);
      DropImpossibleDates(&records, diagnostics);
      return records;
    }
  }
  Diagnostic d;
  d.file = file;
  d.message = "not a digest papergraph can read: expected a markdown digest (\"## Daily Papers "
              "(YYYY-MM-DD)\", \"### [Title](https://arxiv.org/abs/ID)\"), a table digest (\"## "
              "Papers for YYYY-MM-DD\", \"| Title | Authors | Summary |\") or the Hugging Face API "
              "JSON; file skipped (--input-format forces a reader)";
  diagnostics->push_back(std::move(d));
  return {};
}

}  // namespace papergraph
