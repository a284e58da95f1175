#include "core/status.h"

namespace papergraph {

std::string Diagnostic::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  switch (severity) {
    case Severity::kNote: out += "note: "; break;
    case Severity::kWarning: out += "warning: "; break;
    case Severity::kError: out += "error: "; break;
  }
  out += message;
  return out;
}

}  // namespace papergraph
