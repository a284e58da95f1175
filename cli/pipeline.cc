#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "extractors/digest_formats.h"
#include "extractors/entity_extractor.h"
#include "extractors/input_files.h"
#include "extractors/result_extractor.h"

namespace papergraph {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Everything one file gives; files are worked on in parallel and their
// outcomes joined in file order, so the output does not depend on timing.
struct FileOutcome {
  bool read = false;
  std::vector<ExtractedPaper> papers;
  Diagnostics diagnostics;
  double read_seconds = 0;
  double extract_seconds = 0;
};

FileOutcome ReadAndExtractFile(const std::string& file, const std::string& format,
                               const Lexicon& lexicon) {
  FileOutcome outcome;
  Clock::time_point start = Clock::now();
  std::string text;
  outcome.read = ReadDigestFile(file, &text, &outcome.diagnostics);
  if (!outcome.read) {
    outcome.read_seconds = SecondsSince(start);
    return outcome;
  }
  std::vector<PaperRecord> records = ReadDigest(text, file, format, &outcome.diagnostics);
  outcome.read_seconds = SecondsSince(start);
  start = Clock::now();
  outcome.papers.reserve(records.size());
  for (PaperRecord& record : records) {
    ExtractedPaper p;
    p.record = std::move(record);
    Entities entities = ExtractEntities(p.record, lexicon);
    p.results = ExtractResults(p.record, entities, lexicon);
    p.mentions = std::move(entities.mentions);
    p.proposes = std::move(entities.proposes);
    outcome.papers.push_back(std::move(p));
  }
  outcome.extract_seconds = SecondsSince(start);
  return outcome;
}

}  // namespace

std::vector<ExtractedPaper> ReadAndExtract(const std::vector<std::string>& inputs,
                                           const Lexicon& lexicon, const PipelineOptions& options,
                                           Diagnostics* diagnostics, PipelineStats* stats) {
  Clock::time_point start = Clock::now();
  std::vector<std::string> files = CollectInputFiles(inputs, diagnostics);
  stats->files_found = static_cast<int>(files.size());

  std::vector<FileOutcome> outcomes(files.size());
  std::atomic<size_t> next{0};
  std::mutex progress_mutex;
  int done = 0;
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      outcomes[i] = ReadAndExtractFile(files[i], options.format, lexicon);
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(++done, static_cast<int>(files.size()));
      }
    }
  };
  size_t threads = options.threads > 0 ? static_cast<size_t>(options.threads)
                                       : std::max(1u, std::thread::hardware_concurrency());
  threads = std::max<size_t>(1, std::min(threads, files.size()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  std::vector<ExtractedPaper> out;
  for (FileOutcome& o : outcomes) {
    (o.read ? stats->files_read : stats->files_skipped)++;
    stats->read_seconds += o.read_seconds;
    stats->extract_seconds += o.extract_seconds;
    diagnostics->insert(diagnostics->end(), std::make_move_iterator(o.diagnostics.begin()),
                        std::make_move_iterator(o.diagnostics.end()));
    std::move(o.papers.begin(), o.papers.end(), std::back_inserter(out));
  }
  stats->listings = static_cast<int>(out.size());
  stats->wall_seconds = SecondsSince(start);
  return out;
}

}  // namespace papergraph
