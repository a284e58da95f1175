#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "extractors/digest_formats.h"
#include "extractors/entity_extractor.h"
#include "extractors/input_files.h"
#include "extractors/result_extractor.h"

namespace papergraph {
namespace {

// Everything one file gives; files are worked on in parallel and their
// outcomes joined in file order, so the output does not depend on timing.
struct FileOutcome {
  bool read = false;
  std::vector<ExtractedPaper> papers;
  Diagnostics diagnostics;
};

FileOutcome ReadAndExtractFile(const std::string& file, const std::string& format,
                               const Lexicon& lexicon) {
  FileOutcome outcome;
  std::string text;
  outcome.read = ReadDigestFile(file, &text, &outcome.diagnostics);
  if (!outcome.read) return outcome;
  for (PaperRecord& record : ReadDigest(text, file, format, &outcome.diagnostics)) {
    ExtractedPaper p;
    p.record = std::move(record);
    Entities entities = ExtractEntities(p.record, lexicon);
    p.results = ExtractResults(p.record, entities, lexicon);
    p.mentions = std::move(entities.mentions);
    p.proposes = std::move(entities.proposes);
    outcome.papers.push_back(std::move(p));
  }
  return outcome;
}

}  // namespace

std::vector<ExtractedPaper> ReadAndExtract(const std::vector<std::string>& inputs,
                                           const Lexicon& lexicon, Diagnostics* diagnostics,
                                           PipelineStats* stats, const std::string& format) {
  std::vector<std::string> files = CollectInputFiles(inputs, diagnostics);
  stats->files_found = static_cast<int>(files.size());

  std::vector<FileOutcome> outcomes(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      outcomes[i] = ReadAndExtractFile(files[i], format, lexicon);
    }
  };
  size_t threads = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), files.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  std::vector<ExtractedPaper> out;
  for (FileOutcome& o : outcomes) {
    (o.read ? stats->files_read : stats->files_skipped)++;
    diagnostics->insert(diagnostics->end(), std::make_move_iterator(o.diagnostics.begin()),
                        std::make_move_iterator(o.diagnostics.end()));
    std::move(o.papers.begin(), o.papers.end(), std::back_inserter(out));
  }
  stats->listings = static_cast<int>(out.size());
  return out;
}

}  // namespace papergraph
