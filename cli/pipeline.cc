#include "cli/pipeline.h"

#include <chrono>
#include <iterator>
#include <mutex>

#include "core/parallel_for.h"
#include "extractors/digest_formats.h"
#include "extractors/input_files.h"
#include "extractors/paper_extraction.h"

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
                               const InputLimits& limits, const Lexicon& lexicon) {
  FileOutcome outcome;
  Clock::time_point start = Clock::now();
  std::string text;
  outcome.read = ReadDigestFile(file, &text, &outcome.diagnostics, limits);
  if (!outcome.read) {
    outcome.read_seconds = SecondsSince(start);
    return outcome;
  }
  std::vector<PaperRecord> records = ReadDigest(text, file, format, &outcome.diagnostics);
  LimitAuthorLists(limits.max_authors, &records, &outcome.diagnostics);
  outcome.read_seconds = SecondsSince(start);
  start = Clock::now();
  outcome.papers.reserve(records.size());
  for (PaperRecord& record : records) {
    ExtractedPaper p = ExtractPaper(std::move(record), lexicon);
    // The summary has been read; nothing after extraction needs it, and on
    // a big run it is most of what the records hold.
    std::vector<Section>().swap(p.record.sections);
    outcome.papers.push_back(std::move(p));
  }
  outcome.extract_seconds = SecondsSince(start);
  return outcome;
}

}  // namespace

std::vector<ExtractedPaper> ReadAndExtract(const std::vector<std::string>& inputs,
                                           const Lexicon& lexicon, const PipelineOptions& options,
                                           Diagnostics* diagnostics, PipelineStats* stats) {
  std::vector<std::string> files = CollectInputFiles(inputs, diagnostics);

  std::vector<FileOutcome> outcomes(files.size());
  std::mutex progress_mutex;
  int done = 0;
  ParallelFor(files.size(), options.threads, [&](size_t i) {
    outcomes[i] = ReadAndExtractFile(files[i], options.format, options.limits, lexicon);
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      options.progress(++done, static_cast<int>(files.size()));
    }
  });

  std::vector<ExtractedPaper> out;
  for (FileOutcome& o : outcomes) {
    (o.read ? stats->files_read : stats->files_skipped)++;
    stats->read_seconds += o.read_seconds;
    stats->extract_seconds += o.extract_seconds;
    diagnostics->insert(diagnostics->end(), std::make_move_iterator(o.diagnostics.begin()),
                        std::make_move_iterator(o.diagnostics.end()));
    std::move(o.papers.begin(), o.papers.end(), std::back_inserter(out));
  }
  LimitPapers(options.limits.max_papers, &out, diagnostics);
  stats->listings = static_cast<int>(out.size());
  return out;
}

}  // namespace papergraph
