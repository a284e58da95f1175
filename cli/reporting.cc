// Printing of diagnostics and the end-of-run summary, shared by the
// subcommands that read digests.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
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

Status GetInputFormat(const Flags& flags, std::string* format) {
  *format = flags.Get("--input-format", "auto");
  if (IsDigestFormatName(*format)) return Status::Ok();
  return Status::InvalidArgument("unknown --input-format \"" + *format +
                                 "\" (auto, markdown, table, json)");
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
