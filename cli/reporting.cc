// Printing of diagnostics and the end-of-run summary, shared by the
// subcommands that read digests.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/progress_line.h"
#include "extractors/digest_formats.h"

namespace papergraph {

bool LoadLexicon(const Flags& flags, Lexicon* lexicon, Diagnostics* diagnostics) {
  *lexicon = Lexicon::Builtin();
  for (const std::string& path : flags.GetAll("--lexicon")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "papergraph: cannot read lexicon " << path << "\n";
      return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    lexicon->AddTsv(text.str(), path, diagnostics);
  }
  return true;
}

int ReportInputProblems(const Diagnostics& diagnostics, const PipelineStats& stats, int papers,
                        bool strict, bool quiet) {
  int warnings = 0, errors = 0, notes = 0;
  for (const Diagnostic& d : diagnostics) {
    switch (d.severity) {
      case Diagnostic::Severity::kNote: ++notes; break;
      case Diagnostic::Severity::kWarning: ++warnings; break;
      case Diagnostic::Severity::kError: ++errors; break;
    }
    if (!quiet || d.severity != Diagnostic::Severity::kNote) std::cerr << d.ToString() << "\n";
  }
  std::cerr << "papergraph: " << stats.files_read << " files read, " << stats.files_skipped
            << " skipped, " << stats.listings << " listings, " << papers << " papers; " << errors
            << " errors, " << warnings << " warnings, " << notes << " notes\n";
  if (errors > 0 || (strict && warnings > 0)) return kExitInput;
  return kExitOk;
}

const char kInputFlagsHelp[] =
    "  --input-format F     auto (default: detect by content), markdown, table or json\n"
    "  --lexicon FILE       add the entities of a lexicon TSV (repeatable; see docs/extraction.md)\n"
    "  --threads N          threads reading and extracting files, building the graph and\n"
    "                       writing it (default: one per core; the output is the same for any N)\n"
    "  --max-file-mb N      skip digest files larger than N MiB (default 256)\n"
    "  --max-line-kb N      cut markdown and table lines longer than N KiB (default 1024)\n"
    "  --max-author-list N  keep the first N authors of a paper (default 1000)\n"
    "  --max-papers N       read at most N papers in all (default 10000000)\n"
    "  --strict             exit with 1 when any input warning was reported\n"
    "  --quiet              print warnings and errors only, not notes or the progress line\n";

Flags InputCommandFlags(std::set<std::string> valued, std::set<std::string> boolean) {
  valued.insert({"--input-format", "--lexicon", "--threads", "--max-file-mb", "--max-line-kb",
                 "--max-author-list", "--max-papers"});
  boolean.insert({"--strict", "--quiet", "--help", "-h"});
  return Flags(std::move(valued), std::move(boolean));
}

namespace {

// The --max-* flags into *limits; each must be at least 1.
Status GetInputLimits(const Flags& flags, InputLimits* limits) {
  int file_mb = static_cast<int>(limits->max_file_bytes >> 20);
  int line_kb = static_cast<int>(limits->max_line_bytes >> 10);
  const std::pair<const char*, int*> kLimitFlags[] = {
      {"--max-file-mb", &file_mb}, {"--max-line-kb", &line_kb},
      {"--max-author-list", &limits->max_authors}, {"--max-papers", &limits->max_papers}};
  for (const auto& [name, value] : kLimitFlags) {
    Status s = flags.GetInt(name, value);
    if (!s.ok()) return s;
    if (*value < 1) return Status::InvalidArgument(std::string(name) + " must be at least 1");
  }
  limits->max_file_bytes = int64_t{file_mb} << 20;
  limits->max_line_bytes = static_cast<size_t>(line_kb) << 10;
  return Status::Ok();
}

}  // namespace

Status GetPipelineOptions(const Flags& flags, PipelineOptions* options) {
  options->format = flags.Get("--input-format", "auto");
  if (!IsDigestFormatName(options->format)) {
    return Status::InvalidArgument("unknown --input-format \"" + options->format +
                                   "\" (auto, markdown, table, json)");
  }
  Status s = flags.GetInt("--threads", &options->threads);
  if (!s.ok()) return s;
  s = GetInputLimits(flags, &options->limits);
  if (!s.ok()) return s;
  if (!flags.Has("--quiet") && StderrIsTerminal()) options->progress = MakeProgressLine();
  return Status::Ok();
}

int ParseCommandLine(const std::string& command, const char* help, int argc, char** argv,
                     Flags* flags) {
  Status s = flags->Parse(argc, argv, 0);
  if (!s.ok()) return UsageError(command, s);
  if (flags->Has("--help") || flags->Has("-h")) {
    std::cout << help;
    return kExitOk;
  }
  return kGoOn;
}

int UsageError(const std::string& command, const Status& status) {
  std::cerr << "papergraph " << command << ": " << status.message() << "\n"
            << "Try 'papergraph " << command << " --help'.\n";
  return kExitUsage;
}

}  // namespace papergraph
