// WriteFileAtomically: replaces a file so that readers see either the old
// contents or the complete new ones, never a half-written file, and so that a
// run killed at any moment leaves no temporary file behind.
//
//   Status s = WriteFileAtomically("out/graph.graphml",
//       [&](std::ostream& out) { return WriteGraphml(view, out); });
//
// `write` fills an unnamed file (O_TMPFILE) in PATH's directory. The helper
// then flushes it, checks the stream, fsyncs it and gives it its name: linked
// as PATH when no file is there, else linked as PATH.tmp.<pid> and renamed
// over PATH. Last it fsyncs the directory, so that the new name survives a
// power loss. An unnamed file vanishes with the process, so a kill leaves a
// temporary name only between that link and the rename (two system calls,
// after the data is synced). On filesystems without O_TMPFILE (EOPNOTSUPP,
// EISDIR or EINVAL) `write` fills PATH.tmp.<pid> instead, which a killed run
// does leave behind.
//
// On any failure before the rename the temporary file is removed, PATH is
// left as it was, and the result is not OK:
//   - `write` returned an error: that Status, unchanged;
//   - the file could not be created, written, synced, linked or renamed
//     (missing or unwritable directory, disk full, ...):
//     IoError("cannot write PATH: <strerror text>").
// A big output goes to the disk while it is written, 8 MiB at a time, and
// leaves the page cache once it is there, so that writing gigabytes neither
// waits on a cache full of dirty pages nor pushes out what else is cached.
//
// When only the final directory sync fails, PATH already holds the new
// contents and the result is that IoError too. A directory whose filesystem
// cannot be synced (EINVAL) counts as synced.
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
