// FileDiagnostics: the problems a reader finds in the one file it reads,
// added to the caller's Diagnostics (core/status.h) with that file's name and
// the line each is about. Lets the parts of a reader report without each
// carrying the file name and the list.
#ifndef PAPERGRAPH_EXTRACTORS_FILE_DIAGNOSTICS_H_
#define PAPERGRAPH_EXTRACTORS_FILE_DIAGNOSTICS_H_

#include <string>
#include <utility>

#include "core/status.h"

namespace papergraph {

class FileDiagnostics {
 public:
  // `file` and `out` must outlive this object.
  FileDiagnostics(const std::string& file, Diagnostics* out) : file_(file), out_(out) {}

  const std::string& file() const { return file_; }

  // Appends "file:line: severity: message"; line 0 means the whole file.
  void Report(Diagnostic::Severity severity, int line, std::string message) {
    out_->push_back({severity, file_, line, std::move(message)});
  }

 private:
  const std::string& file_;
  Diagnostics* out_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_FILE_DIAGNOSTICS_H_
