#include "cli/pipeline.h"

#include "extractors/entity_extractor.h"
#include "extractors/input_files.h"
#include "extractors/markdown_digest_reader.h"
#include "extractors/result_extractor.h"

namespace papergraph {

std::vector<ExtractedPaper> ReadAndExtract(const std::vector<std::string>& inputs,
                                           const Lexicon& lexicon, Diagnostics* diagnostics,
                                           PipelineStats* stats) {
  std::vector<ExtractedPaper> out;
  std::vector<std::string> files = CollectInputFiles(inputs, diagnostics);
  stats->files_found = static_cast<int>(files.size());
  std::string text;
  for (const std::string& file : files) {
    if (!ReadDigestFile(file, &text, diagnostics)) {
      ++stats->files_skipped;
      continue;
    }
    ++stats->files_read;
    if (!LooksLikeMarkdownDigest(text)) {
      Diagnostic d;
      d.file = file;
      d.message = "not a digest papergraph can read: expected a \"## Daily Papers (YYYY-MM-DD)\" "
                  "header or \"### [Title](https://arxiv.org/abs/ID)\" headings; file skipped";
      diagnostics->push_back(std::move(d));
      ++stats->files_skipped;
      continue;
    }
    for (PaperRecord& record : ReadMarkdownDigest(text, file, diagnostics)) {
      ExtractedPaper p;
      p.record = std::move(record);
      Entities entities = ExtractEntities(p.record, lexicon);
      p.results = ExtractResults(p.record, entities, lexicon);
      p.mentions = std::move(entities.mentions);
      p.proposes = std::move(entities.proposes);
      out.push_back(std::move(p));
    }
  }
  stats->listings = static_cast<int>(out.size());
  return out;
}

}  // namespace papergraph
