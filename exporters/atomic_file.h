// WriteFileAtomically: replaces a file so that readers see either the old
// contents or the complete new ones, never a half-written file.
//
//   Status s = WriteFileAtomically("out/graph.graphml",
//       [&](std::ostream& out) { return WriteGraphml(view, out); });
//
// `write` fills a temporary file PATH.tmp.<pid> in the same directory; the
// helper then flushes it, checks the stream, fsyncs it and renames it over
// PATH. On any failure the temporary file is removed, PATH is left as it
// was, and the result is not OK:
//   - `write` returned an error: that Status, unchanged;
//   - the file could not be created, written, synced or renamed (missing or
//     unwritable directory, disk full, ...):
//     IoError("cannot write PATH: <strerror text>").
#ifndef PAPERGRAPH_EXPORTERS_ATOMIC_FILE_H_
#define PAPERGRAPH_EXPORTERS_ATOMIC_FILE_H_

#include <functional>
#include <ostream>
#include <string>

#include "core/status.h"

namespace papergraph {

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_ATOMIC_FILE_H_
